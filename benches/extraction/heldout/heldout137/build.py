#!/usr/bin/env python3
"""Re-create every heldout137 seed from pinned git blobs (Python 3 stdlib + git + w3m + lynx).

usage: python3 build.py [OUT_DIR]     (default: /work/evaldata/heldout137)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole published HTML page (UTF-8) of a Vietnamese site committed to GitHub:
  - vatly/vatly.github.io: the Jekyll output of "Hỏi đáp Vật lý" (vatly.github.io, 2015), a Vietnamese popular-physics
    Q&A site built around subtitled videos: its posts under vatly/<slug>/index.html (one reader's questions answered,
    essays with quizzes), each with the site header / menu, the post's call-to-action block ("CHÚNG TÔI RẤT CẦN CÂU HỎI
    CỦA BẠN"), three related-video cards, the "Đặt câu hỏi" heading of the (script-loaded) comment box and the footer;
  - SuperAmoledd/eximlog_web_ngu: the hand-built static site of the Eximlog international shipping company
    (www.eximlog.vn): its knowledge articles (kien-thuc/) and service / rate articles (dich-vu/), each with the contact
    bar, menu with the service sub-menu, breadcrumb, date / author line, "Mục Lục" table of contents, the contact
    block that closes the article, a "Dịch vụ" related-posts box and the footer.
Converters (one per source, see SEEDS):
  w3m     w3m 0.5.3             : w3m -dump FILE
  lynx    lynx 2.9.0dev.12      : lynx -dump -nolist FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout137-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte (stderr discarded).
(heldout136's build.py with new SEEDS and BROWSER entries.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# vatly/vatly.github.io, commit "#vid@#3" 2015-07-21, head of master (345 commits): Jekyll output of the site
# "Hỏi đáp Vật lý"; posts under vatly/<slug>/index.html
VL = ('vatly/vatly.github.io', '06367bf34d268d49688d6fb24d2979b30c4c74d5')
# SuperAmoledd/eximlog_web_ngu, commit "d" 2026-04-24, head of main (164 commits since 2025-10-15): hand-built static
# site of Eximlog (CNAME www.eximlog.vn); articles under kien-thuc/ and dich-vu/
EX = ('SuperAmoledd/eximlog_web_ngu', '061e00225ba2b8aab35c26ddada976d0cc2e9928')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'vatly-w3m': [
        VL + ('vatly/hoi-dap/index.html', 'w3m', 'vl_1.txt'),
        VL + ('vatly/Chua-la-nha-toan-hoc/index.html', 'w3m', 'vl_2.txt'),
        VL + ('vatly/Phan-vat-chat/index.html', 'w3m', 'vl_3.txt'),
        VL + ('vatly/Big-Bang-khoi-dau-cua-moi-thu/index.html', 'w3m', 'vl_4.txt'),
        VL + ('vatly/y-tuong-don-gian/index.html', 'w3m', 'vl_5.txt'),
        VL + ('vatly/nghich-ly-fermi-1/index.html', 'w3m', 'vl_6.txt'),
        VL + ('vatly/bai-ca-ve-bong-hoa/index.html', 'w3m', 'vl_7.txt'),
        VL + ('vatly/tuong-doi-thuyet/index.html', 'w3m', 'vl_8.txt'),
    ],
    'eximlog-lynx': [
        EX + ('kien-thuc/yen-sao-di-my-duoc-khong.html', 'lynx', 'ex_1.txt'),
        EX + ('kien-thuc/tai-sao-nen-hut-chan-khong.html', 'lynx', 'ex_2.txt'),
        EX + ('dich-vu/gia-cuoc-di-my.html', 'lynx', 'ex_3.txt'),
        EX + ('dich-vu/gia-cuoc-di-uc.html', 'lynx', 'ex_4.txt'),
        EX + ('dich-vu/gia-cuoc-di-canada.html', 'lynx', 'ex_5.txt'),
        EX + ('dich-vu/gia-cuoc-di-nhat-ban.html', 'lynx', 'ex_6.txt'),
        EX + ('dich-vu/gia-cuoc-di-my-pham-sll-my.html', 'lynx', 'ex_7.txt'),
    ],
}

BROWSER = {
    'w3m': ['w3m', '-dump'],
    'lynx': ['lynx', '-dump', '-nolist'],
}
PAGE = '/tmp/heldout137-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def browse(cmd, raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb')).stdout
    finally:
        os.remove(PAGE)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '/work/evaldata/heldout137'
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            data = browse(BROWSER[conv], blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

"""Re-create every heldout139 seed from pinned git blobs (Python 3 stdlib + git + html2text in /tmp/h2tvenv + elinks).

usage: python3 build.py [OUT_DIR]     (default: /work/evaldata/heldout139)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole published HTML page (UTF-8) of a Vietnamese site committed to GitHub:
  - thu-tram/eibunpo: the MkDocs (Material theme) build on branch gh-pages of "Eipunbo - Tự học ngữ pháp Tiếng Anh",
    a Vietnamese self-study English grammar book; each lesson page carries the header, the full site navigation
    (all chapters and lessons) and the page's table of contents before the lesson text;
  - vuhuyhai/mocay-water: the hand-built static site of Công ty TNHH Cấp Thoát Nước Mỏ Cày (a water supply and
    drainage company in Vĩnh Long): its four longest content pages (water supply service,
    drainage / wastewater service, company introduction, customer service), each with the header menu,
    breadcrumb, call-to-action boxes and the footer (address, hotline, "Về công ty / Dịch vụ / Hỗ trợ" links).
Converters (one per source, see SEEDS):
  html2text  html2text 2025.4.15 (venv /tmp/h2tvenv) : /tmp/h2tvenv/bin/html2text FILE
  elinks     ELinks 0.13.2                            : elinks -dump FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout139-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte (stderr discarded).
(heldout136's build.py with new SEEDS and BROWSER entries.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# thu-tram/eibunpo, branch gh-pages, commit "Deployed e60ae82 with MkDocs version: 1.6.1" 2025-03-03 (1 commit):
# MkDocs 1.6.1 + mkdocs-material 9.6.7 build of "Eipunbo - Tự học ngữ pháp Tiếng Anh"; lessons under <slug>/index.html
EB = ('thu-tram/eibunpo', 'badba39822ec1e4f337dd8a6125067ad175d6ae1')
# vuhuyhai/mocay-water, commit 2b38e85 "Trang giới thiệu: gộp phần giới thiệu vào hero…" 2026-08-14, head of master
# (24 commits): hand-built static site of Công ty TNHH Cấp Thoát Nước Mỏ Cày (mocaywaco.com); pages at the top level
MC = ('vuhuyhai/mocay-water', '2b38e8586cf3d9e97aea778b3088a1b39705db5d')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'eibunpo-html2text': [
        EB + ('hien-tai-hoan-thanh/index.html', 'html2text', 'eb_1.txt'),
        EB + ('loi-noi-truc-tiep-va-gian-tiep/index.html', 'html2text', 'eb_2.txt'),
        EB + ('qua-khu-don/index.html', 'html2text', 'eb_3.txt'),
        EB + ('cau-hoi-duoi/index.html', 'html2text', 'eb_4.txt'),
        EB + ('used-to/index.html', 'html2text', 'eb_5.txt'),
        EB + ('tinh-tu/index.html', 'html2text', 'eb_6.txt'),
        EB + ('cau-dieu-kien/index.html', 'html2text', 'eb_7.txt'),
        EB + ('qua-khu-tiep-dien/index.html', 'html2text', 'eb_8.txt'),
    ],
    'mocay-elinks': [
        MC + ('cap-nuoc.html', 'elinks', 'mc_1.txt'),
        MC + ('thoat-nuoc.html', 'elinks', 'mc_2.txt'),
        MC + ('gioi-thieu.html', 'elinks', 'mc_3.txt'),
        MC + ('dich-vu-khach-hang.html', 'elinks', 'mc_4.txt'),
    ],
}

BROWSER = {
    'html2text': ['/tmp/h2tvenv/bin/html2text'],
    'elinks': ['elinks', '-dump'],
}
PAGE = '/tmp/heldout139-scratch/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else '/work/evaldata/heldout139'
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

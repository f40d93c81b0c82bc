#!/usr/bin/env python3
"""Re-create every heldout134 seed from pinned git blobs (Python 3 stdlib + git + the html2text / markdownify
command-line tools installed in /tmp/h2tvenv).

usage: python3 build.py [OUT_DIR]     (default: /work/evaldata/heldout134)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole published HTML page (UTF-8) of a Vietnamese site committed to GitHub as its
published static site (the Mobirise-built site "Nơi Làm Việc Tốt Nhất Việt Nam" / Vietnam Best Places To Work of the
HR consultancy Anphabe: its "Điểm nhấn" news articles about award-winning employers; a static export of the WordPress
tech blog BIBICA.NET with its reader comments).  Converters (one per source, see SEEDS):
  html2text   html2text 2025.4.15 (Python 3.11, /tmp/h2tvenv)   : /tmp/h2tvenv/bin/html2text FILE
  markdownify markdownify 1.2.3 (Python 3.11, /tmp/h2tvenv)      : /tmp/h2tvenv/bin/markdownify FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout134-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte (stderr discarded).
(heldout132's build.py with new SEEDS and BROWSER entries.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# anphabe/vietnambestplacetowork, commit "up" 2024-03-20, head of branch v2023.11-ranking-result (159 commits
# 2021-04-22 .. 2024-03-20; CNAME vietnambestplacestowork.com): the published Mobirise pages of "Nơi Làm Việc Tốt Nhất
# Việt Nam" (Anphabe), "Điểm nhấn" articles at the top level of the site)
AN = ('anphabe/vietnambestplacetowork', 'e968262da3f212b0efecf893679a21aecdb6a081')
# xinclub/static.bibica.net, commit "static.bibica.net" 2022-11-26 (the only commit; a static export of the WordPress
# blog BIBICA.NET (GeneratePress child theme "bibica-review"), posts as <slug>/index.html with their reader comments)
BB = ('xinclub/static.bibica.net', '43231b3090b9ee0598a38ceddbefe45c8548e69a')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'anphabe-html2text': [
        AN + ('9-nam-lien-pepsico-foods-dat-top-100-noi-lam-viec-tot-nhat-viet-nam.html', 'html2text', 'an_1.txt'),
        AN + ('astra-zeneca-5-nam-lien-vao-top-100-noi-lam-viec-tot-nhat-viet-nam.html', 'html2text', 'an_2.txt'),
        AN + ('bat-mi-ve-van-hoa-moi-truong-lam-viec-hanh-phuc-tai-mcdonalds-viet-nam.html', 'html2text', 'an_3.txt'),
        AN + ('cj-foods-duoc-binh-chon-la-noi-lam-viec-tot-nhat-viet-nam-2023.html', 'html2text', 'an_4.txt'),
        AN + ('dien-hinh-jolibee.html', 'html2text', 'an_5.txt'),
        AN + ('fwd-tiep-tuc-la-thuong-hieu-nha-tuyen-dung-hap-dan-voi-sinh-vien.html', 'html2text', 'an_6.txt'),
        AN + ('hoi-nghi-ket-noi-va-ton-vinh-moi-truong-lam-viec.html', 'html2text', 'an_7.txt'),
        AN + ('nestle-viet-nam-nhan-cu-dup-giai-thuong-noi-lam-viec-tot-nhat.html', 'html2text', 'an_8.txt'),
    ],
    'bibica-markdownify': [
        BB + ('cam-nhan-ve-shadowsocks-ket-hop-voi-bbr/index.html', 'markdownify', 'bb_1.txt'),
        BB + ('avira-phantom-vpn/index.html', 'markdownify', 'bb_2.txt'),
        BB + ('share-windscribe-vpn-lifetime-pro/index.html', 'markdownify', 'bb_3.txt'),
        BB + ('nginx-fastcgi-cache-lieu-co-dang-dung/index.html', 'markdownify', 'bb_4.txt'),
        BB + ('tam-ngung-su-dung-cac-dich-vu-tu-cloudflare/index.html', 'markdownify', 'bb_5.txt'),
        BB + ('toi-uu-wp-cron-bang-wp-crontrol-va-linuxs-cronjob/index.html', 'markdownify', 'bb_6.txt'),
        BB + ('jetpack-related-posts/index.html', 'markdownify', 'bb_7.txt'),
        BB + ('windscribe-free-vpn-and-ad-block/index.html', 'markdownify', 'bb_8.txt'),
    ],
}

BROWSER = {
    'html2text': ['/tmp/h2tvenv/bin/html2text'],
    'markdownify': ['/tmp/h2tvenv/bin/markdownify'],
}
PAGE = '/tmp/heldout134-scratch/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else '/work/evaldata/heldout134'
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

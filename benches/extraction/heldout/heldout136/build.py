#!/usr/bin/env python3
"""Re-create every heldout136 seed from pinned git blobs (Python 3 stdlib + git + w3m + pandoc).

usage: python3 build.py [OUT_DIR]     (default: /work/evaldata/heldout136)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole published HTML page (UTF-8) of a Vietnamese site committed to GitHub:
  - tuvo123/tinhay4: a Simply Static export of the bilingual WordPress site "Tin Hay" (theme by Silk Themes), its
    Vietnamese posts under vi/<slug>/index.html (stories, poems, life advice), each with the menus twice, breadcrumb,
    comment form, author box, "You Might Also Like", sidebar widgets and footer;
  - huytran2810/hnlmedia: an HTTrack mirror (2026-04-12) of the WordPress (Flatsome) site of HNL Media / HG Media
    (hgmedia.com.vn), a Vietnamese YouTube / music media company: its three blog posts and job advertisements under
    vi/, each with header menu, contact / follow block, footer and the mobile off-canvas menu.
Converters (one per source, see SEEDS):
  w3m     w3m 0.5.3  : w3m -dump FILE
  pandoc  pandoc     : pandoc -f html -t plain FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout136-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte (stderr discarded).
(heldout135's build.py with new SEEDS and BROWSER entries.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# tuvo123/tinhay4, commit "lab4" 2023-12-25, head of main (2 commits): Simply Static export of the WordPress site
# "Tin Hay" (Polylang vi / en); Vietnamese posts under vi/<slug>/index.html
TH = ('tuvo123/tinhay4', '2b5543e3e409873f9224a8261c645df8bd9c4cb2')
# huytran2810/hnlmedia, commit "Delete CNAME" 2026-05-09, head of main (11 commits): HTTrack 3.49 mirror of
# hgmedia.com.vn (WordPress + Flatsome, Polylang vi / en); Vietnamese pages under vi/
HG = ('huytran2810/hnlmedia', '9d21611baa4d46f4f21eafdc4fababcaad633a60')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'tinhay-w3m': [
        TH + ('vi/ban-co-bao-nhieu-nguoi-ban/index.html', 'w3m', 'th_1.txt'),
        TH + ('vi/ban-than/index.html', 'w3m', 'th_2.txt'),
        TH + ('vi/chi-co-mot-nguoi-thoi/index.html', 'w3m', 'th_3.txt'),
        TH + ('vi/bai-tho-co-8-cach-doc/index.html', 'w3m', 'th_4.txt'),
        TH + ('vi/bai-tho-ong-do/index.html', 'w3m', 'th_5.txt'),
        TH + ('vi/dua-em-tim-dong-hoa-vang/index.html', 'w3m', 'th_6.txt'),
    ],
    'hnlmedia-pandoc': [
        HG + ('vi/nghe-youtuber-xu-huong-kiem-tien-cua-gioi-tre/index.html', 'pandoc', 'hg_1.txt'),
        HG + ('vi/seo-youtube-la-gi-cac-chien-luoc-seo-hieu-qua-nhat-hien-nay/index.html', 'pandoc', 'hg_2.txt'),
        HG + ('vi/tong-hop-a-z-cach-sang-tao-noi-dung-tren-youtube-de-co-thu-nhap-khung/index.html', 'pandoc',
              'hg_3.txt'),
        HG + ('vi/tuyen-dung/video-editor-2/index.html', 'pandoc', 'hg_4.txt'),
        HG + ('vi/tuyen-dung/ke-toan-thue/index.html', 'pandoc', 'hg_5.txt'),
        HG + ('vi/tuyen-dung/tro-ly-giam-doc/index.html', 'pandoc', 'hg_6.txt'),
        HG + ('vi/tuyen-dung/creative-content/index.html', 'pandoc', 'hg_7.txt'),
    ],
}

BROWSER = {
    'w3m': ['w3m', '-dump'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain'],
}
PAGE = '/tmp/heldout136-scratch/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else '/work/evaldata/heldout136'
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

#!/usr/bin/env python3
"""Re-create every heldout126 seed from pinned git blobs (Python 3 + git + Debian links / w3m / elinks / pandoc + Python inscriptis).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout126)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole built HTML page (UTF-8) of a Vietnamese personal blog, as its static-site
generator (Jekyll, Gatsby, Zola, Hugo) wrote it and its owner committed it to GitHub.  Converters (one per source, see SEEDS):
  links      Links 2.28               : links -dump -width 100 -codepage utf-8 FILE
  w3m        w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  elinks     ELinks 0.13.2            : elinks -no-home 1 -eval 'set document.dump.numbering = 0' -dump 1 -dump-width 100
                                         -dump-charset utf-8 FILE  (link numbers off; its "References" list kept)
  pandoc     pandoc 2.17.1.1          : pandoc -f html -t plain FILE   (default 72 columns)
  inscriptis Python inscriptis 2.7.6, module defaults (inscriptis.get_text(text)), run in-process
For links / w3m / elinks / pandoc the blob's bytes are written unchanged to the fixed file
/tmp/heldout126-scratch/page/page.html and the program runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the
seed, byte for byte.  For inscriptis the blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS and the converters changed.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# thaycacac/thaycacac.github.io, branch gh-pages "deploy: 7e7a646…" 2024-02-12 (Jekyll build, Beautiful Jekyll theme, of
# the personal blog of Phạm Ngọc Hoà "Thaycacac")
HOA = ('thaycacac/thaycacac.github.io', '3886a6c72578cc351ad7545fc50789b4c8199145')
# vovantamvn/vovantamvn.github.io, branch gh-pages "Deploy by Github Action" 2024-03-03 (Jekyll build, minima-style
# theme, of "Tâm's Blog", Võ Văn Tâm's study notes)
TAM = ('vovantamvn/vovantamvn.github.io', 'a437a0560f1a0bf9019a85926100750cbe081501')
# meokisama/blog, branch master "Updates" 2021-03-09 (Gatsby build of "Meoki The Blog", Hoàng Đình Sáng)
MEOKI = ('meokisama/blog', 'a30d657af79a03120b36f1b3768477ec2043ae07')
# bichkhe/bichkhe.github.io, branch gh-pages "Deploy bichkhe/bichkhe.github.io …" 2022-10-17 (Zola build, made by a
# Zola deploy action, of the personal site "Lập Trình Rust" of bichkhe: Rust notes plus "Blogs" stories, literature
# and food essays)
BK = ('bichkhe/bichkhe.github.io', '4431981244749c21f64ad9201f4b6153ae9a3e00')
# 7und3dpy/7und3dpy.github.io, branch main "up" 2023-11-26 (Hugo build, hugo-coder theme, in docs/, of the bilingual
# site of Trần Minh Tuấn, an information-security student; Vietnamese pages under docs/vi/)
TUAN = ('7und3dpy/7und3dpy.github.io', '1d39832baf2103489b18fec5579349253f9b7670')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'hoa-links': [
        HOA + ('2023-02-12-ky-luat-giac-ngu/index.html', 'links', 'hoa_1.txt'),
        HOA + ('2022-07-02-vi-sao-developer-nen-viet-blog/index.html', 'links', 'hoa_2.txt'),
        HOA + ('2022-06-02-5-chu-de-javascript-nang-cao-ban-nen-nam-chac/index.html', 'links', 'hoa_3.txt'),
        HOA + ('2021-06-05-phong-van-nguoc/index.html', 'links', 'hoa_4.txt'),
        HOA + ('2022-08-02-lo-trinh-tro-thanh-react-developer/index.html', 'links', 'hoa_5.txt'),
        HOA + ('2022-09-02-cac-cong-cu-huu-ich-danh-cho-developer/index.html', 'links', 'hoa_6.txt'),
    ],
    'tam-pandoc': [
        TAM + ('technical/cach-viet-code-sach.html', 'pandoc', 'tam_1.txt'),
        TAM + ('technical/quy-tac-dat-ten-trong-lap-trinh.html', 'pandoc', 'tam_2.txt'),
        TAM + ('technical/cach-viet-readme-cho-du-an-cua-ban.html', 'pandoc', 'tam_3.txt'),
        TAM + ('technical/so-do-use-case.html', 'pandoc', 'tam_4.txt'),
        TAM + ('technical/huong-dan-chi-tiet-ve-lap-trinh-c-cho-nguoi-moi-bat-dau.html', 'pandoc', 'tam_5.txt'),
        TAM + ('technical/chia-se-tai-lieu-hoc-lap-trinh-c.html', 'pandoc', 'tam_6.txt'),
    ],
    'meoki-inscriptis': [
        MEOKI + ('name-is-bon-vat-bon/index.html', 'inscriptis', 'meoki_1.txt'),
        MEOKI + ('password-dai-cuong/index.html', 'inscriptis', 'meoki_2.txt'),
        MEOKI + ('syntax-highlighting-gatsby/index.html', 'inscriptis', 'meoki_3.txt'),
        MEOKI + ('design-pattern-trong-thiet-ke/index.html', 'inscriptis', 'meoki_4.txt'),
        MEOKI + ('hieu-ung-canh-buom-python/index.html', 'inscriptis', 'meoki_5.txt'),
        MEOKI + ('go-tieng-viet-kali-linux/index.html', 'inscriptis', 'meoki_6.txt'),
    ],
    'bichkhe-w3m': [
        BK + ('blogs/xu-mu/index.html', 'w3m', 'bk_1.txt'),
        BK + ('blogs/vubangthitcho/index.html', 'w3m', 'bk_2.txt'),
        BK + ('blogs/suy-nghi-truoc-khi-nhay-xuong/index.html', 'w3m', 'bk_3.txt'),
        BK + ('blogs/tellstory/index.html', 'w3m', 'bk_4.txt'),
        BK + ('blogs/vietnam-cusine/index.html', 'w3m', 'bk_5.txt'),
        BK + ('blogs/laptrinhsu/index.html', 'w3m', 'bk_6.txt'),
        BK + ('blogs/vietnam/index.html', 'w3m', 'bk_7.txt'),
    ],
    'tuan-elinks': [
        TUAN + ('docs/vi/posts/20milestone/index.html', 'elinks', 'tuan_1.txt'),
        TUAN + ('docs/vi/posts/fundamentalmath1/index.html', 'elinks', 'tuan_2.txt'),
        TUAN + ('docs/vi/posts/gioithieuattt/index.html', 'elinks', 'tuan_3.txt'),
        TUAN + ('docs/vi/posts/weka/index.html', 'elinks', 'tuan_4.txt'),
        TUAN + ('docs/vi/posts/footballanalysis/index.html', 'elinks', 'tuan_5.txt'),
        TUAN + ('docs/vi/posts/bypassisp/index.html', 'elinks', 'tuan_6.txt'),
    ],
}

BROWSER = {
    'links': ['links', '-dump', '-width', '100', '-codepage', 'utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'elinks': ['elinks', '-no-home', '1', '-eval', 'set document.dump.numbering = 0', '-dump', '1', '-dump-width', '100',
               '-dump-charset', 'utf-8'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain'],
}
PAGE = '/tmp/heldout126-scratch/page/page.html'


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


def insc(raw):
    import inscriptis
    return inscriptis.get_text(raw.decode('utf-8')).encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            data = insc(raw) if conv == 'inscriptis' else browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout123 seed from pinned git blobs (Python 3 stdlib + git + Debian elinks / links / w3m / lynx).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout123)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole built page (UTF-8) of a Vietnamese personal blog, as its static-site
generator wrote it and its owner committed it to GitHub (Hexo, Zola, Astro and Hugo outputs on gh-pages branches).
Converters (one per source, see SEEDS):
  elinks  ELinks 0.13.2-1+b4        : elinks -no-home 1 -no-connect 1 -dump 1 -dump-charset utf-8 -dump-width 100 FILE
                                       (with its numbered "References" link list)
  links   Links 2.28-1+b2           : links -dump -width 90 -codepage utf-8 FILE
  w3m     w3m 0.5.3+git20230121-2   : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  lynx    lynx 2.9.0dev.12-1        : lynx -dump -nolist -width=100 -display_charset=utf-8 -assume_charset=utf-8 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout123-scratch/page/page.html and the browser runs
on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS, the elinks converter added, lynx with -nolist, other widths.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# ZeroX-DG/blog, branch gh-pages "deploy: 3462052c89af6473491ee2639e90369604485cb3" 2026-01-11 (Hexo 3.9.0 build of
# "Viet Hung's blog" by Nguyễn Việt Hùng, served under /blog/; personal essays, the posts tagged #vietnamese)
ZEROX = ('ZeroX-DG/blog', 'e18845586319126fabc9f7c98bc2f61209c0602a')
# jalsol/jalsol.github.io, branch gh-pages (single commit, 2026-03-12; Zola v0.16.1 build of jalsol's blog; the posts
# tagged #vietnamese: essays on life, home town Kon Tum, studying in Singapore)
JALSOL = ('jalsol/jalsol.github.io', 'b9a205d5c93e4af476ad536f736ea0d1ca93299d')
# tandat8896/tandat8896.github.io, branch gh-pages "deploy: 2075f1c8fa5a4a63b5eb7374b0ebdc0cef065ac7" 2025-09-16
# (Astro v5.10.0 / AstroPaper build of "Tấn Đạt", a student's Vietnamese study notes from an AI course)
TANDAT = ('tandat8896/tandat8896.github.io', '8981b7d5d96906b8aaefe43863f434ab14ef7b65')
# phthaocse/phthaocse.github.io, branch gh-pages "add workflow" 2024-07-26 (Hugo build, Console theme, committed under
# public/; "Thao Phan" – Vietnamese notes on distributed systems, Go and Kafka, 2022)
THAO = ('phthaocse/phthaocse.github.io', 'dccfb936dbbb615786a902f79fee911721d15000')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'zerox-elinks': [
        ZEROX + ('Viet-cho-2022/index.html', 'elinks', 'zerox_1.txt'),
        ZEROX + ('chuyen-nha/index.html', 'elinks', 'zerox_2.txt'),
        ZEROX + ('Tui-di-coi-ca-nhac/index.html', 'elinks', 'zerox_3.txt'),
        ZEROX + ('Tui-lan-dau-di-phong-van/index.html', 'elinks', 'zerox_4.txt'),
        ZEROX + ('2024-qua-sach-tui-doc/index.html', 'elinks', 'zerox_5.txt'),
        ZEROX + ('Bo-dau-trong-tieng-Viet/index.html', 'elinks', 'zerox_6.txt'),
    ],
    'jalsol-links': [
        JALSOL + ('blog/ngay-cua-phu-nu/index.html', 'links', 'jalsol_1.txt'),
        JALSOL + ('blog/mua-dong/index.html', 'links', 'jalsol_2.txt'),
        JALSOL + ('blog/coser-phd/index.html', 'links', 'jalsol_3.txt'),
        JALSOL + ('blog/khi-hau-kon-tum/index.html', 'links', 'jalsol_4.txt'),
        JALSOL + ('blog/ielts-de-lam-gi/index.html', 'links', 'jalsol_5.txt'),
        JALSOL + ('blog/cung-tien-ho-so-trao-doi/index.html', 'links', 'jalsol_6.txt'),
        JALSOL + ('blog/tan-gia-ba-blog/index.html', 'links', 'jalsol_7.txt'),
        JALSOL + ('blog/toi-khong-thich-oop/index.html', 'links', 'jalsol_8.txt'),
    ],
    'tandat-w3m': [
        TANDAT + ('posts/w1-coding-methodology/index.html', 'w3m', 'tandat_1.txt'),
        TANDAT + ('posts/m2-w1-logicalthinking/index.html', 'w3m', 'tandat_2.txt'),
        TANDAT + ('posts/w2-git-github/index.html', 'w3m', 'tandat_3.txt'),
        TANDAT + ('posts/w1-database-sql-1/index.html', 'w3m', 'tandat_4.txt'),
        TANDAT + ('posts/w3-data-structure-graph/index.html', 'w3m', 'tandat_5.txt'),
        TANDAT + ('posts/w4-unix-linux/index.html', 'w3m', 'tandat_6.txt'),
        TANDAT + ('posts/w1-ta-exercise-activation/index.html', 'w3m', 'tandat_7.txt'),
    ],
    'thao-lynx': [
        THAO + ('public/posts/2022-03-23-cap/index.html', 'lynx', 'thao_1.txt'),
        THAO + ('public/posts/2022-03-24-go-interface/index.html', 'lynx', 'thao_2.txt'),
        THAO + ('public/posts/2022-04-02-race-condition/index.html', 'lynx', 'thao_3.txt'),
        THAO + ('public/posts/2022-04-05-go-select/index.html', 'lynx', 'thao_4.txt'),
        THAO + ('public/posts/2022-06-17-kafka-connector1/index.html', 'lynx', 'thao_5.txt'),
    ],
}

BROWSER = {
    'elinks': ['elinks', '-no-home', '1', '-no-connect', '1', '-dump', '1', '-dump-charset', 'utf-8',
               '-dump-width', '100'],
    'links': ['links', '-dump', '-width', '90', '-codepage', 'utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=100', '-display_charset=utf-8', '-assume_charset=utf-8'],
}
PAGE = '/tmp/heldout123-scratch/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            data = browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

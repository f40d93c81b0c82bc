#!/usr/bin/env python3
"""Re-create every heldout122 seed from pinned git blobs (Python 3 + git + Debian w3m / pandoc + pip html2text / bs4).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout122)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole page of a Vietnamese documentation / course-notes / handbook site as its
static-site generator built it and its owner committed it to GitHub (gh-pages branches).  Converters (one per source):
  w3m        w3m 0.5.3+git20230121-2   : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  pandoc     pandoc 2.17.1.1           : pandoc -f html -t plain --wrap=none FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
  bs4        Python beautifulsoup4 4.15.0, parser 'html.parser': <script>/<style>/<noscript>/<template> decomposed,
             soup.get_text('\\n'), run in-process
For w3m / pandoc the blob's bytes are written unchanged to the fixed file /tmp/heldout122-scratch/page/page.html and
the program runs on it with LC_ALL=C.UTF-8, TERM=dumb, stdin /dev/null; its stdout is the seed, byte for byte.  For
html2text / bs4 the blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS, w3m at 100 columns and the pandoc / bs4 converters added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# rust-tieng-viet/rust-tieng-viet.github.io, gh-pages "Deploying to gh-pages from @ rust-tieng-viet/rust-tieng-viet.github.io@…"
# 2024-10-22 (mdBook build of "Rust Tiếng Việt", the last deploy whose pages still carry the sidebar inline)
RUST = ('rust-tieng-viet/rust-tieng-viet.github.io', 'b06b2b6053e5717cb042400ae3fc715bceebb49f')
# TMA2015/roadmap-toan-thcs, gh-pages "Deployed 0776159 with MkDocs version: 1.6.1" (MkDocs Material 9.7.7 build of
# "Roadmap Toán THCS", a self-study roadmap for lower-secondary mathematics)
TOAN = ('TMA2015/roadmap-toan-thcs', '81a09e4d71ce4b6fdd2e2790625a771b7e29d783')
# earthknowsbest/sustainable-living, gh-pages "Deployed 7c8f3a6 with MkDocs version: 1.5.2" 2026-04-01 (MkDocs Material
# 9.2.6 build of "SỐNG BỀN VỮNG" by Peace Vegan School: essays / translations on ecology, economics, spirituality)
EARTH = ('earthknowsbest/sustainable-living', 'f662db9a4469f18ce5bbdd2e6a66f1cb21e902a9')
# vinmakersoc/makerspace-network-docs, gh-pages "Deploy website - based on 71b7faf…" 2021-10-19 (Docusaurus 2 build of
# the VinUniversity Makerspace Network user guide, Vietnamese locale vi/)
MAKER = ('vinmakersoc/makerspace-network-docs', '0a0ff4eca08c49b1d3e77ca829fa130e9b19928a')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'rustvn-w3m': [
        RUST + ('design-pattern/structural/small-rates.html', 'w3m', 'rust_1.txt'),
        RUST + ('advanced/smart-pointer/box.html', 'w3m', 'rust_2.txt'),
        RUST + ('basic/trait/index.html', 'w3m', 'rust_3.txt'),
        RUST + ('basic/ownership.html', 'w3m', 'rust_4.txt'),
        RUST + ('advanced/smart-pointer/index.html', 'w3m', 'rust_5.txt'),
        RUST + ('idioms/aim-for-immutability.html', 'w3m', 'rust_6.txt'),
        RUST + ('index.html', 'w3m', 'rust_7.txt'),
    ],
    'toanthcs-pandoc': [
        TOAN + ('huong-dan/lo-trinh-tu-hoc/index.html', 'pandoc', 'toan_1.txt'),
        TOAN + ('huong-dan/cau-truc-chuyen-de/index.html', 'pandoc', 'toan_2.txt'),
        TOAN + ('kien-thuc/01-ban-do-chuong-trinh/index.html', 'pandoc', 'toan_3.txt'),
        TOAN + ('kien-thuc/08-phuong-trinh-bat-phuong-trinh/index.html', 'pandoc', 'toan_4.txt'),
        TOAN + ('kien-thuc/17-thales-dong-dang/index.html', 'pandoc', 'toan_5.txt'),
        TOAN + ('kien-thuc/23-xac-suat/index.html', 'pandoc', 'toan_6.txt'),
    ],
    'songbenvung-bs4': [
        EARTH + ('ecology/bio-crisis/index.html', 'bs4', 'sbv_1.txt'),
        EARTH + ('economics/why-socialism/index.html', 'bs4', 'sbv_2.txt'),
        EARTH + ('human/spirituality/buddha/tamkinh/index.html', 'bs4', 'sbv_3.txt'),
        EARTH + ('earth/30by30/index.html', 'bs4', 'sbv_4.txt'),
        EARTH + ('economics/degrowth/intro/index.html', 'bs4', 'sbv_5.txt'),
        EARTH + ('ecology/permaculture/perma-farms/index.html', 'bs4', 'sbv_6.txt'),
        EARTH + ('vegan/food-lancet/index.html', 'bs4', 'sbv_7.txt'),
    ],
    'vinmaker-html2text': [
        MAKER + ('vi/docs/intro/index.html', 'html2text', 'maker_1.txt'),
        MAKER + ('vi/docs/getting-started/create-an-account/index.html', 'html2text', 'maker_2.txt'),
        MAKER + ('vi/docs/getting-started/machines/index.html', 'html2text', 'maker_3.txt'),
        MAKER + ('vi/docs/getting-started/badges/index.html', 'html2text', 'maker_4.txt'),
        MAKER + ('vi/docs/getting-started/congratulations/index.html', 'html2text', 'maker_5.txt'),
    ],
}

PROGRAM = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'],
}
PAGE = '/tmp/heldout122-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def run_program(cmd, raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True, stdin=subprocess.DEVNULL,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb')).stdout
    finally:
        os.remove(PAGE)


def h2t(raw):
    import html2text
    return html2text.HTML2Text().handle(raw.decode('utf-8')).encode('utf-8')


def bs4_text(raw):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(raw.decode('utf-8'), 'html.parser')
    for t in soup(['script', 'style', 'noscript', 'template']):
        t.decompose()
    return soup.get_text('\n').encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            if conv == 'html2text':
                data = h2t(raw)
            elif conv == 'bs4':
                data = bs4_text(raw)
            else:
                data = run_program(PROGRAM[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

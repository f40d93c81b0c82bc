#!/usr/bin/env python3
"""Re-create every heldout120 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / elinks / pandoc +
Python html2text + BeautifulSoup).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout120)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole page of the built HTML output of a static documentation-site generator
(MkDocs Material, Docusaurus, VitePress) of a Vietnamese guide / course-notes / help site, as its owner committed it
to GitHub (gh-pages branch or the deploy branch).  Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121      : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  elinks     ELinks 0.13.2              : elinks -dump -dump-width 100 FILE   (defaults: numbered links and the
                                          "References" list kept)
  pandoc     pandoc 2.17.1.1            : pandoc -f html -t plain --wrap=none FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
  bs4        BeautifulSoup 4.15.0 with the stdlib 'html.parser': <script> and <style> elements decomposed, then
             soup.get_text('\\n'), run in-process
For w3m / elinks / pandoc the blob's bytes are written unchanged to the fixed file
/tmp/heldout120-scratch/page/page.html and the program runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the
seed, byte for byte (ELinks prints file:// URLs of that fixed path in its link list).  For html2text / bs4 the blob is
decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS and the elinks / pandoc / bs4 converters added; widths 100.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# learn-anything-az/learn-anything-knowledge, gh-pages "update python docs" 2024-06-23 (MkDocs 1.6.0 + Material build of
# LEarn Anything, learn-anything.vn: self-study / Obsidian / Python / personal-development notes)
LA = ('learn-anything-az/learn-anything-knowledge', '915cc6bc4d02200709149e800c80ef39cae27ac2')
# daihocmo/daihocmo.github.io, gh-pages "Deployed 4ca5a4b with MkDocs version: 1.6.1" 2026-01-18 (MkDocs Material build
# of "Khu học mở", daihocmo.github.io: self-study guides)
DHM = ('daihocmo/daihocmo.github.io', '2c94bcfef551c252bb726c5f7e0fd4fd31ff3c4f')
# diro-ai/diro-docs, gh-pages 2025-08-01 (Docusaurus build of "Diro docs", docs.diro.ai: user guide of an AI sales-chat
# tool for Facebook fan pages)
DIRO = ('diro-ai/diro-docs', '0c43ef1df1dd7bc66ca33af58b31a531b7b2d9e2')
# meothongthai/docs-pythonvn, gh-pages 2025-09-09 (Docusaurus build of "Docs PythonVn", Vietnamese locale `vi/`: user
# manual of a website CMS)
PYVN = ('meothongthai/docs-pythonvn', '3450258b0b1d7b9d5e510479c36ab4ab2898185e')
# zukahai/vat-ly, gh-pages "Updates" 2025-09-14 (VitePress build of "Giáo Trình Vật Lí", a course-notes site)
VL = ('zukahai/vat-ly', '6dad2cb70af7b0f2ecac64a6fb29b82037152ede')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'learnanything-w3m': [
        LA + ('kien-thuc/phat-trien-ban-than/nguyen-tac-mece/index.html', 'w3m', 'la_1.txt'),
        LA + ('gioi-thieu/dong-gop-phat-trien-learn-anything/index.html', 'w3m', 'la_2.txt'),
        LA + ('kien-thuc/python/ly-do-hoc-python-khong-thanh-cong/index.html', 'w3m', 'la_3.txt'),
        LA + ('kien-thuc/obsidian/dong-bo-du-lieu-obsidian/index.html', 'w3m', 'la_4.txt'),
        LA + ('kien-thuc/obsidian/thiet-lap-ung-dung-ghi-chu-obsidian/index.html', 'w3m', 'la_5.txt'),
        LA + ('kien-thuc/cong-nghe/git-va-github-tim-su-dung-cong-cu-quan-ly-phien-ban-trong-lap-trinh/index.html',
              'w3m', 'la_6.txt'),
        LA + ('kien-thuc/phat-trien-ban-than/tot-hon-moi-ngay-learn-anything/index.html', 'w3m', 'la_7.txt'),
    ],
    'khuhocmo-elinks': [
        DHM + ('huong-dan/thoi-quen/index.html', 'elinks', 'khm_1.txt'),
        DHM + ('huong-dan/he-thong/index.html', 'elinks', 'khm_2.txt'),
        DHM + ('huong-dan/tu-hoc-phan-1/index.html', 'elinks', 'khm_3.txt'),
        DHM + ('huong-dan/tu-hoc-phan-2/index.html', 'elinks', 'khm_4.txt'),
        DHM + ('huong-dan/doc-sach/index.html', 'elinks', 'khm_5.txt'),
        DHM + ('huong-dan/viet/index.html', 'elinks', 'khm_6.txt'),
        DHM + ('huong-dan/thoat-nghien/index.html', 'elinks', 'khm_7.txt'),
    ],
    'diro-bs4': [
        DIRO + ('docs/huong-dan/tao-san-pham/index.html', 'bs4', 'diro_1.txt'),
        DIRO + ('docs/huong-dan/keo-tuong-tac/index.html', 'bs4', 'diro_2.txt'),
        DIRO + ('docs/huong-dan/chat-thu/index.html', 'bs4', 'diro_3.txt'),
        DIRO + ('docs/huong-dan/thiet-lap/index.html', 'bs4', 'diro_4.txt'),
        DIRO + ('docs/huong-dan/tinh-nang/index.html', 'bs4', 'diro_5.txt'),
        DIRO + ('docs/huong-dan/quan-ly-don-hang/index.html', 'bs4', 'diro_6.txt'),
    ],
    'pythonvn-html2text': [
        PYVN + ('vi/docs/how-using/post/index.html', 'html2text', 'pyvn_1.txt'),
        PYVN + ('vi/docs/how-using/page/index.html', 'html2text', 'pyvn_2.txt'),
        PYVN + ('vi/docs/how-using/menu/index.html', 'html2text', 'pyvn_3.txt'),
        PYVN + ('vi/docs/how-using/account/index.html', 'html2text', 'pyvn_4.txt'),
        PYVN + ('vi/docs/how-using/slide/index.html', 'html2text', 'pyvn_5.txt'),
        PYVN + ('vi/docs/how-using/media/index.html', 'html2text', 'pyvn_6.txt'),
    ],
    'vatly-pandoc': [
        VL + ('introduction/chuong1/bai1.html', 'pandoc', 'vl_1.txt'),
        VL + ('introduction/chuong1/bai3.html', 'pandoc', 'vl_2.txt'),
        VL + ('introduction/chuong3/dongluc.html', 'pandoc', 'vl_3.txt'),
        VL + ('introduction/chuong3/theluc.html', 'pandoc', 'vl_4.txt'),
        VL + ('appendix/faq.html', 'pandoc', 'vl_5.txt'),
    ],
}

PROGRAM = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'elinks': ['elinks', '-dump', '-dump-width', '100'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'],
}
PAGE = '/tmp/heldout120-scratch/page/page.html'


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
    for t in soup(['script', 'style']):
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

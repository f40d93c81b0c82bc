#!/usr/bin/env python3
"""Re-create every heldout114 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / elinks / pandoc + Python
BeautifulSoup 4).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout114)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole page written by a static-site generator (Hugo, Docusaurus) of a Vietnamese
blog and committed by its owner to GitHub (a GitHub Pages branch).  Converters (one per source, see SEEDS):
  w3m     w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  elinks  ELinks 0.13.2-1+b4      : elinks -no-home 1 -no-connect 1 -dump 1 -dump-width 100 -dump-charset utf-8
                                     -no-numbering 1 -no-references 1 FILE
  pandoc  pandoc 2.17.1.1-2~deb12u1: pandoc -f html -t plain --wrap=none FILE
  bs4     Python 3.11.7 + beautifulsoup4 4.15.0 (parser 'html.parser'): every <script> and <style> decomposed, then
          soup.get_text('\\n'), run in-process
For w3m / elinks / pandoc the blob's bytes are written unchanged to the fixed file
/tmp/heldout114-scratch/page/page.html and the program runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the
seed, byte for byte.  For bs4 the blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS and the converters above.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# dominhhai/dominhhai.github.io, branch master "Build on Thu Mar  4 20:44:16 +07 2021" (Hugo build, theme Tranquilpeak,
# of "Hai's Blog" by Do Minh Hai, dominhhai.github.io; Vietnamese section vi/)
HAI = ('dominhhai/dominhhai.github.io', 'd1baa3dcfbf7de550da64f5cb58e60f426e59c7d')
# namanh11611/blog, branch gh-pages "Update CNAME" 2025-02-21 (Hugo build, theme Stack, of "Henry Techie",
# henrytechie.com; Vietnamese section vi/p/)
HENRY = ('namanh11611/blog', '9642b827abbceadc2d078cb7e23f88bd5c210b1e')
# coursemind-blog/coursemind-blog.github.io, branch main "update" 2024-02-03 (Docusaurus 2 build of the CourseMind blog,
# blog.coursemind.io; Vietnamese locale vi/)
CM = ('coursemind-blog/coursemind-blog.github.io', '9e290c9c430512d63d62ec94044e493df2891927')
# protonx-blog/protonx-blog.github.io, branch master "add-all" 2023-09-08 (Docusaurus 2 build of the ProtonX blog,
# blog.protonx.io; default locale at blog/, Vietnamese-UI locale at vi/blog/)
PX = ('protonx-blog/protonx-blog.github.io', '0a1766f8e262811f6e7dd6db85447f93856011c4')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'dominhhai-w3m': [
        HAI + ('vi/2018/02/power-of-habit/index.html', 'w3m', 'hai_1.txt'),
        HAI + ('vi/2018/02/married/index.html', 'w3m', 'hai_2.txt'),
        HAI + ('vi/2018/05/hito-ikasu/index.html', 'w3m', 'hai_3.txt'),
        HAI + ('vi/2018/08/sans-famille/index.html', 'w3m', 'hai_4.txt'),
        HAI + ('vi/2017/09/gatsby-vi-dai/index.html', 'w3m', 'hai_5.txt'),
        HAI + ('vi/2018/02/visa-japan/index.html', 'w3m', 'hai_6.txt'),
        HAI + ('vi/2017/09/toi-tu-hoc-nguyen-duy-can/index.html', 'w3m', 'hai_7.txt'),
        HAI + ('vi/2017/11/seiko-no-yotei/index.html', 'w3m', 'hai_8.txt'),
    ],
    'henrytechie-elinks': [
        HENRY + ('vi/p/salary/index.html', 'elinks', 'henry_1.txt'),
        HENRY + ('vi/p/junior/index.html', 'elinks', 'henry_2.txt'),
        HENRY + ('vi/p/ai-change-work/index.html', 'elinks', 'henry_3.txt'),
        HENRY + ('vi/p/pomodoro/index.html', 'elinks', 'henry_4.txt'),
        HENRY + ('vi/p/vietnamese/index.html', 'elinks', 'henry_5.txt'),
        HENRY + ('vi/p/technical-blog/index.html', 'elinks', 'henry_6.txt'),
        HENRY + ('vi/p/process/index.html', 'elinks', 'henry_7.txt'),
        HENRY + ('vi/p/leetcode/index.html', 'elinks', 'henry_8.txt'),
    ],
    'coursemind-pandoc': [
        CM + ('vi/blog/how-to-start-a-profitable-online-course/index.html', 'pandoc', 'cm_1.txt'),
        CM + ('vi/blog/auto-checkin-launch/index.html', 'pandoc', 'cm_2.txt'),
        CM + ('vi/blog/gdsc-hust-checkin-event/index.html', 'pandoc', 'cm_3.txt'),
        CM + ('vi/blog/optimize-educational-content-with-qrcode/index.html', 'pandoc', 'cm_4.txt'),
        CM + ('vi/blog/optimize-your-blog-with-qr-code/index.html', 'pandoc', 'cm_5.txt'),
        CM + ('vi/blog/optimizing-the-power-of-slide-with-qr-code/index.html', 'pandoc', 'cm_6.txt'),
        CM + ('vi/blog/top-5-qr-generator/index.html', 'pandoc', 'cm_7.txt'),
    ],
    'protonx-bs4': [
        PX + ('blog/layoff2023/index.html', 'bs4', 'px_1.txt'),
        PX + ('blog/bigtechinterview/index.html', 'bs4', 'px_2.txt'),
        PX + ('blog/thu-vi-tf-05/index.html', 'bs4', 'px_3.txt'),
        PX + ('blog/tro-thanh-ky-su-hoc-may-tu-con-so-0/index.html', 'bs4', 'px_4.txt'),
        PX + ('vi/blog/layoff2023/index.html', 'bs4', 'px_5.txt'),
    ],
}

PROG = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'elinks': ['elinks', '-no-home', '1', '-no-connect', '1', '-dump', '1', '-dump-width', '100',
               '-dump-charset', 'utf-8', '-no-numbering', '1', '-no-references', '1'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'],
}
PAGE = '/tmp/heldout114-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def run_prog(cmd, raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb')).stdout
    finally:
        os.remove(PAGE)


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
            data = bs4_text(raw) if conv == 'bs4' else run_prog(PROG[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout124 seed from pinned git blobs (Python 3 stdlib + git + Debian lynx / pandoc + Python html2text
and BeautifulSoup).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout124)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole built HTML page (UTF-8) of a Vietnamese documentation / course-notes / book
site as its generator (MkDocs Material, Quarto book, VuePress 2, Retype) wrote it and its owner committed it to GitHub.
Converters (one per source, see SEEDS):
  lynx       lynx 2.9.0dev.12         : lynx -dump -nolist -width=100 -display_charset=utf-8 -assume_charset=utf-8 FILE
  pandoc     pandoc 2.17.1.1          : pandoc -f html -t plain --wrap=none FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
  bs4        Python beautifulsoup4 4.15.0, parser html.parser: <script>/<style> decomposed, soup.get_text('\\n')
For lynx / pandoc the blob's bytes are written unchanged to the fixed file /tmp/heldout124-scratch/page/page.html and
the program runs on it with LC_ALL=C.UTF-8, TERM=dumb, stdin /dev/null; its stdout is the seed, byte for byte.  For
html2text / bs4 the blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS, lynx with -nolist at width 100, pandoc and bs4 added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# dothanhdathp/taddev, gh-pages "Deployed 9ef2d273 with MkDocs version: 1.6.1" 2026-03-16 (site "Technical", MkDocs
# Material: a developer's Vietnamese notes on OS, Git, Android, ROS, electronics ...)
TAD = ('dothanhdathp/taddev', '0e0aeacf7886ddcd654981fb4072ec90d999641e')
# hanglam-editions/plutarch-parallel-lives-vi, gh-pages "deploy: 8f61b25…" 2026-06-18 (Quarto 1.9.38 book "Những cuộc
# đời song hành", a Vietnamese translation of Plutarch's Parallel Lives)
PLU = ('hanglam-editions/plutarch-parallel-lives-vi', '78b90428969bed75510013460ef2ca1a43373f21')
# Zenfection/zenctu, main "update" 2021-10-09 (the last commit that still holds docs/.vuepress/dist: VuePress
# 2.0.0-beta.26 site "Zen Course Guide", course notes for Can Tho University IT courses)
ZEN = ('Zenfection/zenctu', 'ba9be3f8f9c15bbdd1396afd092321603268cfd7')
ZD = 'docs/.vuepress/dist/'
# EdwardPham1307/clht, main "Deploy Sucesss (2025-05-04 01:15:30)" (Retype 3.7.0 site "Công Lý Hoàng Triều Docs",
# design documents of a Vietnamese historical farming / RPG game)
CLH = ('EdwardPham1307/clht', 'e0422512b095fbfdd3c3ec167dda18b17d4fa896')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'taddev-lynx': [
        TAD + ('Git/git-overview/index.html', 'lynx', 'tad_1.txt'),
        TAD + ('OS/os-posix-signal/index.html', 'lynx', 'tad_2.txt'),
        TAD + ('OS/Android/android-app-architecture/index.html', 'lynx', 'tad_3.txt'),
        TAD + ('OS/os-overview/index.html', 'lynx', 'tad_4.txt'),
        TAD + ('Common/digital-signature/index.html', 'lynx', 'tad_5.txt'),
        TAD + ('ROS/ros-basic-concepts/index.html', 'lynx', 'tad_6.txt'),
        TAD + ('OS/os-apis/index.html', 'lynx', 'tad_7.txt'),
    ],
    'plutarch-pandoc': [
        PLU + ('volume-1/04-comparison-theseus-romulus.html', 'pandoc', 'plu_1.txt'),
        PLU + ('volume-1/07-comparison-lycurgus-numa.html', 'pandoc', 'plu_2.txt'),
        PLU + ('volume-2/03-comparison-timoleon-aemilius.html', 'pandoc', 'plu_3.txt'),
        PLU + ('volume-1/15-comparison-pericles-fabius.html', 'pandoc', 'plu_4.txt'),
        PLU + ('volume-3/06-comparison-nicias-crassus.html', 'pandoc', 'plu_5.txt'),
        PLU + ('volume-1/06-numa.html', 'pandoc', 'plu_6.txt'),
    ],
    'zenctu-html2text': [
        ZEN + (ZD + 'cosonganh/CT112-Mang_may_tinh/Tailieu/Chapter1/4.html', 'html2text', 'zen_1.txt'),
        ZEN + (ZD + 'cosonganh/CT112-Mang_may_tinh/Tailieu/Chapter3/3.html', 'html2text', 'zen_2.txt'),
        ZEN + (ZD + 'cosonganh/CT112-Mang_may_tinh/Tailieu/Chapter3/2.html', 'html2text', 'zen_3.txt'),
        ZEN + (ZD + 'cosonganh/CT112-Mang_may_tinh/Tailieu/Chapter2/2.html', 'html2text', 'zen_4.txt'),
        ZEN + (ZD + 'cosonganh/CT175-Ly_thuyet_do_thi/Tailieu/2.html', 'html2text', 'zen_5.txt'),
        ZEN + (ZD + 'cosonganh/CT175-Ly_thuyet_do_thi/Tailieu/3.html', 'html2text', 'zen_6.txt'),
        ZEN + (ZD + 'cosonganh/CT175-Ly_thuyet_do_thi/Tailieu/4.html', 'html2text', 'zen_7.txt'),
    ],
    'clht-bs4': [
        CLH + ('tong-quan/cot-truyen/index.html', 'bs4', 'clht_1.txt'),
        CLH + ('tong-quan/kinh-te/index.html', 'bs4', 'clht_2.txt'),
        CLH + ('tutorial/khoi-dau/index.html', 'bs4', 'clht_3.txt'),
        CLH + ('tutorial/cutscene/index.html', 'bs4', 'clht_4.txt'),
        CLH + ('tong-quan/core/index.html', 'bs4', 'clht_5.txt'),
    ],
}

PROGRAM = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=100', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'],
}
PAGE = '/tmp/heldout124-scratch/page/page.html'


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
    for tag in soup(['script', 'style']):
        tag.decompose()
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

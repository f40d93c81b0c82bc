#!/usr/bin/env python3
"""Re-create every heldout35 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout35 directory that holds this build/ folder)

Each seed is made from one whole git blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`
(mirrors as brought by `fetch` to /work/.mirror/<owner>+<name>/repo).  Nothing is edited by hand.
Renderers:
- copy    (conv.py) a committed crawler text dump, byte for byte.
- fields  (conv.py) a JSON crawl record: `key: value` lines, blank line, stored body (heldout30/34 renderer).
- lynx    a committed (browser/site-mirror) HTML page, fed on stdin to Debian lynx 2.9.0dev.12-1:
            lynx -dump -nolist -width=80 -assume_charset=utf-8 -display_charset=utf-8 -stdin
- w3m     the same, fed on stdin to Debian w3m 0.5.3+git20230121-2:
            w3m -dump -T text/html -I UTF-8 -O UTF-8 -cols 80
  (environment LANG=LC_ALL=C.UTF-8, TERM=dumb; the browser's stdout is the seed, byte for byte; -nolist / w3m's
  default print no link URLs, so no local file paths enter the seed)."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conv  # noqa: E402

MIRROR = '/work/.mirror'

ODP = ('ThanhB18059162022/odp.cantho.gov.vn', '44ee6a2c3edaaeb4f1164ebdc8def0a49f10a0aa')
HAUI = ('Rin171104/Legal-chatbot', 'b812f4bd552c5a702f4e3e6530de95d356a2d2d1')
SHP = ('hungmanh2004/DAY08-2A202601058-TranManhHung', '7920b86554ef7819a001c0f571de2d5893fd66ab')
HP = 'data/raw_docs/overview/www.haui.edu.vn_vn_html_'

# slug -> [(repo, commit, path, renderer, output name), ...]
SEEDS = {
    'ct-odp': [
        ODP + ('blog/dak-lak-ban-hanh-ke-hoach-trien-khai-csdl-dat-dai-tren-dia-ban-tinh-nam-2022.html', 'lynx',
               'odp_1.txt'),
        ODP + ('blog/nguoi-dan-co-the-su-dung-ung-dung-tren-di-dong-thay-the-the-bao-hiem-y-te.html', 'lynx',
               'odp_2.txt'),
        ODP + ('about.html', 'w3m', 'odp_3.txt'),
    ],
    'haui-dump': [
        HAUI + (HP + 'lich-su.txt', 'copy', 'haui_1.txt'),
        HAUI + (HP + 'chien-luoc-phat-trien.txt', 'copy', 'haui_2.txt'),
        HAUI + (HP + 'co-so-vat-chat.txt', 'copy', 'haui_3.txt'),
        HAUI + (HP + 'cong-doan.txt', 'copy', 'haui_4.txt'),
    ],
    'shopee-help': [
        SHP + ('data/landing/news/article_01.json', 'fields', 'shopee_1.txt'),
        SHP + ('data/landing/news/article_05.json', 'fields', 'shopee_2.txt'),
    ],
}

LYNX = ['lynx', '-dump', '-nolist', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', '-stdin']
W3M = ['w3m', '-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', '-cols', '80']
ENV = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', TERM='dumb')


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def check_versions():
    v = subprocess.run(['lynx', '-version'], capture_output=True, text=True).stdout
    assert '2.9.0dev.12' in v, v[:80]
    v = subprocess.run(['w3m', '-version'], capture_output=True, text=True).stdout
    assert '0.5.3+git20230121' in v, v[:80]


def render(rname, raw):
    if rname == 'lynx':
        return subprocess.run(LYNX, input=raw, check=True, capture_output=True, env=ENV).stdout
    if rname == 'w3m':
        return subprocess.run(W3M, input=raw, check=True, capture_output=True, env=ENV).stdout
    return conv.RENDER[rname](raw)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    check_versions()
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, rname, name in items:
            data = render(rname, blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout34 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout34 directory that holds this build/ folder)

Each seed is made from one whole git blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`.
Nothing is edited by hand.
- JSON crawl records (Day08 lab repositories) are parsed and rendered by conv.py (renderer 'fields': every
  scalar field other than the body as `key: value`, a blank line, then the stored body as is) -- the same
  renderer as heldout30.
- Saved HTML (streamlyn-tech/bxscrappy): the committed file is a wrapper page whose only content is an
  <iframe srcdoc="..."> holding the whole scraped page.  step 1: the value of the first iframe's srcdoc
  attribute is taken with Python's html.parser (which unescapes the attribute value; nothing else is changed)
  and written as UTF-8 to the fixed file /tmp/heldout34/page/page.html (lynx prints
  that path once, in its References list, for a same-page link); step 2: that file is dumped by a Debian text browser:
    lynx  2.9.0dev.12-1 :  lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
    w3m   0.5.3+git20230121-2 :  w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  The browser's stdout is the seed, byte for byte."""
import html.parser
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conv  # noqa: E402

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


BX = 'streamlyn-tech/bxscrappy'
LC = ('longcris04/Day08_RAG_pipeline_cohort2', '9224c5f5fc7fbf3b471ae6c09be4cb090a1ebc72')
BV = ('baamvu/Day08_RAG_pipeline_cohort2', 'b192ad83237a4c1d0f2161e08fa5f113fadeebc5')
N = 'data/landing/news/'

# slug -> [(repo, commit, path, renderer, output name), ...]
SEEDS = {
    'bx-pages': [
        (BX, '01579e57a586f572657dbce68e0089534e260bf0', '24h.com.vn.html', 'srcdoc_lynx', '24h_1.txt'),
        (BX, 'b520764de118d51f4715bcf2d026be49977eb065', 'eva.vn.html', 'srcdoc_w3m', 'eva_1.txt'),
    ],
    'lc-news': [
        LC + (N + 'article_02.json', 'fields', 'tienphong_1.txt'),
        LC + (N + 'article_03.json', 'fields', 'thanhnien_1.txt'),
    ],
    'bv-news': [
        BV + (N + 'ca-si-chu-bin-chu-dang-thanh-bi-tam-giu-vi-lien-quan-ma-tuy.json', 'fields', 'vnexpress_1.txt'),
        BV + (N + 'lan-ra-duong-day-ma-tuy-lon-nhat-lich-su-tu-vu-4-tiep-vien-h.json', 'fields', 'vnexpress_2.txt'),
    ],
}

LYNX = ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8']
W3M = ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80']


class _Srcdoc(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.srcdoc = None

    def handle_starttag(self, tag, attrs):
        if tag == 'iframe' and self.srcdoc is None:
            for k, v in attrs:
                if k == 'srcdoc':
                    self.srcdoc = v
                    return


def srcdoc(raw):
    p = _Srcdoc()
    p.feed(raw.decode('utf-8'))
    p.close()
    assert p.srcdoc, 'no iframe srcdoc'
    return p.srcdoc


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


PAGE = '/tmp/heldout34/page/page.html'  # fixed path: lynx prints it in its References list (file://localhost/...)


def browse(cmd, page):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'w', encoding='utf-8') as f:
        f.write(page)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb')).stdout
    finally:
        os.remove(PAGE)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, rname, name in items:
            raw = blob(repo, commit, path)
            dest = os.path.join(out, slug, name)
            if rname == 'srcdoc_lynx':
                data = browse(LYNX, srcdoc(raw))
            elif rname == 'srcdoc_w3m':
                data = browse(W3M, srcdoc(raw))
            else:
                data = conv.RENDER[rname](json.loads(raw.decode('utf-8'))).encode('utf-8')
            data.decode('utf-8')  # must be UTF-8 text
            with open(dest, 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

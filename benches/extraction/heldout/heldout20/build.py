#!/usr/bin/env python3
"""Re-create the heldout20 seed files from bare git mirrors under /work/.mirror.

usage: python3 build/build.py OUTDIR

Rendering rule (html2text below, Python stdlib html.parser only):
  * input bytes decoded as UTF-8 (errors='replace'); html.parser with convert_charrefs=True
  * first line = text of the first <title> element (whitespace collapsed)
  * contents of script/style/noscript/svg/iframe/template/head(other than title)/select/object are dropped
  * a line break is emitted at the start and end of every block element
    (p div li ul ol h1-h6 td th tr table br hr section article header footer nav aside
     form blockquote dl dt dd pre main figure figcaption option address center fieldset legend)
  * inside a line every run of whitespace (incl. NBSP) becomes one space; lines are stripped;
    empty lines are dropped; file = lines joined by '\n' plus a final '\n'.
Plain-text sources are copied byte for byte.
"""
import os, re, subprocess, sys
from html.parser import HTMLParser

MIRROR = '/work/.mirror'
SKIP = {'script', 'style', 'noscript', 'svg', 'iframe', 'template', 'select', 'object'}
BLOCK = set('p div li ul ol h1 h2 h3 h4 h5 h6 td th tr table br hr section article header footer nav aside '
            'form blockquote dl dt dd pre main figure figcaption option address center fieldset legend tbody thead'.split())
VOID = {'br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr'}
WS = re.compile(r'[\s\u00a0\u200b\ufeff]+')


class R(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0; self.skiptag = []; self.in_title = False; self.title = None
        self.buf = []; self.lines = []; self.in_head = False

    def flush(self):
        t = WS.sub(' ', ''.join(self.buf)).strip()
        if t: self.lines.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skiptag[-1] and tag not in VOID:
                self.skip += 1
            return
        if tag in SKIP:
            self.skip = 1; self.skiptag.append(tag); return
        if tag == 'title' and self.title is None:
            self.in_title = True; self.tbuf = []; return
        if tag in BLOCK: self.flush()

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag in BLOCK: self.flush()

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skiptag[-1]:
                self.skip -= 1
                if self.skip == 0: self.skiptag.pop()
            return
        if tag == 'title' and self.in_title:
            self.in_title = False; self.title = WS.sub(' ', ''.join(self.tbuf)).strip(); return
        if tag in BLOCK: self.flush()

    def handle_data(self, d):
        if self.skip: return
        if self.in_title: self.tbuf.append(d); return
        self.buf.append(d)


def html2text(b):
    p = R(); p.feed(b.decode('utf-8', errors='replace')); p.close(); p.flush()
    lines = ([p.title] if p.title else []) + p.lines
    return ('\n'.join(lines) + '\n').encode('utf-8')


def blob(repo, commit, path):
    gd = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return subprocess.run(['git', '--git-dir', gd, 'cat-file', '-p', f'{commit}:{path}'],
                          check=True, capture_output=True).stdout


MYFEED = ('dungvn3000/myfeed', '636c978168f354caadf648a1727e71bcf839902b', 'linkerz_parser/src/test/resources/')
ITEMS = [  # (slug, out name, (repo, commit, dir), file, mode)
]
for n in ['24h1', 'dantri1', 'genk1', 'ngoisao1', 'nld1', 'soha1', 'teen9x1', 'thanhnien1', 'tinhte1',
          'xinh1', 'zing1', 'zing2', 'vnexpress1', 'vnexpress2']:
    ITEMS.append(('myfeed', n + '.txt', MYFEED, n + '.html', 'html'))


def main():
    if len(sys.argv) != 2: sys.exit(__doc__)
    out = sys.argv[1]
    for slug, name, (repo, commit, d), f, mode in ITEMS:
        b = blob(repo, commit, d + f)
        data = html2text(b) if mode == 'html' else b
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        with open(os.path.join(out, slug, name), 'wb') as fh: fh.write(data)
    print(len(ITEMS), 'files written to', out)


if __name__ == '__main__':
    main()

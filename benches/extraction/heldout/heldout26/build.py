#!/usr/bin/env python3
"""Re-create the heldout26 seeds byte for byte from pinned git blobs.
usage: python3 build.py OUTDIR   (OUTDIR gets <slug>/<name>.txt)
Python 3 standard library only. Two generic HTML-to-text converters:
 blocks - newline after each block element, spaces collapsed, lines stripped, 3+ newlines -> 2
 lines  - every text node on its own line, no blank lines, <title> first
"""
import os, re, sys, subprocess, html
from html.parser import HTMLParser

MIRRORS = '/work/.mirror'
SEEDS = [
    # (slug, name, repo, commit, path, converter)
    ('goose-vnexpress', 'vnexpress_giaitri_1', 'advancedlogic/GoOse',
     '717927370fc8f68b5f590aa46b8b156756cfebb3', 'sites/vnexpress.net.html', 'blocks'),
    ('htmldate-vnexpress', 'vnexpress_kinhdoanh_1', 'adbar/htmldate',
     'b8952828329abaeeb3be21387b526f2be614ce67', 'tests/eval/VnExpress.net-Kinh-doanh.html', 'lines'),
    ('tracking-baochinhphu', 'baochinhphu_1', 'meth04/tracking_news-mcp',
     '1bcfd75a6c7d676778b3476030996f277404751c', 'tests/fixtures/baochinhphu_article.html', 'blocks'),
    ('tracking-baodautu', 'baodautu_1', 'meth04/tracking_news-mcp',
     '1bcfd75a6c7d676778b3476030996f277404751c', 'tests/fixtures/baodautu_article.html', 'lines'),
    ('tracking-cafef', 'cafef_1', 'meth04/tracking_news-mcp',
     '1bcfd75a6c7d676778b3476030996f277404751c', 'tests/fixtures/cafef_article.html', 'blocks'),
    ('tracking-cafef', 'cafef_2', 'meth04/tracking_news-mcp',
     '1bcfd75a6c7d676778b3476030996f277404751c', 'tests/fixtures/cafef_article_batdongsan.html', 'blocks'),
    ('tracking-dantri', 'dantri_1', 'meth04/tracking_news-mcp',
     '1bcfd75a6c7d676778b3476030996f277404751c', 'tests/fixtures/dantri_article.html', 'lines'),
    ('tracking-nld', 'nld_1', 'meth04/tracking_news-mcp',
     '1bcfd75a6c7d676778b3476030996f277404751c', 'tests/fixtures/nld_article.html', 'blocks'),
    ('tracking-tuoitre', 'tuoitre_1', 'meth04/tracking_news-mcp',
     '1bcfd75a6c7d676778b3476030996f277404751c', 'tests/fixtures/tuoitre_article.html', 'lines'),
    ('tracking-vietnamnet', 'vietnamnet_1', 'meth04/tracking_news-mcp',
     '1bcfd75a6c7d676778b3476030996f277404751c', 'tests/fixtures/vietnamnet_article.html', 'lines'),
    ('tracking-vnexpress', 'vnexpress_1', 'meth04/tracking_news-mcp',
     '1bcfd75a6c7d676778b3476030996f277404751c', 'tests/fixtures/vnexpress_article.html', 'blocks'),
]

SKIP = {'script', 'style', 'noscript', 'svg', 'head', 'template'}
BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'section', 'article',
         'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'table', 'figure', 'figcaption', 'blockquote'}
VOID = {'br', 'img', 'meta', 'link', 'input', 'hr', 'area', 'base', 'col', 'embed', 'param',
        'source', 'track', 'wbr'}


class Conv(HTMLParser):
    def __init__(self, mode):
        super().__init__(convert_charrefs=True)
        self.mode = mode
        self.skip = []          # stack of open skipped tags
        self.in_title = False
        self.title = []
        self.parts = []         # blocks: text + '\n' markers; lines: list of text nodes

    def handle_starttag(self, tag, attrs):
        if tag == 'title':
            self.in_title = True
            return
        if tag in SKIP:
            if tag not in VOID:
                self.skip.append(tag)
            return
        if self.skip:
            return
        if self.mode == 'blocks' and tag in BLOCK:
            self.parts.append('\n')

    def handle_startendtag(self, tag, attrs):
        if self.skip:
            return
        if self.mode == 'blocks' and tag in BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag == 'title':
            self.in_title = False
            return
        if tag in SKIP:
            if tag in self.skip:
                while self.skip:
                    if self.skip.pop() == tag:
                        break
            return
        if self.skip:
            return
        if self.mode == 'blocks' and tag in BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        self.parts.append(data)


def norm_ws(s):
    return re.sub(r'[ \t\r\f\v\u00a0]+', ' ', s).strip()


def convert(raw, mode):
    text = decode(raw)
    p = Conv(mode)
    p.feed(text)
    p.close()
    title = norm_ws(' '.join(p.title).replace('\n', ' '))
    if mode == 'blocks':
        body = ''.join(p.parts)
        lines = [norm_ws(l) for l in body.split('\n')]
        out = '\n'.join(lines)
        if title:
            out = title + '\n\n' + out
        out = re.sub(r'\n{3,}', '\n\n', out).strip('\n') + '\n'
    else:
        lines = [norm_ws(x.replace('\n', ' ')) for x in p.parts]
        lines = [l for l in lines if l]
        if title:
            lines = [title] + lines
        out = '\n'.join(lines) + '\n'
    return out


def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8', 'replace')
    head = raw[:4096].decode('ascii', 'replace')
    m = re.search(r'<meta[^>]+charset\s*=\s*["\']?\s*([A-Za-z0-9_\-]+)', head, re.I)
    enc = m.group(1) if m else 'utf-8'
    try:
        return raw.decode(enc, 'replace')
    except LookupError:
        return raw.decode('utf-8', 'replace')


def blob(repo, commit, path):
    gd = os.path.join(MIRRORS, repo.replace('/', '+'), 'repo')
    return subprocess.run(['git', '--git-dir=' + gd, 'cat-file', '-p', f'{commit}:{path}'],
                          check=True, capture_output=True).stdout


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for slug, name, repo, commit, path, mode in SEEDS:
        txt = convert(blob(repo, commit, path), mode)
        d = os.path.join(out, slug)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(txt)
        print(slug, name, len(txt))


if __name__ == '__main__':
    main()

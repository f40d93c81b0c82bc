#!/usr/bin/env python3
"""Re-create the heldout19 seeds from the bare git mirrors in /work/.mirror.

usage: python3 build.py OUTDIR      (writes OUTDIR/<slug>/<name>.txt)

Every seed is either a git blob copied byte for byte ("copy") or a saved HTML page rendered to
plain text with the rule in render_html() ("html"). Both read blobs with
`git --git-dir MIRROR cat-file blob COMMIT:PATH` at the pinned commit below.
Python 3 standard library only.
"""
import html.parser
import os
import re
import subprocess
import sys

MIRROR = '/work/.mirror'

# ---------------------------------------------------------------------------------------------
# Rendering rule for saved HTML pages (documented in SOURCES.md):
#  * decode the blob as UTF-8 (errors='replace');
#  * parse with Python's html.parser (convert_charrefs=True, so entities are decoded);
#  * inside <head> only the text of <title> is kept; everything else in <head> is dropped;
#  * the content of script, style, noscript, template, svg, iframe, object, canvas, select
#    elements is dropped;
#  * every other text node is kept in document order; attribute values (alt, title, ...) are
#    never emitted;
#  * a line break is put before and after every block-level element (BLOCK below) and at <br>;
#  * within a line, runs of whitespace (incl. NBSP) become one space; lines are stripped;
#    empty lines are dropped; lines are joined with "\n" and the file ends with "\n".
# ---------------------------------------------------------------------------------------------
SKIP = {'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select'}
BLOCK = {'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div',
         'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
         'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
         'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'title', 'head',
         'caption', 'option', 'label', 'button', 'legend'}
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param',
        'source', 'track', 'wbr'}


class _Renderer(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0          # depth inside SKIP elements
        self.in_head = False
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == 'head':
            self.in_head = True
        if tag == 'body':
            self.in_head = False
        if tag == 'title':
            self.in_title = True
        if tag in SKIP and tag not in VOID:
            self.skip += 1
        if tag in BLOCK or tag == 'br':
            self.parts.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK or tag == 'br':
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip > 0:
            self.skip -= 1
        if tag == 'title':
            self.in_title = False
        if tag == 'head':
            self.in_head = False
        if tag in BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_head and not self.in_title:
            return
        self.parts.append(data)


def render_html(raw: bytes) -> bytes:
    r = _Renderer()
    r.feed(raw.decode('utf-8', errors='replace'))
    r.close()
    text = ''.join(r.parts)
    lines = []
    for line in text.split('\n'):
        line = re.sub(r'[\s\u00a0\u200b]+', ' ', line).strip()
        if line:
            lines.append(line)
    return ('\n'.join(lines) + '\n').encode('utf-8')


def blob(mirror: str, commit: str, path: str) -> bytes:
    gitdir = os.path.join(MIRROR, mirror, 'repo')
    return subprocess.run(['git', '--git-dir', gitdir, 'cat-file', 'blob', f'{commit}:{path}'],
                          check=True, stdout=subprocess.PIPE).stdout


# (slug, mirror dir, commit, path in repo, seed name, how)
SEEDS = []

# vnexpress-webcraw: LBMH-lang/WebCraw, whole VnExpress pages saved with requests.get(url).text
_WC = ('LBMH-lang+WebCraw', 'a95bb8b0c0150566c9de6fed2cbd6e91d83b79d3')
for _path in [
        'viet_nam_net/file0.html',
        'viet_nam_net/file1.html',
        'viet_nam_net/file3.html',
        'viet_nam_net/file6.html',
        'viet_nam_net/file20.html',
        'viet_nam_net/file29.html',
        'viet_nam_net/file31.html',
        'viet_nam_net/file35.html',
        'viet_nam_net/file47.html',
        'viet_nam_net/file53.html',
        'xe_hoi_net/file4.html',
        'xe_hoi_net/file6.html',
        'xe_hoi_net/file7.html',
        'xe_hoi_net/file12.html',
        'xe_hoi_net/file19.html',
]:
    SEEDS.append(('vnexpress-webcraw', _WC[0], _WC[1], _path,
                  _path.replace('/', '-').replace('.html', ''), 'html'))

# vnexpress-videoads: two video-ad test repos of lythinhsunrise, each holding one whole saved
# VnExpress article page (Jan/Feb 2022) used as a host page for a video player.
SEEDS.append(('vnexpress-videoads', 'lythinhsunrise+adv-video',
              'f105ac753f629acc1ee593057392ce81afa6d6e4', 'vnexpress.html',
              'adv-video-vnexpress', 'html'))
SEEDS.append(('vnexpress-videoads', 'lythinhsunrise+videojs',
              '4df19a266262f12b6374ffb42c97f784e919de98', 'index.html',
              'videojs-index', 'html'))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    for slug, mirror, commit, path, name, how in SEEDS:
        data = blob(mirror, commit, path)
        if how == 'html':
            data = render_html(data)
        elif how != 'copy':
            raise ValueError(how)
        d = os.path.join(out, slug)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name + '.txt'), 'wb') as f:
            f.write(data)
    print(f'{len(SEEDS)} seeds written to {out}')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Three generic HTML-to-text converters (Python 3 standard library only).

blocks  - html.parser; drops <script>, <style>, <noscript>, <svg>, <template> and all <head> content
          except <title>; newline after each block element; runs of spaces collapsed; lines stripped;
          3+ newlines collapsed to 2.  The <title> text is the first line.
lines   - same parser; every text node on its own line; no blank lines (nodes holding only zero-width
          characters count as blank); <title> first.
wrapped - output of blocks, every paragraph (line) longer than 78 characters hard-wrapped with
          textwrap.fill(width=78), a blank line between paragraphs, and the page URL
          (<link rel="canonical"> or og:url, when present) as the first line.
Charset: BOM, else <meta charset> / http-equiv content-type, else UTF-8.  Entities are unescaped
(convert_charrefs=True, plus html.unescape for attribute values)."""
import codecs
import html
import re
import textwrap
from html.parser import HTMLParser

ZERO_WIDTH = ' \u200b\u200c\u200d\u2060\ufeff'
SKIP = {'script', 'style', 'noscript', 'svg', 'template'}
BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'section', 'article',
         'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'table', 'figure', 'figcaption', 'blockquote'}
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param',
        'source', 'track', 'wbr'}


def decode(raw):
    """Decode bytes by BOM, else declared charset (meta), else UTF-8."""
    for bom, enc in ((codecs.BOM_UTF8, 'utf-8'), (codecs.BOM_UTF16_LE, 'utf-16-le'),
                     (codecs.BOM_UTF16_BE, 'utf-16-be')):
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors='replace')
    head = raw[:4096].decode('ascii', errors='replace')
    m = re.search(r'<meta[^>]+charset\s*=\s*["\']?\s*([A-Za-z0-9_\-:.]+)', head, re.I)
    enc = 'utf-8'
    if m:
        try:
            enc = codecs.lookup(m.group(1)).name
        except LookupError:
            enc = 'utf-8'
    return raw.decode(enc, errors='replace')


class Walker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0          # depth inside SKIP elements
        self.in_head = False
        self.in_title = False
        self.title = []
        self.events = []       # ('text', str) | ('block',)
        self.url_canon = None
        self.url_og = None
        self.n_title = 0       # number of <title> elements seen (only the first one is kept)

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or '') for k, v in attrs}
        if tag == 'head':
            self.in_head = True
        elif tag == 'body':
            self.in_head = False
        if tag == 'link' and 'canonical' in a.get('rel', '').lower().split() and a.get('href') \
                and self.url_canon is None:
            self.url_canon = html.unescape(a['href']).strip()
        if tag == 'meta' and a.get('property', a.get('name', '')).lower() == 'og:url' \
                and a.get('content') and self.url_og is None:
            self.url_og = html.unescape(a['content']).strip()
        if tag in SKIP and tag not in VOID:
            self.skip += 1
            return
        if tag == 'title':
            self.in_title = True
            self.n_title += 1
            return
        if tag in BLOCK:
            self.events.append(('block',))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)

    def handle_endtag(self, tag):
        if tag == 'head':
            self.in_head = False
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == 'title':
            self.in_title = False
            return
        if tag in BLOCK:
            self.events.append(('block',))

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_title:
            if self.n_title == 1:
                self.title.append(data)
            return
        if self.in_head:
            return
        self.events.append(('text', data))


def _walk(text):
    w = Walker()
    w.feed(text)
    w.close()
    title = re.sub(r'\s+', ' ', ''.join(w.title)).strip()
    return w, title


def blocks(text):
    w, title = _walk(text)
    parts = []
    if title:
        parts.append(title + '\n')
    for ev in w.events:
        if ev[0] == 'block':
            parts.append('\n')
        else:
            parts.append(ev[1])
    s = ''.join(parts)
    s = re.sub(r'[ \t\r\f\v\u00a0]+', ' ', s)
    s = '\n'.join(line.strip() for line in s.split('\n'))
    s = re.sub(r'\n{3,}', '\n\n', s)
    return s.strip('\n') + '\n'


def lines(text):
    w, title = _walk(text)
    out = []
    if title:
        out.append(title)
    for ev in w.events:
        if ev[0] == 'text':
            t = re.sub(r'\s+', ' ', ev[1].replace('\u00a0', ' ')).strip()
            if t.strip(ZERO_WIDTH):   # skip nodes that are empty or only zero-width characters
                out.append(t)
    return '\n'.join(out) + '\n'


def wrapped(text):
    w, _ = _walk(text)
    url = w.url_canon or w.url_og
    paras = [p for p in blocks(text).split('\n') if p.strip()]
    out = []
    if url:
        out.append(url)
    for p in paras:
        out.append(textwrap.fill(p, width=78) if len(p) > 78 else p)
    return '\n\n'.join(out) + '\n'


CONVERTERS = {'blocks': blocks, 'lines': lines, 'wrapped': wrapped}

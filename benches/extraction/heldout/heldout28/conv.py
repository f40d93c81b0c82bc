#!/usr/bin/env python3
"""Three off-the-shelf HTML-to-text converters (from PyPI, installed in a venv):

md      - html2text.HTML2Text() with default options (Markdown: '#' headings, '*' list items,
          '[text](url)' links, '![alt](src)' images, paragraphs wrapped at 78 columns).
plainmd - html2text.HTML2Text() with ignore_links=True, ignore_images=True, body_width=0
          (Markdown structure kept, no links/images, no hard wrapping).
layout  - inscriptis.get_text() with default options (layout-preserving plain text: indentation,
          '*' bullets, tables laid out in columns).
Charset: BOM, else <meta charset> / http-equiv content-type, else UTF-8 (errors replaced).
Leading/trailing blank lines of the whole output are stripped; the file ends with one newline."""
import codecs
import re

import html2text
import inscriptis

from importlib.metadata import version as _version

VERSIONS = {'html2text': _version('html2text'), 'inscriptis': _version('inscriptis')}


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


def md(text):
    h = html2text.HTML2Text()
    return h.handle(text).strip('\n') + '\n'


def plainmd(text):
    h = html2text.HTML2Text()
    h.ignore_links = True
    h.ignore_images = True
    h.body_width = 0
    return h.handle(text).strip('\n') + '\n'


def layout(text):
    return inscriptis.get_text(text).strip('\n') + '\n'


CONVERTERS = {'md': md, 'plainmd': plainmd, 'layout': layout}

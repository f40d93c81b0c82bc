"""Simple, documented HTML -> text rule (stdlib only), used by build.py.

Rule: drop JSP/ASP directives (<%...%>); drop the content of <head>, <script>, <style>,
<noscript>, <template>, <svg>, <iframe>, <select>; keep all other text nodes in document order;
a line break is emitted before and after every block-level element and at <br>; HTML entities
are decoded; runs of whitespace inside a line become one space; each line is stripped; empty
lines are dropped (whitespace inside a text node, newlines included, counts as one space, as a
browser would show it); the result is the lines joined by "\n" plus a final "\n".
Text in <img alt> / <title> attributes is NOT emitted (only text nodes)."""
import re
from html.parser import HTMLParser

SKIP = {'head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select'}
BLOCK = {'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div',
         'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
         'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
         'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'option', 'button',
         'label', 'input', 'textarea'}
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param',
        'source', 'track', 'wbr'}


class _R(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = []  # stack of skipped tag names

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skip[-1] and tag not in VOID:
                self.skip.append(tag)
            return
        if tag in SKIP:
            self.skip.append(tag)
            return
        if tag == 'br' or tag in BLOCK:
            self.out.append('\n')

    def handle_startendtag(self, tag, attrs):
        if not self.skip and (tag == 'br' or tag in BLOCK):
            self.out.append('\n')

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag in BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            # HTML whitespace semantics: any run of whitespace (incl. newlines) is one space
            self.out.append(re.sub(r'\s+', ' ', data))


def render(html: str) -> str:
    html = re.sub(r'<%.*?%>', '', html, flags=re.S)
    p = _R()
    p.feed(html)
    p.close()
    text = ''.join(p.out)
    lines = []
    for ln in text.split('\n'):
        ln = re.sub(r'\s+', ' ', ln.replace('\xa0', ' ')).strip()
        if ln:
            lines.append(ln)
    return '\n'.join(lines) + '\n'

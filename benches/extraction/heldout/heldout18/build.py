#!/usr/bin/env python3
"""Re-create every heldout18 seed from the git mirrors under /work/.mirror.

usage: python3 build.py OUTDIR      (writes OUTDIR/<slug>/<name>.txt)

Only the Python standard library and `git` are used; nothing is fetched from the network.
The rendering rules are written down in ../SOURCES.md and in the docstrings below.
"""
import html
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

MIRROR = '/work/.mirror'

# --------------------------------------------------------------------------------------------
# generic HTML -> text rule (stdlib html.parser)
# --------------------------------------------------------------------------------------------
BLOCK = set('address article aside blockquote br dd details dialog div dl dt fieldset figcaption '
            'figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary '
            'table tbody thead tfoot tr td th ul title option button label select textarea center'.split())
SKIP = set('script style noscript svg template iframe head object'.split())


class _Text(HTMLParser):
    def __init__(self, keep_title=False):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0
        self.keep_title = keep_title
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == 'title' and self.keep_title:
            self.in_title = True
            self.out.append('\n')
            return
        if tag in SKIP:
            self.skip += 1
            return
        if tag in BLOCK:
            self.out.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag == 'title' and self.in_title:
            self.in_title = False
            self.out.append('\n')
            return
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if self.skip and not self.in_title:
            return
        self.out.append(data)


def html_to_text(src, keep_title=False):
    """Rule: skip the content of script/style/noscript/svg/template/iframe/head/object
    (the <title> text is kept as a line when keep_title=True); start a new line at the start
    and the end of every block tag (BLOCK above, <br> included); decode entities; inside a line
    collapse runs of whitespace (incl. NBSP) to one space and strip the line; drop empty lines."""
    p = _Text(keep_title=keep_title)
    p.feed(src)
    p.close()
    text = ''.join(p.out)
    lines = []
    for line in text.split('\n'):
        line = re.sub(r'[ \t\r\f\v\u00a0\u200b]+', ' ', line).strip()
        if line:
            lines.append(line)
    return lines


def git_show(repo, commit, path):
    gd = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return subprocess.run(['git', '-C', gd, 'show', f'{commit}:{path}'], check=True,
                          capture_output=True).stdout


# --------------------------------------------------------------------------------------------
# source 1: yahoo360-blog  (trongthanh/yahoo360-rachel, Movable-Type style export of a Yahoo! 360 blog)
# --------------------------------------------------------------------------------------------
Y360_REPO = 'trongthanh/yahoo360-rachel'
Y360_COMMIT = '4578d6f85619af23cf33a47d6f5978318ff182c5'
Y360_PATH = '_private/y360-rachel-fixed-encoding.txt'
# seed name -> index of the entry in the export (0-based, entries separated by a line '--------')
Y360_PICK = {
    'hon_mot_nam_troi_qua': 1, 'mot_su_kien_dang_nho': 4, 'kiem_tien': 6, 'sau_mot_dem_ngu_som': 9,
    'tam_trang': 11, 'ngay_dau_tien_tuoi_24': 14, 'tui_len_tv_thuy_dien': 17, 'ki_su_an_kieng': 20,
    'phap_paris_compiegne': 28, 'hanh_phuc_la_do_minh_lua_chon': 33, 'hap_hoi': 40,
    'su_dung_thoi_gian': 52, 'oi_falun_mua_thu': 19, 'chuyen_tinh': 24, 'ngay_mai_trong_dam_xuan_xanh': 36,
}
FIELD = re.compile(r'^(AUTHOR|TITLE|DATE|STATUS|ALLOW COMMENTS|ALLOW PINGS|CONVERT BREAKS|CATEGORY|'
                   r'PRIMARY CATEGORY|BODY|EXTENDED BODY|EXCERPT|KEYWORDS|COMMENT|PING|EMAIL|URL|IP):')


def render_mt_entry(entry):
    """Rule: an entry is the text between two '--------' lines. It is cut into blocks at the
    lines '-----'. In every block, lines that start with a Movable-Type field name
    ('AUTHOR:', 'TITLE:', 'DATE:', 'STATUS:', 'BODY:', 'COMMENT:' ...) are copied verbatim;
    the remaining lines of the block (the HTML of the body / of a comment) are joined with
    '\n' and rendered with html_to_text(). The '-----' separator lines are kept."""
    out = []
    blocks = entry.split('\n-----\n')
    for bi, block in enumerate(blocks):
        if bi:
            out.append('-----')
        buf = []
        for line in block.split('\n'):
            if FIELD.match(line) and not buf:
                out.append(line.rstrip())
            elif FIELD.match(line) and buf:
                out.extend(html_to_text('\n'.join(buf)))
                buf = []
                out.append(line.rstrip())
            else:
                buf.append(line)
        if buf:
            out.extend(html_to_text('\n'.join(buf)))
    while out and out[-1] in ('-----', ''):
        out.pop()
    return '\n'.join(out) + '\n'


def build_y360(outdir):
    raw = git_show(Y360_REPO, Y360_COMMIT, Y360_PATH).decode('utf-8')
    if raw.startswith('\ufeff'):
        raw = raw[1:]
    entries = raw.split('\n--------\n')
    d = os.path.join(outdir, 'yahoo360-blog')
    os.makedirs(d, exist_ok=True)
    for name, idx in Y360_PICK.items():
        with open(os.path.join(d, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(render_mt_entry(entries[idx]))


BUILDERS = [build_y360]

if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for b in BUILDERS:
        b(sys.argv[1])

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout41's label_spec.py (heldout38/39 lineage) with a new SPEC and three changes for these short `pages` excerpts
(most article text sits in one long line, so whole-line picks would not give 3 labels):
  * picks may be an int n (line n, stripped, whole -- lines here are <= 400 chars), ('s', n, i[, j]) = sentences i..j
    of line n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets kept; original
    spacing kept inside the span), or ('o', n, a, b) = characters a..b of line n (stripped);
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None;
  * the LAST line of every seed is the excerpt's cut-off line: it is always neutral (never boilerplate), and picks are
    taken from it only where the whole article body is that one line (thuviencongdong, luanvannet_2, luanvannet_4),
    and then only complete sentences that end before the cut -- never the cut-off tail itself.
region = (first, last) line of the main content; neutral = lines outside the region labelled neither way (site
preview-prefix lines, a repeated second copy of the document text, an unsure template lead); bp_in = lines inside
the region that are furniture.  Boilerplate = every other non-empty line outside the region (stripped, cut to 200
chars at a word boundary), minus lines that occur inside a region line or the title, minus lines without a
letter/digit, minus lines whose (cut) text first occurs on an earlier line, deduplicated.  url = null everywhere
(no seed prints its own address).  No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    # thuviencongdong.com.vn -- e-book / story-review reading pages: masthead line, book title, one review paragraph
    ('thuviencongdong', 'thuviencongdong_1.txt'): dict(title=3, region=(5, 5), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 2), ('s', 5, 4), ('s', 5, 7), ('s', 5, 10)]),
    ('thuviencongdong', 'thuviencongdong_2.txt'): dict(title=3, region=(5, 5), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 7), ('s', 5, 9), ('s', 5, 11), ('s', 5, 12)]),
    ('thuviencongdong', 'thuviencongdong_3.txt'): dict(title=3, region=(5, 5), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 3), ('s', 5, 4), ('s', 5, 5)]),
    ('thuviencongdong', 'thuviencongdong_4.txt'): dict(title=3, region=(5, 5), neutral=[],
        picks=[('s', 5, 3), ('s', 5, 4), ('s', 5, 6), ('s', 5, 7), ('s', 5, 12)]),
    ('thuviencongdong', 'thuviencongdong_5.txt'): dict(title=3, region=(5, 5), neutral=[],
        picks=[('s', 5, 2), ('s', 5, 3), ('s', 5, 6), ('s', 5, 7), ('s', 5, 10)]),
    ('thuviencongdong', 'thuviencongdong_6.txt'): dict(title=3, region=(5, 5), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 4), ('s', 5, 5), ('s', 5, 8)]),
    ('thuviencongdong', 'thuviencongdong_7.txt'): dict(title=3, region=(5, 5), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('o', 5, 818, 1044)]),
    ('thuviencongdong', 'thuviencongdong_8.txt'): dict(title=3, region=(5, 5), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 4), ('s', 5, 6), ('s', 5, 9), ('s', 5, 10)]),
    # thuvientailieu.vn -- document pages: title, "Tài liệu <title>: <preview of the text>...", file/uploader/view
    # counts bar, "Bạn đang xem nội dung tài liệu ..., để tải ... DOWNLOAD", then the viewer's copy of the text (cut)
    ('thuvientailieu', 'thuvientailieu_1.txt'): dict(title=(3, 4), region=(2, 20), neutral=[1, (24, 29)],
        picks=[10, 12, 16, 18, 19]),
    ('thuvientailieu', 'thuvientailieu_2.txt'): dict(title=1, region=(3, 3), neutral=[7],
        picks=[('o', 3, 174, 435), ('s', 3, 2), ('s', 3, 3), ('s', 3, 4)]),
    ('thuvientailieu', 'thuvientailieu_3.txt'): dict(title=1, region=(3, 3), neutral=[7],
        picks=[('o', 3, 391, 575), ('s', 3, 3), ('s', 3, 4)]),
    ('thuvientailieu', 'thuvientailieu_4.txt'): dict(title=1, region=(3, 3), neutral=[7],
        picks=[('o', 3, 410, 509), ('s', 3, 2), ('s', 3, 3), ('s', 3, 4), ('s', 3, 6)]),
    # tailieuebook.com -- document text pages (title + hard-wrapped text); _5 adds per-page "<title> trang N"/"Trang N"
    ('tailieuebook', 'tailieuebook_1.txt'): dict(title=1, region=(3, 44), neutral=[], picks=[5, 17, 23, 31, 37, 43]),
    ('tailieuebook', 'tailieuebook_2.txt'): dict(title=1, region=(2, 25), neutral=[], picks=[3, 11, 19, 22, 24]),
    ('tailieuebook', 'tailieuebook_3.txt'): dict(title=1, region=(2, 33), neutral=[], picks=[3, 9, 11, 27, 29, 33]),
    ('tailieuebook', 'tailieuebook_4.txt'): dict(title=1, region=(2, 23), neutral=[], picks=[5, 12, 15, 18, 21, 23]),
    ('tailieuebook', 'tailieuebook_5.txt'): dict(title=1, region=(3, 17), neutral=[], picks=[3, 7, 11, 15, 17]),
    # doc.edu.vn -- title, preview passage of the document, "pdfN trang | Chia sẻ | Lượt xem | Lượt tải" bar,
    # "Bạn đang xem ... DOWNLOAD" line, then the document text (cut)
    ('docedu', 'docedu_1.txt'): dict(title=1, region=(3, 45), neutral=[], picks=[5, 9, 13, 21, 27, 45]),
    ('docedu', 'docedu_2.txt'): dict(title=1, region=(3, 65), neutral=[], picks=[3, 9, 21, 39, 45, 61]),
    ('docedu', 'docedu_3.txt'): dict(title=(17, 18), region=(1, 34), neutral=[], bp_in=[(12, 14)],
                                     picks=[2, 8, 23, 28, 32]),
    # luanvan.net.vn -- title, document summary, file bar, "Bạn đang xem trước 20 trang ..." line, cover-page text
    ('luanvannet', 'luanvannet_1.txt'): dict(title=1, region=(3, 3), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 3, 2)]),
    ('luanvannet', 'luanvannet_2.txt'): dict(title=1, region=(3, 3), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 3, 3), ('s', 3, 5)]),
    ('luanvannet', 'luanvannet_3.txt'): dict(title=1, region=(3, 3), neutral=[],
        picks=[('s', 3, 0), ('o', 3, 141, 220), ('o', 3, 223, 330), ('o', 3, 333, 460)]),
    ('luanvannet', 'luanvannet_4.txt'): dict(title=1, region=(3, 3), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 3, 3), ('s', 3, 5), ('s', 3, 7)]),
    # hethongphapluat.com -- legal texts: masthead, (one page) an injected notice, related-document list
    ('hethongphapluat', 'hethongphapluat_1.txt'): dict(title=19, region=(3, 30), neutral=[], picks=[21, 22, 28, 30]),
    ('hethongphapluat', 'hethongphapluat_2.txt'): dict(title=9, region=(6, 14), neutral=[], picks=[11, 12, 13, 14]),
    ('hethongphapluat', 'hethongphapluat_3.txt'): dict(title=20, region=(4, 36), neutral=[],
                                                       picks=[22, 24, 28, 30, 32, 34]),
    ('hethongphapluat', 'hethongphapluat_4.txt'): dict(title=None, region=(4, 12), neutral=[], picks=[6, 7, 9, 11]),
    # ls1.hethongphapluat.com -- same network, mirror host: mostly bare legal text
    ('ls1hethongphapluat', 'ls1hethongphapluat_1.txt'): dict(title=3, region=(1, 18), neutral=[],
                                                             picks=[5, 8, 12, 13, 16, 18]),
    ('ls1hethongphapluat', 'ls1hethongphapluat_2.txt'): dict(title=21, region=(5, 35), neutral=[],
                                                             picks=[25, 27, 29, 31, 33]),
    ('ls1hethongphapluat', 'ls1hethongphapluat_3.txt'): dict(title=4, region=(1, 12), neutral=[],
                                                             picks=[6, 7, 9, 10, 12]),
    ('ls1hethongphapluat', 'ls1hethongphapluat_4.txt'): dict(title=None, region=(1, 13), neutral=[],
                                                             picks=[5, 8, 9, 10, 12]),
    # hieuluat.vn -- legal texts: attribute table ("Thuộc tính văn bản"), site name, then the document
    ('hieuluat', 'hieuluat_1.txt'): dict(title=(9, 10), region=(7, 19), neutral=[], picks=[13, 15, 16, 17, 19]),
    ('hieuluat', 'hieuluat_2.txt'): dict(title=9, region=(7, 19), neutral=[], picks=[12, 14, 16, 18, 19]),
    ('hieuluat', 'hieuluat_3.txt'): dict(title=3, region=(13, 49), neutral=[], picks=[31, 39, 41, 43]),
    ('hieuluat', 'hieuluat_4.txt'): dict(title=3, region=(13, 49), neutral=[], picks=[41, 43, 45, 47, 49]),
    ('hieuluat', 'hieuluat_5.txt'): dict(title=3, region=(13, 51), neutral=[], picks=[33, 41, 43, 45]),
    # thuvienloigiai.com -- study-help pages; _1 opens with a templated "Hướng dẫn học bài: ..." lead (neutral: unsure)
    ('thuvienloigiai', 'thuvienloigiai_1.txt'): dict(title=('o', 1, 51, 133), region=(5, 23), neutral=[3],
                                                     picks=[9, 11, 19]),
    ('thuvienloigiai', 'thuvienloigiai_2.txt'): dict(title=1, region=(3, 43), neutral=[],
                                                     picks=[3, 8, 16, 20, 30, 43]),
    ('thuvienloigiai', 'thuvienloigiai_3.txt'): dict(title=1, region=(2, 5), neutral=[],
        picks=[('s', 2, 0), ('s', 2, 1), ('s', 4, 0), ('s', 4, 1), ('s', 5, 0), ('s', 5, 2)]),
}

SENT = re.compile(r'[.!?…]["”’\')]*\s+')


def sentences(line):
    out, start = [], 0
    for m in SENT.finditer(line):
        out.append((start, m.end()))
        start = m.end()
    if start < len(line):
        out.append((start, len(line)))
    return out


def cut(s, n=200):
    if len(s) <= n:
        return s
    s = s[:n]
    return s[:s.rfind(' ')] if ' ' in s else s


def locate(L, s):
    for i, l in enumerate(L, 1):
        if l.strip() == s:
            return i
    for i, l in enumerate(L, 1):
        if s in l:
            return i
    return None


def expand(items):
    out = set()
    for it in items:
        if isinstance(it, tuple):
            out.update(range(it[0], it[1] + 1))
        else:
            out.add(it)
    return out


def pick(L, p):
    if isinstance(p, int):
        s = L[p - 1].strip()
        assert len(s) <= 400, p
        return p, s
    if p[0] == 's':
        n, i = p[1], p[2]
        j = p[3] if len(p) > 3 else i
        sp = sentences(L[n - 1])
        return n, L[n - 1][sp[i][0]:sp[j][1]].strip()
    if p[0] == 'o':
        return p[1], L[p[1] - 1][p[2]:p[3]].strip()
    raise ValueError(p)


def run():
    out = {}
    for (slug, fn), sp in SPEC.items():
        L = open(os.path.join(BASE, slug, fn), encoding='utf-8').read().split('\n')
        text = '\n'.join(L)
        last = max(i for i, l in enumerate(L, 1) if l.strip())
        t = sp['title']
        if t is None:
            title, title_lines = None, set()
        elif isinstance(t, int):
            title, title_lines = L[t - 1].strip(), {t}
        elif t[0] == 'o':
            title, title_lines = L[t[1] - 1][t[2]:t[3]].strip(), {t[1]}
        else:
            title, title_lines = '\n'.join(L[t[0] - 1:t[1]]).strip(), set(range(t[0], t[1] + 1))
        assert title is None or (title and title in text), (slug, fn)
        r0, r1 = sp['region']
        neutral = expand(sp['neutral']) | {last}
        bp_in = expand(sp.get('bp_in', []))
        art = []
        for p in sp['picks']:
            n, a = pick(L, p)
            assert r0 <= n <= r1 and n not in bp_in, (slug, fn, p)
            assert n != last or r1 == last, (slug, fn, p)
            assert len(a) >= 40 and text.count(a) == 1, (slug, fn, p, a, text.count(a))
            if n == last:  # never the cut-off tail: a sentence pick is never the line's last (cut) sentence;
                # an ('o') span ends at a clause boundary chosen by hand, well before the cut
                end = L[n - 1].index(a) + len(a)
                if isinstance(p, tuple) and p[0] == 'o':
                    assert end < len(L[n - 1]) - 50, (slug, fn, p)
                else:
                    assert end <= sentences(L[n - 1])[-1][0], (slug, fn, p)
            art.append(a)
        assert 3 <= len(art) <= 6, (slug, fn, len(art))
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + ([title] if title else [])
        bp = []
        for i, l in enumerate(L, 1):
            if not l.strip() or not re.search(r'\w', l):
                continue
            inside = r0 <= i <= r1
            if inside and i not in bp_in:
                continue
            if not inside and (i in neutral or i in title_lines):
                continue
            c = cut(l.strip())
            if c == title or c in bp or any(c in p for p in protect):
                continue
            if locate(L, c) != i:  # a validator would place it on another line: leave it out
                continue
            bp.append(c)
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=None, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art), 'title', 'yes' if title else 'null')
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

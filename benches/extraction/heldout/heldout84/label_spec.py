#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout53's label_spec.py (heldout41/38/39 lineage) with a new SPEC for heldout84 (weather/disaster bulletins and farm news
from the `pages` corpus); conventions unchanged from heldout53 (most article text sits in one long line, so picks are often sentences or spans):
  * picks may be an int n (line n, stripped, whole -- lines here are <= 400 chars), ('s', n, i[, j]) = sentences i..j
    of line n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets kept; original
    spacing kept inside the span), or ('o', n, a, b) = characters a..b of line n (stripped);
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None;
  * the LAST line of every seed is the excerpt's cut-off line: it is always neutral (never boilerplate), and picks are
    taken from it only where the article body ends on that line (here danviet_4),
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

BASE = '/work/evaldata/heldout84'

SPEC = {
    # pcttbinhdinh.gov.vn -- Bình Định disaster-prevention portal, weather/disaster bulletins: title, "- <weekday> - <date>"
    # line, "- In ra" / "- Đóng cửa sổ này" print widgets (savefile pages), bulletin text, "Tin phát lúc ..." line;
    # _1 ends with "Nguồn tin: ..." (cut line), _4 has it glued to the text and a "Những tin mới hơn/cũ hơn" pager
    ('pcttbinhdinh', 'pcttbinhdinh_1.txt'): dict(title=1, region=(3, 5), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 3, 2)]),
    ('pcttbinhdinh', 'pcttbinhdinh_2.txt'): dict(title=1, region=(5, 8), neutral=[],
        picks=[('s', 5, 0), ('s', 6, 0), ('s', 6, 4)]),
    ('pcttbinhdinh', 'pcttbinhdinh_3.txt'): dict(title=None, region=(1, 4), neutral=[],
        picks=[1, ('s', 2, 0), ('s', 2, 4), 3]),
    ('pcttbinhdinh', 'pcttbinhdinh_4.txt'): dict(title=None, region=(1, 2), neutral=[],
        picks=[1, ('s', 2, 0), ('o', 2, 245, 302)]),
    ('pcttbinhdinh', 'pcttbinhdinh_5.txt'): dict(title=None, region=(1, 26), neutral=[],
        picks=[1, 2, 22, 23, 24]),
    ('pcttbinhdinh', 'pcttbinhdinh_6.txt'): dict(title=1, region=(5, 13), neutral=[],
        picks=[5, 6, 10, ('s', 11, 0), 12]),
    # baobinhdinh.vn -- Bình Định provincial paper, weather section (viewer.aspx / thoitiet): headline + bulletin text,
    # no furniture in these excerpts; _6 has no headline and ends with a "(Nguồn: ...) |" source line (cut line)
    ('baobinhdinh', 'baobinhdinh_1.txt'): dict(title=1, region=(2, 4), neutral=[],
        picks=[2, ('s', 3, 0), ('s', 3, 1)]),
    ('baobinhdinh', 'baobinhdinh_2.txt'): dict(title=1, region=(2, 4), neutral=[],
        picks=[2, ('s', 3, 0), ('s', 3, 1)]),
    ('baobinhdinh', 'baobinhdinh_3.txt'): dict(title=1, region=(2, 4), neutral=[],
        picks=[('s', 2, 1), ('s', 3, 1), ('s', 3, 2)]),
    ('baobinhdinh', 'baobinhdinh_4.txt'): dict(title=1, region=(2, 8), neutral=[],
        picks=[3, ('s', 5, 0), ('s', 5, 1), 6, 7]),
    ('baobinhdinh', 'baobinhdinh_5.txt'): dict(title=1, region=(2, 7), neutral=[],
        picks=[('s', 2, 0), ('s', 2, 1), ('s', 4, 0), ('s', 4, 1), 5]),
    ('baobinhdinh', 'baobinhdinh_6.txt'): dict(title=None, region=(1, 10), neutral=[],
        picks=[('s', 2, 0), 6, 10]),
    # danviet.vn -- national farmers' paper: headline, "[authors] <weekday>, ngày <date> (GMT+7)" line, sapo, "Bình luận 0"
    # (bp inside the region), body, "Mời các bạn đồng hành ..." / "Ý kiến của bạn" / "Tin cùng chuyên mục" tail; _3 a print
    # page (headline repeated as cut line), _4 a " date ..." preview prefix with the headline printed twice on line 1,
    # _5 a recipe page opening mid-text (no headline) that ends with the comment-box prompt (cut line)
    ('danviet', 'danviet_1.txt'): dict(title=1, region=(4, 10), neutral=[], bp_in=[5],
        picks=[('s', 4, 0), ('s', 4, 1), ('s', 7, 0), ('s', 7, 1), ('s', 7, 2)]),
    ('danviet', 'danviet_2.txt'): dict(title=1, region=(4, 11), neutral=[], bp_in=[5],
        picks=[('s', 4, 0), ('s', 4, 1), ('s', 7, 0), ('s', 7, 1), ('s', 9, 1)]),
    ('danviet', 'danviet_3.txt'): dict(title=1, region=(2, 2), neutral=[],
        picks=[('o', 2, 0, 80), ('o', 2, 81, 147), ('s', 2, 1)]),
    ('danviet', 'danviet_4.txt'): dict(title=('o', 1, 14, 115), region=(3, 3), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 3, 2)]),
    ('danviet', 'danviet_5.txt'): dict(title=None, region=(1, 8), neutral=[],
        picks=[('s', 1, 0), ('s', 2, 0), ('s', 3, 1), 6, 7]),
    # tv.danviet.vn -- Dân Việt video pages: headline, one lead paragraph, then the video caption (a copy or a variant of
    # the headline) once or twice; a verbatim copy is no label, a variant is boilerplate; the last copy is the cut line
    ('tvdanviet', 'tvdanviet_1.txt'): dict(title=1, region=(3, 3), neutral=[],
        picks=[('o', 3, 0, 65), ('o', 3, 66, 191), ('s', 3, 1)]),
    ('tvdanviet', 'tvdanviet_2.txt'): dict(title=1, region=(3, 3), neutral=[],
        picks=[('s', 3, 0), ('o', 3, 84, 132), ('o', 3, 133, 176)]),
    ('tvdanviet', 'tvdanviet_3.txt'): dict(title=1, region=(3, 3), neutral=[],
        picks=[('s', 3, 0), ('o', 3, 106, 184), ('o', 3, 185, 254)]),
    ('tvdanviet', 'tvdanviet_4.txt'): dict(title=1, region=(3, 3), neutral=[],
        picks=[('o', 3, 0, 79), ('o', 3, 80, 158), ('o', 3, 159, 209)]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout53's label_spec.py (heldout41 / heldout38-39 lineage) with a new SPEC and BASE; the rest of the code is unchanged.
Seeds are `search` `pages`-corpus excerpts (heldout57, see manifest.jsonl).  Conventions (as in heldout53):
  * picks may be an int n (line n, stripped, whole -- only lines of <= 400 chars), ('s', n, i[, j]) = sentences i..j
    of line n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets kept; original
    spacing kept inside the span), or ('o', n, a, b) = characters a..b of line n (stripped); here most picks are
    ('o') spans that cover one hand-chosen sentence or clause, because the sentence splitter cuts these lines at
    abbreviations ("TT. ", "TP. ", "PL. ") or because long lines exceed 400 chars;
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None (no
    headline printed in the excerpt: phatsuonline, webthethao, kienthuc, cholaithieu, tapchisonghuong_6,
    baovephapluat_5/_6);
  * the LAST line of every seed is the excerpt's cut-off line: it is always neutral (never boilerplate), and picks are
    taken from it only where the article region ends on that line, and then only complete sentences or clauses that
    end well before the cut -- never the cut-off tail itself.
region = (first, last) line of the main content; neutral = lines outside the region labelled neither way (author
bylines, an image caption before the text); bp_in = lines inside the region that are furniture (cholaithieu's
related-post link lines).  Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars at
a word boundary), minus lines that occur inside a region line or the title, minus lines without a letter/digit, minus
lines whose (cut) text first occurs on an earlier line, deduplicated.  url = null everywhere (no seed prints its own
address).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout57'

SPEC = {
    # phatsuonline.com -- Buddhist-news reports: 'PSO –' dateline lead (no headline in the excerpt), body, author/source
    # name as the last line (always neutral)
    ('phatsuonline', 'phatsuonline_1.txt'): dict(title=None, region=(1, 7), neutral=[],
        picks=[1, 3, 5, 7]),
    ('phatsuonline', 'phatsuonline_2.txt'): dict(title=None, region=(1, 7), neutral=[],
        picks=[1, 3, 5, ('o', 7, 0, 106)]),
    ('phatsuonline', 'phatsuonline_3.txt'): dict(title=None, region=(1, 4), neutral=[],
        picks=[1, 2, 3, ('o', 4, 93, 209)]),
    ('phatsuonline', 'phatsuonline_4.txt'): dict(title=None, region=(1, 9), neutral=[],
        picks=[1, ('o', 3, 337, 446), 5, 7, 9]),
    ('phatsuonline', 'phatsuonline_5.txt'): dict(title=None, region=(1, 7), neutral=[],
        picks=[('o', 1, 34, 110), ('o', 1, 277, 352), 3, 5]),
    # tapchisonghuong.nvoting.com -- literature-magazine mirror: headline, time+date line, author byline (neutral; in _2,
    # _3, _5 glued to the first paragraph, so it stays in the region), article text; _6 starts at the byline (no headline)
    ('tapchisonghuong', 'tapchisonghuong_1.txt'): dict(title=1, region=(7, 13), neutral=[5],
        picks=[('o', 9, 322, 463), ('o', 11, 0, 137), ('o', 11, 138, 211), ('o', 13, 188, 361)]),
    ('tapchisonghuong', 'tapchisonghuong_2.txt'): dict(title=1, region=(4, 8), neutral=[],
        picks=[('o', 4, 181, 362), ('o', 6, 155, 255), ('o', 8, 0, 84), ('o', 8, 227, 381)]),
    ('tapchisonghuong', 'tapchisonghuong_3.txt'): dict(title=1, region=(4, 8), neutral=[],
        picks=[('o', 4, 39, 182), ('o', 6, 236, 366), ('o', 6, 502, 585), ('o', 8, 0, 153), ('o', 8, 372, 441)]),
    ('tapchisonghuong', 'tapchisonghuong_4.txt'): dict(title=1, region=(7, 15), neutral=[5],
        picks=[('o', 7, 0, 81), ('o', 11, 0, 117), ('o', 11, 274, 426), ('o', 13, 0, 139), ('o', 15, 0, 61)]),
    ('tapchisonghuong', 'tapchisonghuong_5.txt'): dict(title=1, region=(4, 8), neutral=[],
        picks=[('o', 4, 106, 228), ('o', 6, 0, 98), ('o', 6, 690, 767), ('o', 8, 0, 72)]),
    ('tapchisonghuong', 'tapchisonghuong_6.txt'): dict(title=None, region=(2, 6), neutral=[1],
        picks=[('o', 2, 0, 100), ('o', 4, 229, 337), ('o', 5, 105, 231), ('o', 6, 0, 76)]),
    # webthethao.vn -- sports articles: body only (no headline in the excerpt); sub-heads inside the region
    ('webthethao', 'webthethao_1.txt'): dict(title=None, region=(1, 8), neutral=[],
        picks=[('o', 1, 164, 311), ('o', 2, 0, 114), ('o', 3, 173, 259), 4, 6]),
    ('webthethao', 'webthethao_2.txt'): dict(title=None, region=(1, 8), neutral=[],
        picks=[1, 2, ('o', 4, 186, 328), ('o', 6, 176, 296), ('o', 7, 137, 214)]),
    ('webthethao', 'webthethao_3.txt'): dict(title=None, region=(1, 9), neutral=[],
        picks=[2, 3, ('o', 5, 115, 198), ('o', 6, 0, 78), ('o', 8, 126, 244)]),
    ('webthethao', 'webthethao_4.txt'): dict(title=None, region=(1, 9), neutral=[],
        picks=[('o', 1, 132, 269), ('o', 2, 181, 323), ('o', 3, 0, 136), ('o', 7, 0, 131), ('o', 8, 0, 79)]),
    ('webthethao', 'webthethao_5.txt'): dict(title=None, region=(1, 13), neutral=[],
        picks=[('o', 3, 0, 82), ('o', 4, 0, 100), ('o', 8, 137, 243), ('o', 10, 96, 197)]),
    ('webthethao', 'webthethao_6.txt'): dict(title=None, region=(1, 8), neutral=[],
        picks=[('o', 1, 0, 69), ('o', 3, 0, 106), ('o', 5, 107, 254), ('o', 6, 0, 100), 7]),
    # kienthuc.net.vn -- car/motorbike articles: the whole excerpt is one cut-off line (' date YYYY-MM' prefix in _1,
    # _3, _4); picks are complete clauses/sentences well before the cut
    ('kienthuc', 'kienthuc_1.txt'): dict(title=None, region=(1, 1), neutral=[],
        picks=[('o', 1, 14, 81), ('o', 1, 424, 524), ('o', 1, 956, 1026), ('o', 1, 1027, 1154)]),
    ('kienthuc', 'kienthuc_2.txt'): dict(title=None, region=(1, 1), neutral=[],
        picks=[('o', 1, 0, 70), ('o', 1, 421, 466), ('o', 1, 878, 940), ('o', 1, 1115, 1207)]),
    ('kienthuc', 'kienthuc_3.txt'): dict(title=None, region=(1, 1), neutral=[],
        picks=[('o', 1, 126, 207), ('o', 1, 511, 596), ('o', 1, 727, 783), ('o', 1, 1192, 1261)]),
    ('kienthuc', 'kienthuc_4.txt'): dict(title=None, region=(1, 1), neutral=[],
        picks=[('o', 1, 14, 159), ('o', 1, 278, 409), ('o', 1, 941, 1020), ('o', 1, 1152, 1269)]),
    ('kienthuc', 'kienthuc_5.txt'): dict(title=None, region=(1, 1), neutral=[],
        picks=[('o', 1, 0, 83), ('o', 1, 700, 837), ('o', 1, 838, 927), ('o', 1, 1260, 1324)]),
    # cholaithieu.com -- recipe articles: intro, summary list; the 'related post' link lines inside the body are bp_in
    ('cholaithieu', 'cholaithieu_1.txt'): dict(title=None, region=(1, 9), neutral=[], bp_in=[4],
        picks=[('o', 1, 0, 90), 5, 6, 7, 8]),
    ('cholaithieu', 'cholaithieu_2.txt'): dict(title=None, region=(1, 14), neutral=[], bp_in=[4, 13],
        picks=[('o', 1, 0, 86), 5, 7, 9, ('o', 14, 0, 138)]),
    ('cholaithieu', 'cholaithieu_3.txt'): dict(title=None, region=(1, 9), neutral=[],
        picks=[('o', 1, 0, 154), 3, 5, 7, ('o', 9, 0, 141)]),
    ('cholaithieu', 'cholaithieu_4.txt'): dict(title=None, region=(1, 7), neutral=[], bp_in=[5],
        picks=[('o', 1, 0, 132), ('o', 2, 170, 306), ('o', 6, 88, 166)]),
    ('cholaithieu', 'cholaithieu_5.txt'): dict(title=None, region=(1, 14), neutral=[], bp_in=[4, 13],
        picks=[('o', 1, 0, 101), 5, 6, 7, 9]),
    ('cholaithieu', 'cholaithieu_6.txt'): dict(title=None, region=(1, 9), neutral=[], bp_in=[5],
        picks=[('o', 1, 0, 128), ('o', 2, 0, 90), 6, 7, 8]),
    # baovephapluat.vn -- procuracy newspaper: _1.._4 video pages (headline, date-time, section label, one related
    # headline, lead = cut-off last line); _5, _6 article bodies (_6 opens with an image-widget token and a caption,
    # caption neutral)
    ('baovephapluat', 'baovephapluat_1.txt'): dict(title=1, region=(8, 8), neutral=[],
        picks=[('o', 8, 0, 75), ('o', 8, 76, 119), ('o', 8, 121, 182)]),
    ('baovephapluat', 'baovephapluat_2.txt'): dict(title=1, region=(8, 8), neutral=[],
        picks=[('o', 8, 0, 109), ('o', 8, 110, 205), ('o', 8, 206, 361)]),
    ('baovephapluat', 'baovephapluat_3.txt'): dict(title=1, region=(6, 6), neutral=[],
        picks=[('o', 6, 0, 123), ('o', 6, 124, 259), ('o', 6, 260, 353)]),
    ('baovephapluat', 'baovephapluat_4.txt'): dict(title=1, region=(8, 8), neutral=[],
        picks=[('o', 8, 0, 106), ('o', 8, 108, 158), ('o', 8, 160, 227)]),
    ('baovephapluat', 'baovephapluat_5.txt'): dict(title=None, region=(1, 5), neutral=[],
        picks=[('o', 1, 0, 102), ('o', 1, 668, 851), 3, ('o', 5, 0, 106)]),
    ('baovephapluat', 'baovephapluat_6.txt'): dict(title=None, region=(4, 10), neutral=[2],
        picks=[('o', 4, 0, 116), ('o', 6, 0, 110), ('o', 8, 0, 144)]),
    # cema.gov.vn -- market-price bulletins: issue headline, time | views | print bar, section label, then the article
    # (its own place label and headline are sub-heads inside the region)
    ('cema', 'cema_1.txt'): dict(title=1, region=(7, 15), neutral=[],
        picks=[11, 13, ('o', 15, 0, 128), ('o', 15, 241, 388)]),
    ('cema', 'cema_2.txt'): dict(title=1, region=(9, 17), neutral=[],
        picks=[11, ('o', 13, 0, 141), ('o', 15, 272, 350), ('o', 17, 0, 104)]),
    ('cema', 'cema_3.txt'): dict(title=1, region=(7, 15), neutral=[],
        picks=[9, ('o', 11, 126, 196), ('o', 13, 0, 160), ('o', 13, 487, 554)]),
    ('cema', 'cema_4.txt'): dict(title=1, region=(7, 13), neutral=[],
        picks=[9, ('o', 11, 0, 98), ('o', 11, 320, 406), ('o', 13, 0, 64)]),
    ('cema', 'cema_5.txt'): dict(title=1, region=(7, 17), neutral=[],
        picks=[9, ('o', 13, 73, 197), ('o', 15, 203, 340), ('o', 17, 0, 157)]),
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

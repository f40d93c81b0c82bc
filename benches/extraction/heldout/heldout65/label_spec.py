#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout65: heldout53's label_spec.py (same conventions, copied below) with a new SPEC and BASE.
  * picks may be an int n (line n, stripped, whole -- lines here are <= 400 chars), ('s', n, i[, j]) = sentences i..j
    of line n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets kept; original
    spacing kept inside the span), or ('o', n, a, b) = characters a..b of line n (stripped);
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None;
  * the LAST line of every seed is the excerpt's cut-off line: it is always neutral (never boilerplate), and picks are
    taken from it only where it lies inside the region, and then only complete sentences that end before the cut
    (or an ('o') span ending well before it) -- never the cut-off tail itself.
region = (first, last) line of the main content; neutral = lines outside the region labelled neither way; bp_in = lines
inside the region that are furniture.  Boilerplate = every other non-empty line outside the region (stripped, cut to 200
chars at a word boundary), minus lines that occur inside a region line or the title, minus lines without a
letter/digit, minus lines whose (cut) text first occurs on an earlier line, deduplicated.  url = null everywhere
(no seed prints its own address).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout65'

SPEC = {
    # langngheviet.com.vn -- craft-village magazine: four weather-ticker lines (city: temp city), headline, "LNV -"/"TBV -"
    # lead, body with subheads and photo captions (captions kept inside the region, unlabelled); _1 has no ticker
    ('langngheviet', 'langngheviet_1.txt'): dict(title=1, region=(3, 13), neutral=[],
        picks=[('s', 3, 1), ('s', 3, 3), ('s', 6, 0), ('s', 8, 0), ('s', 13, 0)]),
    ('langngheviet', 'langngheviet_2.txt'): dict(title=6, region=(8, 14), neutral=[],
        picks=[('s', 8, 1), ('s', 9, 0), ('s', 11, 0), ('s', 11, 2)]),
    ('langngheviet', 'langngheviet_3.txt'): dict(title=6, region=(8, 17), neutral=[],
        picks=[('s', 8, 1), ('s', 8, 2), ('s', 8, 3), 14]),
    ('langngheviet', 'langngheviet_4.txt'): dict(title=6, region=(8, 13), neutral=[],
        picks=[('s', 8, 1), ('s', 11, 0), ('s', 11, 2), ('s', 13, 0)]),
    ('langngheviet', 'langngheviet_5.txt'): dict(title=6, region=(8, 11), neutral=[],
        picks=[('s', 8, 0), ('s', 8, 1), 9]),
    ('langngheviet', 'langngheviet_6.txt'): dict(title=6, region=(8, 14), neutral=[],
        picks=[('s', 8, 0), ('s', 9, 0), ('s', 9, 1), ('s', 11, 0)]),
    ('langngheviet', 'langngheviet_7.txt'): dict(title=6, region=(8, 16), neutral=[],
        picks=[('s', 8, 1), ('s', 11, 0), ('s', 11, 1), ('s', 16, 0)]),
    ('langngheviet', 'langngheviet_8.txt'): dict(title=6, region=(8, 19), neutral=[],
        picks=[('s', 8, 0), 9, ('s', 11, 0), ('s', 17, 0), ('s', 17, 1)]),
    # tapchiqptd.vn -- army theory journal: date line "(GMT+7)", breadcrumb "Những chủ trương công tác lớn Tin tức - Thời sự"
    # (no headline printed: _1, _2) or series headline "Bạn đọc, cộng tác viên với Tạp chí ..." (_3, _4)
    ('tapchiqptd', 'tapchiqptd_1.txt'): dict(title=None, region=(3, 5), neutral=[],
        picks=[3, ('s', 4, 0), ('s', 4, 1), ('s', 5, 0)]),
    ('tapchiqptd', 'tapchiqptd_2.txt'): dict(title=None, region=(3, 7), neutral=[],
        picks=[3, ('s', 4, 0), ('s', 5, 0), 6]),
    ('tapchiqptd', 'tapchiqptd_3.txt'): dict(title=2, region=(4, 12), neutral=[],
        picks=[('s', 8, 0), ('s', 8, 1), ('s', 8, 2), 10]),
    ('tapchiqptd', 'tapchiqptd_4.txt'): dict(title=2, region=(4, 14), neutral=[],
        picks=[('s', 10, 0), ('s', 10, 1), ('s', 12, 0), ('s', 12, 1)]),
    # tiasang.com.vn -- science magazine: headline, sapo, body with subheads; _5 has no headline (one long paragraph)
    ('tiasang', 'tiasang_1.txt'): dict(title=1, region=(3, 11), neutral=[],
        picks=[3, 7, ('s', 9, 0), ('s', 9, 1)]),
    ('tiasang', 'tiasang_2.txt'): dict(title=1, region=(3, 7), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 3, 2), ('s', 7, 0), ('s', 7, 1)]),
    ('tiasang', 'tiasang_3.txt'): dict(title=1, region=(2, 6), neutral=[],
        picks=[2, 4, ('s', 5, 0), ('s', 5, 1)]),
    ('tiasang', 'tiasang_4.txt'): dict(title=1, region=(2, 4), neutral=[],
        picks=[2, ('s', 3, 0), ('s', 3, 1), ('s', 4, 0)]),
    ('tiasang', 'tiasang_5.txt'): dict(title=None, region=(1, 1), neutral=[],
        picks=[('s', 1, 0), ('s', 1, 2), ('s', 1, 3), ('s', 1, 4)]),
    # hopa.vn -- Ho Chi Minh City photographers' association: bare article text (no headline in _1.._4); _5 a notice letter
    ('hopa', 'hopa_1.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[1, 2, ('o', 3, 0, 98)]),
    ('hopa', 'hopa_2.txt'): dict(title=None, region=(1, 7), neutral=[],
        picks=[1, 2, 4, 5, 6]),
    ('hopa', 'hopa_3.txt'): dict(title=None, region=(1, 6), neutral=[],
        picks=[1, 2, 5]),
    ('hopa', 'hopa_4.txt'): dict(title=None, region=(1, 9), neutral=[],
        picks=[1, 2, 3, 4, 6]),
    ('hopa', 'hopa_5.txt'): dict(title=1, region=(3, 21), neutral=[],
        picks=[7, 9, 11]),
    # greenidvietnam.org.vn -- climate/energy NGO: site name, headline, "  |   Viết bởi : ..." byline bar, body with
    # photo captions; _4 opens with the article's closing quote as sapo (no headline)
    ('greenidvietnam', 'greenidvietnam_1.txt'): dict(title=3, region=(7, 21), neutral=[],
        picks=[7, 9, 13, 15]),
    ('greenidvietnam', 'greenidvietnam_2.txt'): dict(title=3, region=(7, 19), neutral=[],
        picks=[9, 10, ('s', 11, 0), 12]),
    ('greenidvietnam', 'greenidvietnam_3.txt'): dict(title=3, region=(7, 13), neutral=[],
        picks=[('s', 9, 0), 11, ('s', 13, 1)]),
    ('greenidvietnam', 'greenidvietnam_4.txt'): dict(title=None, region=(1, 6), neutral=[],
        picks=[1, ('s', 2, 0), ('s', 2, 1), 4, ('s', 6, 0)]),
    # vcn.org.vn -- National Institute of Animal Science: headline, date line, body with photo captions; sidebar
    # "Tìm kiếm tài liệu chăn nuôi" is the cut last line (_2, _3); _4 has a photo-tab label line (neutral: unsure)
    ('vcn', 'vcn_1.txt'): dict(title=1, region=(5, 17), neutral=[],
        picks=[5, 7, ('s', 9, 0), ('s', 9, 1)]),
    ('vcn', 'vcn_2.txt'): dict(title=1, region=(5, 11), neutral=[],
        picks=[7, 9, ('s', 11, 0), ('s', 11, 1)]),
    ('vcn', 'vcn_3.txt'): dict(title=1, region=(5, 13), neutral=[],
        picks=[9, ('s', 11, 1), ('s', 11, 2), ('s', 11, 3)]),
    ('vcn', 'vcn_4.txt'): dict(title=1, region=(11, 23), neutral=[5],
        picks=[('s', 21, 0), ('s', 21, 1), ('s', 21, 2), ('s', 23, 0)]),
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

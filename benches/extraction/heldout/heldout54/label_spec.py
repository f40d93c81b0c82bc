#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout53's label_spec.py (heldout41 / heldout38/39 lineage) with a new SPEC for heldout54 and BASE pointing at
/work/evaldata/heldout54.  Conventions as there, for these short `pages` excerpts:
  * picks may be an int n (line n, stripped, whole -- lines here are <= 400 chars), ('s', n, i[, j]) = sentences i..j
    of line n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets kept; original
    spacing kept inside the span), or ('o', n, a, b) = characters a..b of line n (stripped);
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None (no headline
    printed in the excerpt: most pages here begin with the lead paragraph);
  * the LAST line of every seed is the excerpt's cut-off line (or, on the short video / clip pages, the byline or the
    "Highlight:" line): it is always neutral (never boilerplate), and picks are taken from it only where the page
    body is one or two lines (bongda24h_3), and then only complete sentences that end before its last sentence.
region = (first, last) line of the main content; neutral = lines outside the region labelled neither way (a preview
copy of the lead glued to an image file name, an unsure section label); bp_in = lines inside the region that are
furniture ("Bài viết liên quan" related-article blocks, image file names).  Boilerplate = every other non-empty line
outside the region (stripped, cut to 200 chars at a word boundary), minus lines that occur inside a region line or the
title, minus lines without a letter/digit, minus lines whose (cut) text first occurs on an earlier line, deduplicated.
url = null everywhere (no seed prints its own address).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout54'

SPEC = {
    # fme.hcmut.edu.vn -- Khoa Cơ khí (HCMUT) news / notices: _1 opens with the lead (no headline), _2 a history page
    # under an unsure "LỊCH SỬ" section label, _3/_4 notices (headline + numbered text, no furniture in the excerpt)
    ('fmehcmut', 'fmehcmut_1.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[('s', 1, 0), ('s', 2, 0), ('s', 2, 3), ('s', 2, 5)]),
    ('fmehcmut', 'fmehcmut_2.txt'): dict(title=1, region=(5, 14), neutral=[3], picks=[5, 7, 9, 10, 12]),
    ('fmehcmut', 'fmehcmut_3.txt'): dict(title=1, region=(3, 61), neutral=[], picks=[3, 12, 18, 41, 55]),
    ('fmehcmut', 'fmehcmut_4.txt'): dict(title=1, region=(3, 60), neutral=[], picks=[3, 34, 49, 54, 55]),
    # oisp.hcmut.edu.vn -- international programmes office (HCMUT): "Tư vấn tuyển sinh" hotline / e-mail /
    # "Select Page" bar, headline, sapo (often repeated as the first paragraph), "Bài viết liên quan" + ► related links
    # inside the text, image file names
    ('oisphcmut', 'oisphcmut_1.txt'): dict(title=None, region=(1, 8), neutral=[],
        picks=[1, 3, 5, 6, ('s', 4, 1)]),
    ('oisphcmut', 'oisphcmut_2.txt'): dict(title=None, region=(2, 7), neutral=[1],
        picks=[('s', 3, 0), ('s', 3, 3), ('s', 5, 0), ('s', 6, 0), ('s', 6, 1)]),
    ('oisphcmut', 'oisphcmut_3.txt'): dict(title=None, region=(1, 11), neutral=[], bp_in=[(2, 6)],
        picks=[('s', 1, 0), ('s', 7, 0), ('s', 9, 2), ('s', 10, 0), ('s', 10, 2)]),
    ('oisphcmut', 'oisphcmut_4.txt'): dict(title=4, region=(6, 18), neutral=[],
        picks=[('s', 6, 1), ('s', 10, 0), ('s', 12, 0), ('s', 14, 1), ('s', 16, 1)]),
    ('oisphcmut', 'oisphcmut_5.txt'): dict(title=4, region=(8, 18), neutral=[6], bp_in=[14],
        picks=[('s', 10, 0), ('s', 10, 1), ('s', 10, 2), ('s', 12, 1)]),
    ('oisphcmut', 'oisphcmut_6.txt'): dict(title=None, region=(1, 10), neutral=[], bp_in=[(2, 5)],
        picks=[1, ('s', 9, 0), ('s', 9, 2), ('s', 9, 3)]),
    ('oisphcmut', 'oisphcmut_7.txt'): dict(title=4, region=(6, 22), neutral=[], bp_in=[16],
        picks=[('s', 12, 0), ('s', 12, 1), 14]),
    # bongda24h.vn -- goal-video pages: the clip description only (no headline, no furniture in the excerpt); _4 starts
    # with an image caption cell and ends with a "Highlight:" line
    ('bongda24h', 'bongda24h_1.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[1, ('o', 2, 0, 97), ('o', 2, 99, 201)]),
    ('bongda24h', 'bongda24h_2.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[1, ('s', 2, 0), ('s', 2, 1), ('s', 2, 2)]),
    ('bongda24h', 'bongda24h_3.txt'): dict(title=None, region=(1, 2), neutral=[],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 2, 0)]),
    ('bongda24h', 'bongda24h_4.txt'): dict(title=None, region=(1, 5), neutral=[], picks=[2, 3, 4]),
    # nguoiduatin.vn -- sports "Clip:" pages: the clip text only, byline "Hải Vân (T/H)" as the last line
    ('nguoiduatin', 'nguoiduatin_1.txt'): dict(title=None, region=(1, 4), neutral=[],
        picks=[1, ('s', 2, 1), 3, ('s', 4, 0)]),
    ('nguoiduatin', 'nguoiduatin_2.txt'): dict(title=None, region=(1, 4), neutral=[],
        picks=[1, ('s', 2, 1), ('s', 3, 0), 4]),
    ('nguoiduatin', 'nguoiduatin_3.txt'): dict(title=None, region=(1, 4), neutral=[],
        picks=[('s', 1, 0), ('s', 2, 0), ('s', 3, 1), ('s', 4, 1)]),
    ('nguoiduatin', 'nguoiduatin_4.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[1, ('s', 2, 0), ('s', 3, 1)]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

Per seed: title = line number of the main headline (label = that line without leading Markdown/list/quote
markers '#', '>', '*', '+', '-', '|' and surrounding spaces); region = (first, last) line of the main content
(first post of a forum thread / article body incl. lead / company overview); picks = region lines whose text
(markers stripped, cut at a word boundary to <= 200 chars) become the article labels; neutral = lines outside
the region labelled neither way (byline, post date, author box of the first post, captions, page title line,
rating/price/spec lines); bp_in = lines inside the region that are furniture (signature spam links, 'View more').
Boilerplate = every other non-empty line outside the region (markers stripped, cut to 200 chars), minus lines
that occur inside a region line or the headline, minus lines without a letter/digit, deduplicated, minus labels
whose first occurrence (line equal to it, else first line containing it) overlaps an earlier label; when more
than 150 remain, the shortest are dropped (file order kept).  No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r'^[\s#>*+|\\-]+')

SPEC = {
    ('astyles-nhancuoi', 'nhancuoi_1.txt'): dict(title=93, region=(95, 174), picks=[96, 110, 116, 128, 150, 159],
                                                 neutral=[54, (69, 91)], bp_in=[165, 168, 171]),
    ('astyles-yeuquai', 'yeuquai_1.txt'): dict(title=43, region=(45, 127), picks=[45, 47, 71, 100, 127],
                                               neutral=[17, (30, 41)], bp_in=[]),
    ('astyles-ram', 'ram_1.txt'): dict(title=101, region=(103, 312), picks=[105, 124, 156, 175, 220, 295],
                                       neutral=[(53, 55), (68, 99)], bp_in=[]),
    ('astyles-visualnovel', 'visualnovel_1.txt'): dict(title=101, region=(103, 257),
                                                       picks=[111, 122, 133, 138, 183, 251],
                                                       neutral=[60, (75, 99)], bp_in=[]),
    ('vozforums-ps4', 'ps4_1.txt'): dict(title=29, region=(30, 98), picks=[33, 46, 61, 78, 90, 96],
                                         neutral=[2, (23, 27), 99], bp_in=[]),
    ('fundus-vnexpress', 'vnexpress_1.txt'): dict(title=57, region=(64, 95), picks=[64, 67, 72, 83, 89, 93],
                                                  neutral=[51, 53, (78, 81), 97], bp_in=[]),
    ('itviec-mbbank', 'mbbank_1.txt'): dict(title=181, region=(251, 319), picks=[255, 257, 265, 299, 309, 311],
                                            neutral=[(183, 197), (217, 247), (328, 332)],
                                            bp_in=[269, 271, 277, 295]),
    ('itviec-d2m', 'd2m_1.txt'): dict(title=390, region=(438, 482), picks=[440, 445, 449, 453, 475, 477],
                                      neutral=[392, 394, (410, 434), (488, 492)], bp_in=[456, (460, 464)]),
}


def clean(s):
    return MARK.sub('', s).strip()


def cut(s, n=200):
    if len(s) <= n:
        return s
    s = s[:n]
    return s[:s.rfind(' ')] if ' ' in s else s


def expand(items):
    out = set()
    for it in items:
        if isinstance(it, tuple):
            out.update(range(it[0], it[1] + 1))
        else:
            out.add(it)
    return out


def locate(L, s):
    for i, l in enumerate(L):
        if l.strip() == s:
            return i, l.index(s)
    for i, l in enumerate(L):
        if s in l:
            return i, l.index(s)
    return None


def prune_overlaps(L, art, bp):
    """Drop boilerplate labels whose first occurrence (found as a reader of the labels would find it:
    a line equal to the label, else the first line containing it) overlaps a label already placed."""
    spans = []
    for a in art:
        i, j = locate(L, a)
        spans.append((i, j, j + len(a)))
    keep = []
    for b in bp:
        i, j = locate(L, b)
        if any(i == k and j < e and s0 < j + len(b) for k, s0, e in spans):
            continue
        spans.append((i, j, j + len(b)))
        keep.append(b)
    return keep


def run():
    out = {}
    for (slug, fn), sp in SPEC.items():
        L = open(os.path.join(BASE, slug, fn), encoding='utf-8').read().split('\n')
        text = '\n'.join(L)
        title = clean(L[sp['title'] - 1])
        assert title and title in text, (slug, fn)
        art = []
        for i in sp['picks']:
            a = cut(clean(L[i - 1]))
            assert 40 <= len(a) <= 200 and text.count(a) == 1, (slug, fn, i, a, text.count(a))
            art.append(a)
        r0, r1 = sp['region']
        neutral = expand(sp['neutral'])
        bp_in = expand(sp['bp_in'])
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + [L[sp['title'] - 1]]
        bp = []
        for i, l in enumerate(L, 1):
            if not l.strip() or not re.search(r'\w', l):
                continue
            inside = r0 <= i <= r1
            if inside and i not in bp_in:
                continue
            if not inside and (i in neutral or i == sp['title']):
                continue
            c = cut(clean(l))
            if not c or not re.search(r'\w', c):
                continue
            if c == title or c in bp or any(c in p for p in protect):
                continue
            bp.append(c)
        bp = prune_overlaps(L, art, bp)
        if len(bp) > 150:  # keep the 150 longest, in file order
            keep = set(sorted(range(len(bp)), key=lambda k: (-len(bp[k]), k))[:150])
            bp = [b for k, b in enumerate(bp) if k in keep]
        url = clean(L[sp['url'] - 1]) if sp.get('url') else None
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=url, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art))
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

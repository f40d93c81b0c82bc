#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

Per seed: title = line number of the main headline; region = (first, last) line of the main content
(article body incl. lead / product description / procedure details / legal text); picks = lines whose text
(cut at a word boundary to <= 200 chars) become the article labels; neutral = lines outside the region that
are labelled neither way (byline, date, captions, page <title> with site suffix, URL line, prices/specs);
bp_in = lines inside the region that are furniture (inline related links, share buttons).
Boilerplate = every other non-empty line outside the region (whole line, cut to 200 chars), minus lines that
occur inside a region line or the headline, minus lines without a letter/digit, deduplicated; when more than
150 remain, the shortest are dropped (file order kept).  No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    ('bbb-kenh14', 'kenh14_1.txt'): dict(title=1, region=(11, 41), picks=[11, 19, 21, 33, 39, 41],
                                         neutral=[3, 4, 5, 43], bp_in=[13, 15, 17]),
    ('bbb-laodong', 'laodong_1.txt'): dict(title=2, region=(13, 18), picks=[15, 16, 17, 18],
                                           neutral=[3, 4, 5, 6, 8, 19, 20], bp_in=[]),
    ('bbb-vov', 'vov_1.txt'): dict(title=1, region=(5, 16), picks=[5, 6, 10, 12, 14, 16],
                                   neutral=[2, 19], bp_in=[]),
    ('bbb-nld', 'nld_1.txt'): dict(title=1, region=(17, 54), picks=[17, 24, 30, 40, 51, 53],
                                   neutral=[3, 56], bp_in=[20, 22]),
    ('bbb-tinthethao', 'tinthethao_1.txt'): dict(title=1, region=(5, 33), picks=[5, 7, 9, 19, 27, 29],
                                                 neutral=[3, 35], bp_in=[]),
    ('bbb-zingnews', 'zingnews_1.txt'): dict(title=3, region=(7, 49), picks=[7, 11, 17, 25, 45, 49],
                                             neutral=[5, 51, 127], bp_in=[9, 29]),
    ('bbb-thethao247', 'thethao247_1.txt'): dict(title=13, region=(31, 55), picks=[31, 34, 39, 44, 48, 52],
                                                 neutral=[15, 17, 57], bp_in=[]),
    ('dvcqg-dichvucong', 'dichvucong_1.txt'): dict(title=22, region=(23, 94), picks=[40, 46, 72, 77, 82, 89],
                                                   neutral=[1], bp_in=[]),
    ('crawldata-lazada', 'lazada_1.txt'): dict(title=175, region=(210, 218), picks=[210, 212, 215, 216],
                                               neutral=[1, 176, (177, 184), (219, 235)], bp_in=[]),
    ('crawldata-fahasa', 'fahasa_1.txt'): dict(title=588, region=(1951, 1971),
                                               picks=[609, 1959, 1963],  # 1953-1957 also occur inside the teaser 609-611
                                               neutral=[1, 590, 594, 596, (608, 618), (1973, 2016)], bp_in=[]),
    ('crawldata-tiki', 'tiki_1.txt'): dict(title=1893, region=(2160, 2209),
                                           picks=[2162, 2164, 2166, 2189, 2203, 2207],
                                           neutral=[1895, (1897, 1931), (2120, 2156)], bp_in=[]),
    ('vbplcrawl-vbpl', 'vbpl_1.txt'): dict(title=105, region=(131, 2570), picks=[157, 165, 2564, 2569],
                                           neutral=[1, (123, 129), (2572, 2576)], bp_in=[], url=1),
    ('vbplcrawl-vbpl', 'vbpl_2.txt'): dict(title=105, region=(131, 19181), picks=[157, 171, 19173, 19180],
                                           neutral=[1, (123, 129), (19183, 19187)], bp_in=[], url=1),
    ('vbplcrawl-vbpl', 'vbpl_3.txt'): dict(title=105, region=(131, 21304), picks=[157, 171, 21298, 21303],
                                           neutral=[1, (123, 129), (21306, 21310)], bp_in=[], url=1),
}


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


def run():
    out = {}
    for (slug, fn), sp in SPEC.items():
        L = open(os.path.join(BASE, slug, fn), encoding='utf-8').read().split('\n')
        text = '\n'.join(L)
        title = L[sp['title'] - 1]
        assert title.strip(), (slug, fn)
        art = []
        for i in sp['picks']:
            a = cut(L[i - 1])
            assert 40 <= len(a) <= 200 and text.count(a) == 1, (slug, fn, i, a, text.count(a))
            art.append(a)
        r0, r1 = sp['region']
        neutral = expand(sp['neutral'])
        bp_in = set(sp['bp_in'])
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + [title]
        bp = []
        for i, l in enumerate(L, 1):
            if not l.strip() or not re.search(r'\w', l):
                continue
            inside = r0 <= i <= r1
            if inside and i not in bp_in:
                continue
            if not inside and (i in neutral or i == sp['title']):
                continue
            c = cut(l.strip())
            if c == title or c in bp or any(c in p for p in protect):
                continue
            bp.append(c)
        if len(bp) > 150:  # keep the 150 longest, in file order
            keep = set(sorted(range(len(bp)), key=lambda k: (-len(bp[k]), k))[:150])
            bp = [b for k, b in enumerate(bp) if k in keep]
        url = L[sp['url'] - 1].strip() if sp.get('url') else None
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=url, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art))
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

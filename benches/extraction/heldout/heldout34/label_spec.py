#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

Per seed: title = line number of the main headline (markdown '#' markers and surrounding blanks are dropped);
title may be (first, last) when the headline is wrapped over lines (joined with '\\n' exactly as in
the seed); region = (first, last) line of the main content (article body incl. lead/sapo and in-body subheads / portal
notice); picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); a pair
(n, k) takes the k-th consecutive piece of line n when line n is split at spaces into pieces of <= 200 chars;
neutral = lines outside the region labelled neither way (record field lines, header lines written by the
student's converter, byline, date, duplicate headline, source attribution, photo credit); bp_in = lines inside the
region that are furniture (share/photo-widget bars between paragraphs).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain the shortest are dropped (file order kept).
url = (n, k): the k-th http(s) URL token of line n -- given only where the article's own URL occurs in the seed;
else null.  No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    # streamlyn-tech/bxscrappy: saved pages (iframe srcdoc) dumped by lynx (24h_1) and w3m (eva_1); both wrap
    # at 80 columns, so the headline spans two lines: title = (first, last) line, joined with '\n' as in the seed
    ('bx-pages', '24h_1.txt'): dict(title=(116, 117), region=(130, 343), picks=[133, 148, 212, 227, 268, 314],
                                    neutral=[113, 355, (357, 360)],
                                    bp_in=[153, 156, 157, (161, 194)], url=(793, 0)),
    ('bx-pages', 'eva_1.txt'): dict(title=(40, 41), region=(46, 125), picks=[49, 68, 79, 96, 102, 108],
                                    neutral=[43, 137, 138], bp_in=[]),
    # longcris04 (fields rendering: lines 1-3 = url/title/date_crawled)
    ('lc-news', 'tienphong_1.txt'): dict(title=137, region=(141, 156), picks=[141, 142, 143, 147, 151, 155],
                                         neutral=[1, 2, 3, 138, 139, 165], bp_in=[], url=(1, 0)),
    ('lc-news', 'thanhnien_1.txt'): dict(title=58, region=(64, 79), picks=[65, 73, 74, 75],
                                         neutral=[1, 2, 3, 59, 60, 61], bp_in=[], url=(1, 0)),
    # baamvu (fields rendering)
    ('bv-news', 'vnexpress_1.txt'): dict(title=48, region=(58, 65), picks=[58, 59, 60, 63, 64, 65],
                                         neutral=[1, 2, 3, 47, 50, 66], bp_in=[], url=(1, 0)),
    ('bv-news', 'vnexpress_2.txt'): dict(title=48, region=(58, 72), picks=[58, 60, 61, 66, 67, 72],
                                         neutral=[1, 2, 3, 47, 50, 73], bp_in=[], url=(1, 0)),
}

URL_RE = re.compile(r'https?://[^\s)\]"\'<>]+')


def cut(s, n=200):
    if len(s) <= n:
        return s
    s = s[:n]
    return s[:s.rfind(' ')] if ' ' in s else s


def pieces(line, n=200):
    """Split a line at spaces into consecutive pieces of <= n chars (original spacing kept inside a piece)."""
    out, s = [], line.strip()
    while s:
        if len(s) <= n:
            out.append(s)
            break
        j = s.rfind(' ', 0, n + 1)
        j = j if j > 0 else n
        out.append(s[:j].strip())
        s = s[j:].strip()
    return out


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


def run():
    out = {}
    for (slug, fn), sp in SPEC.items():
        L = open(os.path.join(BASE, slug, fn), encoding='utf-8').read().split('\n')
        text = '\n'.join(L)
        t0, t1 = sp['title'] if isinstance(sp['title'], tuple) else (sp['title'], sp['title'])
        title = '\n'.join(L[t0 - 1:t1]).strip().lstrip('#').strip()
        title_lines = set(range(t0, t1 + 1))
        assert title and title in text, (slug, fn)
        art = []
        for p in sp['picks']:
            a = cut(L[p - 1].strip()) if isinstance(p, int) else pieces(L[p[0] - 1])[p[1]]
            assert 40 <= len(a) <= 200 and text.count(a) == 1, (slug, fn, p, a, text.count(a))
            art.append(a)
        r0, r1 = sp['region']
        neutral = expand(sp['neutral'])
        bp_in = expand(sp['bp_in'])
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + [title]
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
        if len(bp) > 150:  # keep the 150 longest, in file order
            keep = set(sorted(range(len(bp)), key=lambda k: (-len(bp[k]), k))[:150])
            bp = [b for k, b in enumerate(bp) if k in keep]
        url = None
        if sp.get('url'):
            url = URL_RE.findall(L[sp['url'][0] - 1])[sp['url'][1]]
            assert url in text
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=url, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art))
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

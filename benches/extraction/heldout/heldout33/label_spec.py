#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

Per seed: title = line number of the chapter / story headline as the page shows it (surrounding blanks dropped);
region = (first, last) line of the main content (the chapter text, or for a story page the synopsis);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars);
neutral = lines outside the region labelled neither way (story name, author, duplicate headline, record fields
such as word count / status / source / date, section label); bp_in = lines inside the region that are furniture
(ad markers and injected site watermarks between paragraphs).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain the shortest are dropped (file order kept).
url = (n, k): the k-th http(s) URL token of line n -- given only where the article's own URL occurs in the seed;
no seed of this set shows its own URL (text browsers were run with -nolist), so every url is null.
No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    # quangminh1212/MTC_Download: pages saved from a logged-in browser (metruyencv.com), lynx / w3m renderings
    ('mtc-saved', 'metruyencv_1.txt'): dict(title=12, region=(39, 203), picks=[39, 73, 108, 140, 171, 203],
                                           neutral=[6, 8, 38], bp_in=[]),
    ('mtc-saved', 'metruyencv_2.txt'): dict(title=8, region=(29, 291), picks=[29, 80, 122, 168, 221, 291],
                                           neutral=[4, 6, 27], bp_in=[]),
    ('mtc-saved', 'metruyencv_3.txt'): dict(title=8, region=(32, 269), picks=[32, 84, 140, 181, 226, 269],
                                           neutral=[4, 6, 27], bp_in=[]),
    # 2251162071/crawl_truyen: HTTrack mirrors (truyenfull.io / truyenfull.bio) and a saved page (dtruyen.net)
    ('ct-mirror', 'truyenfull_1.txt'): dict(title=86, region=(92, 208), picks=[92, 114, 142, 159, 176, 207],
                                           neutral=[84], bp_in=[]),
    ('ct-mirror', 'dtruyen_1.txt'): dict(title=35, region=(63, 73), picks=[63, 66, 69, 72],
                                        neutral=[37, 39, 41, 43, 45, 47, 49, 51], bp_in=[]),
    ('ct-mirror', 'truyenfull_2.txt'): dict(title=73, region=(100, 148), picks=[100, 108, 115, 122, 135, 148],
                                           neutral=[75, (77, 91), 98], bp_in=[]),
    # minhduc1212/Crawl_Novel: a committed whole-page text dump of a metruyencv chapter (copied byte for byte)
    ('cn-dump', 'metruyencv_1.txt'): dict(title=5, region=(13, 360), picks=[13, 73, 134, 204, 268, 360],
                                         neutral=[6, 7, 8, 9, 10], bp_in=[101, 275]),
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
        title = L[sp['title'] - 1].strip().lstrip('#').strip()
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
            if not inside and (i in neutral or i == sp['title']):
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

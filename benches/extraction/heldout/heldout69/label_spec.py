#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout69: seeds are `pages`-corpus excerpts (see manifest.jsonl); conventions as below, copied from heldout53.

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

BASE = '/work/evaldata/heldout69'

SPEC = {
    # hoicovua.vn -- chess-club blogspot: welcome/hotline masthead, post date, headline, lead, text (archive pages show
    # their newest post; _4 is a single-post page); photo captions repeated by the crawler (_2, _3) stay in the region
    ('hoicovua', 'hoicovua_1.txt'): dict(title=5, region=(7, 18), neutral=[], picks=[7, 9, 14, 16]),
    ('hoicovua', 'hoicovua_2.txt'): dict(title=5, region=(7, 16), neutral=[], picks=[7, ('s', 12, 0), ('s', 12, 1), 14]),
    ('hoicovua', 'hoicovua_3.txt'): dict(title=5, region=(7, 15), neutral=[], picks=[7, ('s', 13, 0), ('s', 13, 1), ('s', 13, 2)]),
    ('hoicovua', 'hoicovua_4.txt'): dict(title=5, region=(7, 9), neutral=[],
        picks=[('s', 7, 0), ('s', 7, 2), ('s', 8, 0), ('s', 8, 1)]),
    # caucato.blogspot.com -- fishing blog: archive pages (headline, "h:mm AM |" time line, reposted story whose first
    # line repeats its own headline); _3 post page with date line; _4 a hard-wrapped post with no furniture or headline
    ('caucato', 'caucato_1.txt'): dict(title=1, region=(4, 8), neutral=[],
        picks=[('s', 5, 0), 6, ('s', 7, 4), ('s', 7, 5)]),
    ('caucato', 'caucato_2.txt'): dict(title=1, region=(4, 8), neutral=[],
        picks=[('s', 4, 1), ('s', 4, 2), ('s', 6, 0), ('s', 7, 0)]),
    ('caucato', 'caucato_3.txt'): dict(title=3, region=(5, 10), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 3), ('s', 6, 1), ('s', 6, 3)]),
    ('caucato', 'caucato_4.txt'): dict(title=None, region=(1, 22), neutral=[], picks=[1, 9, 15, 21]),
    # hocphp.org -- PHP tutorials: headline, "PHP Tutorial | by" byline widget, text (inline code cut into lines);
    # _4 opens inside a comparison table and shows no headline
    ('hocphp', 'hocphp_1.txt'): dict(title=1, region=(3, 15), neutral=[], picks=[3, 4, 5, 11]),
    ('hocphp', 'hocphp_2.txt'): dict(title=1, region=(3, 11), neutral=[], picks=[4, 7, 9, 10]),
    ('hocphp', 'hocphp_3.txt'): dict(title=1, region=(5, 16), neutral=[], picks=[5, ('s', 7, 0), ('s', 11, 0), 15]),
    ('hocphp', 'hocphp_4.txt'): dict(title=None, region=(1, 44), neutral=[], picks=[21, 23, 31, 36, 38]),
    # code24h.com -- programming articles: date/time line, headline, text; _2 has a teaser copy of the opening (neutral)
    # and a "Xem ví dụ" button; _3 and _4 are the http and https crawls of one page (_4 flattened, no date line)
    ('code24h', 'code24h_1.txt'): dict(title=3, region=(5, 22), neutral=[], picks=[10, 12, 14, 20]),
    ('code24h', 'code24h_2.txt'): dict(title=1, region=(5, 39), neutral=[3], bp_in=[12], picks=[9, 14, 23, 27, 38]),
    ('code24h', 'code24h_3.txt'): dict(title=3, region=(5, 33), neutral=[], picks=[5, 7, 13, 21, 29]),
    ('code24h', 'code24h_4.txt'): dict(title=1, region=(2, 19), neutral=[], picks=[2, 3, 5, 10, 15]),
    # spiderum.com -- community blog / diary posts: the excerpt starts in the post body (no headline, no furniture);
    # _1 has an image credit line; _7 reprints a blog post with its own headline and a date line
    ('spiderum', 'spiderum_1.txt'): dict(title=None, region=(1, 6), neutral=[], bp_in=[4],
        picks=[('s', 5, 0), ('s', 5, 2), ('s', 5, 7), ('s', 5, 13)]),
    ('spiderum', 'spiderum_2.txt'): dict(title=None, region=(1, 6), neutral=[], picks=[1, 2, 4, 5]),
    ('spiderum', 'spiderum_3.txt'): dict(title=None, region=(1, 6), neutral=[], picks=[1, 2, 3, 5]),
    ('spiderum', 'spiderum_4.txt'): dict(title=None, region=(1, 6), neutral=[], picks=[1, 2, 3, 4]),
    ('spiderum', 'spiderum_5.txt'): dict(title=None, region=(1, 6), neutral=[], picks=[2, ('s', 3, 0), ('s', 4, 0), 5]),
    ('spiderum', 'spiderum_6.txt'): dict(title=None, region=(1, 21), neutral=[], picks=[1, 3, 5, 17]),
    ('spiderum', 'spiderum_7.txt'): dict(title=3, region=(1, 14), neutral=[], bp_in=[4], picks=[7, 8, 9, 13]),
    ('spiderum', 'spiderum_8.txt'): dict(title=None, region=(1, 11), neutral=[], picks=[1, 2, 4, ('s', 10, 0)]),
    # thethao.sggp.org.vn -- sports (chess) news: the crawler's " date YYYY-MM-DD" prefix glued to the first line
    # (the lead or a photo caption), no headline except _6 (date + section label line, then headline)
    ('thethaosggp', 'thethaosggp_1.txt'): dict(title=None, region=(1, 11), neutral=[], picks=[('o', 1, 17, 190), 5, 7, 9]),
    ('thethaosggp', 'thethaosggp_2.txt'): dict(title=None, region=(1, 13), neutral=[], picks=[3, 5, 7, 9]),
    ('thethaosggp', 'thethaosggp_3.txt'): dict(title=None, region=(1, 13), neutral=[], picks=[5, 7, 9, 11]),
    ('thethaosggp', 'thethaosggp_4.txt'): dict(title=None, region=(1, 15), neutral=[], picks=[5, 7, 9, 11, 13]),
    ('thethaosggp', 'thethaosggp_5.txt'): dict(title=None, region=(1, 9), neutral=[],
        picks=[('o', 1, 17, 150), ('s', 5, 0), ('s', 5, 1), 7]),
    ('thethaosggp', 'thethaosggp_6.txt'): dict(title=3, region=(5, 16), neutral=[], picks=[5, 8, 10, 12, 14]),
    ('thethaosggp', 'thethaosggp_7.txt'): dict(title=None, region=(1, 13), neutral=[], picks=[1, 5, 7, 9, 11]),
    # baomoi.net.vn -- news aggregator: headline, lead, text with photo captions (often doubled by the crawler)
    ('baomoinet', 'baomoinet_1.txt'): dict(title=1, region=(2, 26), neutral=[], picks=[2, 10, 14, 16]),
    ('baomoinet', 'baomoinet_2.txt'): dict(title=1, region=(3, 23), neutral=[], picks=[3, 5, ('s', 11, 0), 17]),
    ('baomoinet', 'baomoinet_3.txt'): dict(title=1, region=(2, 8), neutral=[],
        picks=[2, ('s', 5, 0), ('s', 5, 1), ('s', 5, 2)]),
    ('baomoinet', 'baomoinet_4.txt'): dict(title=1, region=(2, 8), neutral=[], picks=[2, 3, ('s', 5, 0), ('s', 5, 1)]),
    ('baomoinet', 'baomoinet_5.txt'): dict(title=1, region=(3, 19), neutral=[], picks=[3, 7, 9, 13, 17]),
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

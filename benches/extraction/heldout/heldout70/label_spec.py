#!/usr/bin/env python3
"""Write labels/<slug>.jsonl for heldout70 from the line-number specs below (chosen by hand after reading each seed).

heldout53's label_spec.py (heldout38/39/41 lineage) with a new SPEC, BASE = /work/evaldata/heldout70, and one relaxation:
  * picks may be an int n (line n, stripped, whole -- only lines <= 400 chars), ('s', n, i[, j]) = sentences i..j
    of line n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets kept; original
    spacing kept inside the span), or ('o', n, a, b) = characters a..b of line n (stripped);
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None (the
    excerpt shows no headline: body-only captures, "Chủ đề ...:" lead paragraphs, category pages opening on a phone line);
  * the LAST line of every seed is the excerpt's cut-off line (or its closing byline): it is always neutral (never
    boilerplate).  Unlike heldout53, picks may be taken from the last line whenever the region ends on it, but only
    complete sentences that end before the line's last (cut) sentence starts -- never the cut-off tail itself (asserted).
region = (first, last) line of the main content (lead + body, incl. sub-heads, list items, image captions); neutral =
lines outside the region labelled neither way (bylines / author lines, a garbled sapo fragment); bp_in = lines inside
the region that are furniture ("Mục lục" and table-of-contents entries).  Boilerplate = every other non-empty line
outside the region (stripped, cut to 200 chars at a word boundary), minus lines that occur inside a region line or the
title, minus lines without a letter/digit, minus lines whose (cut) text first occurs on an earlier line, deduplicated.
url = null everywhere (no seed prints its own address).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout70'

SPEC = {
    # humg.edu.vn -- Hanoi University of Mining and Geology news: headline, blank, dd/mm/yyyy date line, blank, paragraphs
    # (_1 closes with the issuing office's byline; _6 is a body-only capture of a news item)
    ('humg', 'humg_1.txt'): dict(title=1, region=(5, 11), neutral=[], picks=[('s', 7, 0), ('s', 9, 1), 11]),
    ('humg', 'humg_2.txt'): dict(title=1, region=(5, 7), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 7, 1), ('s', 7, 2)]),
    ('humg', 'humg_3.txt'): dict(title=1, region=(5, 7), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 7, 0), ('s', 7, 1)]),
    ('humg', 'humg_4.txt'): dict(title=1, region=(5, 9), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 3), ('s', 7, 0), ('s', 7, 1), ('s', 7, 2)]),
    ('humg', 'humg_5.txt'): dict(title=1, region=(5, 11), neutral=[], picks=[5, 7, ('s', 9, 0)]),
    ('humg', 'humg_6.txt'): dict(title=None, region=(1, 4), neutral=[],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 2, 2), ('s', 3, 0), ('s', 3, 3), ('s', 4, 0)]),
    # quangninhcdc.vn -- Quang Ninh CDC (provincial disease-control centre) health advice / news: headline, body with
    # "![]() |" image markers and captions; _3 repeats a sapo fragment under the headline; _7 ends on a related-news teaser
    ('quangninhcdc', 'quangninhcdc_1.txt'): dict(title=1, region=(2, 13), neutral=[],
        picks=[('s', 2, 0), ('s', 2, 1), 4, 6, 9, 10]),
    ('quangninhcdc', 'quangninhcdc_2.txt'): dict(title=1, region=(2, 5), neutral=[],
        picks=[('s', 2, 0), ('s', 2, 1), ('s', 2, 3), ('s', 2, 5), ('s', 4, 0), ('s', 4, 1)]),
    ('quangninhcdc', 'quangninhcdc_3.txt'): dict(title=1, region=(4, 6), neutral=[2],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 2), ('s', 5, 3), ('s', 5, 4)]),
    ('quangninhcdc', 'quangninhcdc_4.txt'): dict(title=1, region=(2, 10), neutral=[],
        picks=[2, 5, ('s', 6, 0), ('s', 7, 0), 9]),
    ('quangninhcdc', 'quangninhcdc_5.txt'): dict(title=1, region=(2, 13), neutral=[],
        picks=[2, 3, 6, 7, 8, ('s', 11, 1)]),
    ('quangninhcdc', 'quangninhcdc_6.txt'): dict(title=1, region=(2, 6), neutral=[],
        picks=[('s', 2, 0), ('s', 2, 1), ('s', 4, 0), ('s', 4, 2), ('s', 5, 0), ('s', 6, 0)]),
    ('quangninhcdc', 'quangninhcdc_7.txt'): dict(title=1, region=(2, 9), neutral=[], picks=[3, 4, 5, 6, 8, 9]),
    # congdoandienbien.org.vn -- Dien Bien provincial labour federation: mostly body-only captures (caption first,
    # closing "<name> - <unit>" byline); _3 keeps headline + "Thứ tư - dd/mm/yyyy hh:mm" date line
    ('congdoandienbien', 'congdoandienbien_1.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[2, ('s', 3, 0), ('s', 3, 1)]),
    ('congdoandienbien', 'congdoandienbien_2.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 1, 2), ('s', 2, 0), ('s', 2, 1), ('s', 2, 2)]),
    ('congdoandienbien', 'congdoandienbien_3.txt'): dict(title=1, region=(3, 4), neutral=[],
        picks=[3, ('s', 4, 0), ('s', 4, 1), ('s', 4, 2), ('s', 4, 3)]),
    ('congdoandienbien', 'congdoandienbien_4.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[1, ('s', 3, 0), ('s', 3, 1)]),
    ('congdoandienbien', 'congdoandienbien_5.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[1, 2, ('s', 3, 0)]),
    # tuoitregiongrieng.com -- Giong Rieng district youth union: _1/_2 headline + "Viết lúc: ..., lượt xem: N" line
    # (+ author line, "những người đã xem bài viết này" viewer list, copyright footer); the rest are body-only captures
    # ending on a "Tác giả: <name>" line (neutral)
    ('tuoitregiongrieng', 'tuoitregiongrieng_1.txt'): dict(title=1, region=(5, 13), neutral=[15],
        picks=[('s', 5, 0), ('s', 5, 1), 9, 11, 13]),
    ('tuoitregiongrieng', 'tuoitregiongrieng_2.txt'): dict(title=1, region=(5, 8), neutral=[],
        picks=[5, 7, ('s', 8, 0), ('s', 8, 1)]),
    ('tuoitregiongrieng', 'tuoitregiongrieng_3.txt'): dict(title=None, region=(1, 5), neutral=[], picks=[1, 2, 3, 4, 5]),
    ('tuoitregiongrieng', 'tuoitregiongrieng_4.txt'): dict(title=None, region=(1, 2), neutral=[],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 2, 0), ('s', 2, 1)]),
    ('tuoitregiongrieng', 'tuoitregiongrieng_5.txt'): dict(title=None, region=(1, 1), neutral=[],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 1, 2)]),
    ('tuoitregiongrieng', 'tuoitregiongrieng_6.txt'): dict(title=None, region=(1, 1), neutral=[],
        picks=[('o', 1, 41, 225), ('o', 1, 227, 404), ('s', 1, 1)]),
    ('tuoitregiongrieng', 'tuoitregiongrieng_7.txt'): dict(title=None, region=(1, 2), neutral=[],
        picks=[1, ('s', 2, 0), ('s', 2, 1)]),
    # anuongdungsongkhoe.com -- nutrition / health-advice articles: "Chủ đề <keyword>: <lead>" paragraph (no headline),
    # "Mục lục" + table-of-contents entries (bp_in), then numbered sections
    ('anuongdungsongkhoe', 'anuongdungsongkhoe_1.txt'): dict(title=None, region=(1, 12), neutral=[], bp_in=[2],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 4, 0), ('s', 4, 1), 5, 10]),
    ('anuongdungsongkhoe', 'anuongdungsongkhoe_2.txt'): dict(title=None, region=(1, 17), neutral=[], bp_in=[(2, 10)],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 12, 0), ('s', 12, 1), 13, 16]),
    ('anuongdungsongkhoe', 'anuongdungsongkhoe_3.txt'): dict(title=None, region=(1, 12), neutral=[], bp_in=[2],
        picks=[('s', 1, 0), ('s', 4, 0), ('s', 4, 1), 5, 9, 10]),
    ('anuongdungsongkhoe', 'anuongdungsongkhoe_4.txt'): dict(title=None, region=(1, 16), neutral=[], bp_in=[(2, 10)],
        picks=[('s', 1, 1), ('s', 1, 2), ('s', 12, 0), ('s', 12, 1), 13, 15]),
    ('anuongdungsongkhoe', 'anuongdungsongkhoe_5.txt'): dict(title=None, region=(1, 14), neutral=[], bp_in=[(2, 9)],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 11, 0), ('s', 11, 1), 12, ('s', 13, 0)]),
    # dbrt.org.vn -- Dien Ban town (district-level) radio-TV centre, category pages opening on the station's phone
    # number and showing the newest item's text (no headline); _5 shows a byline and the next item's first line
    ('dbrt', 'dbrt_1.txt'): dict(title=None, region=(3, 5), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 5, 0), ('s', 5, 1)]),
    ('dbrt', 'dbrt_2.txt'): dict(title=None, region=(3, 9), neutral=[],
        picks=[3, ('s', 5, 0), ('s', 5, 1), ('s', 7, 0), ('s', 7, 1), ('s', 9, 0)]),
    ('dbrt', 'dbrt_3.txt'): dict(title=None, region=(3, 5), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 5, 0), ('s', 5, 1), ('s', 5, 2)]),
    ('dbrt', 'dbrt_4.txt'): dict(title=None, region=(3, 9), neutral=[],
        picks=[('s', 3, 0), ('s', 5, 0), ('s', 5, 1), ('s', 5, 2), ('s', 7, 0), ('s', 9, 0)]),
    ('dbrt', 'dbrt_5.txt'): dict(title=None, region=(2, 6), neutral=[7],
        picks=[2, 3, 4, ('s', 6, 0), ('s', 6, 1)]),
    ('dbrt', 'dbrt_6.txt'): dict(title=None, region=(3, 6), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 5, 0), ('s', 5, 1), ('s', 5, 3), ('s', 5, 4)]),
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

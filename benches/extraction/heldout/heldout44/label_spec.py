#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout43's label_spec.py (itself heldout41's plus one change) copied unchanged except for the SPEC; the
heldout43 change is kept: 'auto' also skips region lines that start with '[' (w3m image placeholders such as "[khoai]" or "[meovac5942] caption").
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (lead/sapo + body,
incl. in-body subheads and photo captions); picks = article labels: an int n takes line n (stripped, cut at a word
boundary to <= 200 chars); 'auto' takes 6 region lines spread evenly over the region (candidates: region lines not
in bp_in, not starting with '![', '[![', '|', '#' or '[' and holding no Markdown link '](', whose stripped, cut text has
>= 40 chars and occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the region labelled neither way (record url line, date line,
signature/source line, the article's own bibliography); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all, used where
short reader-comment lines (name, time, reaction buttons) would otherwise be dropped.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs in the seed;
else null.  No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    # hanhnvctk40github/vntb @a50bf60 (2021-06-05, "initial"): resources/views/detail.blade.php -- a
    # WordPress article page of vietnamthoibao.org (Viet Nam Thoi Bao, VNTB) saved from a browser and kept
    # as the Blade view of a Laravel clone (the `@extends('master') @section('content')` / `@endsection`
    # lines are the developer's), rendered with w3m.  region = sapo "(VNTB) - ..." (line 12) .. last body
    # paragraph (line 87).  neutral: date line 6, the two lines of the lead photo's alt text that repeat the
    # headline (7-8), the article's own "Tham Khao:" reference list after the body (89-99).
    ('vntb-saved', 'vntb_1.txt'): dict(title=3, region=(12, 87), picks='auto', url=None,
                                       neutral=[6, (7, 8), (89, 99)], bp_in=[]),
}

REF_RE = re.compile(r'^\d+\. (https?|file|javascript):')
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
        r0, r1 = sp['region']
        neutral = expand(sp['neutral'])
        bp_in = expand(sp['bp_in'])
        art = []
        if sp['picks'] == 'auto':
            cand = []
            for i in range(r0, r1 + 1):
                if i in bp_in:
                    continue
                raw = L[i - 1].strip()
                if raw.startswith(('![', '[![', '|', '#', '[')) or '](' in raw:
                    continue  # image, table-row, heading and link-markup lines are not used as article labels
                a = cut(raw)
                if len(a) >= 40 and text.count(a) == 1 and a not in cand:
                    cand.append(a)
            k = min(6, len(cand))
            idx = sorted({round(j * (len(cand) - 1) / (k - 1)) for j in range(k)}) if k > 1 else [0]
            art = [cand[j] for j in idx]
            assert len(art) >= 3, (slug, fn, len(cand))
        else:
            for p in sp['picks']:
                a = cut(L[p - 1].strip()) if isinstance(p, int) else pieces(L[p[0] - 1])[p[1]]
                assert 40 <= len(a) <= 200 and text.count(a) == 1, (slug, fn, p, a, text.count(a))
                art.append(a)
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
        cap = sp.get('cap', 150)
        if cap is None:
            pass
        elif len(bp) > 150:  # drop lynx References entries first, then keep the 150 longest, in file order
            ref = [b for b in bp if REF_RE.match(b)]
            if len(bp) - len(ref) >= 150:
                bp = [b for b in bp if not REF_RE.match(b)]
            else:
                ref_keep = set(sorted(ref, key=lambda b: (-len(b), bp.index(b)))[:150 - (len(bp) - len(ref))])
                bp = [b for b in bp if not REF_RE.match(b) or b in ref_keep]
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

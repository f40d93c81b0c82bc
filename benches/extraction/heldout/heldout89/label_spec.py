#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout87's label_spec.py (heldout46's lineage) with a new SPEC and BASE = /work/evaldata/heldout89; the code below the
SPEC is unchanged except for two lines that let a seed have title None (a page whose dump prints no headline).
Per seed: title = line number of the main headline (None: no headline in the dump); region = (first, last) line of the
main content; picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars), a pair
(n, k) takes the k-th piece of line n when the line is cut at spaces into consecutive pieces of <= 200 chars (used
for baomoi, whose whole article body is ONE stored line); 'auto' takes 6 region lines spread evenly over the region
(candidates: region lines not in bp_in, not starting with '![', '[![', '|', '#', '[' or '<digits><space>' and holding
no Markdown link '](', whose stripped, cut text has >= 40 chars and occurs once in the seed; the first, the last and
4 evenly spaced ones in between); neutral = lines outside the region labelled neither way (post date / time stamp,
poster name of the main post); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries are dropped first, then
the shortest (file order kept); cap=None (per seed) keeps them all -- used for the forum page, whose reader replies
(poster names, time stamps, short replies) would otherwise be cut.
Conventions (as in heldout18/heldout85 for forum and discussion pages): on a forum thread page the first post's body is
the article and every reply (its time stamp, poster name, text, avatar field) is a reader comment = boilerplate; the
first post's own time stamp and poster name are neutral, its avatar field is boilerplate.  On a baomoi record the
summary (sapo) + the body are the article; the record id, the category ('topic'), the tag list and the source link are
furniture; the datetime is neutral.  url = null everywhere (the page's own URL is never printed; baomoi's 'link' is the
original publisher's URL, not the baomoi page).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout89'


def V(region, neutral, bp_in=(), picks='auto'):
    # laduygaga/scrapy_voz @fc3108d (Scrapy output voz.json, one voz.vn XenForo thread), one page = 20 records, each
    # rendered "time / username / message lines / img": the first post (a pasted news report on Cong Phuong's fiancee's
    # family) is the article; its time + username are neutral; its img value (avatar path) and all 19 replies
    # (time, username, message, avatar path or 'None') are boilerplate.  No thread title is stored -> title None.
    return dict(title=None, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=list(bp_in), cap=None)


def B(picks):
    # thuy4tbn99/TranTruongThuy_17021178_Nhom4_Crawler @87c8c07 (Scrapy output, one JSON file per baomoi.com page),
    # rendered: 1 header, 2 empty, 3 id, 4 datetime (neutral), 5 summary, 6 content (the whole body on one line, the
    # scraper joined the <p> texts without separators and dropped the text of inline links), 7 topic, 8-27 the 20
    # tags, 28 the original publisher's link.
    return dict(title=1, region=(5, 6), picks=picks, url=None, neutral=[4], bp_in=[])


SPEC = {
    ('voz-scrapy', 'voz_p01.txt'): V((6, 13), neutral=[1, 2]),
    ('baomoi-scrapy', 'baomoi_35947907.txt'): B([5, (6, 0), (6, 2), (6, 4), (6, 6), (6, 8)]),
    ('baomoi-scrapy', 'baomoi_35976791.txt'): B([5, (6, 0), (6, 2), (6, 4), (6, 6), (6, 8)]),
    ('baomoi-scrapy', 'baomoi_35964459.txt'): B([5, (6, 0), (6, 3), (6, 6), (6, 9), (6, 13)]),
    ('baomoi-scrapy', 'baomoi_35972705.txt'): B([5, (6, 0), (6, 2), (6, 4), (6, 7), (6, 9)]),
    # 35956457: the summary sentence recurs inside the body, so line 5 is not unique and is not picked
    ('baomoi-scrapy', 'baomoi_35956457.txt'): B([(6, 0), (6, 2), (6, 4), (6, 7), (6, 9), (6, 12)]),
    ('baomoi-scrapy', 'baomoi_35964396.txt'): B([5, (6, 0), (6, 2), (6, 4), (6, 6), (6, 8)]),
    # 35917151: the body repeats the summary as its first sentence, so line 5 is not unique and is not picked
    ('baomoi-scrapy', 'baomoi_35917151.txt'): B([(6, 0), (6, 3), (6, 5), (6, 8), (6, 10), (6, 12)]),
    ('baomoi-scrapy', 'baomoi_35945996.txt'): B([5, (6, 0), (6, 2), (6, 4), (6, 6), (6, 8)]),
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
        if sp['title'] is None:  # heldout89: the page prints no headline (title null)
            title, title_lines = None, set()
        else:
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
                if raw.startswith(('![', '[![', '|', '#', '[')) or '](' in raw or re.match(r'\d+\s', raw):
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

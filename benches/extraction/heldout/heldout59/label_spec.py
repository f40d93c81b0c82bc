#!/usr/bin/env python3
"""Write labels/<slug>.jsonl for heldout59 from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py with a new SPEC (and cap=None for the forum threads); the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, code blocks, quotes, image placeholders and the author's own notes); picks = article
labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6 region lines
spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![', '|', '#', '['
or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and occurs once in
the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the region labelled
neither way (post date line, author name / byline, "Posted by ..." line, source note, the article's own reference
list); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all, used where
short reader-comment lines (name, time) would otherwise be dropped.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs in the seed;
else null (no seed here prints its own URL).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout59'



def B(region, neutral=(5, 6, 7)):
    # huYngUyeEnx/crawler-blogposts @99ce480, boxitvn.wordpress.com records (json_record): 1 type "content",
    # 2 post URL, 3 dataSource, 4 title, 5 author (neutral), 6 "Được đăng bởi bauxitevn trên <date>" (neutral),
    # 7 description = run-together copy of the first lines (neutral), body, WordPress.com related-posts block
    # (3 x title / date / Trong "<category>"), image URLs, category, crawl timestamp.
    return dict(title=4, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def D(region, neutral=(5, 6, 7)):
    # huYngUyeEnx/crawler-blogposts @2972bac, danlambaovn.blogspot.com records (json_record): 1 type, 2 post URL,
    # 3 dataSource, 4 title, 5 author, 6 date, 7 description (byline / lead), body ending in the author's signature,
    # "Bài đọc thêm" + 2-3 truncated related titles, image URLs, category label, crawl timestamp.
    return dict(title=4, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def O(title, region, neutral, bp_in=(), picks='auto'):
    # crystalL9/Otofun @6f01fd9, otofun.net thread (py_thread): post record (type, domain, author, author id, member
    # URL, avatar, member rank, thread title, reply/view counts, post URL, out-links, post id, content, image URLs)
    # then every reply record (same fields + parent id) -- the replies are reader comments (boilerplate).
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=list(bp_in), cap=None)


SPEC = {
    ('boxitvn-wp', 'boxitvn_1.txt'): B((8, 13)),
    ('boxitvn-wp', 'boxitvn_2.txt'): B((8, 25)),
    ('boxitvn-wp', 'boxitvn_3.txt'): B((8, 24)),
    ('boxitvn-wp', 'boxitvn_4.txt'): B((8, 57)),
    ('boxitvn-wp', 'boxitvn_5.txt'): B((8, 24)),
    ('boxitvn-wp', 'boxitvn_6.txt'): B((8, 51)),
    ('danlambao-bs', 'danlambao_1.txt'): D((8, 49)),
    ('danlambao-bs', 'danlambao_2.txt'): D((8, 60), (5, 6, 7, (62, 67))),
    ('danlambao-bs', 'danlambao_3.txt'): D((10, 30), (5, 6, 7, 8)),
    ('danlambao-bs', 'danlambao_4.txt'): D((7, 27), (5, 6)),
    ('danlambao-bs', 'danlambao_5.txt'): D((8, 55), (5, 6, 7, 56)),
    ('danlambao-bs', 'danlambao_6.txt'): D((8, 30)),
    ('otofun-thread', 'otofun_1.txt'): O(7, (15, 28), ((3, 6), 8, 9), bp_in=((19, 25),)),
    ('otofun-thread', 'otofun_2.txt'): O(8, (13, 16), ((3, 7), 9, 10), picks=[13, 15, 16]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout43's label_spec.py (heldout41's plus: 'auto' skips region lines starting with '[') with a new SPEC and one
more change: 'auto' also skips region lines that start with a number followed by white space (the numbered lines
of Octopress code blocks, e.g. "1  $> ps -e ..." -- ordered-list items "1. ..." are not affected).
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

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def H(n, region, neutral, bp_in=()):
    # hoatle/blog.hoatle.info @5db3f88 (gh-pages, Octopress), w3m: header (site name, tagline, RSS, search box,
    # menu) lines 1-11, headline 13, date 15, post body from 17, then "Bình luận" + the reader comments carried
    # over from Yahoo! 360 (name (time): text), change-log rule, "Posted by ..." byline (neutral), CC licence box,
    # Tweet, prev/next links, "Comments" / Disqus notice, "Recent Posts", "On Delicious", footer.
    return dict(title=13, region=region, picks='auto', url=None, neutral=[15] + list(neutral), bp_in=list(bp_in),
                cap=None)


def K(region, neutral=(), bp_in=()):
    # ktmt/ktmtblog-octopress @47137f8 (Octopress output), w3m: header ("Profile Picture", blog name, tagline,
    # Blog / Archives / RSS) lines 1-10, headline 12, body from 14, then "Comments" / Disqus notice, copyright.
    return dict(title=12, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=list(bp_in))


def D(title, region, author, bp_in=()):
    # daynhauhoc/blog @4c61b1b (gh-pages, Statinamic export of daynhauhoc.com forum posts), lynx: "[1]← Trang chủ",
    # headline, body, then author box ("Tác giả", avatar placeholder, user name (neutral), "Đăng vào <date>"
    # (neutral), "[n]Bài viết gốc"), "Thông tin" / "Proudly published with Statinamic", lynx References list.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[author, author + 2], bp_in=list(bp_in))


def T(region, neutral):
    # teracyhq/blog @c29f6a4 (gh-pages, Octopress), w3m: header (blog name, tagline, RSS, search box, menu) lines
    # 1-12, headline 14, date 16 (neutral), body from 18 (lead-image placeholder), translation source note
    # (neutral), "Latest Change Log:" with commit times / messages and "View all changes on Github", "Posted by
    # ..." byline with categories and tags (neutral, wrapped), CC licence box, Tweet, prev/next links,
    # "Comments" / Disqus notice, "Like Us", "Recent Posts", "Fork Our Repos", footer.
    return dict(title=14, region=region, picks='auto', url=None, neutral=[16] + list(neutral), bp_in=[])


SPEC = {
    ('hoatle-octopress', 'hoatle_1.txt'): H(1, (17, 146), [189, 190]),
    ('hoatle-octopress', 'hoatle_2.txt'): H(2, (17, 82), [112]),
    ('hoatle-octopress', 'hoatle_3.txt'): H(3, (17, 64), [101]),
    ('hoatle-octopress', 'hoatle_4.txt'): H(4, (17, 75), [204]),
    ('hoatle-octopress', 'hoatle_5.txt'): H(5, (17, 110), [136]),
    ('hoatle-octopress', 'hoatle_6.txt'): H(6, (17, 49), [72]),
    ('hoatle-octopress', 'hoatle_7.txt'): H(7, (17, 44), [67]),
    ('hoatle-octopress', 'hoatle_8.txt'): H(8, (17, 75), [95]),
    ('hoatle-octopress', 'hoatle_9.txt'): H(9, (17, 70), [92]),
    ('hoatle-octopress', 'hoatle_10.txt'): H(10, (17, 56), [88]),
    ('ktmt-octopress', 'ktmt_1.txt'): K((14, 160)),
    ('ktmt-octopress', 'ktmt_2.txt'): K((14, 245), neutral=[247, 249, 251]),
    ('ktmt-octopress', 'ktmt_3.txt'): K((14, 235), neutral=[(237, 241)]),
    ('ktmt-octopress', 'ktmt_4.txt'): K((14, 318), neutral=[(320, 324)]),
    ('ktmt-octopress', 'ktmt_5.txt'): K((14, 245), neutral=[(247, 252)]),
    ('ktmt-octopress', 'ktmt_6.txt'): K((14, 187)),
    ('ktmt-octopress', 'ktmt_7.txt'): K((14, 194), neutral=[(196, 198)]),
    ('ktmt-octopress', 'ktmt_8.txt'): K((14, 211)),
    ('daynhauhoc-statinamic', 'daynhauhoc_1.txt'): D((3, 4), (6, 70), 76),
    ('daynhauhoc-statinamic', 'daynhauhoc_2.txt'): D(3, (5, 70), 76),
    ('daynhauhoc-statinamic', 'daynhauhoc_3.txt'): D(3, (5, 41), 47),
    ('daynhauhoc-statinamic', 'daynhauhoc_4.txt'): D(3, (5, 49), 55),
    ('daynhauhoc-statinamic', 'daynhauhoc_5.txt'): D(3, (5, 47), 53, bp_in=[15]),
    ('daynhauhoc-statinamic', 'daynhauhoc_6.txt'): D(3, (10, 121), 127),
    ('daynhauhoc-statinamic', 'daynhauhoc_7.txt'): D(3, (5, 47), 53),
    ('daynhauhoc-statinamic', 'daynhauhoc_8.txt'): D(3, (5, 43), 49),
    ('teracy-octopress', 'teracy_1.txt'): T((18, 139), [151, 152]),
    ('teracy-octopress', 'teracy_2.txt'): T((18, 165), [167, 183]),
    ('teracy-octopress', 'teracy_3.txt'): T((18, 104), [106, 118, 119]),
    ('teracy-octopress', 'teracy_4.txt'): T((18, 149), [151, 167, 168]),
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

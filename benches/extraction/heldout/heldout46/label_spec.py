#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout45's label_spec.py (heldout43's / heldout41's, with 'auto' skipping region lines that start with '[' or with
a number followed by white space) with a new SPEC only; the code below the SPEC is unchanged.
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


def H(region, desc, posted, credit=()):
    # hoangmnsd/hoangmnsd.github.io @0cde320 (Hugo, theme Minimo), w3m: "Skip to Main Menu", logo, site name "Hoang",
    # tagline, search box, sidebar menu, "Tags" + a list of ~150 tag names (lines 1-161), "Skip to Content Toggle
    # Sidebar", main menu, breadcrumb "1. Home 2. Posts 3. <title>", site name + tagline again, headline 177, the
    # post's summary (front-matter description, lines 179-desc; neutral), "Posted on <date> by hoangmnsd N mins read"
    # (neutral), "Table of Contents" + TOC entries (boilerplate), body, the author's own "CREDIT(S)" list (neutral),
    # "Categories: ..." / "Tags: ..." / "Previous ... post" / "Next post: ..." links, social menu, copyright.
    return dict(title=177, region=region, picks='auto', url=None,
                neutral=[(179, desc), posted] + ([credit] if credit else []), bp_in=[])


def S(region, neutral=(), date=23):
    # squalle0nhart/blog @e9b4a51 (Hexo, theme Tranquilpeak), w3m: blog name, "Ảnh tác giả" (avatar alt) x2,
    # author name "Mây và Bão", welcome line, menu (Trang chủ / Chủ đề / Tags / Lưu trữ / Tìm kiếm / Giới thiệu),
    # social links, headline 21, date + category line 23 (neutral), cover-image alt "Hexo" 24, body, the author's
    # signature / source line (neutral), "TAGGED IN" + tags, QUAY LẠI / TIẾP, Disqus notice, copyright, share
    # buttons, the search overlay's list of all post titles + dates and "10 bài viết được tìm thấy".
    return dict(title=21, region=region, picks='auto', url=None, neutral=[date] + list(neutral), bp_in=[])


def T(region, neutral):
    # minhnh94/minhnh94.github.io @8f76e1f (Gatsby, "Tsukie"), w3m: "This app works best with JavaScript enabled.",
    # site name, menu, language switch, headline 13 (tsukie_2: wrapped over 13-14), ad slot "[INS::INS]", run-together
    # tag names, date (neutral), "Article available in ..." line, body, "Bài viết bởi ..." / "Truyện tranh từ ..."
    # credits (neutral), "bài viết liên quan" list, ad slot, "Bài mới nhất" (thumbnails, titles, dates), "Tất cả
    # các tags", copyright, Privacy Policy / Terms, "DMCA.com Protection Status".
    return dict(title=13, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('hoangmnsd-hugo', 'hoangmnsd_1.txt'): H((188, 249), 184, 185),
    ('hoangmnsd-hugo', 'hoangmnsd_2.txt'): H((191, 328), 181, 182, (330, 332)),
    ('hoangmnsd-hugo', 'hoangmnsd_3.txt'): H((193, 498), 181, 182, (500, 502)),
    ('hoangmnsd-hugo', 'hoangmnsd_4.txt'): H((192, 362), 182, 183),
    ('hoangmnsd-hugo', 'hoangmnsd_5.txt'): H((189, 334), 180, 181, (336, 340)),
    ('hoangmnsd-hugo', 'hoangmnsd_6.txt'): H((195, 413), 181, 182),
    ('hoangmnsd-hugo', 'hoangmnsd_7.txt'): H((189, 277), 180, 181),
    ('hoangmnsd-hugo', 'hoangmnsd_8.txt'): H((192, 251), 183, 184, (253, 256)),
    ('hoangmnsd-hugo', 'hoangmnsd_9.txt'): H((197, 388), 180, 181),
    ('hoangmnsd-hugo', 'hoangmnsd_10.txt'): H((195, 437), 181, 182, (439, 448)),
    ('squalle-hexo', 'squalle_1.txt'): S((26, 106)),
    ('squalle-hexo', 'squalle_2.txt'): S((26, 187)),
    ('squalle-hexo', 'squalle_3.txt'): S((26, 325), [327]),
    ('squalle-hexo', 'squalle_4.txt'): S((26, 116), [118]),
    ('squalle-hexo', 'squalle_5.txt'): S((25, 85)),
    ('squalle-hexo', 'squalle_6.txt'): S((26, 104)),
    ('squalle-hexo', 'squalle_7.txt'): S((26, 113), [115]),
    ('squalle-hexo', 'squalle_8.txt'): S((26, 71), [73]),
    ('tsukie-gatsby', 'tsukie_1.txt'): T((22, 34), [18, 36, 38]),
    ('tsukie-gatsby', 'tsukie_2.txt'): dict(T((23, 141), [19, 143]), title=(13, 14)),
    ('tsukie-gatsby', 'tsukie_3.txt'): T((22, 163), [18]),
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

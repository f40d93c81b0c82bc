#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout101 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, code, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, author line, attribution "- <author> -", a repeat of the headline inside
the body); bp_in = lines inside the region that are furniture (the theme's "Mục lục" table of contents).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = the page's own address where the page prints it whole on one line (learn2code "Link: https://..." box),
else null.
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout101'


def T(region, bp_in=(), picks='auto'):
    # chidokun/chidokun.github.io @bfaf3c3 (Hugo, "Nguyễn Tuấn's Blog"), lynx -dump -nolist: site name, avatar alt,
    # author name + tagline, menu (Trang chủ / Lập trình / Dữ liệu / Cuộc sống / Danh mục / Thẻ thông tin / Lưu trữ /
    # Thông tin), GitHub / RSS, headline 21, date + category line 23 (neutral), body (with the theme's "Mục lục"
    # TOC = bp_in), "THẺ ĐÁNH DẤU" + tags, "Tiếp / Trước", share stubs, "Bình luận" + Staticman comment form
    # (text-field rules, "BÌNH LUẬN"), rendered reader comments (gravatar alt, name + date, "(BUTTON) TRẢ LỜI <name>",
    # comment text), "Cảm ơn bạn" / submission notice / "OK", copyright, "Tiếp / Trước" again, "Chia sẻ với
    # Facebook / Twitter", author card (avatar alt, name, tagline, job, city).
    return dict(title=21, region=region, picks=picks, url=None, neutral=[23], bp_in=list(bp_in))


def H(region, neutral=(), picks='auto'):
    # hoalv/hoalv.github.io @0f628b3 (Hugo, "The BookThief"), links -dump: "Link: canonical", site name, "[ ]",
    # centred headline 5, date + categories line 7 (neutral), "Share on:", body, attribution "- <author> -"
    # (neutral), "true" (a template artefact), author box (Le Viet Hoa, motto, "Read More"), "Recent Posts" (8),
    # "Categories" / "Tags" clouds with counts, site name, copyright.
    return dict(title=5, region=region, picks=picks, url=None, neutral=[7] + list(neutral), bp_in=[])


def G(title, region, neutral, url=None, picks='auto'):
    # longbkit/longbkit.github.io @8e5cbe8 (Hugo MemE, LEARN2CODE / learn2code.dev), lynx -dump -nolist: site name,
    # menu (Bài viết / Chủ đề / Tags / Tự nói về mình / 🌞), "[ ]", headline 10, meta line(s) "2020.x.y 2020.x.y
    # <category> <words> <n> mins" (neutral), body, "Hay quá" (like-button text), post-copyright box ("Author: ..."
    # neutral, "Link: <page URL>" = url, "License: CC BY-NC-SA 4.0"), "updatedupdated<date><date>", "See Also:" (5),
    # tags line, previous / next post links, "Load Comments?", copyright, "Powered by Hugo | Theme is MemE", licence.
    return dict(title=title, region=region, picks=picks, url=url, neutral=list(neutral), bp_in=[])


def A(region, picks='auto'):
    # htr3n/htr3n.github.io @a9f66ef (Hugo hyde-hyde, "Alex T."), links -dump: "Link: profile / canonical", name,
    # "Author Image", sidebar (name, Posts / Portfolio / Tiếng Việt / About, copyright "© 2024 Alex T. CC BY-SA 4.0",
    # "Built with Hugo ❤️ hyde-hyde.") printed before the post, centred headline 14, date + section line 16
    # (neutral), tags line, "<n> min read", body, previous / next post titles on one line, "Related Articles"
    # (titles with dates), Disqus notice.
    return dict(title=14, region=region, picks=picks, url=None, neutral=[16], bp_in=[])


def P(title, region, neutral, picks='auto'):
    # thephucit/thephucit.github.io @a760191. phuc_1-5: Hexo 6.0.0 pages ("#Tunblo - Inspire and empower."), lynx
    # -dump -nolist: site name, menu (Trang chủ / Cuộc sống / Công nghệ / Nhật ký đầu tư / Giới thiệu / Tunlookup),
    # search box, category name, headline 18, published / updated dates 20-21 (neutral), tags line, body, author
    # name (neutral), "Chia sẻ", Disqus notice, "Theo dõi:", "Mới hơn" / "Cũ hơn" + post titles, "Bài viết mới" (5
    # with category and date), "Chuyên mục" / "Lưu trữ" / "Thẻ" with counts, "Liên kết", copyright.
    # phuc_6-7: Hugo pages of 2023 ("Peter's Blog"): "#prev next", site name + menu twice, "Contents", headline 11,
    # "included in <category>", date / words / minutes line 14 (neutral), "Contents" TOC, body, author name
    # (neutral), categories, "Back | Home", previous / next titles, utterances notice, copyright.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('tuan-lynx', 'tuan_1.txt'): T((25, 139)),
    ('tuan-lynx', 'tuan_2.txt'): T((25, 243), bp_in=[(32, 40)]),
    ('tuan-lynx', 'tuan_3.txt'): T((25, 201), bp_in=[(29, 38)]),
    ('tuan-lynx', 'tuan_4.txt'): T((25, 442), bp_in=[(29, 40)], picks=[25, 72, 164, 241, 408, 427]),
    ('tuan-lynx', 'tuan_5.txt'): T((25, 282), bp_in=[(32, 38)]),
    ('tuan-lynx', 'tuan_6.txt'): T((25, 173), picks=[25, 63, 81, 118, 135, 173]),
    ('tuan-lynx', 'tuan_7.txt'): T((25, 145), bp_in=[(33, 43)], picks=[25, 60, 76, 92, 121, 138]),
    ('bookthief-links', 'hoa_1.txt'): H((10, 72)),
    ('bookthief-links', 'hoa_2.txt'): H((10, 56), [58]),
    ('bookthief-links', 'hoa_3.txt'): H((10, 49), [51]),
    ('bookthief-links', 'hoa_4.txt'): H((10, 50), [52]),
    ('bookthief-links', 'hoa_5.txt'): H((10, 49), [51]),
    ('bookthief-links', 'hoa_6.txt'): H((12, 90), [10, 92]),  # 10 = the headline repeated in capitals
    ('bookthief-links', 'hoa_7.txt'): H((10, 182), picks=[10, 39, 74, 109, 145, 177]),
    ('learn2code-lynx', 'long_1.txt'): G(10, (15, 146), [12, 13, 149], url=(150, 0), picks=[15, 51, 70, 97, 132, 141]),
    ('learn2code-lynx', 'long_2.txt'): G(10, (15, 148), [12, 13, 151], url=(152, 0)),
    ('learn2code-lynx', 'long_3.txt'): G(10, (14, 219), [12, 221], picks=[14, 58, 98, 137, 172, 212]),
    ('learn2code-lynx', 'long_4.txt'): G(10, (14, 65), [12, 67], url=(68, 0)),
    ('learn2code-lynx', 'long_5.txt'): G(10, (14, 41), [12, 43], url=(44, 0), picks=[14, 18, 24, 28, 30, 39]),
    ('learn2code-lynx', 'long_6.txt'): G(10, (14, 190), [12, 192]),
    ('learn2code-lynx', 'long_7.txt'): G((10, 11), (15, 34), [13, 36], url=(37, 0), picks=[15, 18, 22, 25, 29, 31]),
    ('alext-links', 'alex_1.txt'): A((20, 62)),
    ('alext-links', 'alex_2.txt'): A((20, 140)),
    ('alext-links', 'alex_3.txt'): A((20, 111)),
    ('alext-links', 'alex_4.txt'): A((20, 64)),
    ('alext-links', 'alex_5.txt'): A((20, 80)),
    ('alext-links', 'alex_6.txt'): A((20, 71)),
    ('tunblo-lynx', 'phuc_1.txt'): P(18, (24, 82), [20, 21, 84]),
    ('tunblo-lynx', 'phuc_2.txt'): P(18, (24, 86), [20, 21, 88]),
    ('tunblo-lynx', 'phuc_3.txt'): P(18, (23, 43), [20, 21, 45]),
    ('tunblo-lynx', 'phuc_4.txt'): P(18, (24, 47), [20, 21, 49]),
    ('tunblo-lynx', 'phuc_5.txt'): P(18, (24, 44), [20, 21, 46]),
    ('tunblo-lynx', 'phuc_6.txt'): P(11, (21, 66), [14, 68], picks=[21, 30, 37, 49, 57, 66]),
    ('tunblo-lynx', 'phuc_7.txt'): P(11, (24, 174), [14, 176]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout124; the
code below the SPEC is unchanged except one character class: the title is stripped of a leading run of '#' AND spaces
(lstrip('# ') instead of lstrip('#')), because html2text prints VuePress headings with their anchor as '# # Title'.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions, footnotes and the author's own closing
lines); picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line "Cập nhật lúc : ...", author line "Tác giả: ...", the heading icon image line);
bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout124'


def T(title, region):
    # dothanhdathp/taddev @0e0aeac (MkDocs 1.6.1 + Material, site "Technical"), lynx -dump -nolist: "#prev next",
    # palette toggles "[ ] [ ]", "Skip to content", "logo", site name, page name, "(*) ( )", search box,
    # "(BUTTON)", "Initializing search", top tabs (Common OS / Linux OS / Win OS / Android / Tools / Dev Tools /
    # MarkUp / Điện Tử / ROS / Git / Project), the whole navigation tree (~470 lines, every page of the site),
    # "Table of contents" with the page's sub-headings, headline, body, "Previous" / "Next" with neighbour titles,
    # "Made by Tad Zeila!".
    return dict(title=title, region=region, picks='auto', url=None, neutral=[], bp_in=[])


def P(region):
    # hanglam-editions/plutarch-parallel-lives-vi @78b9042 (Quarto 1.9.38 book "Những cuộc đời song hành"), pandoc
    # plain: breadcrumb (volume / chapter), book title, the whole sidebar table of contents (Lời giới thiệu, MỤC LỤC,
    # the three volumes with all 69 numbered chapters), breadcrumb again, headline 157 ("<n>  SO SÁNH ..." /
    # "<n>  NUMA"), rule, body, footnotes (inside the region), previous / next chapter titles.
    return dict(title=157, region=region, picks='auto', url=None, neutral=[], bp_in=[])


def Z(title, region, updated, extra=()):
    # Zenfection/zenctu @ba9be3f (VuePress 2.0.0-beta.26 default theme, "Zen Course Guide", CTU course notes),
    # Python html2text: logo link "Zen Course Guide", navbar twice (Trang Chủ / Đại Cương / Nền Tảng / Nâng cao /
    # Tài Nguyên dropdowns with all course links), the course sidebar (chapters and lessons of CT112 Mạng máy tính
    # or CT175 Lý thuyết đồ thị, with the page's own anchors), headline "# # Bài n: ..." (zen_1 / zen_4: "# #", icon
    # image, headline text on the next line), body, zen_1 only: "Nhấn vào đây để thảo luận" link, "Cập nhật lúc :
    # <time>" and "Tác giả: Zenfection" (neutral), previous / next lesson links.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[updated, updated + 2] + list(extra),
                bp_in=[])


def C(region, title=244):
    # EdwardPham1307/clht @e042251 (Retype 3.7.0, "Công Lý Hoàng Triều Docs"; the navigation is built by script,
    # so little furniture is in the HTML), BeautifulSoup get_text('\\n'): <title> "<page> - Công Lý Hoàng Triều",
    # site name, "Docs", "Powered by", headline, body (split at every inline element), breadcrumb "tổng quan",
    # "Previous" / "Next" with neighbour titles (clht_3/4/5), "© Copyright 2025. All rights reserved."
    return dict(title=title, region=region, picks='auto', url=None, neutral=[], bp_in=[])


SPEC = {
    ('taddev-lynx', 'tad_1.txt'): T(513, (515, 682)),
    ('taddev-lynx', 'tad_2.txt'): dict(T(497, (499, 617)), picks=[527, 544, 558, 572, 584, 591]),  # prose, not table rows
    ('taddev-lynx', 'tad_3.txt'): T(503, (505, 649)),
    ('taddev-lynx', 'tad_4.txt'): dict(T(515, (517, 664)), picks=[519, 560, 586, 599, 629, 631]),  # prose, not table rows
    ('taddev-lynx', 'tad_5.txt'): T(505, (507, 604)),
    ('taddev-lynx', 'tad_6.txt'): T(507, (509, 630)),
    ('taddev-lynx', 'tad_7.txt'): T(503, (505, 591)),
    ('plutarch-pandoc', 'plu_1.txt'): P((161, 179)),
    ('plutarch-pandoc', 'plu_2.txt'): P((159, 171)),
    ('plutarch-pandoc', 'plu_3.txt'): P((161, 165)),
    ('plutarch-pandoc', 'plu_4.txt'): P((159, 177)),
    ('plutarch-pandoc', 'plu_5.txt'): P((159, 191)),
    ('plutarch-pandoc', 'plu_6.txt'): P((159, 223)),
    ('zenctu-html2text', 'zen_1.txt'): Z(201, (203, 416), 424, extra=[200]),
    ('zenctu-html2text', 'zen_2.txt'): Z(191, (193, 319), 321),
    ('zenctu-html2text', 'zen_3.txt'): Z(189, (191, 263), 265),
    ('zenctu-html2text', 'zen_4.txt'): Z(194, (196, 326), 328, extra=[193]),
    ('zenctu-html2text', 'zen_5.txt'): dict(Z(155, (157, 343), 345), picks=[164, 206, 269, 281, 327, 339]),  # not table cells / image paths
    ('zenctu-html2text', 'zen_6.txt'): dict(Z(154, (156, 359), 361), picks=[171, 184, 205, 252, 288, 304]),  # not table cells
    ('zenctu-html2text', 'zen_7.txt'): dict(Z(161, (163, 368), 370), picks=[170, 184, 201, 225, 320, 341]),  # not table cells
    ('clht-bs4', 'clht_1.txt'): C((258, 449)),
    ('clht-bs4', 'clht_2.txt'): C((255, 750), title=248),
    ('clht-bs4', 'clht_3.txt'): C((258, 720)),
    ('clht-bs4', 'clht_4.txt'): C((251, 831)),
    ('clht-bs4', 'clht_5.txt'): C((258, 582)),
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
        title = '\n'.join(L[t0 - 1:t1]).strip().lstrip('# ').strip()
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

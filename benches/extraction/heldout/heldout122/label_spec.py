#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout122 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is split over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the page body,
incl. in-body subheads, lists, tables, code blocks, quotes, image placeholders / captions, footnotes and the author's
own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (the credit / source box after the body: "Tác giả: ...", "Nguồn: ...", the source
title); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout122'


def R(region, picks='auto'):
    # rust-tieng-viet/rust-tieng-viet.github.io @b06b2b6 (mdBook build of "Rust Tiếng Việt"), w3m -cols 100: the sidebar
    # checkbox "[ ]", the whole numbered table of contents of the book (lines 3-196: Introduction, Bắt đầu, Cơ bản,
    # Advanced, Design Patterns, crates, Data Engineering, Rust Idioms ... with sub-chapters), the theme list (Light /
    # Rust / Coal / Navy / Ayu), the book title "Rust Tiếng Việt" (204), the search box, headline 209, body.
    return dict(title=209, region=region, picks=picks, url=None, neutral=[], bp_in=[])


def T(title, region, picks='auto'):
    # TMA2015/roadmap-toan-thcs @81a09e4 (MkDocs Material 9.7.7 build of "Roadmap Toán THCS"), pandoc plain: "Bỏ qua",
    # toggles "[] []", site name, page title, search ("Initializing search"), top tabs (Trang chủ / Roadmap / Hướng dẫn /
    # Kiến thức), the whole navigation tree with the page's own table of contents, the "Mục lục" table of contents,
    # headline, body (status box, knowledge-map tree, core knowledge, exercise levels, self-check list),
    # "[] Trở lại mục lục", "Made with Material for MkDocs".
    return dict(title=title, region=region, picks=picks, url=None, neutral=[], bp_in=[])


def S(title, region, neutral=(), picks='auto'):
    # earthknowsbest/sustainable-living @f662db9 (MkDocs Material 9.2.6 build of "SỐNG BỀN VỮNG"), BeautifulSoup
    # get_text('\n') (inline elements split onto lines, many blank / indented lines): <title> text "… - SỐNG BỀN VỮNG",
    # "Bỏ qua", logo, site name, page title, search, top tabs (Sinh thái / Khí hậu / Năng lượng / Kinh tế / Vegan /
    # Low-tech / Sáng kiến / Nhân sinh), the whole navigation tree (some 250 entries) incl. the page's table of
    # contents, the "Mục lục" table of contents, headline, body, credit box (neutral), "Trở lại mục lục",
    # Trước / Sau pager with neighbour titles, "Copyright © 2024 Sống Bền Vững", "Made with Material for MkDocs".
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def M(title, region, picks='auto'):
    # vinmakersoc/makerspace-network-docs @0a0ff4e (Docusaurus 2 build of the VinUniversity Makerspace Network docs,
    # locale vi), Python html2text: "Nhảy tới nội dung", logo / navbar links (Hướng dẫn / Blog), language menu
    # (English / Tiếng Việt), GitHub, theme toggles, docs sidebar (Giới thiệu / Bắt đầu with its pages / Dành cho người
    # hướng dẫn / Dành cho Lập trình viên / Thông tin thêm), "On this page", headline "# ...", body,
    # "[Sửa trang này](...)", "[Trước« ...]" / "[Kế tiếp... »]" pager, the page's table of contents, footer columns
    # (Tài liệu / Cộng đồng / Liên hệ) and "Copyright © 2021 VinMaker Society.".
    return dict(title=title, region=region, picks=picks, url=None, neutral=[], bp_in=[])


SPEC = {
    ('rustvn-w3m', 'rust_1.txt'): R((211, 249)),
    ('rustvn-w3m', 'rust_2.txt'): R((211, 423), picks=[211, 241, 301, 323, 373, 413]),  # prose, not compiler output
    ('rustvn-w3m', 'rust_3.txt'): R((211, 331)),
    ('rustvn-w3m', 'rust_4.txt'): R((211, 314)),
    ('rustvn-w3m', 'rust_5.txt'): R((211, 232)),
    ('rustvn-w3m', 'rust_6.txt'): R((211, 270), picks=[211, 214, 234, 236, 260, 262]),  # prose, not code / URLs
    ('rustvn-w3m', 'rust_7.txt'): R((211, 240)),
    ('toanthcs-pandoc', 'toan_1.txt'): T(83, (85, 104)),
    ('toanthcs-pandoc', 'toan_2.txt'): T(101, (103, 163)),
    ('toanthcs-pandoc', 'toan_3.txt'): T(133, (135, 408), picks=[135, 179, 233, 253, 311, 383]),  # not table rows
    ('toanthcs-pandoc', 'toan_4.txt'): T(129, (131, 400)),
    ('toanthcs-pandoc', 'toan_5.txt'): T(147, (149, 509), picks=[149, 188, 262, 323, 414, 485]),  # not table rows
    ('toanthcs-pandoc', 'toan_6.txt'): T(155, (157, 561)),
    # sbv: whole sentences / paragraphs chosen instead of the auto spread (bs4 splits paragraphs at inline elements)
    ('songbenvung-bs4', 'sbv_1.txt'): S(3115, (3120, 3598), [(3605, 3621)], picks=[3123, 3226, 3315, 3379, 3451, 3596]),
    ('songbenvung-bs4', 'sbv_2.txt'): S(2930, (2935, 3050), [(3055, 3061)], picks=[2935, 2947, 2981, 3006, 3040, 3050]),
    ('songbenvung-bs4', 'sbv_3.txt'): S(3045, (3048, 3663), picks=[3052, 3058, 3069, 3250, 3280, 3574]),
    ('songbenvung-bs4', 'sbv_4.txt'): S(3133, (3138, 3377), picks=[3138, 3185, 3217, 3243, 3282, 3331]),
    ('songbenvung-bs4', 'sbv_5.txt'): S((3097, 3098), (3130, 3365), picks=[3133, 3184, 3231, 3261, 3286, 3360]),  # 3101-3125: the series' part list (furniture)
    ('songbenvung-bs4', 'sbv_6.txt'): S(3307, (3310, 3616), [(3623, 3632)], picks=[3310, 3367, 3446, 3497, 3547, 3604]),
    ('songbenvung-bs4', 'sbv_7.txt'): S(3203, (3206, 3652), picks=[3207, 3269, 3369, 3432, 3545, 3651]),
    ('vinmaker-html2text', 'maker_1.txt'): M(27, (29, 84)),
    ('vinmaker-html2text', 'maker_2.txt'): M(33, (35, 72)),
    ('vinmaker-html2text', 'maker_3.txt'): M(33, (35, 63)),
    ('vinmaker-html2text', 'maker_4.txt'): M(33, (35, 78), picks=[35, 45, 54, 60, 69, 74]),  # not image paths
    ('vinmaker-html2text', 'maker_5.txt'): M(33, (35, 46)),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py with a new SPEC and BASE = /work/evaldata/heldout120; the code below the SPEC is unchanged
except one line: the title is additionally stripped of a trailing MkDocs permalink sign '¶' and of the zero-width
space (U+200B) that VitePress / Docusaurus put into heading anchors (the cleaned title still occurs in the seed).
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the page body,
incl. in-body subheads, lists, tables, quotes, admonitions, image placeholders / captions, footnotes and the
author's own closing lines); picks = article labels: an int n takes line n (stripped, cut at a word boundary to
<= 200 chars); 'auto' takes 6 region lines spread evenly over the region (candidates: region lines not in bp_in, not
starting with '![', '[![', '|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut
text has >= 40 chars and occurs once in the seed; the first, the last and 4 evenly spaced ones in between);
neutral = lines outside the region labelled neither way (source note "Nguồn bài viết: ..." / "Bài viết gốc ...",
author / date lines); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, 'References' entries (numbered URL lines,
here ELinks') are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout120'


def LA(title, region, picks='auto'):
    # learn-anything-az/learn-anything-knowledge @915cc6b (MkDocs Material build of learn-anything.vn), w3m -cols 100:
    # header (checkbox toggles, "Skip to content", logo, site name, page title, palette radios, search box,
    # "Initializing search"), top tabs (Trang chủ / Giới thiệu / Obsidian / Python / Công nghệ / Phát triển bản thân /
    # Khóa học), the whole navigation tree (with the page's own "Mục lục" entries), "Mục lục" table of contents, tag
    # chips line, headline, body, "Back to top", "Previous" / "Next" with the neighbour pages' titles.
    return dict(title=title, region=region, picks=picks, url=None, neutral=[], bp_in=[])


def KHM(title, region, neutral=()):
    # daihocmo/daihocmo.github.io @2c94bcf (MkDocs Material build of "Khu học mở"), ELinks -dump 100 with numbered
    # links: "Link: previous / next / preconnect" lines, toggles, "Bỏ qua", logo, site name, page title, palette,
    # search, "Cùng xây dựng Khu học mở" (repository link), top tabs, the whole navigation tree (with the page's own
    # table of contents), "Mục lục" table of contents, centred headline, optional source note (neutral), body,
    # "Trở lại mục lục", "Một dự án của Khu học mở", "References" (numbered file:// and https:// URLs).
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def DIRO(title, region):
    # diro-ai/diro-docs @0c43ef1 (Docusaurus build of docs.diro.ai), BeautifulSoup get_text('\n'): <title> text
    # ("... | Diro docs"), "Chuyển tới nội dung chính", navbar (Diro docs / Hướng dẫn / Blog / Đăng nhập), the docs
    # sidebar (13 entries), breadcrumb, "Trên trang này", headline, body (split at every inline tag), "Sửa trang này",
    # "Trước" / "Kế tiếp" pager with titles, the table of contents repeated, footer columns (Docs / Cộng đồng / Liên
    # hệ), copyright "Built with Docusaurus".
    return dict(title=title, region=region, picks='auto', url=None, neutral=[], bp_in=[])


def PYVN(region):
    # meothongthai/docs-pythonvn @3450258 (Docusaurus build, locale vi/, of "Docs PythonVn"), Python html2text:
    # "Chuyển tới nội dung chính", logo link, language switch (English / Tiếng Việt), docs sidebar (Giới thiệu / Cài
    # đặt / Hước dẫn sử dụng with 8 entries), breadcrumb, "Trên trang này", headline 31 ("# ..."), body, "[Sửa trang
    # này](...)" link, "[TrướcTrang ...][Kế tiếp...]" pager, table of contents list, footer (Python Việt Nam, website,
    # hotline, "Dẫn đường", "Các chính sách", "Mạng xã hội", logo, copyright).
    return dict(title=31, region=region, picks='auto', url=None, neutral=[], bp_in=[])


def VL(region, neutral=()):
    # zukahai/vat-ly @6dad2cb (VitePress build of "Giáo Trình Vật Lí"), pandoc -t plain: "Skip to content", site
    # title, "Main Navigation Trang ChủBắt ĐầuTài Nguyên", "Appearance", "Menu", "Return to top", "Sidebar Navigation"
    # with the whole sidebar (chapters, lessons, appendix), "On this page", headline 49, body, "Chỉnh sửa trang này trên
    # GitHub", "Cập nhật lần cuối:", "Pager" with previous / next page titles, footer message and copyright.
    return dict(title=49, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('learnanything-w3m', 'la_1.txt'): LA(101, (103, 197)),
    ('learnanything-w3m', 'la_2.txt'): LA(93, (95, 178)),
    ('learnanything-w3m', 'la_3.txt'): LA(95, (97, 156)),
    ('learnanything-w3m', 'la_4.txt'): LA(97, (99, 143)),
    ('learnanything-w3m', 'la_5.txt'): LA(95, (97, 184)),
    ('learnanything-w3m', 'la_6.txt'): LA(99, (101, 341)),
    ('learnanything-w3m', 'la_7.txt'): LA(87, (89, 106)),
    ('khuhocmo-elinks', 'khm_1.txt'): KHM(68, (70, 152)),
    ('khuhocmo-elinks', 'khm_2.txt'): KHM(66, (68, 131)),
    ('khuhocmo-elinks', 'khm_3.txt'): KHM(94, (98, 228), [96]),
    ('khuhocmo-elinks', 'khm_4.txt'): KHM(88, (93, 415), [(90, 91)]),
    ('khuhocmo-elinks', 'khm_5.txt'): KHM(86, (90, 211), [88]),
    ('khuhocmo-elinks', 'khm_6.txt'): KHM(57, (59, 168)),
    ('khuhocmo-elinks', 'khm_7.txt'): KHM(69, (71, 251)),
    ('diro-bs4', 'diro_1.txt'): DIRO(48, (53, 205)),
    ('diro-bs4', 'diro_2.txt'): DIRO(48, (51, 143)),
    ('diro-bs4', 'diro_3.txt'): DIRO(48, (51, 147)),
    ('diro-bs4', 'diro_4.txt'): DIRO(47, (50, 134)),
    ('diro-bs4', 'diro_5.txt'): DIRO(48, (51, 111)),
    ('diro-bs4', 'diro_6.txt'): DIRO(48, (51, 134)),
    ('pythonvn-html2text', 'pyvn_1.txt'): PYVN((33, 190)),
    ('pythonvn-html2text', 'pyvn_2.txt'): PYVN((33, 105)),
    ('pythonvn-html2text', 'pyvn_3.txt'): PYVN((33, 136)),
    ('pythonvn-html2text', 'pyvn_4.txt'): PYVN((33, 154)),
    ('pythonvn-html2text', 'pyvn_5.txt'): PYVN((33, 120)),
    ('pythonvn-html2text', 'pyvn_6.txt'): PYVN((33, 108)),
    ('vatly-pandoc', 'vl_1.txt'): VL((53, 222)),
    ('vatly-pandoc', 'vl_2.txt'): VL((51, 117), [121, 122]),
    ('vatly-pandoc', 'vl_3.txt'): VL((51, 116)),
    ('vatly-pandoc', 'vl_4.txt'): VL((51, 113)),
    ('vatly-pandoc', 'vl_5.txt'): VL((51, 75)),
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
        title = '\n'.join(L[t0 - 1:t1]).strip().lstrip('#').strip().rstrip('\u200b¶').strip()
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

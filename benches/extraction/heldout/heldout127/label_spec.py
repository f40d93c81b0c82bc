#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout127; the
code below the SPEC is unchanged except one line: the title label is also stripped of a trailing heading permalink
"¶" (with ELinks' link number before it, "[55]¶") and of zero-width spaces, so that it is the headline text itself
(still a substring of the seed's headline line).
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions, footnotes and the author's own closing
lines); picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes
6 region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (author / contributor line, source note or source URL after the body); bp_in = lines
inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, ELinks 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout127'


def T(title, region, neutral=(), picks='auto'):
    # tiepvupsu/tabml_book @f44d4aa (Jupyter Book, "Machine Learning cho dữ liệu dạng bảng"), ELinks -dump: "Link:"
    # lines (preload / canonical / Index / Search / next / previous), logo, book title, search box, "Lời nói đầu", the
    # whole book sidebar (Giới thiệu / Kỹ thuật xử lý dữ liệu / Embedding / Hệ thống gợi ý / Đóng góp từ tác giả khác /
    # Phụ lục with every chapter), "Powered by Jupyter Book", ".md .pdf", "repository open issue suggest edit",
    # "Contents" box with the page's sections, headline "…[n]¶", body, previous / next titles, "By Tiep Vu",
    # "© Copyright 2021.", Disqus notice, "References" (numbered file:/// and https URLs).
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def C(title, region, picks='auto'):
    # anhpw/caofamily.docs @1163259 (Docusaurus site docs.cao.id.vn, "Dự Án Số Hóa Gia Phả"), lynx -dump -nolist:
    # "#alternate alternate", "Nhảy tới nội dung", logo alt text twice, site title, "(BUTTON)" toggles, docs sidebar
    # (Lời nói đầu / Giải pháp số hóa / Tra cứu trực tuyến / Tra cứu ngoại tuyến / Cập nhật dữ liệu / Câu hỏi thường
    # gặp / Ghi chú khác, expanded sub-pages), breadcrumb, "(BUTTON) Trên trang này", headline, body, "Sửa trang
    # này", "Trước" / "Kế tiếp" with neighbour titles, the page's table of contents, "Số Hóa Gia Phả © 2023",
    # "Gia tộc họ Cao chi phái Đông Dương".
    return dict(title=title, region=region, picks=picks, url=None, neutral=[], bp_in=[])


def W(title, region, neutral=(), picks='auto'):
    # luubinhan/web-fundamentals @12f63fc (MkDocs 1.2.2 + Material, "Kiến thức nền tảng của Web"), pandoc plain:
    # "Skip to content", toggles "[] []", site name, page title, "Initializing search", the whole navigation tree
    # (Home / Thuật ngữ / UI/UX / Tương tác / Security / Audit / Best practice / Kỹ thuật nền tảng) incl. the page's
    # own "Table of contents", a second "Table of contents", headline, body, source link / credit (neutral),
    # "Previous" / "Next" with neighbour titles, "Made with Material for MkDocs".
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def H(region, picks='auto'):
    # phapduyen/chuyen-hoa-thanh-phuc @4eb2e26 (bookdown gitbook build in docs/, "Chuyển họa thành phúc"), w3m:
    # the gitbook sidebar table of contents ("Chuyển Họa Thành Phúc" link, "Mục lục", Lời nói đầu / LIỄU PHÀM TỨ
    # HUẤN / … / Lời bạt, "Kết Nối Pháp Duyên"), the book title in the header bar, headline 22, body with footnote
    # markers, rule and footnotes (inside the region). The gitbook toolbar and previous / next arrows have no text.
    return dict(title=22, region=region, picks=picks, url=None, neutral=[], bp_in=[])


SPEC = {
    ('tabml-elinks', 'tab_1.txt'): T(80, (82, 145)),
    ('tabml-elinks', 'tab_2.txt'): T(84, (86, 169)),
    ('tabml-elinks', 'tab_3.txt'): T(84, (86, 215)),
    ('tabml-elinks', 'tab_4.txt'): T(85, (87, 235)),
    ('tabml-elinks', 'tab_5.txt'): T(83, (87, 175), neutral=[85]),  # "Đóng góp: Tuấn Nguyễn." contributor line
    ('tabml-elinks', 'tab_6.txt'): T(77, (79, 105)),
    ('tabml-elinks', 'tab_7.txt'): T(77, (79, 158)),
    ('caogiapha-lynx', 'cao_1.txt'): C(23, (25, 121), picks=[25, 53, 56, 67, 87, 121]),  # not the base64 image text
    ('caogiapha-lynx', 'cao_2.txt'): C(23, (25, 94)),
    ('caogiapha-lynx', 'cao_3.txt'): C(28, (30, 79)),
    ('caogiapha-lynx', 'cao_4.txt'): C(28, (30, 75), picks=[30, 31, 35, 42, 49, 56]),  # not the URL / repeated lines
    ('caogiapha-lynx', 'cao_5.txt'): C(27, (29, 85)),
    ('caogiapha-lynx', 'cao_6.txt'): C(28, (30, 81)),
    ('caogiapha-lynx', 'cao_7.txt'): C(21, (23, 41)),
    ('webfund-pandoc', 'wf_1.txt'): W(123, (125, 255), neutral=[257]),  # source credit line
    ('webfund-pandoc', 'wf_2.txt'): W(103, (105, 147), neutral=[149]),  # source URL
    ('webfund-pandoc', 'wf_3.txt'): W(111, (113, 172), neutral=[174]),
    ('webfund-pandoc', 'wf_4.txt'): W(101, (103, 142), picks=[103, 116, 118, 124, 136, 138]),  # not table rows
    ('webfund-pandoc', 'wf_5.txt'): W(97, (99, 146), neutral=[148], picks=[105, 107, 122, 128, 134, 146]),  # not table rows
    ('webfund-pandoc', 'wf_6.txt'): W(87, (89, 95)),
    ('webfund-pandoc', 'wf_7.txt'): W(99, (101, 132)),
    ('chuyenhoa-w3m', 'ch_1.txt'): H((24, 147)),
    ('chuyenhoa-w3m', 'ch_2.txt'): H((24, 191)),
    ('chuyenhoa-w3m', 'ch_3.txt'): H((24, 167)),
    ('chuyenhoa-w3m', 'ch_4.txt'): H((24, 71)),
    ('chuyenhoa-w3m', 'ch_5.txt'): H((24, 56)),
    ('chuyenhoa-w3m', 'ch_6.txt'): H((24, 123)),
    ('chuyenhoa-w3m', 'ch_7.txt'): H((24, 54)),
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
        title = re.sub(r'(\[\d+\])?¶$', '', title.replace('\u200b', '')).strip()
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py with a new SPEC and BASE = /work/evaldata/heldout107; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, code blocks, image placeholders / captions and the author's own closing
and series-navigation lines); picks = article labels: an int n takes line n (stripped, cut at a word boundary to
<= 200 chars); 'auto' takes 6 region lines spread evenly over the region (candidates: region lines not in bp_in, not
starting with '![', '[![', '|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut
text has >= 40 chars and occurs once in the seed; the first, the last and 4 evenly spaced ones in between);
neutral = lines outside the region labelled neither way (date line, author line, the post's description / subtitle
printed under the headline, an image alt that repeats the headline, source note "Nguồn bài viết từ đây!", the
author's "Xem thêm:" cross-link box above the body); bp_in = lines inside the region that are furniture (none here).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, numbered link-list entries are dropped first,
then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere.
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout107'


def KS(region, desc, date, picks='auto'):
    # kinhsach/kinhsach.github.io @92ec4db (Jekyll Chirpy build of "Kinh Sách"), ELinks -dump with its link list:
    # "Link: canonical / preconnect / dns-prefetch" lines, "[8]avatar [9]Kinh Sách", "Kinh Sách Miễn Phí", menu (KINH
    # SÁCH / TỦ KINH / THẺ SÁCH / LƯU TRỮ / CHÉP KINH), breadcrumb "Kinh sách <title>", "Bài viết", search box + "Hủy",
    # centred headline 22, description (neutral), "Đăng lúc <date>" (neutral), image alt = headline twice (neutral),
    # "Viết bởi Kinh Sách" (neutral), "<n> phút đọc", "Mục lục", body with h2 sub-heads and rules, category "Kinh Cha",
    # tags, "Giấy phép GPL License", "Chia sẻ", "Kinh Mới" (10 titles), "Thẻ Sách" tag cloud (twice), "Mục lục",
    # "Bài viết liên quan" (3 cards: date, title, teaser), previous / next titles, copyright, "Mã nguồn Jekyll giao
    # diện Chirpy", "IFrame", "References" (numbered URLs).
    return dict(title=22, region=region, picks=picks, url=None, neutral=[desc, date, date + 1, date + 2], bp_in=[])


def LT(region, neutral=(), picks='auto'):
    # lap-trinh-de-om/aptrinhdeom.github.io @cf8012f (Hugo, theme Stack), pandoc plain --wrap=none: "[] Quay lại",
    # "[Featured image of post <title>]", category line, headline 7, description 9 (neutral), date 11 (neutral),
    # "<n> phút để đọc", body, tags line, "[] Lập trình dễ òm.xyz" (licence / site box), "Bài viết liên quan" (lt_4,
    # lt_7), "Bình luận sử dụng Facebook hoặc Google bên dưới nhé :)", copyright, "Chém gió trên Telegram", "Đã xây
    # dựng với Hugo", "Theme Stack được thiết kế Jimmy", "Mục lục" + the TOC.
    return dict(title=7, region=region, picks=picks, url=None, neutral=[9, 11] + list(neutral), bp_in=[])


def CP(title, region, picks='auto'):
    # CreatiPath/CreatiPath.github.io @6582b65 branch deploy (VuePress 2 build), BeautifulSoup get_text('\n'): blank
    # lines from head / scripts, <title> "<title> | CreatiPath", site name, navbar (Trang chủ / Giới thiệu / Thiết kế /
    # Phím tắt / Công cụ with ~35 sub-items) printed twice, category "Thiết kế" + tag, headline, English or Vietnamese
    # subtitle (neutral), "CreatiPath Team" (neutral), date (neutral), "<n> min", body ("#" anchor lines before
    # sub-heads), "Edit this page on GitHub", "Last Updated:", "Previous" / "Next" + titles, TOC, "0" (view counter),
    # "© CreatiPath Team 2024", "Powered by CreatiPath".
    return dict(title=title, region=region, picks=picks, url=None, neutral=[title + 1, title + 2, title + 3], bp_in=[])


def VD(region, picks='auto'):
    # vuduynhiennn/vuduynhiennn.github.io @08e3de3 (Hugo, theme Toha), markitdown: logo link, "open-menu / closeme",
    # navbar (Trang chủ / Lập trình (nền tảng) / Lập trình C / Lập trình JAVA / Lập trình web / Backend / Frontend /
    # Javascript), language switch (Lập Trình / Kinh Tế), github / facebook links, "[ ]", headline 30 ("# "),
    # "calendar", date 34 (neutral), "· <n> min read ·" + tag links, "Share on:" + twitter / facebook / linkedin /
    # copy links, body, "## Posts in this Series", "search", author card (photo, name, motto, "Read More"), "Recent
    # Posts" (8), "Categories" / "Series" / "Tags" with counts, footer logo, copyright, "to-top".
    return dict(title=30, region=region, picks=picks, url=None, neutral=[34], bp_in=[])


def BC(region, neutral=(), picks='auto'):
    # blogcuatui/blogcuatui.github.io @ffa1696 (Hugo, a minimal theme), inscriptis: menu (blogcuatui / giới thiệu /
    # liên hệ), headline 5, body, source note "Nguồn bài viết từ đây!" (neutral), "Thẻ : <tag>", "© 2026".
    return dict(title=5, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('kinhsach-elinks', 'ks_1.txt'): KS((36, 139), (24, 26), 28),
    ('kinhsach-elinks', 'ks_2.txt'): KS((36, 117), (24, 26), 28),
    ('kinhsach-elinks', 'ks_3.txt'): KS((35, 137), (24, 25), 27),
    ('kinhsach-elinks', 'ks_4.txt'): KS((36, 114), (24, 26), 28),
    ('kinhsach-elinks', 'ks_5.txt'): KS((35, 104), (24, 25), 27),
    ('kinhsach-elinks', 'ks_6.txt'): KS((35, 78), (24, 25), 27),
    ('kinhsach-elinks', 'ks_7.txt'): KS((35, 110), (24, 25), 27),
    ('laptrinhdeom-pandoc', 'lt_1.txt'): LT((15, 217), picks=[25, 45, 56, 113, 205, 215]),  # prose, not code lines
    ('laptrinhdeom-pandoc', 'lt_2.txt'): LT((15, 60), picks=[19, 22, 34, 46, 51, 58]),
    ('laptrinhdeom-pandoc', 'lt_3.txt'): LT((15, 209), picks=[17, 58, 83, 109, 127, 154]),  # prose, not code comments
    ('laptrinhdeom-pandoc', 'lt_4.txt'): LT((15, 78)),
    ('laptrinhdeom-pandoc', 'lt_5.txt'): LT((20, 90), [15, 17, 18]),
    ('laptrinhdeom-pandoc', 'lt_6.txt'): LT((20, 117), [15, 17, 18], picks=[22, 34, 60, 76, 96, 109]),  # prose, not code
    ('laptrinhdeom-pandoc', 'lt_7.txt'): LT((15, 66), picks=[17, 19, 24, 29, 33, 64]),  # prose, not key-binding lines
    ('creatipath-bs4', 'cp_1.txt'): CP(103, (108, 146)),
    ('creatipath-bs4', 'cp_2.txt'): CP(103, (108, 130)),
    ('creatipath-bs4', 'cp_3.txt'): CP(103, (108, 148)),
    ('creatipath-bs4', 'cp_4.txt'): CP(103, (108, 140)),
    ('creatipath-bs4', 'cp_5.txt'): CP(103, (108, 170), picks=[110, 118, 130, 144, 159, 170]),  # not the capitalised sub-head
    ('creatipath-bs4', 'cp_6.txt'): CP(102, (107, 130)),
    ('vuduynhien-markitdown', 'vd_1.txt'): VD((44, 239), picks=[46, 84, 105, 152, 203, 235]),  # prose, not template code
    ('vuduynhien-markitdown', 'vd_2.txt'): VD((44, 198), picks=[44, 55, 74, 93, 134, 161]),  # prose, not commands
    ('vuduynhien-markitdown', 'vd_3.txt'): VD((44, 124)),
    ('vuduynhien-markitdown', 'vd_4.txt'): VD((44, 199), picks=[46, 55, 96, 110, 116, 137]),  # prose, not JSX / file names
    ('vuduynhien-markitdown', 'vd_5.txt'): VD((44, 142)),
    ('blogcuatui-inscriptis', 'bc_1.txt'): BC((7, 37)),
    ('blogcuatui-inscriptis', 'bc_2.txt'): BC((7, 31)),
    ('blogcuatui-inscriptis', 'bc_3.txt'): BC((7, 27), [29]),
    ('blogcuatui-inscriptis', 'bc_4.txt'): BC((7, 67), [69]),
    ('blogcuatui-inscriptis', 'bc_5.txt'): BC((7, 21)),
    ('blogcuatui-inscriptis', 'bc_6.txt'): BC((7, 33)),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py with a new SPEC and BASE only; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, quotes, image placeholders and the author's own notes / closing lines); picks =
article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6 region
lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![', '|', '#',
'[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and occurs once
in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the region labelled
neither way (post date line, author name / byline, event metadata); bp_in =
lines inside the region that are furniture (none in this set).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs in the seed;
else null (no seed here prints its own URL).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout63'


def C(title, region, neutral=()):
    # vitconproduction/cobida.com @67f53b0 (static copy of a billiard-cue shop, Haravan-style theme), w3m: shop name,
    # menu (Trang chủ / Sản phẩm / Phụ Kiện / Longoni / Adam / Blog / Giới thiệu), cart count "(0)", breadcrumb
    # "1. Trang chủ 2. ... 3. <title>"; product pages: the product name repeated as image alts, price "0₫", variant
    # select, hotline, "Chat Zalo Chat Facebook", quantity box, "Thêm vào giỏ Mua ngay", coupon call-out, tab label
    # "Mô tả", body, "Xem thêm", "Sản phẩm liên quan" (names, prices, buttons); blog page: headline twice, byline
    # (neutral), category; then "Giới thiệu" shop blurb, "Bộ Công Thương" badge, footer menu, contact list,
    # copyright, "back to top", side-drawer menu, mini-cart, search box.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def M(region, neutral=(34,)):
    # truongphan13/storelammoc @71c53cc ("Store Làm Mộc", WordPress + WooCommerce, theme Blossom Shop), lynx: link-rel
    # feed line, skip link, search form, cart count, site name, menu, breadcrumb (incl. the title), category label,
    # headline 32, "<author>cập nhật vào <date>" (neutral), body, "Thẻ: ..." tag line, "Điều hướng bài viết"
    # prev/next titles, "Bạn cũng có thể thích.." titles, comment form, search, "Bài viết mới" list, footer link
    # lists (GIỚI THIỆU / CHÍNH SÁCH / THANH TOÁN), shop address block, theme credit, hotline / Zalo buttons.
    return dict(title=32, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def F(region):
    # Hasakiiiiiii/TheFelix @849b608 (thefelixcholdings.com, a condo-project landing site on WordPress, Flatsome-style
    # theme), html2text (Markdown): skip link, logo link (twice), one-page menu (Tổng Quan / Vị Trí / Tiện Ích / Mặt
    # Bằng / Thanh Toán / Hình Ảnh / Video / Tin Tức / Liên Hệ), category kicker, headline "# ..." 22, featured-image
    # link, date "<dd>  / <Mon>" (neutral), body, in-body ">>> Tham khảo / Xem" links (after the region), share-button
    # links (WhatsApp / Facebook / Twitter / e-mail / Pinterest / LinkedIn with long URLs), "### Bài viết liên quan:"
    # (image links + titles), copyright "Bản quyền thuộc về C-Holdings", menu again, Zalo / phone buttons + number.
    return dict(title=22, region=region, picks='auto', url=None, neutral=[(27, 28)], bp_in=[])


def P(title, region, neutral):
    # nguyenvanuoc/ldtbxh @0f78eff (hand-coded HTML front-end of the MOLISA ministry portal, filled with real portal
    # texts), lynx: national motto + ministry name, "eMolisa Email Sitemap", language, menu (with placeholder
    # "Menu 1/2"), search box, breadcrumb "Trang chủ Tin tức", headline, date / event metadata (neutral), font-size /
    # print / share buttons, body; molisa_1: "CÁC THỜI KỲ PHÁT TRIỂN" sidebar, "BỘ TRƯỞNG QUA CÁC THỜI KỲ" list;
    # molisa_2: category kicker and tabs, event date / time / place / organiser lines (neutral), "SỰ KIỆN KHÁC"
    # teasers; both: portal footer (address, phones, licence, copyright).
    # nguyenvanuoc/khongianmang311 @4d90a43 (same author's front-end of the Youth Union's "Tổng đài 311" portal), lynx:
    # portal name, menu (placeholder "Menu 1/2/3" sub-items), search box, "TIN TỨC" kicker, headline 23, body, date
    # line 88 (neutral), "Thêm bình luận" comment form (fields, captcha "29710", button), "Danh mục" line, "XEM NHIỀU
    # NHẤT" teaser (one title repeated), footer (portal name, address, e-mail, menu, newsletter button).
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('cobida-shop', 'cobida_1.txt'): C(19, (26, 37), [23]),
    ('cobida-shop', 'cobida_2.txt'): C(36, (49, 79)),
    ('cobida-shop', 'cobida_3.txt'): C(24, (38, 56)),
    ('cobida-shop', 'cobida_4.txt'): C(41, (54, 70)),
    ('cobida-shop', 'cobida_5.txt'): C(34, (47, 59)),
    ('cobida-shop', 'cobida_6.txt'): C(25, (38, 52)),
    ('cobida-shop', 'cobida_7.txt'): C(25, (38, 48)),
    ('cobida-shop', 'cobida_8.txt'): C(24, (37, 48)),
    ('lammoc-woo', 'lammoc_1.txt'): M((36, 118)),
    ('lammoc-woo', 'lammoc_2.txt'): M((36, 149)),
    ('lammoc-woo', 'lammoc_3.txt'): M((39, 84), (34, 36)),
    ('lammoc-woo', 'lammoc_4.txt'): M((36, 59)),
    ('lammoc-woo', 'lammoc_5.txt'): M((36, 74)),
    ('felix-condo', 'felix_1.txt'): F((30, 44)),
    ('felix-condo', 'felix_2.txt'): F((30, 73)),
    ('felix-condo', 'felix_3.txt'): F((30, 46)),
    ('felix-condo', 'felix_4.txt'): F((30, 62)),
    ('molisa-portal', 'molisa_1.txt'): P(20, (22, 51), []),
    ('molisa-portal', 'molisa_2.txt'): P((24, 26), (34, 49), [(28, 33)]),
    ('tongdai311-portal', 'td311_1.txt'): P(23, (25, 87), [88]),
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

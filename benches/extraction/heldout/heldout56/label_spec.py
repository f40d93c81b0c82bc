#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py with a new SPEC and BASE only; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, tables, image placeholders and the author's / company's own closing lines);
picks = article labels: 'auto' takes 6 region lines spread evenly over the region (candidates: region lines not in
bp_in, not starting with '![', '[![', '|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose
stripped, cut text has >= 40 chars and occurs once in the seed; the first, the last and 4 evenly spaced ones in
between); neutral = lines outside the region labelled neither way (category label, post date / "Posted on" line,
date badge, front-matter summary, author name); bp_in = lines inside the region that are furniture (none here).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, the 150 longest are kept (file order kept).
url = null everywhere (no seed prints its own URL as such).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout56'


def K(region, neutral):
    # Rootbie/khuvuonnho @743a128 (WordPress Twenty Twenty, static), lynx: link-rel lines ("#Dòng thông tin ..."),
    # "Chuyển đến nội dung", "(BUTTON) Thực đơn" + menu, search popup, site name "Khu vườn nhỏ" + tagline "Đại học
    # Đại Nam", headline 25, date/category/"Để lại nhận xét trên <title>" line(s) (neutral), body, "Tác giả" + author
    # name (neutral), "Điều hướng bài viết" + prev/next titles, comment form, "Bài viết mới" (4 titles), footer
    # (Về chúng tôi / Địa chỉ / Theo dõi chúng tôi tại / Copyright), menu repeated.
    return dict(title=25, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def D(region, neutral=(41, 43)):
    # DoLaPham/dongdieu @69620f7 (Hugo, theme Syna), html2text: logo link, menu (5 links), "__Back to top", "## Các tin
    # mới" + 9 linked post titles (wrapped, "##### [...](...)"), headline 39 ("## ..."), date 41 / "News" 43
    # (neutral), cover image "![...](...)" (first region line), body, footer "© Copyright 2021", "by DongDieu",
    # "Website based on[Syna](...)", "* [Thông tin liên hệ](/lien-he)".
    return dict(title=39, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def V(region, title=4):
    # 2VuT/van-tai-duc-phuc @bd49f20 (HTTrack copy of a WordPress transport-company site, pages kept as index.php
    # whose header/footer are PHP includes, so no site header/footer), w3m: breadcrumb "Trang chủ / Tin tức / <title>"
    # (lines 1-2), headline, body, comment form ("Để lại một bình luận Hủy", notice, fields, "[Gửi bình luận]"),
    # "ĐĂNG KÝ TƯ VẤN" form, "[Gửi liên hệ]", "Bài viết mới" (5 titles).
    return dict(title=title, region=region, picks='auto', url=None, neutral=[], bp_in=[])


def G(region):
    # gohanmystic/gohanmystic.github.io @c70e68e (WordPress static copy, service pages of an appliance-repair shop;
    # the site header is not in the saved pages), lynx: centred headline 3, body from the image-name line 5 (price
    # tables, lists, hotline lines), then at most "Xem thêm thông tin:" (dienlanh_1) or the comment form
    # (dienlanh_5); dienlanh_2/3/4/6 end with the body (no furniture at all).
    return dict(title=3, region=region, picks='auto', url=None, neutral=[], bp_in=[])


def N(region, neutral, title=53):
    # dangnhatthongkun/dangnhatthongkun.github.io @79aa763 (WordPress + WooCommerce, Flatsome-like shop theme,
    # static), w3m: "Skip to content", top bar (name / phone / address), "THỐNG COMPUTERTHỐNG COMPUTER", search, shop
    # menu (USB / Thẻ Nhớ / RAM / SSD / HDD / Phụ Kiện ...), cart ("Giỏ hàng / 0₫", "Chưa có sản phẩm trong giỏ
    # hàng."), category label 51 (neutral), headline, "Posted on ... by ..." + image alt/number + date badge
    # (neutral), body, "This entry was posted in ...", author name (neutral), prev/next titles, comment form,
    # "Bài viết mới", "Chuyên mục", "Phản hồi gần đây" (recent-comment lines), copyright, mobile menu repeated,
    # "Developed by Tiepthitute", contact buttons, login form.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('khuvuonnho-garden', 'khuvuon_1.txt'): K((30, 167), [(27, 28), 169, 171]),
    ('khuvuonnho-garden', 'khuvuon_2.txt'): K((31, 407), [(27, 29), 409, 411]),
    ('khuvuonnho-garden', 'khuvuon_3.txt'): K((30, 262), [(27, 28), 264, 266]),
    ('khuvuonnho-garden', 'khuvuon_4.txt'): K((30, 199), [(27, 28), 201, 203]),
    ('dongdieu-center', 'dongdieu_1.txt'): D((45, 79)),
    ('dongdieu-center', 'dongdieu_2.txt'): D((50, 152), [(41, 44), 46, 48]),
    ('dongdieu-center', 'dongdieu_3.txt'): D((45, 63)),
    ('dongdieu-center', 'dongdieu_4.txt'): D((45, 84)),
    ('dongdieu-center', 'dongdieu_5.txt'): D((45, 70)),
    ('dongdieu-center', 'dongdieu_6.txt'): D((45, 82)),
    ('dongdieu-center', 'dongdieu_7.txt'): D((45, 58)),
    ('dongdieu-center', 'dongdieu_8.txt'): D((45, 127)),
    ('vantai-haidang', 'vantai_1.txt'): V((6, 153)),
    ('vantai-haidang', 'vantai_2.txt'): V((5, 116), title=3),
    ('vantai-haidang', 'vantai_3.txt'): V((6, 152)),
    ('vantai-haidang', 'vantai_4.txt'): V((6, 149)),
    ('dienlanh-service', 'dienlanh_1.txt'): G((5, 62)),
    ('dienlanh-service', 'dienlanh_2.txt'): G((5, 116)),
    ('dienlanh-service', 'dienlanh_3.txt'): G((5, 159)),
    ('dienlanh-service', 'dienlanh_4.txt'): G((5, 222)),
    ('dienlanh-service', 'dienlanh_5.txt'): G((5, 89)),
    ('dienlanh-service', 'dienlanh_6.txt'): G((5, 100)),
    ('thongkun-wp', 'thongkun_1.txt'): N((60, 230), [51, 55, (56, 58), 236]),
    ('thongkun-wp', 'thongkun_2.txt'): N((60, 175), [51, 55, (56, 58), 181]),
    ('thongkun-wp', 'thongkun_3.txt'): N((61, 126), [51, 56, (57, 59), 132], title=(53, 54)),
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

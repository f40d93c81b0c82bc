#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py (heldout45's / heldout43's / heldout41's, with 'auto' skipping region lines that start with
'[' or with a number followed by white space) with a new SPEC and BASE only; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, quotes, image placeholders and the author's own notes); picks = article
labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6 region lines
spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![', '|', '#', '['
or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and occurs once in
the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the region labelled
neither way (post date line, author name / byline, "Posted on ..." line, signature / source note, featured-image
placeholder or caption printed between headline and body); bp_in = lines inside the region that are furniture.
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

BASE = '/work/evaldata/heldout55'


def D(title, region, neutral=(), bp_in=(), cap=150):
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=list(bp_in), cap=cap)


# uptin-blog -- ltvaran/uptin-blog-wp @74b3e3e (WordPress Simply Static export of the Uptin/RESS product blog), w3m:
# site name "Blog" x2, menu (Trang chủ / Chia sẻ / Tin tức / Uptin / Đăng nhập), category line 20 (boilerplate),
# date 21 (neutral), headline 23, featured-image placeholder 25 (neutral), body, the author's "Xem thêm:" list of
# guide links (boilerplate), signature "Trân trọng cảm ơn," / "Ress team" (neutral), date + "admin" (neutral),
# categories again, "Leave a Reply" comment form, footer link lists, hotline / e-mail / company lines, view counter.
# gas-binhminh -- gasbinhminh/gasbinhminh.github.io @b67e35c (static WordPress copy of gas-binhminh.com), w3m:
# "Skip to content", site name, menu, search box, page-title banner 22 (= headline), headline 24, body, "Tags:",
# "Bài viết liên quan" (3 titles + dates), comment form, search, "BÀI VIẾT MỚI" (20 titles), copyright, call/Zalo
# buttons.
# xr-academy -- xreduvn/xreduvn.github.io @05d3af1 (static WordPress copy of XR Lab / Monster Lab, www.xr.edu.vn),
# w3m: "fbpx", academy name x3, the course menu twice, search box, page-title banner, breadcrumb "Home » ...",
# headline, "By <author>" / "Posted <date>" (neutral) / "In <category>", schema.org residue run together
# ("<title><dates>https://...logo...png..200px200px"), share counters, body, tag line or hashtags, author box
# (neutral), "Recommended Posts" / "Recent Posts" (4 titles, each twice), comment form, footer address / phone /
# e-mail, copyright, "Contact Us" widget (English), search overlay with 2 teaser titles.
# thanhdo-univ -- sonphan0910/thanhdo @8b85e4f (static WordPress copy of the Thanh Do University admissions site),
# w3m: "* Skip to content", site title, menu, headline 15, date 17 (neutral), share bullets, body (opening image,
# text, the how-to-apply lines), the "ĐĂNG KÝ XÉT TUYỂN" application form, search, "Chuyên mục tin tức",
# "Xem nhiều nhất" (teasers repeated 3x), footer.
# sgtvt-daknong-wayback -- ewh-support/sgtvt.daknong @949fede (Wayback-Machine captures of sgtvt.daknong.gov.vn, a
# SharePoint portal of the Dak Nong Department of Transport), w3m: Wayback toolbar (captures, "About this capture",
# "Alexa Crawls" notes), SharePoint "Navigate Up" / "Sign In" chrome, menu, date line, search, side menus, link
# banners, headline, body, "Xem chi tiết tại đây" source link (neutral), "Câu hỏi mới nhất" (readers' questions),
# photo strip, "TIN ẢNH", visit counters, footer (licence, editor, address). sgtvt_5 is a live copy (no Wayback
# toolbar) of a notice page: category + date line (neutral), "TIN ĐÃ ĐƯA" list.
# jvn-institute -- duyetdev/jvn-static @de188b0 (HTTrack-style static copy of www.jvn.edu.vn, WordPress), w3m:
# "English" / "Entropy" links, "Logo", menu, headline 28, "By <author> | <date>" 30 (neutral), body, "Top Stories"
# and "Related Stories" teasers (image names + titles), footer menu, "Site crafted in HCMC..." copyright.
# nhaccodien-magazine -- thienhieu213/piano-house-nhaccodien @dfa1d95 (static WordPress copy of nhaccodien.info,
# theme Newspaper), w3m: menus (twice), date, login / password-recovery box, search, breadcrumb "Trang chủ <section>
# <title>" 56, headline 58, view count, share buttons, (tabs and "Nội dung" table of contents in ncd_2 / ncd_6),
# body, author / translator signature (neutral), "Bình luận Facebook", ad slot, tags, prev/next links, uploader
# name, "BÀI VIẾT LIÊN QUAN" / "Xem thêm" teasers, follower counts, footer.
# nhanchinh-school -- 21ts444/hanoipok @432f343 (static WordPress copy of the THPT Nhân Chính school portal), w3m:
# logo, school name / address, long menu, category line, headline 85, "Posted on <dates> by admin" (neutral),
# "Thích N", body, "BÀI VIẾT LIÊN QUAN" (each title run together twice), "This entry was posted in ...", "admin"
# (neutral), prev/next titles, "Tin mới nhất" (date + title + "Chức năng bình luận bị tắt ở ..."), contact block,
# map, copyright, the menu again.
SPEC = {
    ('uptin-blog', 'uptin_1.txt'): D(23, (27, 250), [21, 25, 252, 254]),
    ('uptin-blog', 'uptin_2.txt'): D(23, (27, 104), [21, 25, 113, 115, 117, 119]),
    ('uptin-blog', 'uptin_3.txt'): D(23, (27, 105), [21, 25, 114, 116, 118, 120]),
    ('uptin-blog', 'uptin_4.txt'): D(23, (27, 41), [21, 25, 43, 45, 47, 49]),
    ('uptin-blog', 'uptin_5.txt'): D(23, (27, 77), [21, 25, 79, 81, 83, 85]),
    ('gas-binhminh', 'gas_1.txt'): D(24, (26, 34)),
    ('gas-binhminh', 'gas_2.txt'): D(24, (26, 34)),
    ('gas-binhminh', 'gas_3.txt'): D(24, (26, 32)),
    ('xr-academy', 'xr_1.txt'): D(45, (60, 151), [(153, 156), 166, 167]),
    ('xr-academy', 'xr_2.txt'): D(48, (67, 196), [50, 51, 198, 199]),
    ('xr-academy', 'xr_3.txt'): D((51, 52), (71, 141), [54, 55]),
    ('xr-academy', 'xr_4.txt'): D(49, (68, 104), [51, 52]),
    ('xr-academy', 'xr_5.txt'): D(47, (60, 107), [(111, 117)]),
    ('thanhdo-univ', 'thanhdo_1.txt'): D(15, (22, 130), [17]),
    ('thanhdo-univ', 'thanhdo_2.txt'): D(15, (22, 70), [17]),
    ('thanhdo-univ', 'thanhdo_3.txt'): D(15, (22, 106), [17]),
    ('thanhdo-univ', 'thanhdo_4.txt'): D(15, (22, 121), [17]),
    ('thanhdo-univ', 'thanhdo_5.txt'): D((15, 16), (23, 81), [18, (83, 91)]),
    ('sgtvt-daknong-wayback', 'sgtvt_1.txt'): D(97, (99, 144), [146]),
    ('sgtvt-daknong-wayback', 'sgtvt_2.txt'): D((97, 98), (100, 112), [114]),
    ('sgtvt-daknong-wayback', 'sgtvt_3.txt'): D(97, (99, 121), [123]),
    ('sgtvt-daknong-wayback', 'sgtvt_4.txt'): D(97, (99, 149), [151]),
    ('sgtvt-daknong-wayback', 'sgtvt_5.txt'): D(74, (76, 92), [72, 94]),
    ('jvn-institute', 'jvn_1.txt'): D(28, (34, 100), [30, 32]),
    ('jvn-institute', 'jvn_2.txt'): D(28, (32, 94), [30]),
    ('jvn-institute', 'jvn_3.txt'): D(28, (32, 121), [30]),
    ('jvn-institute', 'jvn_4.txt'): D(28, (32, 84), [30]),
    ('jvn-institute', 'jvn_5.txt'): D(28, (32, 59), [30]),
    ('nhaccodien-magazine', 'ncd_1.txt'): D(58, (68, 186), [(188, 191)]),
    ('nhaccodien-magazine', 'ncd_2.txt'): D(59, (78, 173), [57, 175]),
    ('nhaccodien-magazine', 'ncd_3.txt'): D(58, (67, 137), [138]),
    ('nhaccodien-magazine', 'ncd_4.txt'): D(58, (67, 124), [126]),
    ('nhaccodien-magazine', 'ncd_5.txt'): D(58, (67, 247), [(248, 250)]),
    ('nhaccodien-magazine', 'ncd_6.txt'): D(58, (78, 198), [67, 199]),
    ('nhanchinh-school', 'nhanchinh_1.txt'): D((85, 86), (91, 311), [88, 339]),
    ('nhanchinh-school', 'nhanchinh_2.txt'): D(85, (90, 192), [87, 224]),
    ('nhanchinh-school', 'nhanchinh_3.txt'): D((85, 86), (91, 123), [88, 152]),
    ('nhanchinh-school', 'nhanchinh_4.txt'): D(85, (92, 135), [87, 167]),
    ('nhanchinh-school', 'nhanchinh_5.txt'): D(85, (90, 139), [87, 169]),
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

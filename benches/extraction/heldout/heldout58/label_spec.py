#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py (itself heldout45's / heldout43's / heldout41's) with a new SPEC only; the code below the SPEC
is unchanged. BASE = /work/evaldata/heldout58 (the folder that holds this build/ folder).
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, code blocks, quotes, image placeholders and the author's own notes); picks = article
labels ('auto', or a list where ptt_2's auto choice would hit an image-URL line): an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6 region lines
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
else null (url is null for every heldout58 seed).  No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def M(title, region, neutral, bp_in):
    # NVThDuc0711/hotrotaichinh @96fd18a (static copy of montop.vn: WordPress, Flatsome-like header, ez-toc, wpDiscuz),
    # lynx: "#alternate", "Skip to content", welcome bar, logo text x4, menu (Giới Thiệu / Vay Vốn / Ngân Hàng / BLOG),
    # search boxes, breadcrumb "MonTop / <cat> / <title>", category label, headline, "Ngày đăng ... | Tác giả" byline
    # (neutral), body; inside it (bp_in): ez-toc "(BUTTON)" x2 + "NỘI DUNG CHÍNH" + numbered TOC, lender / bank
    # widgets ("ĐĂNG KÝ VAY", ratings), repeated image alts ("X X X"), "Tìm hiểu ..." / "Xem thêm: ..." links; after it:
    # "Thông tin được biên tập bởi" (neutral), star rating, author box (name neutral), wpDiscuz form + reader comments
    # (names, "Độc giả", "Tác giả bài viết", replies, "Trả lời"), footer, off-canvas menu, "wpDiscuz".
    # cap=None keeps the short reader-comment lines.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=list(bp_in),
                cap=None)


def B(title, region, neutral=(), bp_in=()):
    # BachGiaHuy/bds @9bfbcdf (static WordPress + WooCommerce export, "Bất động sản Bạch Gia Huy"), w3m: contact bar,
    # "Kết nối với chúng tôi", site name x2, menu, search, "ĐĂNG KÝ DỰ ÁN"; news posts: "Tin tức - sự kiện", headline,
    # "Posted on ... by admin" + date badge (neutral), body, "This entry was posted in ...", prev/next titles, comment
    # form; project pages: breadcrumb "Trang chủ / Dự án sắp ra mắt", image placeholders, project name (title), the
    # short description (attribute lines) + "Danh mục" line, the sidebar ("Tin tức cập nhật", "Dự án nổi bật") and the
    # tab list, printed INSIDE the region between short and long description (bp_in), then the description tab;
    # after it "Sản phẩm tương tự", company footer, contact form, menus, login form.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=list(bp_in))


def P(title, region, byline):
    # protechtrick/protechtrick.github.io @8da0c25 (WordPress theme Newspaper, static export), html2text (Markdown):
    # "Mở Javascript lên đi bạn ơi!", social icons, mobile menu, page menu, logo images, main menu, "Our Group",
    # breadcrumb, featured image, category pills, "# <headline>", byline "Bởi / <author> / - / <date>" (neutral), view and
    # comment counters, share bar, body (from the bold lead), "TAGS" list, share bar again, "Bài trước" / "Bài tiếp
    # theo", author box, sidebar (ads, Fanpage, "BÀI VIẾT TIÊU BIỂU", "BÀI VIẾT PHỔ BIẾN", DMCA), related posts,
    # footer.  ptt_3 prints a "BÀI VIẾT LIÊN QUANXEM THÊM" box before its (short, video-led) body.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[byline], bp_in=[])


def F(region, neutral):
    # hungrc1483-web/ford-mydinh @29553fc (hand-written static site of a Ford Mỹ Đình salesman), lynx: hotline / Zalo
    # bar, logo, menu, slogan, three model banners ("Lái thử ngay"), breadcrumb "1. Trang chủ 2. Tin tức", headline 41,
    # "Đăng lúc ..." + summary line + "Cập nhật lần cuối ..." (neutral), body (incl. the salesman's closing contact
    # line), "Tin tức khác" list, "Hỗ trợ mua xe trả góp", "VÌ SAO CHỌN CHÚNG TÔI" blocks, footer (address, tax id,
    # disclaimer), registration form, floating contact buttons.
    return dict(title=41, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def R(region):
    # RinhTran/RinhTran.github.io @29fddc3 (Hugo output), w3m: logo + site name + menu, "🧭 Chuyên mục" list of all 9
    # post titles, headline 17 (printed twice, 17 and 19), date + tags line 21 (neutral), body (incl. the author's own
    # Markdown "Mục lục"), the blog's fixed closing "✨ Cảm ơn bạn đã đọc đến đây!" + 2 lines, "Blog by ...", contact,
    # footer menus, copyright, Privacy / Terms.
    return dict(title=17, region=region, picks='auto', url=None, neutral=[21], bp_in=[])


SPEC = {
    ('montop-wpdiscuz', 'montop_1.txt'): M(39, (43, 271), [41, 273, 276],
                                           [49, 51, (53, 71), 75, (91, 92), 156, 162, (188, 189), (263, 264)]),
    ('montop-wpdiscuz', 'montop_2.txt'): M(39, (43, 300), [41, 308],
                                           [(56, 142), (144, 156), 168, (172, 173), 185, (239, 240), (273, 277), (284, 285)]),
    ('montop-wpdiscuz', 'montop_3.txt'): M(39, (43, 179), [41, 181, 184],
                                           [50, 52, (54, 62), (70, 71), (104, 105), (147, 148)]),
    ('montop-wpdiscuz', 'montop_4.txt'): M(39, (43, 442), [41, 454],
                                           [51, 53, (55, 83), (87, 88), 100, 172, (176, 177),
                                            195, 200, 202, 217, 218, 223, 225, 239, 240, 245, 247, 264, 265, 270, 272,
                                            286, 291, 293, 309, 310, 315, 317, 331, 332, 337, 339, 357, 358, 363, 365,
                                            377, 417, 419]),
    ('bds-bachgiahuy', 'bds_1.txt'): B(29, (36, 89), [31, 33, 34], [(65, 66)]),
    ('bds-bachgiahuy', 'bds_2.txt'): B(29, (36, 88), [31, 33, 34], [52, 73]),
    ('bds-bachgiahuy', 'bds_3.txt'): B(39, (44, 260), (), [(68, 101)]),
    ('bds-bachgiahuy', 'bds_4.txt'): B(37, (42, 201), (), [(64, 96)]),
    ('bds-bachgiahuy', 'bds_5.txt'): B(41, (48, 249), (), [(71, 104)]),
    ('bds-bachgiahuy', 'bds_6.txt'): B(37, (44, 213), (), [(66, 100)]),
    ('protechtrick-wp', 'ptt_1.txt'): P(93, (131, 192), (95, 101)),
    ('protechtrick-wp', 'ptt_2.txt'): dict(P(90, (124, 204), (92, 98)), picks=[124, 132, 139, 147, 154, 188]),
    ('protechtrick-wp', 'ptt_3.txt'): P(85, (134, 142), (87, 93)),
    ('protechtrick-wp', 'ptt_4.txt'): P(92, (127, 231), (94, 100)),
    ('protechtrick-wp', 'ptt_5.txt'): P(89, (123, 227), (91, 97)),
    ('protechtrick-wp', 'ptt_6.txt'): P(90, (127, 193), (92, 98)),
    ('ford-mydinh', 'ford_1.txt'): F((48, 112), [43, 44, 46]),
    ('ford-mydinh', 'ford_2.txt'): F((48, 131), [43, 44, 46]),
    ('ford-mydinh', 'ford_3.txt'): F((49, 105), [43, (44, 45), 47]),
    ('ford-mydinh', 'ford_4.txt'): F((50, 140), [43, (44, 46), 48]),
    ('ford-mydinh', 'ford_5.txt'): F((48, 95), [43, 44, 46]),
    ('rinh-hugo', 'rinh_1.txt'): R((24, 293)),
    ('rinh-hugo', 'rinh_2.txt'): R((23, 185)),
    ('rinh-hugo', 'rinh_3.txt'): R((23, 63)),
    ('rinh-hugo', 'rinh_4.txt'): R((23, 190)),
    ('rinh-hugo', 'rinh_5.txt'): R((24, 249)),
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

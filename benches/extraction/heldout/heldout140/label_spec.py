#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout136's label_spec.py (itself heldout135's / heldout134's / heldout132's / heldout130's / heldout93's / heldout87's /
heldout46's) with a new SPEC and BASE = /work/evaldata/heldout140 only; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, author line, a repeat of the headline or the page's banner headline, the
company's contact signature that closes a service article); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout140'


def B(title, region, neutral, bp_in=()):
    # nhatphi1515/nhatphi1515.github.io @a411eb1 (static export of a WordPress / WooCommerce / Elementor clone of the
    # Bibica shop, OceanWP), markitdown: lines 1-44 identical on all seven seeds ("Skip to content", account / cart /
    # contact links, logo, the menu with sub-menus twice, search box); posts bb_1-bb_4: "# Blog" banner (45, boilerplate),
    # breadcrumb, featured image "You are currently viewing <title>" (54, neutral), headline "## <title>" (56), post
    # meta: author (58, neutral), "Post published:<date>" (59, neutral), category (60) and comment count (61), body
    # from 63; then share buttons, "Có thể bạn sẽ thích" (two other posts with dates), bb_3's "Bài viết có 3 bình luận"
    # thread (three short comments by "admin" with dates and "Trả lời"), "Trả lời Hủy" comment form, sidebar ("BÀI
    # VIẾT MỚI", "CHIA SẺ", "NHẬN THÔNG TIN" subscribe box; not on bb_3 / bb_4) and the footer (phone, e-mail, address,
    # "Các Chính sách", "Thông tin", "Đăng kí nhận tin", "© ahihi đồ ngốc", social names, "Cart").  bb_5 (page
    # "Giới thiệu về Bibica"): headline 45, breadcrumb, body 50-84, sidebar, footer.  Product pages bb_6 / bb_7:
    # sticky add-to-cart bar (short name, price, "Select Options" / quantity / "Thêm vào giỏ hàng"), headline "# <name>",
    # breadcrumb, "Giảm giá!" (bb_7), previous / next product thumbnail, the product's own gallery images (neutral),
    # region from the repeated "## <name>" through price, short description, weight / variation, the tabs and
    # "Mô tả sản phẩm" to its last line; inside it the shop widgets (rating line, review-count link, variation
    # selector table, stock, quantity, "Thêm vào giỏ hàng", SKU / category, tab links) are bp_in; after it
    # "Thông tin bổ sung" table (bb_6), the review list (bb_6: one review "bánh ngon" by admin) / "Chưa có đánh giá
    # nào." (bb_7) with the review form, share buttons, "Có thể bạn thích…" (bb_6), "Sản phẩm tương tự", footer.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=list(bp_in))


def H(title, region):
    # quanbka/theholidayhalong.vn @560eb2f (mirror of the WordPress site of The Holiday Ha Long,
    # batdongsan.quangninh.vn), elinks -dump: "Link:" lines of the page head (incl. the feed title "» <title> Dòng phản
    # hồi"), "[IFrame]", logo, menu (Trang chủ … Liên hệ with "Căn hộ mẫu" / "Tầm view" sub-items), hotline, "Tài liệu
    # bán hàng", "Trở lại danh sách tin tức", headline (35; hh_3 wrapped over 35-36), date (37 / 38, neutral), body
    # to the article's own "Thông tin liên hệ" block and "Nguồn:" credit (hh_3: the press release's "Về Holiday Inn" /
    # "Về IHG" sections with their links); then "Tin liên quan" (three posts: link title, date, teaser, "Chi tiết"),
    # "Xem thêm", "Đối tác phân phối" (nine agents with phone numbers), "Đăng ký / Nhận tư vấn" form, address /
    # e-mail / phone, "Theo dõi chúng tôi tại:", "Lưu ý:" disclaimer, copyright, "Terms & Conditions | Privacy
    # Policy" and the elinks "References" list.
    t0 = title[1] if isinstance(title, tuple) else title
    return dict(title=title, region=region, picks='auto', url=None, neutral=[t0 + 2], bp_in=[])


def N(region, neutral=()):
    # VoHieu/novabeach_html @784e55b (mirror of the WordPress site of NovaBeach Cam Ranh), lynx -dump: lines 1-38
    # identical on all six seeds (GTM iframe, menu Trang chủ … Liên hệ / "Ưu đãi bán hàng", "Đăng ký" + hotline, the
    # "Nhận Thông Tin Dự Án" form with its radio choices, "NHẬN THÔNG TIN NGAY"), headline 39; articles nb_1-nb_3:
    # date (41, neutral), "[11]Chia sẻ bài viết" (42), body from 43 / 44 to the author initials / "Nguồn:" credit;
    # then "Tin tức" box ("Created with Sketch." twice, three other articles), "Địa chỉ:" address, "Đăng ký / Nhận
    # thông tin dự án / Nhận thông tin ngay" and lynx's "References" (visible and hidden links).  nb_4 ("Giới Thiệu
    # Chung"): body 41-91 (intro, developer, map distances); "Quản lý điều hành" + the "Chúng tôi đang trong quá trình
    # hoàn thiện tập tin này…" disclaimer after it are boilerplate.  nb_5 ("Quản lý điều hành"): two paragraphs.
    # nb_6 ("Các loại biệt thự nghỉ dưỡng"): three villa types 41-70; the "MẶT BẰNG TỔNG THỂ & LOẠI BIỆT THỰ" type
    # list after it (also on the site's Tiện ích page) is neutral, the disclaimer boilerplate.
    return dict(title=39, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


POST_NEUTRAL = [54, 58, 59]

SPEC = {
    ('bibica-markitdown', 'bb_1.txt'): B(56, (63, 83), POST_NEUTRAL),
    ('bibica-markitdown', 'bb_2.txt'): B(56, (63, 138), POST_NEUTRAL),
    ('bibica-markitdown', 'bb_3.txt'): B(56, (63, 107), POST_NEUTRAL),
    ('bibica-markitdown', 'bb_4.txt'): B(56, (63, 215), POST_NEUTRAL),
    ('bibica-markitdown', 'bb_5.txt'): B(45, (50, 84), []),
    ('bibica-markitdown', 'bb_6.txt'): B(53, (73, 122), [(63, 71)],
                                         [75, 77, (85, 87), 89, 91, (93, 94), (96, 98)]),
    ('bibica-markitdown', 'bb_7.txt'): B(55, (71, 120), [67, 69], [83, 85, 87, 89, 91, 92]),
    ('holidayhalong-elinks', 'hh_1.txt'): H(35, (39, 149)),
    ('holidayhalong-elinks', 'hh_2.txt'): H(35, (39, 145)),
    ('holidayhalong-elinks', 'hh_3.txt'): H((35, 36), (40, 185)),
    ('holidayhalong-elinks', 'hh_4.txt'): H(35, (39, 139)),
    ('holidayhalong-elinks', 'hh_5.txt'): H(35, (39, 138)),
    ('novabeach-lynx', 'nb_1.txt'): N((44, 162), [41]),
    ('novabeach-lynx', 'nb_2.txt'): N((43, 128), [41]),
    ('novabeach-lynx', 'nb_3.txt'): N((43, 84), [41]),
    ('novabeach-lynx', 'nb_4.txt'): N((41, 91)),
    ('novabeach-lynx', 'nb_5.txt'): N((41, 50)),
    ('novabeach-lynx', 'nb_6.txt'): N((41, 70), [(71, 80)]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout113; the
code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, "Posted on ... by ..." line, post summary / dek, header-image alt text that
repeats the headline, source note "Nguồn: ...", the site's own cross-link call-to-action at the end of a post, the
post's own trailing list of links to sibling pages); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout113'


def M(title, region, neutral=()):
    # vinkay215/Marinaseafood-Site @c8477d7 (wget copy of marina-club.com.vn, WordPress restaurant site), Links -dump:
    # "Link: profile / canonical / shortlink / alternate" lines, "Skip to content", logo text, menu (TRANG CHỦ / VỀ
    # CHÚNG TÔI / Dịch vụ + 4 sub-items / THỰC ĐƠN / ƯU ĐÃI / TUYỂN DỤNG / Đặt bàn / LIÊN HỆ / language switch),
    # posts: category "Khuyến Mãi", "Posted on ... by ..." (neutral), image alt + date badge (neutral); body;
    # "[contact-form-7 404 "Not Found"]", "Bài viết mới" list; pages: "ĐẶT BÀN NGAY" / "ĐẶT TIỆC NGAY" buttons,
    # "GIỜ MỞ CỬA" opening-hours widget; footer with two branch addresses, hotlines, e-mails, credit line, search
    # box, mobile menu, "Call Now Button".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def K(region, neutral=()):
    # khangng2209/katluufengshumaster @aed344e (NoCodeExport static copy of the Framer site of Phong Thủy Sư Kat Lưu),
    # lynx -dump -nolist: promo bar twice, menu (Về chúng tôi / Dịch vụ / Sản phẩm / Cộng đồng / Liên hệ), breadcrumb
    # (Trang chủ / Blog / headline), "Bài viết", headline 29, "(BUTTON) 0", "0 Lượt xem / 0 Phút đọc", "Chia sẻ" x2,
    # summary (neutral), header-image alt (neutral when it repeats the headline, boilerplate when it is another
    # post's title), body, "Đọc thêm / Xem tất cả" with 4 post cards, "Chat zalo / Mua hàng (8h -24h)" buttons x2,
    # "Nhận tư vấn trực tiếp với Phong Thủy Sư Kat Lưu / Liên hệ Hotline" x2, footer (Chúng tôi / Dịch vụ / Sản phẩm
    # phong thủy / Kết nối / Chính sách / Liên hệ / Địa chỉ văn phòng + Google-Maps IFRAME URL / copyright) twice.
    return dict(title=29, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def P(region, neutral=(), title=39, date=41):
    # minhtk1/phelieurenew @3d7a083 (wget copy of phelieuminhkhangphat.com, WordPress / Flatsome site of the scrap
    # dealer Phế liệu Minh Khang Phát), w3m -dump -cols 100: "Bỏ qua nội dung", top bar placeholders, phone /
    # address, logo text, menu (Thu mua phế liệu + 5 / khu vực thu mua + 5 / Bảng giá phế liệu / Dịch vụ /
    # Giới thiệu / Liên hệ), breadcrumb, headline 39, date "... by admin" 41 (neutral), body with price table and
    # image captions, trailing "Tham khảo thêm / Xem thêm ..." link list (neutral), WordPress comment form ("Để lại
    # một bình luận Hủy" ...), "Các bài viết liên quan" (4 dated cards), branch-address list (18 places), hotlines,
    # footer (Loại phế liệu / Khu vực thu mua / Chính sách link rows, copyright, tax number), mobile menu.
    # phelieu_6 is the site's landing-page template: logo, "Báo giá" x2, headline 10, body, "Thông tin liên hệ"
    # block, copyright, newsletter stub.
    return dict(title=title, region=region, picks='auto', url=None, neutral=([date] if date else []) + list(neutral),
                bp_in=[])


def S(region, neutral):
    # plynirvana-max/song-khon-o-han @b4abd01 (hand-made static site songkhonohan.com, "Sống Khôn ở Hàn"), pandoc -t
    # plain: site name + tagline, "[] 한국어로 보기", menu line, category line, headline 11, "📅 Đăng ..." 13 and
    # "📋 Cập nhật lần cuối ..." 15 (neutral), body (opens with a note box), cross-link call-to-action to the site's
    # tools / events (neutral), share bar (📤 Chia sẻ / ⓕ Facebook / 📋 Chép link), newsletter box, disclaimer,
    # Messenger / privacy / copyright, floating hotline box.
    return dict(title=11, region=region, picks='auto', url=None, neutral=[13, 15] + list(neutral), bp_in=[])


SPEC = {
    ('marina-links', 'marina_1.txt'): M((23, 24), (26, 46), [48, 50, 51, 52, 53, 54, 56, 57]),  # menu teaser block neutral
    ('marina-links', 'marina_2.txt'): M(24, (30, 45), [26, 27, 28, 29, 47]),
    ('marina-links', 'marina_3.txt'): M(24, (31, 57), [26, 28, 29]),
    ('marina-links', 'marina_4.txt'): M(23, (25, 35)),
    ('marina-links', 'marina_5.txt'): M(23, (25, 31)),
    ('marina-links', 'marina_6.txt'): M(23, (25, 29)),
    ('katluu-lynx', 'kat_1.txt'): K((46, 121), [41, 42, 123]),
    ('katluu-lynx', 'kat_2.txt'): K((47, 159), [41, 42, 43, 45]),
    ('katluu-lynx', 'kat_3.txt'): K((48, 146), [41, 42, 43, 44, 46]),
    ('katluu-lynx', 'kat_4.txt'): K((47, 173), [41, 42, 43, 45]),
    ('katluu-lynx', 'kat_5.txt'): K((46, 137), [41, 42, 44]),
    ('katluu-lynx', 'kat_6.txt'): K((49, 139), [41, 42, 43, 44, 45, 47]),
    ('katluu-lynx', 'kat_7.txt'): K((48, 95), [41, 42, 43, 44, 97]),
    ('phelieu-w3m', 'phelieu_1.txt'): P((43, 150), (152, 154, 156, 158, 160, 162, 164)),
    ('phelieu-w3m', 'phelieu_2.txt'): P((43, 164), (166, 168, 170, 172, 174, 176, 178)),
    ('phelieu-w3m', 'phelieu_3.txt'): P((43, 192), (194, 196, 198, 200, 202, 204, 206)),
    ('phelieu-w3m', 'phelieu_4.txt'): P((43, 116), (118, 120, 122, 124, 126, 128, 130)),
    ('phelieu-w3m', 'phelieu_5.txt'): P((43, 171), (173, 174, 176, 178, 180, 182, 184, 186)),
    ('phelieu-w3m', 'phelieu_6.txt'): P((12, 212), (), title=10, date=None),
    ('phelieu-w3m', 'phelieu_7.txt'): P((43, 210), tuple(range(214, 233))),
    ('songkhon-pandoc', 'songkhon_1.txt'): S((16, 54), [56, 57]),
    ('songkhon-pandoc', 'songkhon_2.txt'): S((16, 96), [98, 99, 100]),
    ('songkhon-pandoc', 'songkhon_3.txt'): S((16, 103), [105, 106]),
    ('songkhon-pandoc', 'songkhon_4.txt'): S((16, 71), [73, 74]),
    ('songkhon-pandoc', 'songkhon_5.txt'): S((16, 78), [80, 81, 82]),
    ('songkhon-pandoc', 'songkhon_6.txt'): S((16, 72), [74, 75]),
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

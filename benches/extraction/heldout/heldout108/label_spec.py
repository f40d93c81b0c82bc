#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout108 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, author line, "Posted by : ..." line, a repeat of the headline);
bp_in = lines inside the region that are furniture (in-body "Xem thêm" link boxes, comment counter, share links).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout108'


def BX(region, bp_in=(), neutral=(674, 675), picks='auto'):
    # nguyennhuyy/biluxury.vn @1858985 (saved copy of the Haravan shop biluxury.vn), w3m -dump: "Đăng nhập Đăng ký",
    # product mega-menu (NEW ITEM / ƯU ĐÃI 70% / GỢI Ý / COMBO / Áo Nam / Quần / Vest / Phụ kiện / FOR BOSS / Tin tức
    # & Việc làm with sub-items), hotline / store bar, search, cart, banner, FOR BOSS / FLASHSALE product carousels
    # (names, "Mua ngay", prices), breadcrumb 666-668, headline 670 and its repeat 672, date 674 and author 675
    # (neutral), body from 677, in-body "Xem thêm" link boxes (bp_in), "Xem thêm các bài viết khác:" list, "← Bài
    # trước / Bài sau →", comment form ("Viết bình luận", reCAPTCHA note, "Gửi bình luận"), "Bài viết mới nhất"
    # (7 dated cards), "Danh mục blog" (the mega-menu again), feedback banner, footer (Giới thiệu / Chính sách /
    # Liên kết nhanh / Thanh toán / Mạng xã hội, company name, address, tax code, hotline, copyright), quick-view pop-up.
    return dict(title=670, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=list(bp_in))


def J(region, bp_in, picks='auto'):
    # luongvancong/juno @32f7763 (saved copy of the Haravan shop juno.vn, its "JUNO Magazine" blog), Links -dump:
    # logo, search, "BÁN HÀNG: 1800 1162", "xem hệ thống 42 cửa hàng", product mega-menu with "Mới nhất hôm nay"
    # product teasers (name, price, "Xem chi tiết"), cart, magazine menu (Mốt / Đẹp / Khoẻ / Mẹo / Ngon / Em / Sống),
    # magazine slogan, category name, headline 103, date 105 (neutral), standfirst + body from 106, comment counter
    # "1" and "Share this on Facebook / Google+" (bp_in), "Bài viết liên quan", date, Tags, "Chuyên đề" (4 dated
    # posts), "tin bài khác" (12 dated posts), teaser card, "Về đầu trang", magazine menu, footer (shop link,
    # Giới thiệu / Liên hệ / Site map, company, address, newsletter box, category links), GTM iframe.
    return dict(title=103, region=region, picks=picks, url=None, neutral=[105], bp_in=list(bp_in))


def W(region, picks='auto'):
    # HuyVue/khanganhwine.tech @3bd8df2 (HTTrack copy of khanganhwine.vn, wine shop Khang Anh Luxury Wine), lynx -dump
    # -nolist: logo, hotline, search, cart, main menu with sub-items (twice), e-mail, policy links, breadcrumb, headline
    # 82, "Posted by : KhangAnh Wine / On : ... / In : ..." 84 (neutral), headline repeat 85, body from 87, closing
    # "Xem thêm ... tại đây!" / "Xem ngay >>>" links, "Tags:", "share this post:", "Related posts" (4 cards: title,
    # date, category, cut-off teaser, "Chi Tiết"), "Comment On FACEBOOK", "Bài Đăng Gần Đây" (4), "Sản Phẩm Nổi Bật"
    # (4 wines with size / strength), footer (address, e-mail, phone, "Danh Mục Sản Phẩm", "Về Chúng Tôi",
    # "Nhận Tư Vấn Trực Tiếp" box, "Fanpage Facebook", responsible-drinking note, copyright).
    return dict(title=82, region=region, picks=picks, url=None, neutral=[84], bp_in=[])


def A(region, picks='auto'):
    # Tedydev-web/aquabay.vn @f12dfa9 (static front end of aquabay.vn, bottled-water brand AQUABAY), Python html2text:
    # phone / e-mail / address bar, logo, menu twice (Trang chủ / Giới thiệu / Sản phẩm / Nước và sức khỏe / Tin tức
    # with Tin khuyến mãi / Tuyển dụng, language flag), logos, "Tin mới nhất" card (image, linked title, date, teaser),
    # headline 47 ("# ..."), body from 49, empty "##" heads, footer (company, person in charge, address, phone /
    # e-mail, copyright), call / Zalo buttons.
    return dict(title=47, region=region, picks=picks, url=None, neutral=[], bp_in=[])


SPEC = {
    ('biluxury-w3m', 'bilux_1.txt'): BX((677, 819), bp_in=(707, 709, 710, 711, 712)),
    ('biluxury-w3m', 'bilux_2.txt'): BX((677, 987)),
    ('biluxury-w3m', 'bilux_3.txt'): BX((677, 1107)),
    ('biluxury-w3m', 'bilux_4.txt'): BX((678, 717)),
    ('biluxury-w3m', 'bilux_5.txt'): BX((677, 711)),
    ('biluxury-w3m', 'bilux_6.txt'): BX((677, 941)),
    ('biluxury-w3m', 'bilux_7.txt'): BX((677, 888)),
    ('juno-links', 'juno_1.txt'): J((106, 158), (110, 112, 113)),
    ('juno-links', 'juno_2.txt'): J((106, 138), (109, 111, 112)),
    ('juno-links', 'juno_3.txt'): J((106, 179), (109, 111, 112)),
    ('juno-links', 'juno_4.txt'): J((106, 172), (110, 112, 113)),
    ('juno-links', 'juno_5.txt'): J((106, 166), (109, 111, 112)),
    ('juno-links', 'juno_6.txt'): J((106, 165), (109, 111, 112)),
    ('juno-links', 'juno_7.txt'): J((106, 182), (109, 111, 112)),
    ('khanganh-lynx', 'wine_1.txt'): W((87, 181)),
    ('khanganh-lynx', 'wine_2.txt'): W((87, 185)),
    ('khanganh-lynx', 'wine_3.txt'): W((87, 180)),
    ('khanganh-lynx', 'wine_4.txt'): W((87, 171)),
    ('khanganh-lynx', 'wine_5.txt'): W((87, 177)),
    ('khanganh-lynx', 'wine_6.txt'): W((87, 164)),
    ('aquabay-html2text', 'aqua_1.txt'): A((49, 131)),
    ('aquabay-html2text', 'aqua_2.txt'): A((49, 100)),
    ('aquabay-html2text', 'aqua_3.txt'): A((49, 124)),
    ('aquabay-html2text', 'aqua_4.txt'): A((49, 125)),
    ('aquabay-html2text', 'aqua_5.txt'): A((49, 174)),
    ('aquabay-html2text', 'aqua_6.txt'): A((49, 235)),
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

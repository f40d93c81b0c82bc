#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout102 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, author line, a repeat of the headline inside the body); bp_in = lines
inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout102'


def G(region, neutral=(35,), picks='auto'):
    # namanhz/giaythuongdinh @d8194a4 (HTTrack copy of www.giaythuongdinh.com.vn, Sapo store of the northern Thượng
    # Đình shoe dealer), w3m -cols 100: search box, "MENU" / shop name, "Tài khoản / Đăng nhập Đăng ký / Giỏ hàng",
    # product menu (Giầy Thượng Đình / Nhập Khẩu / Made in Viet Nam / ... / Thiết bị bảo hộ lao động) and a second
    # short menu, social links, headline 29, breadcrumb (repeats the headline), author line 35 = the shop's name
    # (neutral), body, "Tags:" line (gtd_2), "Bài viết liên quan:" (5 posts: title twice + date), "Viết bình luận"
    # comment form + "Gửi bình luận", "Liên hệ" (address, e-mail, phone), payment icons, footer menus (Thông tin liên
    # hệ / Sản phẩm / Chính sách), "Bộ công thương", copyright "Cung cấp bởi Sapo", "Lên đầu trang", call / Messenger
    # / Zalo buttons (the shop name repeated 8 times).
    return dict(title=29, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def F(title, region, picks='auto'):
    # nguyennhuyy/freshhomelab_truongmkt @f20c537 (downloaded copy of freshhomelab.com, Haravan store of Fresh Home
    # Lab), elinks -dump -no-references (link numbers kept): "Link:" header lines, IFrame, mobile menu with
    # "Bạn cần hỗ trợ?" hotline / e-mail and 7 "Quay về / Xem tất cả ..." sub-menus, logo, "Tìm kiếm", login and
    # password-recovery forms with reCAPTCHA notes, cart ("Hiện chưa có sản phẩm", "TỔNG TIỀN: 0₫", "Xem giỏ hàng
    # Thanh toán"), desktop mega-menu, breadcrumb (repeats the headline), "Bài viết mới nhất" (4 posts: title twice,
    # author + date), "Danh mục Blog", "Tags:" cloud, headline (centred), "Người viết: ... lúc dd.mm.yyyy" (neutral),
    # category link, "0 Bình luận", body, "← Bài trước / Bài sau →", "Đăng kí nhận tin" newsletter form, hotline,
    # "Thông tin khác" footer (company, licence, addresses, hotline, e-mail, "Bộ Công Thương", "Liên kết" policy
    # links, "Kết nối với nhà Fresh"), copyright "Powered by Haravan", "back to top", Facebook chat widget text.
    return dict(title=title, region=region, picks=picks, url=None, neutral=[title + 2], bp_in=[])


def A(region, picks='auto'):
    # HuyVue/anhhoabakery @8cd80c5 (HTTrack copy of anhhoabakery.vn, Haravan store of Anh Hòa Bakery), elinks -dump
    # -no-references -no-numbering: "Link:" lines, IFrame, shop name, mobile menu (search, Trang chủ / Bánh Sinh Nhật
    # with 13 sub-items, "See More" / "Đóng", Bánh mỳ & Bánh mặn, Cookies & Minicake, Tin tức, Khuyến mại, Đăng nhập /
    # Đăng kí), "Giỏ hàng", header (hotline, "Hệ thống 14 cửa hàng", "Tài khoản"), desktop menu, "Freeship 3km /
    # Thanh toán / Đặt hàng", third menu, breadcrumb headline 97 (repeat), headline 99 (centred), date 101 and
    # author 102 (neutral), body, "Từ khóa:" tag line, "Các bài viết liên quan" (5), footer (address, phone, e-mail,
    # "Chính sách" links, company registration, newsletter blurb, copyright), quick-view pop-up ("Tên sản phẩm",
    # "Mã sản phẩm", "Số lượng", "Thêm vào giỏ Hết hàng", "hoặc Xem chi tiết"), hotline button.
    return dict(title=99, region=region, picks=picks, url=None, neutral=[101, 102], bp_in=[])


SPEC = {
    ('giaythuongdinh-w3m', 'gtd_1.txt'): G((37, 96)),
    ('giaythuongdinh-w3m', 'gtd_2.txt'): G((37, 166)),
    ('giaythuongdinh-w3m', 'gtd_3.txt'): G((37, 134)),
    ('giaythuongdinh-w3m', 'gtd_4.txt'): G((37, 124)),
    ('giaythuongdinh-w3m', 'gtd_5.txt'): G((37, 127)),
    ('giaythuongdinh-w3m', 'gtd_6.txt'): G((37, 121)),
    ('giaythuongdinh-w3m', 'gtd_7.txt'): G((39, 72), neutral=(35, 37)),  # 37 repeats the headline
    ('freshhomelab-elinks', 'fhl_1.txt'): F(203, (208, 305), picks=[208, 227, 238, 250, 271, 290]),  # prose, not captions
    ('freshhomelab-elinks', 'fhl_2.txt'): F(206, (212, 321)),
    ('freshhomelab-elinks', 'fhl_3.txt'): F(218, (224, 351)),
    ('freshhomelab-elinks', 'fhl_4.txt'): F(217, (223, 386)),
    ('freshhomelab-elinks', 'fhl_5.txt'): F(218, (224, 358)),
    ('freshhomelab-elinks', 'fhl_6.txt'): F(218, (224, 339)),
    ('freshhomelab-elinks', 'fhl_7.txt'): F(217, (223, 328)),
    ('freshhomelab-elinks', 'fhl_8.txt'): F(206, (212, 306)),
    ('anhhoabakery-elinks', 'ahb_1.txt'): A((104, 163)),
    ('anhhoabakery-elinks', 'ahb_2.txt'): A((104, 142)),
    ('anhhoabakery-elinks', 'ahb_3.txt'): A((104, 135)),
    ('anhhoabakery-elinks', 'ahb_4.txt'): A((104, 156)),
    ('anhhoabakery-elinks', 'ahb_5.txt'): A((104, 217)),
    ('anhhoabakery-elinks', 'ahb_6.txt'): A((103, 132)),
    ('anhhoabakery-elinks', 'ahb_7.txt'): A((104, 181)),
    ('anhhoabakery-elinks', 'ahb_8.txt'): A((104, 181)),
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

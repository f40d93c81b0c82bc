#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout95 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, "Tác giả:" / author line, source note "Nguồn: ..." / "Theo ...", a repeat
of the headline inside the body); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (no page prints its own address whole on one line).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout95'


def H(region, neutral=(), picks='auto'):
    # nhatminh2474/ABC @351361f (HTTrack copy of thcshoanglamtpo.bentre.edu.vn, Liferay school portal), Chromium
    # innerText: "Skip to Content", top menu (TRANG CHỦ / GIỚI THIỆU / SÁNG KIẾN / THÔNG BÁO / HỎI ĐÁP / LIÊN HỆ /
    # VĂN BẢN TỪ PGD / ELEARNING / ÔN TẬP / TUYỂN SINH ĐẦU CẤP), welcome marquee, "CHUYÊN MỤC" side menu, "Hình ảnh
    # hoạt động" / "Videos" / "Thống kê truy cập" (visitor counter), "Chi tiết tin", headline 51, date 52 (neutral),
    # body, author / "Nguồn:" lines (neutral), "Tin liên quan" (dated headlines), "Thông báo" list, "Xem thêm >>",
    # "Văn Bản Mới" list, "Xem tất cả >>", "Liên kết" link list (~20 names), "Noi_dung_rong".
    return dict(title=51, region=region, picks=picks, url=None, neutral=[52] + list(neutral), bp_in=[])


def D(region, neutral=(), picks='auto'):
    # ewh-support/tuandaknong-dakrlap.daknong @eb90655 (EasyWebHub build of dakrlap.daknong.gov.vn), Chromium
    # innerText: top menu (TRANG CHỦ / CƠ CẤU TỔ CHỨC / TIN TỨC & SỰ KIỆN / VĂN BẢN PHÁP LUẬT / TCD & XỬ LÝ ĐƠN THƯ /
    # CẢI CÁCH HÀNH CHÍNH / CÔNG DÂN / Đăng nhập), "TỔNG QUAN" and "CƠ CẤU TỔ CHỨC" sub-menus, category + date line 20
    # (neutral, tab-separated), headline 22, body, source line "Nguồn ..." / "Theo ..." / photo credit (neutral),
    # "Xem chi tiết tại đây", "TIN ĐÃ ĐƯA" (4 dated headlines), "Xem tiếp", "TIN TỨC - SỰ KIỆN" category list,
    # "Liên kết Website" list, "SỐ LƯỢT TRUY CẬP" / "SỐ LƯỢT ĐANG ONLINE" (one digit per line), footer links
    # (Trang chủ | Góp ý | Liên hệ | Sơ đồ site | Thư điện tử | RSS), "Lên đầu trang", masthead, licence, address.
    return dict(title=22, region=region, picks=picks, url=None, neutral=[20] + list(neutral), bp_in=[])


def C(region, neutral=(), picks='auto'):
    # ewh-support/cafenews.inhdanh @b27add5 (EasyWebHub build of the "Cafenews" magazine), Chromium innerText: menu
    # twice (Home / News / Thị trường / Story / Chân dung / Khám phá / Giải trí / Công nghệ / Forum / Trà sữa),
    # "Tìm kiếm", site name, breadcrumb with the lead cut ("Home <section> <lead>"), section label, headline 25,
    # date 26 (neutral), view count, "Share on Facebook" / "Tweet on Twitter", body, author / source line (neutral),
    # "TAGS" + tags, "Chia sẻ" share bar, "Bài trước" / "Bài kế tiếp", "Tin liên quan Xem thêm từ tác giả" (2 cards),
    # slogan, "Có thể bạn quan tâm" (8 cards with section + date), social counters, "ABOUT US", contact e-mail,
    # "FOLLOW US", footer mega-menu with teaser titles cut with "…", copyright line.
    return dict(title=25, region=region, picks=picks, url=None, neutral=[26] + list(neutral), bp_in=[])


def V(region, neutral=(), picks='auto'):
    # truongvm94/vipic.demo.homesite @2bf3e73 (saved copy of the VIPIC / "kcnnghison3" company site), Chromium
    # innerText: top menu in capitals (TRANG CHỦ / GIỚI THIỆU CÔNG TY / CÁC DỰ ÁN / HƯỚNG DẪN ĐẦU TƯ / TIN TỨC - SỰ
    # KIỆN / TUYỂN DỤNG / LIÊN HỆ), section title, headline 11 (CSS text-transform: uppercase), "Đăng ngày ... bởi
    # Quản trị viên" 12 (neutral), body, "Nguồn: ..." (neutral), "Bài trước" / "Về danh mục Tin tức" / "Bài tiếp",
    # company name, address, phone / e-mail, "BẢN ĐỒ", copyright, visitor count, two download buttons.
    return dict(title=11, region=region, picks=picks, url=None, neutral=[12] + list(neutral), bp_in=[])


SPEC = {
    ('hoanglam-chromium', 'hoanglam_1.txt'): H((56, 86)),
    ('hoanglam-chromium', 'hoanglam_2.txt'): H((56, 90)),
    ('hoanglam-chromium', 'hoanglam_3.txt'): H((54, 66)),
    ('hoanglam-chromium', 'hoanglam_4.txt'): H((54, 70)),
    ('hoanglam-chromium', 'hoanglam_5.txt'): H((54, 80)),
    ('hoanglam-chromium', 'hoanglam_6.txt'): H((54, 99), [101, 103]),   # author, "Nguồn:" URL
    ('hoanglam-chromium', 'hoanglam_7.txt'): H((56, 112), [114]),       # "Trung tâm Truyền thông Giáo dục"
    ('hoanglam-chromium', 'hoanglam_8.txt'): H((54, 96), [98]),         # author
    ('dakrlap-chromium', 'dakrlap_1.txt'): D((31, 50), [52]),
    ('dakrlap-chromium', 'dakrlap_2.txt'): D((31, 61), [63]),
    ('dakrlap-chromium', 'dakrlap_3.txt'): D((31, 43)),
    ('dakrlap-chromium', 'dakrlap_4.txt'): D((31, 78), [80]),
    ('dakrlap-chromium', 'dakrlap_5.txt'): D((31, 53), [57]),           # photo credit "Tin ảnh ..."
    ('dakrlap-chromium', 'dakrlap_6.txt'): D((31, 60), [62]),
    ('dakrlap-chromium', 'dakrlap_7.txt'): D((31, 71), [75]),
    ('dakrlap-chromium', 'dakrlap_8.txt'): D((31, 63), [65]),
    ('cafenews-chromium', 'cafenews_1.txt'): C((30, 78), [80]),
    ('cafenews-chromium', 'cafenews_2.txt'): C((31, 72), [74]),
    ('cafenews-chromium', 'cafenews_3.txt'): C((31, 69), [71]),
    ('cafenews-chromium', 'cafenews_4.txt'): C((31, 71), [73]),
    ('cafenews-chromium', 'cafenews_5.txt'): C((31, 101), [103]),
    ('cafenews-chromium', 'cafenews_6.txt'): C((30, 114), [116]),
    ('cafenews-chromium', 'cafenews_7.txt'): C((30, 84), [86]),
    ('cafenews-chromium', 'cafenews_8.txt'): C((31, 67), [71]),
    ('vipic-chromium', 'vipic_1.txt'): V((13, 51), [53]),
    ('vipic-chromium', 'vipic_2.txt'): V((17, 36), [13, 15, 38]),      # in-body headline variant, author
    ('vipic-chromium', 'vipic_3.txt'): V((17, 58), [13, 15, 60]),      # in-body headline variant, author
    ('vipic-chromium', 'vipic_4.txt'): V((13, 30), [32]),
    ('vipic-chromium', 'vipic_5.txt'): V((13, 27), [29]),
    ('vipic-chromium', 'vipic_6.txt'): V((13, 53), [55]),
    ('vipic-chromium', 'vipic_7.txt'): V((13, 33), [35]),
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

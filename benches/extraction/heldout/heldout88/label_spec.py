#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout87's label_spec.py (heldout46's, heldout45's / heldout43's / heldout41's, with 'auto' skipping region lines that
start with '[' or with a number followed by white space) with a new SPEC and BASE = /work/evaldata/heldout88 only; the
code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, tables, image placeholders and captions, and the author's own notes); picks = article
labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6 region lines
spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![', '|', '#', '['
or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and occurs once in
the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the region labelled
neither way (the post's date / time line, "Tác giả: ..." / "Người viết: ..." / "Nguồn: ..." lines, reporter
signatures under the body); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs in the seed;
else null (here the page's own URL is never printed: the pages are HTTrack copies rendered from a local file).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout88'


def H(title, region, neutral, picks='auto'):
    # 21ts444/thnguyentrai-tp @f7bca07 (HTTrack copy of the VNPT ASP.NET portal of the Sở GD&ĐT Hà Giang), lynx -nolist:
    # mega-menu of units (Cơ quan Sở / PHÒNG GD&ĐT / TRUNG TÂM GDNN-GDTX / TRƯỜNG THPT, 71 lines), search box,
    # "No title..." banner, main menu, "Liên kết web site" select, login box (Tên đăng nhập / Mật khẩu / Mã kiểm tra +
    # ImageVerifier placeholder / Quên mật khẩu Đăng ký), breadcrumb (Trang chủ / category), date + time line 128/129
    # (neutral), headline (wrapped over 1-3 lines), body with captions, reporter signature (neutral), "Tweet",
    # comment form (Họ tên / Email / Tiêu đề / Nội dung / Mã kiểm tra / Gửi thông tin Hủy; not on Công đoàn pages),
    # "Tin khác" (5 items with date and "(N Lượt xem )"), pager "1 2 3 4 5 ...", footer (Copyright / address / phone /
    # e-mail / "Designed by VNPT").
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def T(title, region, neutral, picks='auto'):
    # 21ts444/thtanhong @a9e1b8d (HTTrack copy of the EduPortal site of Trường Tiểu học Tân Hồng, Từ Sơn, Bắc Ninh), w3m:
    # search box, top links (Xem công văn / Học trực tuyến / Tra cứu điểm / SMAS / RSS / Đăng nhập), logo, site names,
    # "Toggle navigation", menu tree, breadcrumb 51-53, date line 55 (54) (neutral), font-size / print / contrast
    # widget, headline, "Đọc bài Lưu", body, rule, "Tác giả: ..." / "Nguồn: ... Copy link" (neutral), rating widget,
    # "Bài tin liên quan", "Văn bản Phòng GD&ĐT", "Giáo dục" news feed (12 headlines), "Liên kết" x7, video list
    # (each title twice), "Thống kê truy cập", footer menu, "Xem thêm", school address / e-mail, copyright, credit.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def B(title, region, neutral, picks='auto'):
    # 21ts444/thcshoahongbach @3126a1e (HTTrack copy of the EduPortal site of Trường THCS Hoa Hồng Bạch, Đông Hưng, Thái
    # Bình), Python html2text: top links, RSS / date, logo link, district office / school name, phone / e-mail /
    # address, Đăng nhập / Đăng ký, breadcrumb, date line 33/34 (neutral), font-size / print / contrast widget line,
    # headline "# ...", "[Đọc bài] [Lưu]", body, "* * *", "Tác giả" (neutral), rating, "Bài tin liên quan" (## links),
    # "Tin tức mới" and "Tin tức đọc nhiều" (image link + "## [title](url)" cards, wrapped), "--- Chọn liên kết ---",
    # "Thống kê", footer (school, address, EduPortal credit, "Ghi rõ nguồn ... khi trích thông tin"), go-top link.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def N(title, region, neutral, picks='auto'):
    # HowRYouBoy/TanThanh2 @5937583 (HTTrack copy of the EduPortal site of Trường THCS Tân Thành, Lai Vung, Đồng Tháp),
    # lynx -nolist: search box + (BUTTON), RSS, Đăng nhập, "Toggle navigation", menu tree (3 levels), clock line of the
    # copy date, "... đang trong thời gian cập nhật" banner, breadcrumb, category, date line (neutral), font-size /
    # contrast widget, headline, "Đọc bài Lưu", body, "Người viết: ..." / "Tác giả: Tiêu đề website" (neutral, the
    # second an unfilled template key), rating widget, "Bài tin liên quan" (each title twice), "Tài nguyên Download",
    # "Thư viện ảnh" (3 albums, each twice, with "Lượt xem: N").
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('hagiang-aspx', 'hagiang_1.txt'): H(129, (132, 176), [128, 179]),
    ('hagiang-aspx', 'hagiang_2.txt'): H((129, 130), (134, 186), [128, 189]),
    ('hagiang-aspx', 'hagiang_3.txt'): H((129, 130), (133, 188), [128, 191], picks=[133, 140, 151, 159, 172, 178]),  # prose lines, not captions
    ('hagiang-aspx', 'hagiang_4.txt'): H((129, 130), (134, 201), [128, 204]),
    ('hagiang-aspx', 'hagiang_5.txt'): H(129, (131, 165), [128, 168]),
    ('hagiang-aspx', 'hagiang_6.txt'): H((130, 131), (133, 157), [129, (160, 161)]),
    ('hagiang-aspx', 'hagiang_7.txt'): H((129, 131), (134, 197), [128, 202], picks=[134, 149, 159, 169, 184, 192]),  # prose lines, not captions
    ('tanhong-eduportal', 'tanhong_1.txt'): T(58, (62, 138), [55], picks=[66, 69, 74, 80, 86, 89]),  # prose lines, not captions
    ('tanhong-eduportal', 'tanhong_2.txt'): T((58, 59), (63, 126), [55], picks=[63, 68, 73, 75, 79, 83]),  # not the /upload/... image-name lines
    ('tanhong-eduportal', 'tanhong_3.txt'): T(57, (61, 124), [54], picks=[67, 73, 79, 85, 91, 94]),  # prose lines, not captions
    ('tanhong-eduportal', 'tanhong_4.txt'): T(58, (62, 126), [55, 129, 130]),
    ('tanhong-eduportal', 'tanhong_5.txt'): T(58, (62, 136), [55, 139]),
    ('tanhong-eduportal', 'tanhong_6.txt'): T(58, (62, 150), [55, 153]),
    ('hoahongbach-eduportal', 'hoahongbach_1.txt'): B(38, (42, 162), [34, (164, 168)]),
    ('hoahongbach-eduportal', 'hoahongbach_2.txt'): B(38, (44, 61), [34, 63, 65], picks=[49, 51, 53, 55, 57, 60]),  # prose lines, not captions
    ('hoahongbach-eduportal', 'hoahongbach_3.txt'): B(37, (41, 113), [33], picks=[41, 55, 64, 74, 80, 87]),  # prose lines, not captions
    ('hoahongbach-eduportal', 'hoahongbach_4.txt'): B(38, (42, 91), [34]),
    ('hoahongbach-eduportal', 'hoahongbach_5.txt'): B(37, (41, 102), [33, 106]),
    ('hoahongbach-eduportal', 'hoahongbach_6.txt'): B(38, (42, 171), [34], picks=[51, 62, 74, 109, 146, 166]),  # not the letter-head / "Nơi nhận" table rows
    ('tanthanh-eduportal', 'tanthanh_1.txt'): N(68, (72, 211), [65, 214]),
    ('tanthanh-eduportal', 'tanthanh_2.txt'): N(68, (72, 117), [65, 119, 122]),
    ('tanthanh-eduportal', 'tanthanh_3.txt'): N(68, (72, 117), [65, 121], picks=[74, 85, 89, 94, 103, 115]),  # prose lines, not captions
    ('tanthanh-eduportal', 'tanthanh_4.txt'): N(70, (74, 105), [67, 108], picks=[77, 80, 83, 88, 92, 94]),  # prose lines, not captions
    ('tanthanh-eduportal', 'tanthanh_5.txt'): N(68, (72, 102), [65, 105]),
    ('tanthanh-eduportal', 'tanthanh_6.txt'): N((68, 69), (73, 101), [65, 103, 106], picks=[73, 77, 82, 88, 97, 101]),  # prose lines, not captions
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

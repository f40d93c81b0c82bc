#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout87's label_spec.py (heldout46's / heldout45's / ..., with 'auto' skipping region lines that start with '[' or
with a number followed by white space) with a new SPEC and BASE = /work/evaldata/heldout90 only; the code below the
SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, tables, boxed notes, image captions and placeholders); picks = article labels: an int n
takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6 region lines spread evenly over the
region (candidates: region lines not in bp_in, not starting with '![', '[![', '|', '#', '[' or '<digits><space>' and
holding no Markdown link '](', whose stripped, cut text has >= 40 chars and occurs once in the seed; the first, the
last and 4 evenly spaced ones in between); neutral = lines outside the region labelled neither way (the HTML <title>
line that BeautifulSoup prints, post date / byline lines, the news portal's image caption + truncated teaser + byline
block above the body, "Cập nhật ngày ..." lines, source notes such as "(nguồn soha.vn)" / "Nguồn: SKDS"); bp_in =
lines inside the region that are furniture (none here).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs in the seed;
else null (here it never does: HTTrack's "Mirrored from" note is an HTML comment, and no converter prints it).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout90'


def H(region):
    # alexvu5/hr @2d0d298 (HTTrack mirror of vieclamxanhgw.com.vn, WordPress + Flatsome, job agency "Nhân Lực Đỉnh
    # Thịnh"), BeautifulSoup get_text('\n'): every text node on its own line, many blank / white-space lines.
    # <title> text 21 ("<headline> – Nhân sự vững - Doanh nghiệp mạnh – Nhân Lực Đỉnh Thịnh", neutral), "Skip to
    # content", menu (Trang chủ / Việc làm / Ngành nghề + 7 / Khu vực + 5 / Giới thiệu / Tin tức / Liên hệ), hotline,
    # "Tư vấn ứng viên", "Đăng tin tuyển dụng" x2, category links "Kỹ năng" "," "Tin tức" 415-417, headline 418,
    # body from 427 (lead, subheads, lists), "Để lại một bình luận" / "Hủy" / "Bạn phải" / "đăng nhập" / "để gửi bình
    # luận.", sidebar "Việc làm theo khu vực" / "Việc làm theo ngành nghề" (names + job counts), "Xem thêm", "Bài viết
    # mới" (5 titles), "Về chúng tôi" blurb, hotline / e-mail, "Liên hệ đăng tin tuyển dụng", "Chat Facebook",
    # copyright, the mobile menu repeated.
    return dict(title=418, region=region, picks='auto', url=None, neutral=[21], bp_in=[])


def P(region, neutral):
    # ewh-support/baophuongdong.leanhdudu @bb652cd (EasyWeb static news portal "Báo Phương Đông" on a copy of the
    # Boston Globe page template), ELinks -dump: "Link: canonical", "Menu", site name, section menu with sub-items
    # twice, "Opinion | Renée Graham" (template residue), headline 52 (centred), e-mail share form ("Share via e-mail",
    # To / Add a message / Your e-mail / [ Send ]), Facebook / Twitter / Google+ / LinkedIn, "Comments Print", "The
    # Boston Globe Tweet Share"; then (neutral) the lead image's caption, the byline / source, the article's lead cut
    # off by the template after ~300 characters, byline + date; body (sub-heads, boxed notes drawn with box
    # characters, "IFrame" placeholders); "IFrame"; section teaser blocks "Thời sự" / "Kinh Doanh" / "Sức Khỏe" (3
    # titles each, printed twice run together, teaser + date); footer menus (My Account / Contact / Social / More ...),
    # "© 2017 Báo Phương Đông, LLC".
    return dict(title=52, region=region, picks='auto', url=None, neutral=neutral, bp_in=[])


def S(region, neutral):
    # travisle/songlanh @9a9d516 (Publii blog "Sống Lành", songlanh.com), pandoc -t plain: site name, "Menu", menu
    # (Tin tức / Món ăn tốt / Hướng dẫn / Mẹo / Videos), "[]" image placeholders, headline 13, date + category 15
    # (neutral), body (lead, sub-heads, lists, captions), source note "(nguồn ...)" and "Cập nhật ngày ..." (neutral),
    # share placeholders, "Nội dung trước" / "Nội dung kế tiếp" + titles, "Liên quan" cards, "Bình luận" + "Please
    # enable JS to use the comments form.", "Nổi bật" (2 titles + dates), site name + slogan.
    return dict(title=13, region=region, picks='auto', url=None, neutral=[15] + list(neutral), bp_in=[])


def V(region):
    # leducmanh120/80namhungvuong @e49e212 (Vite build, dist/, of the site for the 80th anniversary of Trường THPT
    # Hùng Vương), inscriptis: logo text "80 năm" / "Ngân vang ký ức" x2, menu (Trang chủ / Giới thiệu / Bài viết /
    # Kho lưu trữ số / Sản phẩm), headline 15, author + date 17 (neutral), body (one paragraph a line), footer: logo
    # text, site blurb, "Liên Kết" menu, "Bài Viết Nổi Bật" (3 titles), "Liên Hệ" (names, phones, e-mail), copyright.
    return dict(title=15, region=region, picks='auto', url=None, neutral=[17], bp_in=[])


def Q(region, neutral, title=14):
    # ewh-support/tindat.thien @f83dba0 (EasyWeb static copy of the ISO-consulting company site cqi.com.vn),
    # Links -dump: "Image Description" (logo alt), menu (Trang Chủ / Dịch Vụ / Đối Tác / Liên Hệ), "TIN TỨC",
    # breadcrumb (HOME / / TIN TỨC / / <title>), export date (neutral), headline 14, body, source note (neutral),
    # "GIẢI PHÁP TƯ VẤN" (4 ISO links), "HỖ TRỢ TRỰC TUYẾN" + phone, "Liên hệ với chúng tôi" form, "Về Chúng tôi" +
    # the theme's lorem-ipsum blurb, "Latest Posts", "Useful Links", "Liên Hệ" (name, address, phone, e-mail, web),
    # copyright, Privacy Policy / Terms of Use / License / Support.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('hr-httrack', 'hr_1.txt'): H((427, 535)),
    ('hr-httrack', 'hr_2.txt'): H((427, 478)),
    ('hr-httrack', 'hr_3.txt'): H((427, 487)),
    ('hr-httrack', 'hr_4.txt'): H((427, 531)),
    ('hr-httrack', 'hr_5.txt'): H((427, 662)),
    ('hr-httrack', 'hr_6.txt'): H((427, 486)),
    ('hr-httrack', 'hr_7.txt'): H((427, 505)),
    ('phuongdong-ewh', 'bpd_1.txt'): P((85, 206), [(73, 83)]),
    ('phuongdong-ewh', 'bpd_2.txt'): P((83, 170), [(73, 81)]),
    ('phuongdong-ewh', 'bpd_3.txt'): dict(P((83, 175), [(73, 81)]), picks=[85, 100, 114, 133, 148, 163]),  # no box lines
    ('phuongdong-ewh', 'bpd_4.txt'): dict(P((84, 191), [(73, 82)]), picks=[86, 95, 119, 141, 157, 190]),
    ('phuongdong-ewh', 'bpd_5.txt'): dict(P((82, 188), [(73, 80)]), picks=[82, 99, 112, 134, 157, 171]),
    ('phuongdong-ewh', 'bpd_6.txt'): P((84, 188), [(73, 82)]),
    ('songlanh-publii', 'songlanh_1.txt'): S((17, 129), [131, 133]),
    ('songlanh-publii', 'songlanh_2.txt'): S((17, 83), [93, 97]),
    ('songlanh-publii', 'songlanh_3.txt'): S((17, 67), [69, 71]),
    ('songlanh-publii', 'songlanh_4.txt'): S((17, 153), [155, 157]),
    ('songlanh-publii', 'songlanh_5.txt'): S((17, 86), [88, 90]),
    ('songlanh-publii', 'songlanh_6.txt'): S((17, 49), [53, 55]),
    ('hungvuong-vite', 'hv_1.txt'): V((19, 35)),
    ('hungvuong-vite', 'hv_2.txt'): V((19, 27)),
    ('hungvuong-vite', 'hv_3.txt'): V((19, 27)),
    ('hungvuong-vite', 'hv_4.txt'): V((19, 25)),
    ('hungvuong-vite', 'hv_5.txt'): V((19, 45)),
    ('hungvuong-vite', 'hv_6.txt'): V((19, 35)),
    ('cqi-ewh', 'cqi_1.txt'): Q((16, 44), [12, 47]),
    ('cqi-ewh', 'cqi_2.txt'): Q((16, 66), [12, 69]),
    ('cqi-ewh', 'cqi_3.txt'): Q((16, 98), [12, 100]),
    ('cqi-ewh', 'cqi_4.txt'): Q((18, 63), [13], title=(15, 16)),
    ('cqi-ewh', 'cqi_5.txt'): Q((16, 43), [12, 45]),
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

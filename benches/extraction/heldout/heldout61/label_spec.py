#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py with a new SPEC and BASE only (reads /work/evaldata/heldout61/<slug>/<file>.txt, writes
/work/evaldata/heldout61/labels/<slug>.jsonl); the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, code blocks, quotes, image placeholders and the author's own notes); picks = article
labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6 region lines
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
else null (no seed here prints its own URL).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout61'


def C(end, credit):
    # ewh-support/cujut_demo.daknong @85a0f29 (static copy of the Cư Jút district portal, SharePoint-style theme), w3m:
    # "Navigate Up" / "This page location is:" site-map tree, "Sign In", "Home", "[banner]", page-path lines, main menu
    # (Trang chủ / Giới thiệu + 4 sub-items / Văn bản pháp luật / ... / Tiếp dân và GQĐTKNTC + 5 sub-items), "Đăng
    # nhập", search box, "VĂN BẢN MỚI" box (4 decrees: number, date, summary, "Xem chi tiết ...", "tải pdf về"), "Chỉnh
    # sửa liên kết ảnh", banner placeholders; category + date line 73 (neutral), headline 74, editor links "Soạn bài
    # viết" / "Chỉnh sửa bài viết" / "Quản trị tin tức", sapo + body from 80, "Bài, ảnh: <name>" and "Nguồn Đắk Nông
    # online" (neutral), "Số lượt người xem: 0 Bản in Quay lại", script residue "var i = 0;", "TIN ĐÃ ĐƯA" box, date
    # picker, category menu (TIN TỨC SỰ KIỆN ... LỊCH LÀM VIỆC), link box, visitor counters, footer links, portal
    # licence / address block, "Website đang chạy thử nghiệm ...", "Phát triển bởi ...".
    return dict(title=74, region=(80, end), picks='auto', url=None, neutral=[73, credit], bp_in=[])


def HH(title, region, neutral=()):
    # KusaMeowk/TrongTruongHop @5799d5a (static copy of the THCS-THPT Hồng Hà school site, Nina.vn theme), lynx:
    # "logo" / "banner" / "hotline", the menu twice (first copy with VNI-encoded top items "Giôùi thieäu", "Tin Töùc -
    # Söï Kieän", ...), "Menu", hotline, "Tuyển sinh Trực Tuyến", breadcrumb (Trang Chủ / Tin Tức - Sự Kiện / <category>
    # / <title>), headline, body, reporter name + "Nguồn ..." (neutral), "Bài viết liên quan" + ~33 "[sao.png] <title>
    # (<date>)" entries, sidebar lists "Tin Tức - Sự Kiện", "Hình ảnh" (~20 album titles), "Video clip" (~12 titles),
    # "Banner quảng cáo", address blocks of the two campuses, copyright, call / SMS / directions buttons, "Loading...",
    # "facebook".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def W(end):
    # thaison-code/wildact @081c710 (static export of the WildAct Vietnam NGO's WordPress / Elementor site), html2text:
    # "Bỏ qua nội dung", logo link, language switch (VI / EN flags), mega-menu with "# **Hoạt Động**", "# **Hợp Tác**",
    # "# **Tin Tức**" panels and their link lists, "DONATION", headline 56 ("# ..."), body from 58 (incl. image lines
    # "![caption](...)"), share links (WhatsApp / Facebook / Twitter / e-mail / Pinterest / LinkedIn, long URL lines),
    # WordPress comment form ("### Để lại một bình luận", "Bình luận *", "Tên *", ...), footer banner, "Cùng WildAct
    # Trao Cho / Thiên Nhiên Một Cơ Hội Sống", donate button, contact block, social icons (twice), newsletter form,
    # copyright, footer menu.
    return dict(title=56, region=(58, end), picks='auto', url=None, neutral=[], bp_in=[])


def M(title, region, neutral):
    # kieumanh/minhtrietthiendinh.com @d1e66d4 (Publii static output, meditation site "Minh Triết Thiền Định"), lynx:
    # RSS / JSON alternate links, site name, "(BUTTON) Menu", menu, search box, "(BUTTON) Close", "Quỹ ủng hộ", the
    # post's tag label (minhtriet_2-5), headline, "Bởi Kiều Mạnh - Hương Thiền" + date (neutral), the post's description
    # line (neutral; in minhtriet_1/2 a copy of the headline), a Spotify podcast IFRAME (neutral), a "Mục lục" TOC
    # (minhtriet_3, boilerplate), body, the post's own podcast-link line / signature / chapter list (neutral), "Bài viết
    # này đã được cập nhật <date>" (neutral), "Tagged in:" + tags, "Chia sẻ câu chuyện này:" + share buttons, author box
    # (name twice + bio), "Bình luận" + JavaScript notice, Trước / Chia sẻ / Kế tiếp, "N min read", a Canva IFRAME +
    # its caption, "Bạn cũng nên đọc:" related posts (titles, bylines, dates), site name, "Thiết kế bởi Zen Team 2025".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def D(title, region, neutral):
    # dongthinhlong/dongthinhlong.github.io @976fc34 (Hugo, theme PaperMod), w3m: "@dongthinhlong", menu (posts /
    # archive / tags / search), headline (8 or 8-9), the post's description (neutral), "02/07/2026 · dongthinhlong"
    # (neutral), "Mục lục" + TOC entries with emoji and bullets (boilerplate), rule, body (headings end with '#', the
    # anchor glyph), "Bài viết bởi @dongthinhlong - ..." + "Năm cập nhật: 2026" (neutral), "☕ Ủng hộ tác giả" donate
    # box, "QR Donate", tag list, "© 2026 @dongthinhlong · Powered by Hugo & PaperMod".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('cujut-portal', 'cujut_1.txt'): C(217, (219, 221)),
    ('cujut-portal', 'cujut_2.txt'): C(139, (141, 143)),
    ('cujut-portal', 'cujut_3.txt'): C(143, (145, 147)),
    ('cujut-portal', 'cujut_4.txt'): C(136, (138, 140)),
    ('cujut-portal', 'cujut_5.txt'): C(150, (152, 154)),
    ('cujut-portal', 'cujut_6.txt'): C(163, (165, 167)),
    ('hongha-school', 'hongha_1.txt'): HH(79, (81, 161), [163, 165]),
    ('hongha-school', 'hongha_2.txt'): HH(79, (81, 176), [178, 180]),
    ('hongha-school', 'hongha_3.txt'): HH(79, (86, 145), [83]),  # 83: the post's YouTube IFRAME line
    ('hongha-school', 'hongha_4.txt'): HH(80, (82, 129), [131, 134]),
    ('hongha-school', 'hongha_5.txt'): HH(79, (81, 115)),
    ('hongha-school', 'hongha_6.txt'): HH((80, 81), (83, 123), [125, 127]),
    ('wildact-ngo', 'wildact_1.txt'): W(107),
    ('wildact-ngo', 'wildact_2.txt'): W(118),
    ('wildact-ngo', 'wildact_3.txt'): W(124),
    ('wildact-ngo', 'wildact_4.txt'): W(84),
    ('wildact-ngo', 'wildact_5.txt'): W(97),
    ('wildact-ngo', 'wildact_6.txt'): W(104),
    ('minhtriet-publii', 'minhtriet_1.txt'): M(15, (22, 176), [17, 18, 180]),
    ('minhtriet-publii', 'minhtriet_2.txt'): M(17, (24, 230), [19, 20, 233]),
    ('minhtriet-publii', 'minhtriet_3.txt'): M(17, (60, 686), [19, 20, 21, (23, 25), 688, 690]),
    ('minhtriet-publii', 'minhtriet_4.txt'): M(17, (27, 143), [19, 20, 21, (23, 25), 145, 147, (151, 156), 159]),
    ('minhtriet-publii', 'minhtriet_5.txt'): M(17, (27, 173), [19, 20, 21, (23, 25), 176, 179]),
    ('dongthinh-hugo', 'dongthinh_1.txt'): D(8, (59, 422), [(10, 11), 12, (426, 427)]),
    ('dongthinh-hugo', 'dongthinh_2.txt'): D(8, (73, 1016), [(10, 11), 12, (1020, 1021)]),
    ('dongthinh-hugo', 'dongthinh_3.txt'): D((8, 9), (62, 545), [(11, 12), 13, (549, 550)]),
    ('dongthinh-hugo', 'dongthinh_4.txt'): D((8, 9), (74, 621), [(11, 12), 13, (625, 626)]),
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

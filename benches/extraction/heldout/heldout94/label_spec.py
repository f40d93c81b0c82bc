#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout94 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, byline / author line, source note "Nguồn: ..." / "Tham khảo ...", a repeat
of the headline inside the body, a lead image with caption); bp_in = lines inside the region that are furniture
(in-body "Xem thêm" cross-links, registration buttons, video-player captions).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
Comments, comment counts, comment forms, reply links, commenter names / dates and "recent comments" widgets are
boilerplate (they lie outside the region).
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout94'


def S(title, region, neutral=(), bp_in=(), picks='auto'):
    # truongthanhweb/sinvoice @13d0937 (HTTrack copy of sinvoice.vn, a Blogger blog of an S-Invoice / Viettel-CA
    # reseller), w3m: contact / login links, "Hóa đơn điện tử S-Invoice Toggle navigation" + menu, site name,
    # headline 20, body, source note "Nguồn: ..." (neutral), "Đăng nhận xét" (Blogger comment box, the page has no
    # comments), search box, "Tiêu điểm" popular posts (each title twice), "Liên hệ" (address, hotlines, e-mail,
    # website), "Hỗ trợ" links, licence line, copyright, registration pop-up form, contact buttons.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=list(bp_in))


def F(title, region, neutral, bp_in=(), picks='auto'):
    # hoanganh732/footballworld3 @56e6692 (WordPress static export "Football Word", Ultra Mag theme), lynx -dump
    # -nolist: link-rel line, skip link, site name + tagline twice, menu twice, cart, search, "Trending Now" (6 post
    # titles), breadcrumb "Home>> Blog>>...", "Blog" label, headline, author + date (+ comment count "0") (neutral),
    # body (ending in the embedded YouTube IFRAME line), "TIN LIÊN QUAN" list copied from the source paper, "Related
    # tags", "Previous Post", "Related Articles" cards, comment form ("Trả lời Hủy", "Email của bạn sẽ không được
    # hiển thị công khai", "Bình luận", "Tên *", "Phản hồi"), "Bài viết mới", footer, Zalo / phone buttons.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=list(bp_in))


def N(title, region, neutral, bp_in=(), picks='auto'):
    # LeCongNam/namlem4u.github.io @cba6b1e (WordPress static export; nam_1-2 Pliska theme "WordPress_Demo",
    # nam_3-6 Storefront theme "Design by Lê Công Nam"), Python html2text: skip link, logo, menu(s), search, cart,
    # category / breadcrumb, headline ("# "), date / author block (neutral), share links (Pliska, twice), body,
    # "Danh mục:", author box, post navigation, comment list (nam_1: "One Comment", date, avatar, "### user1",
    # "hay", "Reply") and comment form ("Leave a Comment" / "Trả lời Hủy", "Bình luận", "Tên *", "Phản hồi"),
    # sidebar (Recent Posts, "Recent Comments" with "user1 on ...", Archives, Categories, Meta), footer.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=list(bp_in))


def C(region, bp_in=(), picks='auto'):
    # nguyenthanhtra1901/camnangit @314964c (WordPress static export "THANH TRA", Kalon theme + WP Travel), Links
    # -dump: "Link: profile / canonical / shortlink", skip link, site name + tagline, menu twice, category name,
    # centred headline 25, date / author / "Leave a comment" line 27 (neutral), body, "Tags:", "Post navigation",
    # comment form ("Leave a Reply", "Comment", "Name*", "Post Comment"), "Tìm Kiếm", "Bài Viết Hiện Tại",
    # "Bình Luận Hiện Tại" (recent-comments widget: commenter "on" page), "Lưu Trữ", "Danh Mục", "Hiệu Quả", audio
    # widgets, "IFrame", Facebook link, design credit.
    return dict(title=25, region=region, picks=picks, url=None, neutral=[27], bp_in=list(bp_in))


def T(title, region, neutral, bp_in=(), picks='auto'):
    # minhtri5613/tuilatri @552ca82 (WordPress + WooCommerce static export "minhtri"; tri_1-3, 5 Astra theme, tri_4
    # Storefront theme), pandoc -t plain: skip link, site name, menu twice, headline, "Leave a Comment / <category> /
    # By tri huynh" or "Đăng bởi ... — Để lại phản hồi" (neutral), body with "[]" image placeholders, "Danh mục:",
    # "Thẻ:", "Điều hướng bài viết", comment form ("Leave a Comment Cancel Reply" / "Trả lời Hủy", "Type here..",
    # "Name*"), tri_4 sidebar ("Bài viết mới", "Phản hồi gần đây" with commenter "trong" post), footer.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=list(bp_in))


# picks by hand (prose lines) where 'auto' would take the IFRAME placeholder (foot_2-6), an image-caption line
# (foot_5), a Markdown subhead or image-link tail (nam_1, nam_2, nam_5) or a line glued to a video file name (tri_4).
SPEC = {
    ('sinvoice-w3m', 'sinv_1.txt'): S(20, (22, 97), bp_in=[94]),
    ('sinvoice-w3m', 'sinv_2.txt'): S(20, (22, 122), neutral=[124]),
    ('sinvoice-w3m', 'sinv_3.txt'): S(20, (22, 109), neutral=[111]),
    ('sinvoice-w3m', 'sinv_4.txt'): S(20, (22, 155), neutral=[157], bp_in=[(129, 130)]),
    ('sinvoice-w3m', 'sinv_5.txt'): S(20, (22, 226)),
    ('sinvoice-w3m', 'sinv_6.txt'): S(20, (22, 313), neutral=[317], bp_in=[193, 195]),
    ('sinvoice-w3m', 'sinv_7.txt'): S((20, 21), (23, 162), neutral=[166]),
    ('football-lynx', 'foot_1.txt'): F((58, 59), (67, 205), [61, 62, (64, 65)]),
    ('football-lynx', 'foot_2.txt'): F((57, 58), (63, 100), [60, 61], picks=[63, 70, 77, 83, 91, 97]),
    ('football-lynx', 'foot_3.txt'): F(57, (62, 103), [59, 60], picks=[62, 70, 77, 84, 92, 100]),
    ('football-lynx', 'foot_4.txt'): F(57, (62, 107), [59, 60], picks=[62, 70, 78, 89, 96, 104]),
    ('football-lynx', 'foot_5.txt'): F((58, 59), (64, 125), [61, 62], picks=[64, 72, 82, 98, 108, 122]),
    ('football-lynx', 'foot_6.txt'): F((57, 58), (63, 120), [60, 61], bp_in=[(85, 86), (117, 118)],
                                      picks=[63, 71, 81, 92, 104, 115]),
    ('namlem4u-html2text', 'nam_1.txt'): N(15, (46, 146), [(17, 20), (22, 24)], picks=[55, 68, 86, 100, 124, 136]),
    ('namlem4u-html2text', 'nam_2.txt'): N(14, (47, 201), [(16, 18), (20, 22)], picks=[54, 78, 109, 141, 166, 196]),
    ('namlem4u-html2text', 'nam_3.txt'): N((38, 39), (43, 229), [(33, 36), 41, (231, 235)],
                                           bp_in=[(150, 152), (178, 179), (208, 209)]),
    ('namlem4u-html2text', 'nam_4.txt'): N(36, (38, 122), [(32, 34)], bp_in=[(45, 46), (75, 77)]),
    ('namlem4u-html2text', 'nam_5.txt'): N((38, 39), (43, 105), [(32, 36), 41], picks=[52, 61, 74, 92, 99, 104]),
    ('namlem4u-html2text', 'nam_6.txt'): N(38, (40, 123), [(32, 36)]),
    ('camnangit-links', 'cam_1.txt'): C((29, 102)),
    ('camnangit-links', 'cam_2.txt'): C((29, 90)),
    ('camnangit-links', 'cam_3.txt'): C((29, 44)),
    ('camnangit-links', 'cam_4.txt'): C((29, 120)),
    ('camnangit-links', 'cam_5.txt'): C((29, 130)),
    ('tuilatri-pandoc', 'tri_1.txt'): T(27, (33, 122), [29]),
    ('tuilatri-pandoc', 'tri_2.txt'): T(27, (32, 109), [29]),
    ('tuilatri-pandoc', 'tri_3.txt'): T(27, (31, 79), [29]),
    ('tuilatri-pandoc', 'tri_4.txt'): T(40, (44, 188), [38], picks=[46, 69, 97, 124, 159, 183]),
    ('tuilatri-pandoc', 'tri_5.txt'): T(27, (32, 107), [29]),
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

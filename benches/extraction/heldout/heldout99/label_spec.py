#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout99 only;
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
url = null everywhere (no seed prints the page's own URL whole on one line as its address).
heldout99 specifics (BeautifulSoup get_text output): line 1 of every seed is the page's <title> text (the headline
plus the site name), kept neutral as a repeat of the headline; the post-meta block that repeats the headline with
date and author (anbinh) is neutral as well.
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout99'


def C(region, neutral=(), bp_in=(), picks='auto'):
    # DataCrunchWizard/blog.cloudjetsolutions.com @3e224e5 (WP2Static export of the Cloudjet blog, theme svbtle),
    # bs4 get_text("\n") (text nodes on their own lines, whitespace-only lines kept): line 3 <title> "... by Cloudjet
    # Blog" (neutral), blog name twice, "Accelerate Performance", "About Us", category menu (Quản Trị Nhân Sự /
    # Tuyển dụng nhân viên / Đánh giá nhân viên / Đào tạo nhân sự / KPI & BSC / Hệ thống CRM / Học hỏi & Phát
    # triển), headline 56, body, byline / copywriter / "Theo ..." source lines (neutral), in some posts a list of
    # related post titles ("*** Các bài viết liên quan khác :"), "Comments are closed.", "← read more".
    return dict(title=56, region=region, picks=picks, url=None, neutral=[3] + list(neutral), bp_in=list(bp_in))


def P(region, neutral, bp_in=(), picks='auto'):
    # vic4key/phunguyensteel_org @692bb62 (HTTrack copy of phunguyensteel.com, WordPress / Flatsome),
    # bs4 get_text(separator="\n", strip=True): line 1 <title> (neutral), "Skip to content", tagline, e-mail, phone,
    # main menu (Trang chủ / Giới Thiệu / Hồ Sơ Năng Lực / Sản phẩm ... / Liên hệ), "Tìm kiếm:", category name,
    # headline 21, "Đăng ngày" + date(s) + "bởi" + author (neutral), body with an inserted block of related post
    # titles after the first paragraph (bp_in) and in service posts a "Nội dung chính" TOC header (bp_in),
    # "Chuyên mục : ...", comment box ("Trả lời / Hủy / Bạn phải đăng nhập để gửi phản hồi."), sidebar
    # "Chuyên mục" with counts, "Bài viết mới nhất" (10), company blurb, "Hỗ trợ" links, "Thông tin liên hệ",
    # menu again, chat / hotline buttons, login form ("Đăng nhập / Tên tài khoản ... / Quên mật khẩu?").
    return dict(title=21, region=region, picks=picks, url=None, neutral=[1] + list(neutral), bp_in=list(bp_in))


def A(region, meta, bp_in=(), picks='auto'):
    # devkafe/anbinhcity @c68eb97 (wget mirror of anbinhcityvietnam.com, WordPress theme "hitiland"),
    # bs4 get_text("\n"): line 1 <title> "... - An Bình City" (neutral), "Skip to content", menu (Trang Chủ /
    # Giới Thiệu / Vị Trí / Mặt Bằng / Chính Sách / Bảng Giá / Tin tức / Liên hệ), category name, headline 20,
    # date 21 (neutral), body, in some posts "Xem thêm:" + a linked post title (in the body: bp_in; after it:
    # boilerplate), lead form "THÔNG TIN MỚI NHẤT DỰ ÁN" (Họ & tên / Email / Điện thoại / Nội dung / Tài liệu /
    # Chính sách / Bảng giá / Hoàn Tất), post-meta block (headline again, "vào lúc:", date, "bởi", author: neutral),
    # "Posted in" + category, "Tin tức khác" (5), category list, "Vì sao chọn An Bình City / Khám phá ngay", footer
    # menu, e-mail, "LIÊN HỆ NGAY ĐỂ ĐƯỢC TƯ VẤN", footer blurb and copyright twice, hotline boxes, download button.
    return dict(title=20, region=region, picks=picks, url=None, neutral=[1, 21, meta], bp_in=list(bp_in))


def X(region, picks='auto'):
    # onlincode/xtt @ca6a3f3 (static export of xettuyen.online, WordPress), bs4 get_text(separator="\n",
    # strip=True): line 1 <title> "... - Xét tuyển" (neutral), "Chuyển tới nội dung", search box twice, "Menu",
    # breadcrumb (Home » headline), headline 9, date 10 (neutral), categories, "Chia sẻ ngay" (twice), "Tag:" +
    # tags, "trở lại" / "tiếp theo" post navigation with titles, "Bài viết mới" (5).
    return dict(title=9, region=region, picks=picks, url=None, neutral=[1, 10], bp_in=[])


SPEC = {
    ('cloudjet-bs4nl', 'cloudjet_1.txt'): C((63, 171), [174]),
    ('cloudjet-bs4nl', 'cloudjet_2.txt'): C((63, 155)),
    ('cloudjet-bs4nl', 'cloudjet_3.txt'): C((63, 181), [184]),
    ('cloudjet-bs4nl', 'cloudjet_4.txt'): C((65, 116), [119]),
    ('cloudjet-bs4nl', 'cloudjet_5.txt'): C((68, 105), [63, 108]),
    ('cloudjet-bs4nl', 'cloudjet_6.txt'): C((63, 157), [160]),
    ('cloudjet-bs4nl', 'cloudjet_7.txt'): C((69, 106), [63, 66, 109]),
    ('phunguyen-bs4strip', 'phunguyen_1.txt'): P((26, 31), [(22, 25)], [27, 28]),
    ('phunguyen-bs4strip', 'phunguyen_2.txt'): P((27, 60), [(22, 26)], [29, 30]),
    ('phunguyen-bs4strip', 'phunguyen_3.txt'): P((26, 36), [(22, 25)]),
    ('phunguyen-bs4strip', 'phunguyen_4.txt'): P((26, 68), [(22, 25)], [(27, 32)]),
    ('phunguyen-bs4strip', 'phunguyen_5.txt'): P((26, 74), [(22, 25)], [(27, 32)]),
    ('phunguyen-bs4strip', 'phunguyen_6.txt'): P((27, 79), [(22, 26)], [(29, 34)]),
    ('phunguyen-bs4strip', 'phunguyen_7.txt'): P((26, 52), [(22, 25)], [(28, 31)]),
    ('anbinh-bs4nl', 'anbinh_1.txt'): A((23, 42), (46, 50)),
    ('anbinh-bs4nl', 'anbinh_2.txt'): A((23, 48), (68, 72)),
    ('anbinh-bs4nl', 'anbinh_3.txt'): A((23, 66), (68, 72), [55, 56]),
    ('anbinh-bs4nl', 'anbinh_4.txt'): A((23, 36), (57, 61)),
    ('anbinh-bs4nl', 'anbinh_5.txt'): A((23, 37), (57, 61)),
    ('anbinh-bs4nl', 'anbinh_6.txt'): A((23, 40), (45, 49)),
    ('anbinh-bs4nl', 'anbinh_7.txt'): A((23, 52), (72, 76)),
    ('xettuyen-bs4strip', 'xettuyen_1.txt'): X((13, 107)),
    ('xettuyen-bs4strip', 'xettuyen_2.txt'): X((13, 51)),
    ('xettuyen-bs4strip', 'xettuyen_3.txt'): X((15, 27)),
    ('xettuyen-bs4strip', 'xettuyen_4.txt'): X((15, 26)),
    ('xettuyen-bs4strip', 'xettuyen_5.txt'): X((15, 36)),
    ('xettuyen-bs4strip', 'xettuyen_6.txt'): X((15, 27)),
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

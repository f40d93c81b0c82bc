#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py (itself heldout45's; heldout43's / heldout41's with 'auto' skipping region lines that start with '[' or with
a number followed by white space) with a new SPEC only; the code below the SPEC is unchanged.
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
else null (null throughout heldout77; the dgtapple-wp html2text seeds do print their own URL inside link targets, not labelled).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout77'


def TB(end):
    # titbe/WP @43c873b (WordPress "tít bé store", static export), w3m: site name x3, tagline, menu (Trang chủ / Cửa
    # hàng / pizza / đồ uống / ... / Thể thao / Bóng đá / Tennis), headline 23, "<date> phamhieu <categories> 0"
    # (neutral), body (lead image placeholder, sapo, paragraphs, captions), tag list "• ...", "[img]Trước đó" +
    # previous title, "Tiếp theo" + next title, "Hãy bình luận đầu tiên", comment form, "Tìm kiếm", Recent Posts,
    # Recent Comments, Archives, Categories, "Thông tin liên hệ" (phones, hotline), footer.
    return dict(title=23, region=(27, end), picks='auto', url=None, neutral=[25], bp_in=[])


def TN(region, neutral=(), bp_in=()):
    # TrongNhan293/trongnhan293.github.io @4d4b280 (WordPress "Tin Tức Mỗi Ngày", theme Newspaperly), lynx: feed
    # link line, "Skip to content", site name, menu (Giải trí / Sách / Nhạc / Thể thao / Bóng đá / Tennis), headline
    # 19, "Posted on <date> by LeTrongNhan" 21 (neutral), body, "Leave a Reply Cancel reply", "You must be logged in
    # to post a comment.", Search, Recent Posts, Recent Comments, Archives, Categories, "©2023 Tin Tức Mỗi Ngày |
    # Design: Newspaperly WordPress Theme".
    return dict(title=19, region=region, picks='auto', url=None, neutral=[21] + list(neutral), bp_in=list(bp_in))


def GT(title, region, posted):
    # giatrung/workpress @235c4ee (WordPress "DGT APPLE" shop + tech blog, theme eCommerce Plus), Python html2text
    # (Markdown): "Skip to content", offer banner, address, social icons, logo, site name, "Authorised Reseller", menu,
    # "Posted on <dates>" (neutral), "## <headline>", body (copied from thegioididong / tinhte, with links and
    # images), "By: [Duong Gia Trung]" (neutral), "Post navigation" (prev / next titles), reader comment(s) ("says:",
    # time, text, Reply) where present, comment form, Recent Posts, Recent Comments, "Liên hệ" phones, "Thông tin",
    # "Chính sách" links, payment logos, theme credit, cart / account links.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[posted, region[1] + 2], bp_in=[])


def AT(title, region, neutral):
    # user365A/mywordpress @53ec20d (WordPress "ANHTAISHOP" sports-goods shop with a sport / travel blog), lynx: feed
    # links, "Skip to content", site name x2, tagline, product search, cart "0 ₫", menu, headline (x2-3, once as
    # breadcrumb), breadcrumb, "Posted on <dates>" / "Đăng bởi <dates> bởi AnhTai — Để lại phản hồi" (neutral), body
    # (image alt lines, IFRAME lines), "By: AnhTaiCategories: ..." / "Danh mục: ..." line, "Điều hướng bài viết" +
    # prev / next titles, comment form ("Trả lời Hủy", fields, Akismet notice), "Bài viết mới", archives, categories,
    # footer.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def VP(title, region, neutral):
    # Vinhphu0812/mywordpress @6c5bf85 (WordPress shop + blog of Trương Vĩnh Phú), w3m: skip links, contact bar,
    # search box, menu with shop categories and account sub-menu, "Blog", breadcrumb "Home » <title>", "You are
    # currently viewing <title>", headline, "• Post author: / Post published: / Post category: / Post comments:"
    # (author and date neutral), body, "Please Share This" + 11 "Opens in a new window" share links, "You Might Also
    # Like" (related titles, dates), comment form, sidebar, "Copyright 2021 - Design By Trương Vĩnh Phú".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('titbe-wp', 'titbe_1.txt'): TB(65),
    ('titbe-wp', 'titbe_2.txt'): TB(62),
    ('titbe-wp', 'titbe_3.txt'): TB(73),
    ('titbe-wp', 'titbe_4.txt'): TB(90),
    ('titbe-wp', 'titbe_5.txt'): TB(76),
    ('titbe-wp', 'titbe_6.txt'): TB(70),
    ('tintucmoingay-wp', 'trongnhan_1.txt'): TN((31, 88), [27, 90]),
    ('tintucmoingay-wp', 'trongnhan_2.txt'): TN((23, 90)),
    ('tintucmoingay-wp', 'trongnhan_3.txt'): TN((23, 111)),
    ('tintucmoingay-wp', 'trongnhan_4.txt'): TN((23, 96), bp_in=[27, 28]),
    ('tintucmoingay-wp', 'trongnhan_5.txt'): TN((23, 64)),
    ('dgtapple-wp', 'giatrung_1.txt'): GT(34, (36, 140), 32),
    ('dgtapple-wp', 'giatrung_2.txt'): GT(34, (36, 90), 32),
    ('dgtapple-wp', 'giatrung_3.txt'): dict(GT(43, (45, 75), 41), bp_in=[75]),
    ('dgtapple-wp', 'giatrung_4.txt'): GT(34, (36, 57), 32),
    ('dgtapple-wp', 'giatrung_5.txt'): GT(41, (43, 97), 39),
    ('dgtapple-wp', 'giatrung_6.txt'): GT(32, (34, 74), 30),
    ('anhtaishop-wp', 'anhtai_1.txt'): AT(37, (39, 153), [35, 154]),
    ('anhtaishop-wp', 'anhtai_2.txt'): AT(37, (39, 124), [35, 126]),
    ('anhtaishop-wp', 'anhtai_3.txt'): AT(41, (43, 187), [(38, 39)]),
    ('anhtaishop-wp', 'anhtai_4.txt'): AT(41, (43, 266), [(38, 39)]),
    ('anhtaishop-wp', 'anhtai_5.txt'): AT(37, (39, 236), [35, 237]),
    ('vinhphu-wp', 'vinhphu_1.txt'): VP(67, (74, 248), [(69, 70)]),
    ('vinhphu-wp', 'vinhphu_2.txt'): VP(68, (75, 305), [(70, 71)]),
    ('vinhphu-wp', 'vinhphu_3.txt'): VP(67, (74, 148), [(69, 70)]),
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

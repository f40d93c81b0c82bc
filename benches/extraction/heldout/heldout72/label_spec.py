#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py (itself heldout45's / heldout43's / heldout41's) with a new SPEC for heldout72 and BASE set to
/work/evaldata/heldout72; the code below the SPEC is unchanged.
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

BASE = '/work/evaldata/heldout72'


def W(title, region, date, bp_in=(), picks='auto'):
    # LuongThiXuanMai/webthethao @424ad48 (WordPress 6.3.1, MH Themes), w3m: site name "Luong Mai blog", tagline,
    # category menu (Bóng đá / Bóng rổ / Esport / Võ Thuật), headline, date/author/category/comment-count line (neutral),
    # lead image placeholder, body (with a "Banner left" ad slot in webthethao_1 and a copied "CÓ THỂ BẠN QUAN TÂM"
    # related box in webthethao_2: bp_in), "[img]Trước đó" / "[img]Tiếp theo" prev/next post titles, "Hãy bình luận đầu
    # tiên", comment form, search, "Bài viết mới" list, "Phản hồi gần đây", archive, categories, footer credit.
    return dict(title=title, region=region, picks=picks, url=None, neutral=[date], bp_in=list(bp_in))


def M(region, neutral=(14,), picks='auto', title=12):
    # minhthc1997/Deploy @802ef76 (WordPress, MH Themes "Web thể thao"), lynx -nolist: feed-link header lines
    # ("#Dòng thông tin ..."), site name, menu, headline 12, date/author/category line 14 (neutral), body, (minhthc_5:
    # author signature "Xuân Bình" neutral, then 3 related links), "Trước đó" / "Tiếp theo" prev/next titles,
    # comment form, search, "Bài viết mới", "Phản hồi gần đây", archive, categories, footer credit.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def F(region):
    # XuanHieu1508/Nhom5_WebDongHoFreeFive @714d475 (WordPress + WooCommerce, Flatsome / UX Themes watch shop), w3m:
    # "Skip to content", site name, hotline, login / cart widgets, menu, headline 26, "Posted on <date> by admin" 28
    # (neutral), body, "This entry was posted in Tin tức. Bookmark the permalink.", "Bài viết liên quan" (3 titles +
    # dates), "Bài viết mới", archive, categories, Meta links, shop address / phone / e-mail placeholder, product
    # categories, link list, newsletter box, copyright, mobile menu, login form, designer credit.
    return dict(title=26, region=region, picks='auto', url=None, neutral=[28], bp_in=[])


def K(region, title=29, neutral=()):
    # galaway/mywordpress @f32c8a8 ("Khang's Wordpress", WooCommerce shop + blog, theme Churel), html2text: "Skip to
    # content", site name + tagline, menu with the Blogs submenu (5 post titles as links), date + "#category" link
    # (neutral), "## headline", author avatar + name link (neutral), body (bold lead, sub-heads, images, links), author
    # box, "Total 5 posts", "0 Comments on <title>", comment form text, "Bài viết mới", "Chuyên mục", "Phản hồi gần
    # đây", "You Might Be Interested In" related posts (avatar, author, title, date, read time), copyright, demo notice.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[(26, 27), (title + 2, title + 5)] + list(neutral),
                bp_in=[])


def S(title, region, neutral, bp_in=()):
    # duongan1405/mysport @7c51159 ("aNSport", WordPress + WooCommerce sports-gear shop with blog), lynx -nolist: feed-link
    # header lines, "Skip to content", site name, product search + cart total, menu (shop categories), "Posted on <date>"
    # (neutral) or product breadcrumb + "Sale!" + image names, headline, body / product description (embedded
    # IFRAME / mp3 lines and the add-to-cart widget are bp_in), "By: duongan Categories: ..." (neutral), "Điều hướng bài
    # viết" prev/next titles, comment / review form, related products (names, prices), search, "Bài viết mới", tagline,
    # calendar, categories, mini-cart.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=list(bp_in))


SPEC = {
    ('webthethao-wp', 'webthethao_1.txt'): W(10, (14, 47), 12, bp_in=[24]),
    ('webthethao-wp', 'webthethao_2.txt'): W((10, 11), (15, 101), 13, bp_in=[(84, 96)]),
    ('webthethao-wp', 'webthethao_3.txt'): W((10, 12), (16, 182), 14),
    ('webthethao-wp', 'webthethao_4.txt'): W(10, (14, 51), 12),
    ('webthethao-wp', 'webthethao_5.txt'): W(10, (14, 62), 12),
    ('webthethao-wp', 'webthethao_6.txt'): W(10, (14, 53), 12),
    ('minhthc-sport-wp', 'minhthc_1.txt'): M((16, 72)),
    ('minhthc-sport-wp', 'minhthc_2.txt'): M((16, 102)),
    ('minhthc-sport-wp', 'minhthc_3.txt'): M((16, 45), picks=[16, 27, 33, 38, 43]),
    ('minhthc-sport-wp', 'minhthc_4.txt'): M((16, 51)),
    ('minhthc-sport-wp', 'minhthc_5.txt'): M((16, 60), neutral=(14, 62)),
    ('minhthc-sport-wp', 'minhthc_6.txt'): M((16, 485)),
    ('freefive-watch-wp', 'freefive_1.txt'): F((30, 110)),
    ('freefive-watch-wp', 'freefive_2.txt'): F((30, 95)),
    ('freefive-watch-wp', 'freefive_3.txt'): F((30, 94)),
    ('freefive-watch-wp', 'freefive_4.txt'): F((30, 50)),
    ('khang-shop-wp', 'khang_1.txt'): K((36, 113)),
    ('khang-shop-wp', 'khang_2.txt'): K((36, 96)),
    ('khang-shop-wp', 'khang_3.txt'): dict(K((37, 79), title=29, neutral=[(81, 82)]), title=(29, 30),
                                           neutral=[(26, 27), (32, 35), (81, 82)]),
    ('mysport-shop-wp', 'mysport_1.txt'): S(37, (39, 108), [35, 110, 111]),
    ('mysport-shop-wp', 'mysport_2.txt'): S(24, (28, 98), [22, 26, 99], bp_in=[(37, 41), 69, 81]),
    ('mysport-shop-wp', 'mysport_3.txt'): S(37, (39, 124), [35, 131]),
    ('mysport-shop-wp', 'mysport_4.txt'): S(37, (39, 136), [35, 143], bp_in=[50]),
    ('mysport-shop-wp', 'mysport_5.txt'): S(42, (44, 95), [(97, 104)], bp_in=[(63, 73)]),
    ('mysport-shop-wp', 'mysport_6.txt'): S(37, (39, 75), [(77, 84)], bp_in=[(57, 67)]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py (itself heldout45's / heldout43's / heldout41's) with a new SPEC and BASE only; the code below
the SPEC is unchanged.
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

BASE = '/work/evaldata/heldout67'


def TOP(title, region, author, date):
    # HuyVue/top247.tk @75f2f6c (HTTrack copy of top247.vn, a Vietnamese "top 10 / review" listing portal), lynx:
    # feed links "#Dòng thông tin ...", search box, "Gửi đánh giá", MENU / "Danh mục" + 7 categories, breadcrumb
    # "Trang chủ / <category> / <title>", on list posts a "Chuyến đến:" jump list (numbered entries), headline,
    # rating "5 / 5 ( 1 bình chọn )" on some, avatar alt "[Top247-150x150.png]", author "Top247.vn" + date (neutral),
    # body, on some an in-post "Bài viết liên quan:" list (boilerplate), "ĐƯA THÔNG TIN DOANH NGHIỆP CỦA BẠN LÊN
    # TOP247.VN" promo + phone/email, "Tags liên quan", "Tin liên quan" (10 titles + teasers, each title twice),
    # "ĐÁNH GIÁ NỔI BẬT" (~20 titles + teasers), Fanpage, category grid (each name twice), copyright, DMCA, links,
    # site disclaimer.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[author, date], bp_in=[])


def GV(title, region, excerpt, byline):
    # ali33/golfvegas.vn_html @468847e (static export of the golfvegas.vn WordPress block theme; an OOH / DOOH
    # advertising company's news posts), Python html2text (Markdown-like): skip links, logo link, menu (5 links),
    # "[Nhận tư vấn]", date "18 August 2026" (neutral), "# " headline (wrapped over two lines in _1/_2), the post
    # excerpt ending in "…" (neutral), body (images as "![...](...)", "## " subheads, bold runs), byline
    # "Tuyet Vo – Golf Vegas Media" (neutral), "[Bài trước]" / "[Bài sau]" links, footer (name, slogan, "Liên kết"
    # + 5 links, address, phone, e-mail, "* * *", copyright).
    return dict(title=title, region=region, picks='auto', url=None, neutral=[14, excerpt, byline], bp_in=[])


def TN(title, region, neutral=(), picks='auto'):
    # anhpdv/trungnguyenecoffee.com @b409e85 (static copy of trungnguyenecoffee.com, WordPress + Flatsome; company
    # pages of the Trung Nguyen E-Coffee franchise chain), w3m: "Skip to content", logo alt repeated, search, login,
    # cart, product-category menu, main menu; page body; on tne_1 "HÀNH TRÌNH TỪ TRÁI TIM Xem tất cả" /
    # "KIẾN THỨC CÀ PHÊ Xem tất cả" / "SÁCH QUÝ NỀN TẢNG ĐỔI ĐỜI" teaser boxes, on tne_2 "Bài viết liên quan" and
    # "Bài Viết Mới" lists; company footer printed twice, mobile menu, contact buttons, login / register forms.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def DL(region, neutral=(70, 72, 73), title=68):
    # HuyVue/doloteva.tk @a924007 (HTTrack copy of doloteva.vn, a sleepwear / lingerie shop, WordPress + WooCommerce
    # + Flatsome; its blog posts and one help page), w3m: free-ship bar x2, shop name (logo alt twice), search,
    # hotline, cart, product-category menu (~35 entries), category line "Kinh nghiệm hay, Tin tức" / "Tin tức",
    # headline 68, "Posted on <date> by admin" (neutral), featured-image alt, date badge "09" / "Th11" (neutral),
    # body (product image alts), "This entry was posted in ...", author "admin", previous / next post titles,
    # comment form, footer "VỀ CHÚNG TÔI" / "LIÊN HỆ" / "QUY ĐỊNH VÀ HƯỚNG DẪN", copyright, mobile menu, login /
    # register forms.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('top247-review', 'top247_1.txt'): TOP(23, (28, 183), 26, 27),
    ('top247-review', 'top247_2.txt'): TOP(30, (35, 206), 33, 34),
    ('top247-review', 'top247_3.txt'): TOP(29, (36, 228), 33, 34),
    ('top247-review', 'top247_4.txt'): TOP(23, (29, 183), 27, 28),
    ('top247-review', 'top247_5.txt'): TOP(23, (28, 132), 26, 27),
    ('top247-review', 'top247_6.txt'): TOP(35, (40, 315), 38, 39),
    ('top247-review', 'top247_7.txt'): TOP(23, (29, 140), 27, 28),
    ('golfvegas-news', 'golfvegas_1.txt'): GV((16, 17), (22, 99), (19, 20), 101),
    ('golfvegas-news', 'golfvegas_2.txt'): GV((16, 17), (22, 192), (19, 20), 194),
    ('golfvegas-news', 'golfvegas_3.txt'): GV(16, (21, 117), (18, 19), 119),
    ('golfvegas-news', 'golfvegas_4.txt'): GV(16, (21, 180), (18, 19), 182),
    # tne_1 has no page headline; the page's main heading (two lines with an empty line between, inside the body)
    # is the title; explicit picks keep the title lines out of the article labels.
    ('trungnguyen-ecoffee', 'tne_1.txt'): TN((59, 61), (43, 108), picks=[43, 51, 63, 75, 98]),
    ('trungnguyen-ecoffee', 'tne_2.txt'): TN(45, (47, 115), neutral=[43]),
    ('trungnguyen-ecoffee', 'tne_4.txt'): TN(43, (45, 76)),
    ('doloteva-blog', 'doloteva_1.txt'): DL((75, 146)),
    ('doloteva-blog', 'doloteva_2.txt'): DL((75, 136)),
    ('doloteva-blog', 'doloteva_3.txt'): DL((75, 96), neutral=(70, 72, 73, 100)),
    ('doloteva-blog', 'doloteva_4.txt'): DL((75, 120)),
    ('doloteva-blog', 'doloteva_5.txt'): DL((68, 117), neutral=(), title=66),
    ('doloteva-blog', 'doloteva_6.txt'): DL((75, 123)),
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

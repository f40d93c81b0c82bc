#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout87's label_spec.py (heldout46's / heldout45's / heldout43's / heldout41's) with a new SPEC and BASE =
/work/evaldata/heldout92.  The code below the SPEC is heldout87's, with one addition: an optional per-seed key
'skip' (line numbers / (first, last) ranges inside the region) that 'auto' does not pick from -- used for the
in-body tables of contents that the ez-toc style plugins insert ("Tổng quan nội dung bài viết", "Nội dung chính",
"Mục Lục"), which are neither labelled article nor boilerplate.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, tables, quotes, image placeholders / alt texts / captions inside the body and the
author's own closing notes); picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200
chars); 'auto' takes 6 region lines spread evenly over the region (candidates: region lines not in bp_in or skip, not
starting with '![', '[![', '|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut
text has >= 40 chars and occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral =
lines outside the region labelled neither way (post date / byline / author line, featured image and its caption,
"N Comments" / view counters next to the byline, embedded GIF / video lines after the body, source notes); bp_in =
lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all -- used for every seed
whose comment section lists reader comments or pingbacks, so that the short comment lines (commenter name, date,
"Trả lời" / "Phản hồi" reply links, one-line comment texts) stay labelled as boilerplate.
Reader comments, pingbacks, "N Bình luận" headers, reply links and the comment form are boilerplate (furniture of
the reader-talk kind); the post body above them is the article.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs in the seed;
else null (none of these seeds prints the page's own URL whole on one line).  No page text is written in this
script."""
import json
import os
import re

BASE = '/work/evaldata/heldout92'


def H(title, region, neutral, skip=(), cap=150):
    # Nochin204/sakura1 @0c4203d, OceanWP-theme pages of the succulent shop "Hinculent" (lynx): LINK-rel line
    # ("#Dòng thông tin ..."), "Skip to content", search, shop name / slogan, cart, the menu x4, "You are currently
    # viewing <title>", headline, post meta list (author / published / category / "Post comments:N") -- neutral,
    # body (with the ez-toc "Tổng quan nội dung bài viết" list -- skip), GIPHY IFRAME (neutral), "Tags:", "Read more
    # articles" / Previous / Next, "You Might Also Like" card, "This Post Has One Comment" + the reader comment
    # (name, date, "Trả lời", text), "Trả lời Hủy" + comment form, sidebar (search, categories, recent posts,
    # "Phản hồi gần đây" = recent comments), shop info, product categories, Facebook boxes, image strip, credit.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[],
                skip=list(skip), cap=cap)


def S(title, region, neutral, cap=150):
    # Nochin204/sakura1 @0c4203d, Hestia-theme pages of the same site (its earlier fashion blog "Sakura" and one
    # plant-care post), w3m: site name / shop header, menu ("Chuyển đổi Danh mục chính", blog sub-menu), headline,
    # byline "Đăng bởi ... vào <date>" (neutral), body, "Chuyên mục:" / "Thẻ:", rule, "N Bình luận" + the reader comment
    # (avatar, "name · date", text, "Phản hồi"), "Trả lời Hủy" + comment form, sidebar (categories, "Về chúng tôi",
    # recent posts / comments, related post), contact, footer menu, "Hestia | Thiết kế bởi ThemeIsle".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[], cap=cap)


def M(title, region, neutral, skip=(), cap=150):
    # minhducanhhuy/My-blog @87c9477 (WordPress blog "Reach Your Life", Jannah theme), Python html2text: top bar
    # (search, sidebar, random article, log in, social), logo link, menu with language flags (data: URIs), breadcrumb,
    # category link, "# " headline, author photo / name / date / "N comments  views  minutes read" (neutral), share
    # links (wrapped URLs), featured image (neutral), body (with the "Mục Lục" list -- skip), "Tags", author box and share
    # links again, newsletter box ("Lorem ipsum"), prev / next cards, "Related Articles", "### One Comment" + the reader
    # comment (avatar, "**name** viết:", date link, text, "Trả lời"), "### Trả lời [Hủy]" + comment form, "Bài viết
    # mới", "Popular Posts", fans, categories, "Featured Posts", "Looking For More?", copyright, "Most Commented",
    # "Recent Comments" (comment excerpts), log-in box.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[],
                skip=list(skip), cap=cap)


def N(title, region, neutral, skip=(), cap=150):
    # NZW96/public @55a090a (WP2Static output of the WordPress blog "NZW96 - Money is The Right Direction In Life"),
    # w3m: site name x2, menu (Trang chủ / Danh mục / Giới thiệu / Liên hệ), "Build PC" ticker, category, headline,
    # author / date / "N Mins read" / "N Views" (neutral), "Share", featured image alt + caption (neutral), body, tag
    # list, "Share", previous / next post, "1 Comment" + "Pingback: ..." (where a later post linked back), "Để lại một
    # bình luận Hủy" + comment form, "Weekly update" cards (theme demo posts), newsletter, "Recent Posts", social
    # counters, "More News" cards, footer.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[],
                skip=list(skip), cap=cap)


def T(title, region, neutral, skip=(), cap=150):
    # nam3t/nam3t.com-static-page @c681033 (Simply Static output of the WordPress crypto blog nam3t.com, Newspaper
    # theme), BeautifulSoup get_text("\n") -- long runs of blank / tab-only lines, one paragraph per line, inline
    # links and bold runs split onto their own lines: <title>, "NÓNG HỔI" ticker with dates, logo text, menu, top-bar
    # date, category, headline, date / comment count / view count (neutral), "Chia sẻ" + share names, body (with the
    # ez-toc "Nội dung chính" list -- skip) and the author's closing note, "Tags:" + tags, author box, newsletter box,
    # "Bình luận N" / "Bình luận từ Facebook" / "Bình luận từ Disqus" tabs, "N Bình luận" + "Pingback:" entries,
    # "Trả lời Hủy trả lời" + comment form, follow counters, newsletter, "Bài viết mới", "Bài viết liên quan",
    # "Thông tin", "Bài viết hay khác", categories with counts, tag cloud, footer links, log-in / register forms.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[],
                skip=list(skip), cap=cap)


def P(title, region, neutral=(36,), cap=150):
    # phshung/hungwordpress @6cd1f1b (WordPress + WooCommerce site "PH Store", Storefront theme), pandoc -t plain:
    # skip links, store name, search, "Danh mục" menu x2, cart, breadcrumb, byline "Đăng bởi <date> bởi phamsihung —
    # Để lại phản hồi" (neutral), headline, body ("[]" / "[alt]" image placeholders), "via GIPHY" (neutral), "Danh
    # mục:", "Điều hướng bài viết" + previous / next, empty comment section ("Trả lời Hủy" + comment form), "Bài viết
    # mới", categories, archives, "Phản hồi gần đây" (empty), contact block, "THÔNG TIN KHÁC", calendar table, footer,
    # Zalo button.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[], cap=cap)


SPEC = {
    ('hinculent-wp', 'hinculent_1.txt'): H(57, (64, 370), [(59, 62), 372], skip=[(70, 88)], cap=None),
    ('hinculent-wp', 'hinculent_2.txt'): H(57, (64, 331), [(59, 62), 333, 335], skip=[(71, 88)], cap=None),
    ('hinculent-wp', 'hinculent_3.txt'): H(58, (65, 345), [56, (60, 63)], skip=[(71, 98)]),
    ('hinculent-wp', 'hinculent_4.txt'): H(57, (64, 198), [(59, 62)]),
    ('hinculent-wp', 'hinculent_5.txt'): H(57, (64, 246), [(59, 62)]),
    ('hinculent-wp', 'hinculent_6.txt'): H(57, (64, 272), [(59, 62)]),
    ('sakura-wp', 'sakura_1.txt'): S(12, (16, 151), [14], cap=None),
    ('sakura-wp', 'sakura_2.txt'): S(12, (16, 137), [14], cap=None),
    ('sakura-wp', 'sakura_3.txt'): S(12, (16, 127), [14], cap=None),
    ('sakura-wp', 'sakura_4.txt'): S(29, (33, 187), [31]),
    ('myblog-wp', 'myblog_1.txt'): M(30, (58, 265), [(32, 36), 56], skip=[(107, 115)], cap=None),
    ('myblog-wp', 'myblog_2.txt'): M((31, 32), (62, 262), [(34, 38), 60], skip=[(73, 82)], cap=None),
    ('myblog-wp', 'myblog_3.txt'): M(30, (58, 170), [(32, 36), 56]),
    ('myblog-wp', 'myblog_4.txt'): M(30, (60, 190), [(32, 36), 58], skip=[(71, 79)]),
    ('nzw96-wp2static', 'nzw96_1.txt'): N(16, (24, 163), [18, 20, 21], cap=None),
    ('nzw96-wp2static', 'nzw96_2.txt'): N(16, (24, 122), [18, 20, 21]),
    ('nzw96-wp2static', 'nzw96_3.txt'): N(16, (23, 114), [18, 20], cap=None),
    ('nzw96-wp2static', 'nzw96_4.txt'): N(16, (23, 49), [18, 20, 51]),
    ('nzw96-wp2static', 'nzw96_5.txt'): N((17, 18), (24, 204), [14, 20], cap=None),
    ('nzw96-wp2static', 'nzw96_6.txt'): N(16, (25, 119), [18, 20, 21, 121], cap=None),
    ('nam3t-simplystatic', 'nam3t_1.txt'): T(868, (958, 1489), [882, 901, 929]),
    ('nam3t-simplystatic', 'nam3t_2.txt'): T(900, (990, 1797), [914, 933, 961]),
    ('nam3t-simplystatic', 'nam3t_3.txt'): T(866, (961, 1430), [880, 899, 919, 932]),
    ('nam3t-simplystatic', 'nam3t_4.txt'): T(880, (970, 1355), [894, 913, 941]),
    ('nam3t-simplystatic', 'nam3t_5.txt'): T(874, (964, 1305), [888, 907, 935]),
    ('nam3t-simplystatic', 'nam3t_6.txt'): T(866, (956, 1756), [880, 899, 927]),
    ('hung-wp', 'hung_1.txt'): P(38, (40, 166)),
    ('hung-wp', 'hung_2.txt'): P(38, (40, 134), [36, 136]),
    ('hung-wp', 'hung_3.txt'): P(38, (40, 100)),
    ('hung-wp', 'hung_4.txt'): P(38, (40, 146)),
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
        skip = expand(sp.get('skip', []))
        art = []
        if sp['picks'] == 'auto':
            cand = []
            for i in range(r0, r1 + 1):
                if i in bp_in or i in skip:
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

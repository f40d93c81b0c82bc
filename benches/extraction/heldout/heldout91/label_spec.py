#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout87's label_spec.py (itself heldout46's / 45's / 43's / 41's) with a new SPEC and BASE = /work/evaldata/heldout91
only; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, tables, code blocks, quotes, image placeholders and the author's own notes); picks =
article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6 region lines
spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![', '|', '#', '['
or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and occurs once in
the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the region labelled
neither way (post date / reading-time line, byline, subtitle, "Cập nhật ngày ..." update notes, translation /
source notes, the article's own reference / see-also list); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs whole on one line
of the seed (the "Permalink:" box of devcui); else null.  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout91'


def K(title, region, neutral, picks='auto'):
    # vanvuvuong/vanvuvuong.github.io @3de4391 (Hugo + FixIt, "Kaizen - tốt hơn mỗi ngày"), w3m: site name + menu
    # (Giới thiệu / Bài viết / Khoa học máy tính / Cuộc sống / Học viện luật tự nhiên / Bộ sưu tập / Tags / Sách hay)
    # twice (desktop + mobile, search box, "Huỷ"), series box ("<series> N" + list of its posts, "i/N", "Nội dung
    # liên quan" + related posts), headline, subtitle and byline "Kaizen Teams [trong <series>]" + dates / words /
    # minutes (neutral), "Nội dung" table of contents, body, "Trong Bộ sưu tập・..." + next in series, "Cập nhật ngày"
    # (neutral), "CC BY-NC-SA 4.0", tags + "Quay lại | Trang chủ", prev / next post titles, TOC again, theme credit,
    # JavaScript notice.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def H(title, region, neutral=(), picks='auto'):
    # hukadev/hukadev.github.io @f7f9077 (Astro digital garden "Simply Huka", blog.huka.dev), lynx -nolist:
    # "#Simply Huka", Google Tag Manager IFRAME line, logo, menu (Blog / Tags / Graph), (BUTTON)s, "Dark Theme",
    # "Menu", "Back", "TABLE OF CONTENTS" + list, date and reading time (neutral), tag slug, headline, body,
    # translation NOTE (neutral), the author's see-also / reference lists (neutral), "Linked Mentions (N)" + backlink
    # excerpt with [[wiki-links]], "Referenced in this post", previous / next note titles, "10 %" progress, "© 2026 Huka".
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def D(region, neutral=(), picks='auto'):
    # robinhuy/robinhuy.github.io gh-pages @fe34f12 (Hugo + PaperMod, "HuyDQ's Blog", huydq.dev), Python html2text:
    # "[huydq.dev](...)" logo link, menu links (Search / Tags / Projects / About), headline 8 ("#  ..."), date + reading
    # time 10 (neutral), "Table of Contents" + list, body, translation / source note (neutral), tag links, "« Prev" /
    # "Next »" links (wrapped URLs), Facebook / Twitter share links, Disqus noscript notice + "(C) 2022 HuyDQ's Blog",
    # GitHub / CodePen / StackOverflow links.
    return dict(title=8, region=region, picks=picks, url=None, neutral=[10] + list(neutral), bp_in=[])


def C(region, url_line, picks='auto'):
    # MrL8199/f97.github.io @d64a403 (Hexo, personal blog "Dev Cùi", devcui.com), pandoc -t plain: blog name, menu
    # (Timeline / Bucket / Code / Tracker / About) twice, "Dev Cùi· Light", "☰ Menu", "Expand all Back to top Go to
    # bottom", headline 13, "Author: ... Date: ..." 15 (neutral), body, post-copyright box ("Author:", "Permalink:" with
    # the page's own URL, "License: ... CC-BY-NC-4.0", "Slogan: ..."), "Tag(s): # ...", "back · home", previous / next
    # post titles on one line, footer "© Huỳnh Đức Khoản | Writing By Huỳnh Đức Khoản".
    return dict(title=13, region=region, picks=picks, url=(url_line, 0), neutral=[15], bp_in=[])


def T(title, region, neutral, picks):
    # Buinguyenhoangtho/Buinguyenhoangtho.github.io @d829378 (Hugo, "Blog của tôi" of Bùi Nguyễn Hoàng Thọ),
    # BeautifulSoup get_text('\\n') without script / style: the <title> text "<headline> | Blog của tôi", site name
    # "Hoàng Thọ", menu ("🏷️ Thẻ", "😀Về tôi", Github, Linkedin), "← Quay về trang chủ", tag(s) "#...", headline,
    # date / word count and "Cập nhật ngày ..." update note (neutral), body (highlighted code split into one token per
    # line), the author's reference list (neutral), previous / next post titles, footer "Bùi Nguyễn Hoàng Thọ."; many
    # blank and white-space-only lines.  picks by hand for _1, _2, _4, _5 (auto would take code comments / quoted
    # URLs); 'auto' for _3 and _6, whose auto picks are all prose.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('kaizen-hugo', 'kaizen_1.txt'): K(29, (46, 202), [31, 33, 34, 204]),
    ('kaizen-hugo', 'kaizen_2.txt'): K(44, (69, 153), [46, 48, 49, 166]),
    ('kaizen-hugo', 'kaizen_3.txt'): K(36, (53, 104), [38, 39, 108], picks=[53, 62, 67, 69, 85, 95]),  # not the table heads
    ('kaizen-hugo', 'kaizen_4.txt'): K(41, (55, 424), [43, 44, 429], picks=[69, 119, 162, 180, 276, 419]),  # prose, not shell output
    ('kaizen-hugo', 'kaizen_5.txt'): K(38, (50, 227), [40, 41, 231]),
    ('kaizen-hugo', 'kaizen_6.txt'): K(37, (46, 163), [39, 40, 167]),
    ('huka-astro', 'huka_1.txt'): H(33, (35, 125), [29, 30]),
    ('huka-astro', 'huka_2.txt'): H(29, (35, 262), [25, 26, 31, 33]),
    ('huka-astro', 'huka_3.txt'): H(34, (36, 101), [30, 31, (103, 106)]),
    ('huka-astro', 'huka_4.txt'): H(24, (33, 260), [20, 21, (26, 27), 29, 31]),
    ('huka-astro', 'huka_5.txt'): H(29, (31, 110), [25, 26, (112, 118)], picks=[33, 54, 62, 76, 90, 106]),  # not a link line
    ('huka-astro', 'huka_6.txt'): H(29, (31, 101), [25, 26, (103, 111)]),
    ('huydq-papermod', 'huydq_1.txt'): D((21, 186), [(188, 189)]),
    ('huydq-papermod', 'huydq_2.txt'): D((18, 123), [(125, 128)]),
    ('huydq-papermod', 'huydq_3.txt'): D((21, 109)),
    ('huydq-papermod', 'huydq_4.txt'): D((23, 250), [(252, 253)], picks=[23, 87, 116, 177, 204, 247]),  # not the CSP header
    ('huydq-papermod', 'huydq_5.txt'): D((18, 125), picks=[18, 32, 48, 89, 100, 117]),  # not the Set-Cookie line
    ('huydq-papermod', 'huydq_6.txt'): D((17, 165)),
    ('devcui-hexo', 'devcui_1.txt'): C((17, 86), 91),
    ('devcui-hexo', 'devcui_2.txt'): C((17, 80), 84),
    ('devcui-hexo', 'devcui_3.txt'): C((17, 71), 76),
    ('devcui-hexo', 'devcui_4.txt'): C((17, 75), 79, picks=[25, 32, 40, 54, 60, 74]),  # Vietnamese prose, not the quoted English notice
    ('devcui-hexo', 'devcui_5.txt'): C((17, 77), 81),
    ('devcui-hexo', 'devcui_6.txt'): C((17, 83), 87),
    ('hoangtho-hugo', 'hoangtho_1.txt'): T(124, (143, 1043), [(129, 140)], [146, 180, 351, 774, 824, 1043]),
    ('hoangtho-hugo', 'hoangtho_2.txt'): T(124, (143, 850), [(129, 140)], [146, 260, 409, 415, 674, 850]),
    ('hoangtho-hugo', 'hoangtho_3.txt'): T(127, (146, 266), [(132, 143), (269, 271)], 'auto'),
    ('hoangtho-hugo', 'hoangtho_4.txt'): T(124, (139, 461), [(129, 133)], [142, 155, 160, 169, 283, 461]),
    ('hoangtho-hugo', 'hoangtho_5.txt'): T(124, (145, 1713), [(129, 142)], [148, 182, 300, 551, 654, 1708]),
    ('hoangtho-hugo', 'hoangtho_6.txt'): T(127, (142, 383), [(132, 136), (388, 397)], 'auto'),
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

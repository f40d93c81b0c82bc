#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py (heldout45's / heldout43's / heldout41's, with 'auto' skipping region lines that start with
'[' or with a number followed by white space) with a new SPEC and BASE = /work/evaldata/heldout87 only; the code below
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
else null (here the page's own URL never occurs whole on one line: html2text wraps it, the others do not print it).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout87'


def N(region, cap=None):
    # thanhlmm/nlug.github.io @27bc2f6 (static export of the WordPress 4.8.3 personal blog "Blog của CuThanh", theme Readable),
    # w3m: search box + "Press enter to see results or esc to cancel.", blog name, "Toggle navigation", menu (Trang chủ /
    # Technology / React / Server / NodeJS / Startup / About), featured-image placeholder 22 (neutral), byline
    # "● Minh Thành in <category> <date>" 23 and "N Comments" 24 (neutral), headline 26, body, "Like" / reactions widget,
    # "Có liên quan", "N Comments", "Written By" author box, "Tags" run-together tag names, "Comments" + the reader
    # comments (avatar placeholder, name, date "/ Trả lời", text), "Leave a Comment" form, theme credit.
    # cap=None: all furniture lines are kept (short comment names / dates would otherwise be cut).
    return dict(title=26, region=region, picks='auto', url=None, neutral=[22, 23, 24], bp_in=[], cap=cap)


def M(region, neutral=()):
    # minhlucvan/minhlucvan.github.io @e4ecbe1 (Hexo, theme Tranquilpeak), lynx: blog name "Minh Luc's Blog",
    # "Author's picture" x2, author name, "author.bio", menu (Home / Categories / Tags / Archives / Search / About),
    # social links, RSS, headline 25, date + category line 27 (neutral), body, the author's source note / signature
    # (neutral), "TAGGED IN" + tags, PREVIOUS / NEXT, empty share bullets, copyright, share buttons, author card.
    return dict(title=25, region=region, picks='auto', url=None, neutral=[27] + list(neutral), bp_in=[])


def T(region, neutral=(), title=18):
    # jordanmanh2712/thienvoithiennhien @71e376a (Publii static-site CMS, blog of the meditation practice group "Thiền với Thiên
    # Nhiên"), Python html2text: logo link + "Menu", menu tree (Blog / Radio / Youtube / Đánh giá / Thực hành / ... /
    # Liên hệ), "Search", headline 18 ("# ..."), date 20, "Comments [0](...)" 22-23 and the featured image 25-27
    # (neutral), body, tag links, share links, author box (photo, name, bio), Previous / Next post, "### Comments" +
    # Disqus notice, "## Related posts" (3 cards: image link, title link, teaser, date, comment count), social links,
    # "Cám ơn bạn vì đã ghé thăm blog ...".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def C(region, neutral=(26, 28)):
    # codechozui/codechozui.github.io @75629dc (Hugo, Vietnamese tech-news / tutorial blog "CodeChoZui"), w3m: site
    # name x2, menu (Trang chủ / Bài viết / Chuyên mục + 7 sub-items / Giới thiệu), theme switcher, search overlay
    # text, headline 21, breadcrumb (Trang chủ / <title>), byline "@codechozui" / date / "N phút đọc" 26-28 (neutral),
    # body, "Tags :" + tags, "Chia sẻ :", "Bình luận" + note, "Chuyên mục" (27 categories with counts), "Tags" (75 tag
    # names), footer (Điều khoản / Chính sách / Liên hệ, "Developed by CodeChoZui09").
    return dict(title=21, region=region, picks='auto', url=None, neutral=[tuple(neutral)], bp_in=[])


def Q(region, neutral=()):
    # trannamquan/namquan.github.io @64173c7 (Hexo, personal blog "Noob from Danang"), Python html2text:
    # "Toggle navigation [Noob from Danang](/)", menu links, headline 10 ("# ..."), "Posted by Nam Quân on <date>"
    # 12 (neutral), tag links, category links, body, "### Comments:" (empty), social links, "(C) 2018 Nam Quân".
    return dict(title=10, region=region, picks='auto', url=None, neutral=[12] + list(neutral), bp_in=[])


SPEC = {
    ('nlug-wp', 'nlug_1.txt'): N((28, 159)),
    ('nlug-wp', 'nlug_2.txt'): N((28, 217)),
    ('nlug-wp', 'nlug_3.txt'): dict(N((28, 132)), picks=[30, 53, 69, 97, 113, 124]),  # not the embedded post cards
    ('nlug-wp', 'nlug_4.txt'): N((28, 190)),
    ('nlug-wp', 'nlug_5.txt'): N((28, 234)),
    ('nlug-wp', 'nlug_6.txt'): dict(N((28, 269)), picks=[36, 81, 120, 160, 213, 268]),  # prose, not wrapped URLs
    ('nlug-wp', 'nlug_7.txt'): dict(N((28, 132)), picks=[30, 43, 66, 102, 115, 127]),
    ('nlug-wp', 'nlug_8.txt'): N((28, 129)),
    ('minhluc-hexo', 'minhluc_1.txt'): M((29, 78)),
    ('minhluc-hexo', 'minhluc_2.txt'): M((29, 66), [68]),
    ('minhluc-hexo', 'minhluc_3.txt'): M((29, 86)),
    ('minhluc-hexo', 'minhluc_4.txt'): M((29, 34), [36]),
    ('minhluc-hexo', 'minhluc_5.txt'): dict(M((29, 187), [(189, 191), 193]), picks=[29, 52, 96, 152, 165, 183]),
    ('minhluc-hexo', 'minhluc_6.txt'): M((29, 91), [93]),
    ('minhluc-hexo', 'minhluc_7.txt'): M((29, 74)),
    ('thien-publii', 'thien_1.txt'): T((29, 209), [20, (22, 23), (25, 27)]),
    ('thien-publii', 'thien_2.txt'): T((29, 77), [20, (22, 23), (25, 27), 79]),
    ('thien-publii', 'thien_3.txt'): T((29, 80), [21, (23, 24), (26, 27)], title=(18, 19)),
    ('thien-publii', 'thien_4.txt'): T((28, 93), [20, (22, 23), (25, 26), (95, 96)]),
    ('thien-publii', 'thien_5.txt'): T((27, 121), [20, (22, 23), 25]),
    ('thien-publii', 'thien_6.txt'): T((27, 77), [20, (22, 23), 25]),
    ('codechozui-hugo', 'codechozui_1.txt'): C((32, 55)),
    ('codechozui-hugo', 'codechozui_2.txt'): C((30, 84)),
    ('codechozui-hugo', 'codechozui_3.txt'): C((30, 101)),
    ('codechozui-hugo', 'codechozui_4.txt'): C((30, 70)),
    ('codechozui-hugo', 'codechozui_5.txt'): C((30, 69)),
    ('codechozui-hugo', 'codechozui_6.txt'): C((30, 85)),
    ('namquan-hexo', 'namquan_1.txt'): Q((19, 101)),
    ('namquan-hexo', 'namquan_2.txt'): Q((18, 66)),
    ('namquan-hexo', 'namquan_3.txt'): Q((18, 67)),
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

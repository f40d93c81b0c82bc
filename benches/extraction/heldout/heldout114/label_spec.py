#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout114 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, reading-time line, the post's description / lead repeated above the body);
bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout114'


def H(region, picks='auto'):
    # dominhhai/dominhhai.github.io @d1baa3d (Hugo, theme Tranquilpeak, "Hai's Blog"), w3m -cols 100: site name,
    # avatar alt twice, author name, tagline (2 lines), menu (Trang chủ / Danh mục / Thẻ thông tin / Lưu trữ /
    # Chém gió / Hỏi ngu), GitHub / Twitter, RSS, headline 22, date + category line 24 (neutral), body, "THẺ ĐÁNH DẤU"
    # + tag line, "Tiếp" / "Trước" (prev / next), empty share bullets, site name again, "Other Languages: [Tiếng Việt
    # (vi)]", "Chủ đề" topic list, "Liên hệ" / "Gửi tin nhắn", copyright, prev / next and share bullets again
    # ("Chia sẻ với Facebook / Twitter / Google+"), author card (avatar, name, tagline, "Freelancer", "Japan").
    return dict(title=22, region=region, picks=picks, url=None, neutral=[24], bp_in=[])


def N(title, region, neutral, picks='auto'):
    # namanh11611/blog @9642b82 (gh-pages; Hugo, theme Stack, "Henry Techie"), ELinks -dump without link list:
    # "Link: canonical", avatar, site name, "Software Engineer", empty numbered icon links, search box, "Chế độ nền
    # tối", "Mục lục" (TOC of the post's headings), "Featured image of post ...", category, headline, description
    # (the first sentence of the body, neutral), date and reading time (neutral), "English" (language switch), body,
    # tag + "Licensed under CC BY-NC-SA 4.0" line, "Bài viết liên quan" (5 related posts, each as "Featured image of
    # post X" + X), Disqus noscript line, copyright + "Built with Hugo", "Theme Stack thiết kế bởi Jimmy".
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def C(end, picks='auto'):
    # coursemind-blog/coursemind-blog.github.io @9e290c9 (Docusaurus 2 blog, locale vi), pandoc -t plain --wrap=none:
    # "Nhảy tới nội dung", logo alt twice, "Hướng dẫnBlog", language menu (Tiếng Việt / English), "Recent posts"
    # (5 titles), headline 24, date + reading-time line 26 (neutral), body, "[]Sửa trang này", "Bài mới hơn" /
    # "Bài cũ hơn" + titles, in-page TOC (the post's headings), footer ("Hướng dẫn", "Xem thêm" / "Blog"), copyright.
    return dict(title=24, region=(28, end), picks=picks, url=None, neutral=[26], bp_in=[])


def P(end, picks='auto'):
    # protonx-blog/protonx-blog.github.io @0a1766f (Docusaurus 2 blog; default locale with English UI px_1-4, locale
    # vi px_5), BeautifulSoup get_text('\n') with scripts / styles decomposed: the <title> line ("... | ProtonX AI
    # E-learning"), "Skip to main content" / "Nhảy tới nội dung", "Hướng dẫn", "Blog", language menu, "Recent posts"
    # (4 titles), headline 45, date 46 and reading time 48 (neutral), body, "Edit this page" / "Sửa trang này",
    # "Newer Post" / "Older Post" + titles, in-page TOC (the post's headings), footer (Docs / Hướng dẫn / Xem thêm /
    # Blog), copyright.
    return dict(title=45, region=(49, end), picks=picks, url=None, neutral=[46, 48], bp_in=[])


SPEC = {
    ('dominhhai-w3m', 'hai_1.txt'): H((26, 71)),
    ('dominhhai-w3m', 'hai_2.txt'): H((26, 65)),
    ('dominhhai-w3m', 'hai_3.txt'): H((26, 65)),
    ('dominhhai-w3m', 'hai_4.txt'): H((26, 72)),
    ('dominhhai-w3m', 'hai_5.txt'): H((26, 93)),
    ('dominhhai-w3m', 'hai_6.txt'): H((26, 151), picks=[26, 37, 75, 111, 130, 151]),  # not a Japanese document-name line
    ('dominhhai-w3m', 'hai_7.txt'): H((25, 40)),
    ('dominhhai-w3m', 'hai_8.txt'): H((26, 73)),
    ('henrytechie-elinks', 'henry_1.txt'): N(37, (46, 147), [39, 40, 42, 43], picks=[49, 64, 84, 108, 129, 141]),  # not a URL line
    ('henrytechie-elinks', 'henry_2.txt'): N(44, (53, 192), [46, 47, 49, 50]),
    ('henrytechie-elinks', 'henry_3.txt'): N(34, (43, 107), [36, 37, 39, 40]),
    ('henrytechie-elinks', 'henry_4.txt'): N(35, (44, 113), [37, 38, 40, 41]),
    ('henrytechie-elinks', 'henry_5.txt'): N(40, (49, 175), [42, 43, 45, 46]),
    ('henrytechie-elinks', 'henry_6.txt'): N(39, (49, 118), [41, 42, 43, 45, 46], picks=[50, 61, 76, 90, 104, 114]),  # not a URL line
    ('henrytechie-elinks', 'henry_7.txt'): N(46, (56, 177), [48, 49, 50, 52, 53], picks=[59, 83, 109, 133, 159, 171]),  # not a URL line
    ('henrytechie-elinks', 'henry_8.txt'): N(33, (43, 110), [35, 36, 37, 39, 40]),
    ('coursemind-pandoc', 'cm_1.txt'): C(166),
    ('coursemind-pandoc', 'cm_2.txt'): C(136),
    ('coursemind-pandoc', 'cm_3.txt'): C(68),
    ('coursemind-pandoc', 'cm_4.txt'): C(112, picks=[28, 44, 62, 76, 86, 110]),  # prose, not list items
    ('coursemind-pandoc', 'cm_5.txt'): C(163),
    ('coursemind-pandoc', 'cm_6.txt'): C(154),
    ('coursemind-pandoc', 'cm_7.txt'): C(88),
    ('protonx-bs4', 'px_1.txt'): P(73),
    ('protonx-bs4', 'px_2.txt'): P(79),
    ('protonx-bs4', 'px_3.txt'): P(131),
    ('protonx-bs4', 'px_4.txt'): P(59),
    ('protonx-bs4', 'px_5.txt'): P(73),
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

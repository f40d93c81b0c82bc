#!/usr/bin/env python3
"""Write heldout35 labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed;
algorithm copied from heldout34/build/label_spec.py, only SPEC differs).

Per seed: title = line number of the main headline (markdown '#' markers and surrounding blanks are dropped);
title may be (first, last) when the headline is wrapped over lines (joined with '\\n' exactly as in
the seed); region = (first, last) line of the main content (article body incl. lead/sapo and in-body subheads / portal
notice); picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); a pair
(n, k) takes the k-th consecutive piece of line n when line n is split at spaces into pieces of <= 200 chars;
neutral = lines outside the region labelled neither way (record field lines, header lines written by the
student's converter, byline, date, duplicate headline, source attribution, photo credit); bp_in = lines inside the
region that are furniture (share/photo-widget bars between paragraphs).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain the shortest are dropped (file order kept).
url = (n, k): the k-th http(s) URL token of line n -- given only where the article's own URL occurs in the seed;
else null.  No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    # ThanhB18059162022/odp.cantho.gov.vn: Cần Thơ open-data portal (CKAN) pages from a site mirror.
    # odp_1/odp_2: news posts dumped by lynx (-nolist); lines 1-47 = skip link, account links, menu, "Tin tức"
    # sidebar of other posts (test posts of the live site) + "Quay lại"; 49 = headline; 51 = date (neutral);
    # the post body repeats its lead paragraph (summary + body) -- both inside the region, never picked.
    ('ct-odp', 'odp_1.txt'): dict(title=49, region=(53, 128), picks=[73, 87, 94, 102, 110, 120],
                                  neutral=[51], bp_in=[]),
    ('ct-odp', 'odp_2.txt'): dict(title=49, region=(53, 97), picks=[72, 75, 77, 84, 86, 96],
                                  neutral=[51], bp_in=[]),
    # odp_3: "about" page dumped by w3m; 16-17 breadcrumb, 19 page heading, 21 = headline of the notice.
    ('ct-odp', 'odp_3.txt'): dict(title=21, region=(23, 40), picks=[24, 27, 31, 34, 35, 39],
                                  neutral=[], bp_in=[]),
    # Rin171104/Legal-chatbot: whole-page text dumps of haui.edu.vn pages committed by the crawler.
    # line 1 = page <title> with site suffix (neutral); line 2 = section name (boilerplate, or equal to the
    # headline on haui_2/haui_3); line 3 = headline; then the page text, the "Tin tiêu điểm" sidebar (10 teasers
    # with dates), the modal close sign and the copyright footer.
    ('haui-dump', 'haui_1.txt'): dict(title=3, region=(4, 7), picks=[(4, 0), (4, 1), (6, 0), (6, 1), 7],
                                      neutral=[1], bp_in=[]),
    ('haui-dump', 'haui_2.txt'): dict(title=3, region=(4, 19), picks=[5, 7, 10, 11, 15, 17],
                                      neutral=[1], bp_in=[]),
    ('haui-dump', 'haui_3.txt'): dict(title=3, region=(4, 17), picks=[4, 9, 11, 13, 15, 17],
                                      neutral=[1], bp_in=[]),
    ('haui-dump', 'haui_4.txt'): dict(title=3, region=(4, 24), picks=[5, 9, 10, 15, 16, 24],
                                      neutral=[1], bp_in=[]),
    # hungmanh2004 (fields rendering: lines 1-3 = url/title/date_crawled, neutral): help.shopee.vn answers as
    # crawl4ai-style Markdown: search-box greeting (5), "##" headline (6), answer, "Xem thêm"+tag line (shopee_2
    # line 26), satisfaction poll (3 lines).
    ('shopee-help', 'shopee_1.txt'): dict(title=6, region=(7, 46), picks=[7, 9, 11, 24, 32, 42],
                                          neutral=[1, 2, 3], bp_in=[], url=(1, 0)),
    ('shopee-help', 'shopee_2.txt'): dict(title=6, region=(7, 25), picks=[8, 10, 13, 15, 16, 20],
                                          neutral=[1, 2, 3], bp_in=[], url=(1, 0)),
}

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
        art = []
        for p in sp['picks']:
            a = cut(L[p - 1].strip()) if isinstance(p, int) else pieces(L[p[0] - 1])[p[1]]
            assert 40 <= len(a) <= 200 and text.count(a) == 1, (slug, fn, p, a, text.count(a))
            art.append(a)
        r0, r1 = sp['region']
        neutral = expand(sp['neutral'])
        bp_in = expand(sp['bp_in'])
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
        if len(bp) > 150:  # keep the 150 longest, in file order
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

Per seed: title = line number of the main headline (markdown '#' markers and surrounding blanks are dropped);
region = (first, last) line of the main content (article body incl. lead/sapo and in-body subheads / portal
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
    # royalpoinciana234 (title_body rendering: line 1 = record title, line 2 blank)
    ('royal-news', 'vtcnews_1.txt'): dict(title=127, region=(129, 165), picks=[130, 134, 139, 144, 156, 164],
                                          neutral=[1, 125, 126, 128, 166], bp_in=[], url=(137, 0)),
    ('royal-news', 'congly_1.txt'): dict(title=150, region=(152, 155), picks=[152, 153, 155],
                                         neutral=[1, 151], bp_in=[], url=(142, 0)),
    ('royal-news', 'vov_1.txt'): dict(title=316, region=(321, 369), picks=[321, 322, 330, 338, 350, 367],
                                      neutral=[1, 317, 376], bp_in=[], url=(319, 0)),
    ('royal-news', 'baoquangninh_1.txt'): dict(title=115, region=(121, 154), picks=[124, 126, 132, 138, 141, 149],
                                               neutral=[1, 114, 116, 155], bp_in=[], url=(25, 1)),
    # TranKien2005 (.md blobs copied byte for byte; lines 1-4 = header written by the student's converter)
    ('tk-news', 'congluan_1.txt'): dict(title=153, region=(159, 209), picks=[163, 167, 181, 183, 197, 205],
                                        neutral=[1, 3, 4, 155, 157, 211], bp_in=[], url=(62, 0)),
    ('tk-news', 'khoahocdoisong_1.txt'): dict(title=29, region=(33, 129), picks=[35, 43, 51, 67, 105, 125],
                                              neutral=[1, 3, 4, 31], bp_in=[], url=(147, 2)),
    ('tk-news', 'thanhtra_1.txt'): dict(title=283, region=(289, 305), picks=[289, 293, 295, 297, 301, 303],
                                        neutral=[1, 3, 4, 287], bp_in=[]),
    ('tk-news', 'kienthuc_1.txt'): dict(title=41, region=(43, 91), picks=[47, 51, 59, 75, 81, 89],
                                        neutral=[1, 3, 4, 45], bp_in=[]),
    ('tk-news', 'soha_1.txt'): dict(title=63, region=(70, 123), picks=[70, 76, 82, 84, 109, 117],
                                    neutral=[1, 3, 4, 65, 66, 125, 137, 138], bp_in=[]),
    # mquanggdev (url_title_body rendering: line 1 = url, line 2 = record title, line 3 blank)
    ('mq-news', 'vietnamnet_1.txt'): dict(title=228, region=(236, 250), picks=[239, 240, 242, 245, 247, 250],
                                          neutral=[1, 2, 227, 229, 230, 234, 251], bp_in=[], url=(1, 0)),
    ('mq-news', 'ngoisao_1.txt'): dict(title=67, region=(68, 101), picks=[68, 80, 83, 86, 92, 95],
                                       neutral=[1, 2, 66, 102],
                                       bp_in=[69, 72, 75, 78, 81, 84, 87, 90, 93, 96, 99], url=(1, 0)),
    # hdlinhnguyen (title_body rendering): provincial portals
    ('hdl-portals', 'sotp_langson_1.txt'): dict(title=63, region=(71, 121), picks=[(71, 0), (71, 1), 73],
                                                neutral=[1, 3, 59, 123], bp_in=[], url=(69, 0)),
    ('hdl-portals', 'congan_phutho_1.txt'): dict(title=1, region=(5, 29), picks=[7, 8, 22, 23, 25, 27],
                                                 neutral=[3, 31], bp_in=[]),
    # dangduong2806 (fields rendering: lines 1-3 = url/title/date_crawled)
    ('ddg-news', 'laodong_1.txt'): dict(title=83, region=(89, 98), picks=[89, 90, 92, 93, 94, 97],
                                        neutral=[1, 2, 3, 84, 88], bp_in=[], url=(1, 0)),
    # AnhQu4nn (url_title_body rendering)
    ('aq-news', 'viettimes_1.txt'): dict(title=56, region=(61, 73), picks=[61, 63, 64, 65, 68, 71],
                                         neutral=[1, 2, 57, 58, 59], bp_in=[62], url=(1, 0)),
    # nghieu19 (fields rendering: lines 1-3 = url/title/date_crawled)
    ('ngh-news', 'vtv_1.txt'): dict(title=5, region=(7, 25), picks=[7, 9, 11, 15, 21, 25],
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
        title = L[sp['title'] - 1].strip().lstrip('#').strip()
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
            if not inside and (i in neutral or i == sp['title']):
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

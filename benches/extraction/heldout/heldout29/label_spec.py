#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

Per seed: title = line number of the main headline (markdown '#' markers and surrounding blanks are dropped);
region = (first, last) line of the main content (article body incl. lead / help-centre answer / university
notice / social-media post); picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); a pair
(n, k) takes the k-th consecutive piece of line n when line n is split at spaces into pieces of <= 200 chars (used
when one long line holds several labelled sentences); neutral = lines outside the region labelled neither way
(record fields, byline, date, captions, page <title> with site suffix, duplicate headline); bp_in = lines inside the
region that are furniture (inline related links, video-player / ad widget text, audio player).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first occurs on an earlier line, deduplicated; when more than 150 remain
the shortest are dropped (file order kept).
url = (n, k): the k-th http(s) URL token of line n -- given only where the record's own URL occurs in the seed;
else null.  No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    # help.shopee.vn help-centre answers (title_body rendering: line 1 = record title with site suffix)
    ('shopeehelp', 'shopee_1.txt'): dict(title=20, region=(21, 25), picks=[(25, 0), (25, 1), (25, 2)],
                                         neutral=[1], bp_in=[]),
    ('shopeehelp', 'shopee_2.txt'): dict(title=20, region=(21, 50), picks=[21, 24, 34, 35, 41, 50],
                                         neutral=[1], bp_in=[]),
    ('shopeehelp', 'shopee_3.txt'): dict(title=20, region=(21, 42), picks=[24, 31, 32, 33, 36],
                                         neutral=[1], bp_in=[]),
    # VinUni sub-sites (fields rendering: lines 1-3 = url/title/date_crawled)
    ('vinuni', 'vinuni_1.txt'): dict(title=45, region=(47, 123), picks=[49, 50, 57, 60, 89, 92],
                                     neutral=[1, 2, 3, 46], bp_in=[], url=(1, 0)),
    ('vinuni', 'vinuni_2.txt'): dict(title=32, region=(35, 50), picks=[36, 37, 38, 39, 46, 48],
                                     neutral=[1, 2, 3, 33, 34], bp_in=[], url=(1, 0)),
    ('vinuni', 'vinuni_3.txt'): dict(title=33, region=(35, 87), picks=[36, 39, 51, 52, 63, 76],
                                     neutral=[1, 2, 3, 34], bp_in=[], url=(1, 0)),
    # whole news pages, body only
    ('hct-news', 'nld_1.txt'): dict(title=83, region=(89, 106), picks=[89, 90, 94, 98, 100, 104],
                                    neutral=[84, 85], bp_in=[95], url=(216, 1)),
    ('hct-news', 'dantri_1.txt'): dict(title=302, region=(316, 330), picks=[316, 317, 321, 323, 327, 329],
                                       neutral=[301, 303, 304], bp_in=[]),
    ('hct-news', 'tuoitre_1.txt'): dict(title=222, region=(226, 240), picks=[226, 229, 230, 231, 235, 239],
                                        neutral=[221, 223, 224], bp_in=[], url=(8, 0)),
    # whole news pages, title_body rendering (line 1 = record title)
    ('vua-news', 'vnexpress_1.txt'): dict(title=351, region=(363, 451), picks=[363, 365, 367, 437, 445, 449],
                                          neutral=[1, 3, 349, 354, 504, 508], bp_in=[(371, 435), 439],
                                          url=(411, 2)),
    ('vua-news', 'dantri_2.txt'): dict(title=353, region=(380, 426), picks=[380, 382, 418, 424, 426],
                                       neutral=[1, 3, 352, 355, 357], bp_in=[(384, 416)], url=(361, 0)),
    # whole news pages, fields rendering (lines 1-4 = source_url/crawled_at/title/url)
    ('ibh-news', 'baolaocai_1.txt'): dict(title=157, region=(162, 172), picks=[162, 166, 167, 168, 169, 172],
                                          neutral=[1, 2, 3, 4, 158, 159], bp_in=[163, 164], url=(1, 0)),
    ('ibh-news', 'baochinhphu_1.txt'): dict(title=104, region=(105, 115), picks=[105, 109, 110, 111, 113, 114],
                                            neutral=[1, 2, 3, 4], bp_in=[], url=(1, 0)),
    ('ibh-news', 'thanhnien_1.txt'): dict(title=59, region=(65, 96), picks=[65, 66, 67, 72, 84, 95],
                                          neutral=[1, 2, 3, 4, 60, 61, 62], bp_in=[], url=(1, 0)),
    # whole news page, url_title_body rendering (line 1 = url, line 2 = record title)
    ('vdk-news', 'tienphong_1.txt'): dict(title=128, region=(132, 161), picks=[132, 134, 139, 147, 151, 160],
                                          neutral=[1, 129, 130, 170], bp_in=[], url=(1, 0)),
    # Facebook group job posts with their comments/replies (post_comments rendering: post body = line 3)
    ('fbgroup-jobs', 'fbjob_1.txt'): dict(title=1, region=(3, 3), picks=[(3, 0), (3, 1), (3, 2), (3, 3), (3, 4)],
                                          neutral=[], bp_in=[]),
    ('fbgroup-jobs', 'fbjob_2.txt'): dict(title=1, region=(3, 3), picks=[(3, 0), (3, 1), (3, 2), (3, 3)],
                                          neutral=[], bp_in=[]),
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

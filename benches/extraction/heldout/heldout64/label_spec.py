#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py (heldout45's / heldout43's / heldout41's) with a new SPEC and BASE only; the code below
the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, code blocks, quotes, image placeholders and the author's own notes); picks = article
labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); a pair (n, k) takes the k-th
piece of line n split at spaces into consecutive pieces of <= 200 chars (used where the crawler stored the whole
article body as one line); 'auto' takes 6 region lines
spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![', '|', '#', '['
or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and occurs once in
the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the region labelled
neither way (post date line, author name / byline, "Posted by ..." line, source note, the article's own reference
list, the article's lead / description); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs in the seed;
else null.  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout64'


def D(end):
    # Tuprott991/UniAdvise_Machine_Learning_Final_Project @70bed8d, data/crawl_results/crawl_<n>.md: crawl4ai
    # markdown of a dsdaihoc.com university profile page.  Lines 1-3: site notice "Các trường đại học ... Góp ý cho
    # trang web [tại đây](...)", nav "[Trang chủ](...)[Blog](...)[Trắc nghiệm](...)", "[Quay Lại Danh Mục](...)";
    # headline "# <school name> (<code>)" on line 4; body = the profile's tabs, line 5 "## Giới thiệu" down to the
    # last line before "## Thẻ" (incl. the tab heads "## Tin Tức Mới Nhất", "## Thông Tin Tuyển Sinh", "## Chương
    # Trình Đào Tạo", "## Ngành Học & Lĩnh Vực", sub-heads, lists, the tab's closing "Lưu ý" notes); after it the
    # footer: "## Thẻ" + run-together tag names, "### Về trang web" + about line, "### Liên hệ" + empty social links,
    # "### Liên kết" + feedback link, "### Câu Hỏi Thường Gặp" + 3 site-FAQ questions/answers, copyright line.
    return dict(title=4, region=(5, end), picks='auto', url=None, neutral=[], bp_in=[])


def N(content, picks, lead, dates, author=()):
    # marcohatran/news-scraping @84d9f18, dantri.json / zing.json: one scrapy record written field by field (see
    # build.py): schema.org type strings ("http://schema.org", "NewsArticle", "WebPage"), the page URL (line 4),
    # headline (line 5), description = the article's lead (neutral; repeated later as meta-description), image
    # object, dates (neutral), author (neutral where a person's name), publisher ("Zing.vn" / "Báo Dân Trí", logo URL),
    # meta-keywords, facebook URL, category, organization, the related-article URL slugs (related_urls), page URL
    # again, viral / like counters, the article body stored as ONE line (paragraphs run together), word count,
    # image URLs, tag slugs (dantri), and for dantri the 15 reader comments (ids, object title/URL, comment text
    # twice, author login, display name, zone id, dates, counters, avatar URL).
    return dict(title=5, region=(content, content), picks=picks, url=(4, 0),
                neutral=[lead] + list(dates) + list(author), bp_in=[])


SPEC = {
    ('dsdaihoc-crawl4ai', 'dsdaihoc_1.txt'): D(196),
    ('dsdaihoc-crawl4ai', 'dsdaihoc_2.txt'): D(191),
    ('dsdaihoc-crawl4ai', 'dsdaihoc_3.txt'): D(173),
    ('dsdaihoc-crawl4ai', 'dsdaihoc_4.txt'): D(154),
    ('dsdaihoc-crawl4ai', 'dsdaihoc_5.txt'): D(254),
    ('dsdaihoc-crawl4ai', 'dsdaihoc_6.txt'): D(145),
    ('dsdaihoc-crawl4ai', 'dsdaihoc_7.txt'): D(264),
    ('dsdaihoc-crawl4ai', 'dsdaihoc_8.txt'): D(151),
    ('newsscraping-json', 'newsjson_1.txt'): N(51, [(51, 0), (51, 6), (51, 12), (51, 18), (51, 23)], 15, (7, 8)),
    ('newsscraping-json', 'newsjson_2.txt'): N(35, [(35, 0), (35, 5), (35, 11), (35, 17), (35, 21)], 6, (11, 12), [14]),
    ('newsscraping-json', 'newsjson_3.txt'): N(35, [(35, 0), (35, 6), (35, 13), (35, 20), (35, 25)], 6, (11, 12), [14]),
    ('newsscraping-json', 'newsjson_4.txt'): N(35, [(35, 0), (35, 4), (35, 8), (35, 12), (35, 15)], 6, (11, 12), [14]),
    ('newsscraping-json', 'newsjson_5.txt'): N(35, [(35, 0), (35, 7), (35, 15), (35, 22), (35, 28)], 6, (11, 12), [14]),
    ('newsscraping-json', 'newsjson_6.txt'): N(35, [(35, 0), (35, 7), (35, 15), (35, 22), (35, 28)], 6, (11, 12), [14]),
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

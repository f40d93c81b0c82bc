#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout135's label_spec.py (itself heldout134's / heldout132's / heldout130's / heldout93's / heldout87's / heldout46's)
with a new SPEC and BASE = /work/evaldata/heldout136 only; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, author line, a repeat of the headline or the page's banner headline, the
company's contact signature that closes a service article); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout136'


def T(region):
    # tuvo123/tinhay4 @2b5543e (Simply Static export of the WordPress site "Tin Hay", theme by Silk Themes), w3m -dump:
    # "Skip to content", language / top menu, site name + tagline and the full menu with sub-menus (twice), featured
    # image alt text (50, neutral: the English title or a repeat of the headline), breadcrumb (Homepage / category /
    # title), category tags line (56), headline (58), "[ada0] qt Posted on 01/08/2020" (60, neutral), body from 62;
    # after the body the Polylang language link ("Vietnamese…", glued to the last body line on th_5, inside the region
    # there), "Tagged:" (th_4 / th_5), th_2's "1 COMMENTS" thread (one comment + "Trả lời"), "LEAVE A RESPONSE" comment
    # form, author box ("qt", "View all posts"), "Điều hướng bài viết" previous / next links, "You Might Also Like"
    # (2-3 posts with category and date), search box, "Bài viết mới", "Phản hồi gần đây", "Lưu trữ", "Loại tin", "Meta",
    # language chooser, "Theme by Silk Themes".
    return dict(title=58, region=region, picks='auto', url=None, neutral=[50, 60], bp_in=[])


def H(title, region, neutral):
    # huytran2810/hnlmedia @9d21611 (HTTrack mirror of hgmedia.com.vn, WordPress + Flatsome), pandoc -t plain: "Skip to
    # content", logo, menu (Trang chủ, Về chúng tôi, Dự án, Blog, Tuyển dụng, en_US), e-mail + "LIÊN HỆ"; blog posts
    # (hg_1-3): category line (18), "dd Tháng m, yyyy… by HNL Media" date / author line (20, neutral), headline (22),
    # body from 24; job ads (hg_4-7): banner "Gia nhập đội ngũ HNL Media và cùng nhau phát triển!" (20, neutral),
    # department (22, neutral), job title (24), place / deadline and the ad from 26 to its own "THÔNG TIN LIÊN HỆ"
    # e-mail line; then "Ứng tuyển vị trí này" application form (jobs), the footer (e-mail, phone, "Theo dõi chúng tôi
    # tại", Facebook, Tiktok, "Tuyển dụng", "Liên kết nhanh", "Địa chỉ công ty", copyright) and the off-canvas mobile
    # menu with the company's address / hotline / e-mail.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('tinhay-w3m', 'th_1.txt'): T((62, 94)),
    ('tinhay-w3m', 'th_2.txt'): T((62, 94)),
    ('tinhay-w3m', 'th_3.txt'): T((62, 103)),
    ('tinhay-w3m', 'th_4.txt'): T((62, 140)),
    ('tinhay-w3m', 'th_5.txt'): T((62, 152)),
    ('tinhay-w3m', 'th_6.txt'): T((62, 560)),
    ('hnlmedia-pandoc', 'hg_1.txt'): H(22, (24, 119), [20]),
    ('hnlmedia-pandoc', 'hg_2.txt'): H(22, (24, 232), [20]),
    ('hnlmedia-pandoc', 'hg_3.txt'): H(22, (24, 254), [20]),
    ('hnlmedia-pandoc', 'hg_4.txt'): H(24, (26, 110), [20, 22]),
    ('hnlmedia-pandoc', 'hg_5.txt'): H(24, (26, 72), [20, 22]),
    ('hnlmedia-pandoc', 'hg_6.txt'): H(24, (26, 116), [20, 22]),
    ('hnlmedia-pandoc', 'hg_7.txt'): H(24, (26, 114), [20, 22]),
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

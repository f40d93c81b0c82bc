#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout105 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, code, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date / author / "included in" lines, subtitles, source notes "theo ..." / "nguồn ...",
"Updated on" lines, a repeat of the headline inside the body); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout105'


def P(title, region, neutral):
    # tanhongit/phuongtanitblogspot @0d386ba (HTTrack copy of phuongtanit.blogspot.com, Blogger, TemplatesYard theme),
    # w3m: top links (Home / FAQ / Contact / About / Sitemap / Donate), "Tài Liệu - Khóa học" and "Thủ Thuật" menus,
    # "Follow", search box, second top menu, blog name, mega-menu (~80 items incl. "__no contents"), labels breadcrumb
    # + headline (159-160), headline, "Tân Hồng IT <date> <labels>" (neutral), "Share This", body, closing line
    # "CHÚC CÁC BẠN THÀNH CÔNG", source notes ("theo Genk", "cùng itrum.net", neutral when after the closing line),
    # "Tags # ...", "Share This", author box, "By Tân Hồng IT vào lúc ...", share links, "Nhãn:", "No comments: / Post
    # a Comment", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)", "Tổng Hợp", author blurbs,
    # social counters, "Powered by Blogger.", "Phổ Biến" (5 posts with teasers), "Labels" cloud, "TextLink" blogroll,
    # PayPal donation, contact form, DMCA badge, "Trang" links, copyright.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def D(region, neutral=()):
    # DungSherlock/v2.dung.men @95d5b95 (Hugo, zdoc theme; "OM" lessons on Tâm Linh), html2text: "[ OM ]" link, full
    # navigation tree (Tâm Linh: 24 lessons, Hành Giả, Y Đạo: ~150 acupuncture points, Toa Châm Lục Khí ...), logo
    # links, "om", menu twice (Tâm Y Dịch / Links / About), GitHub link, headline 188 ("## Bài N: ..."), numbered
    # breadcrumb, "EDIT THIS PAGE", the navigation tree again, body from 366, author line "* Lâm Thành và Ngọc Lan -"
    # (neutral), previous / next lesson links, "###### Mục Lục" (table of contents repeating the in-body subheads).
    return dict(title=188, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def C(region, neutral):
    # lehanget154/lehanget154.github.io @e165e0e (Hugo, LoveIt theme; "Chloe's study hub"), w3m: site name, menu
    # (Posts Tags Categories About) with search box twice, "Cancel", "Contents", headline 10, subtitle ("Book note",
    # "Sưu Tầm", "Trích từ ...", neutral), "Chloe included in <category>" and date / words / minutes line (neutral),
    # "Contents" + table of contents, body, "Updated on <date>" (neutral), "Read Markdown", "<tag>Back | Home",
    # previous / next post titles, "Powered by Hugo | Theme - LoveIt", "2019 - 2022 Chloe | CC BY-NC 4.0".
    return dict(title=10, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def H(region, neutral=(38,)):
    # Hai-Nguyen-21/Hai-Nguyen-21.github.io @c13bf05 (Hugo, zzo theme; "Hải Nguyễn Blog"), html2text: logo / "GuzMán",
    # theme switcher ("dark light hacker solarized kimbie") twice, menu twice (About / Archive / Pt / Gallery / Cartoon /
    # Photo / Posts / Showcase / Pub / Tags / Categories / Series), numbered breadcrumb, "This page looks best with
    # JavaScript enabled", headline 34 ("## ..."), "###", date / reading time / author line 38 (neutral), tag links,
    # "What's on this Page", body, "Chia sẻ trên" + Facebook / Twitter share links, author box ("Viết bởi", name, "Web
    # Developer", social links), previous / next posts, utterances comment notice, "What's on this Page", social
    # links + RSS, "©2021, All Rights Reserved", "Powered by Hugo and the Zzo theme".
    return dict(title=34, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('phuongtanit-w3m', 'pt_1.txt'): P(162, (167, 371), [164, 165]),
    ('phuongtanit-w3m', 'pt_2.txt'): P(162, (166, 252), [164, 253]),   # "theo Genk" after the closing line
    ('phuongtanit-w3m', 'pt_3.txt'): P(162, (167, 268), [164, 165]),
    ('phuongtanit-w3m', 'pt_4.txt'): P((162, 163), (167, 298), [165, 299]),   # "cùng itrum.net"
    ('phuongtanit-w3m', 'pt_5.txt'): P(162, (168, 288), [164, 166]),   # "itrum.net" source note before the body
    ('phuongtanit-w3m', 'pt_6.txt'): P(161, (165, 224), [163]),
    ('phuongtanit-w3m', 'pt_7.txt'): P(161, (165, 201), [163]),
    ('dungmen-html2text', 'dm_1.txt'): D((366, 723), [725]),
    ('dungmen-html2text', 'dm_2.txt'): D((366, 583)),
    ('dungmen-html2text', 'dm_3.txt'): D((366, 611), [613]),
    ('dungmen-html2text', 'dm_4.txt'): D((366, 607), [609]),
    ('dungmen-html2text', 'dm_5.txt'): D((366, 693)),
    ('dungmen-html2text', 'dm_6.txt'): D((366, 537), [539]),
    ('dungmen-html2text', 'dm_7.txt'): D((366, 644)),
    ('chloe-w3m', 'chloe_1.txt'): C((18, 126), [12, 14, 15, 128]),
    ('chloe-w3m', 'chloe_2.txt'): C((18, 103), [12, 14, 15, 105]),
    ('chloe-w3m', 'chloe_3.txt'): C((22, 59), [12, 14, 15, 61]),
    ('chloe-w3m', 'chloe_4.txt'): C((16, 136), [12, 13, 138]),
    ('chloe-w3m', 'chloe_5.txt'): C((18, 349), [12, 14, 15, 351]),
    ('chloe-w3m', 'chloe_6.txt'): C((24, 242), [12, 13, 244]),
    # picks by hand (prose lines): auto would take image-URL, reference-URL, code or table lines in this source
    ('hainguyen-html2text', 'hn_1.txt'): dict(H((48, 220), [38, 46]), picks=[48, 84, 125, 158, 189, 219]),  # 46: bold repeat of the headline
    ('hainguyen-html2text', 'hn_2.txt'): dict(H((48, 242)), picks=[50, 94, 115, 158, 197, 236]),
    ('hainguyen-html2text', 'hn_3.txt'): dict(H((48, 257)), picks=[48, 78, 114, 152, 186, 251]),
    ('hainguyen-html2text', 'hn_4.txt'): dict(H((47, 119)), picks=[49, 56, 78, 101, 109, 119]),
    ('hainguyen-html2text', 'hn_5.txt'): dict(H((47, 109)), picks=[47, 57, 64, 80, 100, 108]),
    ('hainguyen-html2text', 'hn_6.txt'): dict(H((47, 161)), picks=[47, 70, 96, 116, 130, 160]),
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

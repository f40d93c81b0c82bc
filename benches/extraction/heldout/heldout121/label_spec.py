#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout121 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, "Tác giả:" / author line, source note "Nguồn: ..." / "Theo ...", a repeat
of the headline inside the body); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout121'


def H(end):
    # tortoise10h/huytd.github.io @e638246 (Huy Tran's blog built by AzerothJS), w3m -dump -cols 90: two notice lines
    # ("Nội dung trên blog này được cập nhật lần cuối ..." / "Từ giờ blog sẽ chuyển sang nhà mới là https://thefullsnack.com
    # ..."), "Huy's Blog", headline 5, body 7..end, "Tags: ..." line, the reuse note ("Bạn được tùy ý bấm like, trích dẫn
    # ..." 3 lines), comment widget ("Bạn cần Login để comment", "[]", "Gõ xong nhấn Ctrl + Enter để gửi."), "[by-nc-nd]",
    # "Created with azeroth.js".
    return dict(title=5, region=(7, end), picks='auto', url=None, neutral=[], bp_in=[])


def W(title, region, date):
    # WeAreNoDev/wearenodev.github.io @b442780 (Hugo 0.79 blog "We Are No Dev"), lynx -dump -nolist: site name x3, tagline,
    # "(BUTTON) Menu", "About", headline, "vi Vietnamese" badge, date (neutral), category, "Table of contents" + TOC,
    # body, tag links, author box ("Ha. Huynh Sam avatar" + bio), « Previous / Next » titles, Disqus noscript line,
    # sidebar TOC repeat, "Recent Posts" (6), "Categories" (10), "Tags" cloud, "Social", footer.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[date], bp_in=[])


def Q(end):
    # qcam/qcam.github.io @eec8b08 (Jekyll _site of hqc.io, Cẩm Huỳnh's blog), Links -dump: "Link: canonical", "hqc.io",
    # headline 4, "Published on ... by Cẩm Huỳnh" 6 (neutral), hashtag line 8, body 10..end, menu (About / Posts / Friends /
    # Resume / Feedback).
    return dict(title=4, region=(10, end), picks='auto', url=None, neutral=[6], bp_in=[])


def P(end, neutral=()):
    # qvanphong/blog2static @0c989b5 (static export of the WordPress 5.8.2 / Astra blog "Phong"), inscriptis: "Skip to
    # content", site name, tagline, "Main Menu" (Home / Đây là ai? / Search / Search for:), headline 12, meta line
    # "Programming / By Phong / ... Comment(s)" 14 (neutral), body 16..end, "Post navigation" + ← Previous Post / Next Post →,
    # "About The Author" + "Phong", comments (phong_1: 2 comments with names, dates, "Reply"), comment form ("Leave a
    # Comment", e-mail note, "Type here..", Name* / Email* / Website), "Scroll to Top".
    return dict(title=12, region=(16, end), picks='auto', url=None, neutral=[14] + list(neutral), bp_in=[])


SPEC = {
    ('huytd-w3m', 'huy_1.txt'): H(120),
    ('huytd-w3m', 'huy_2.txt'): H(240),
    ('huytd-w3m', 'huy_3.txt'): H(193),
    ('huytd-w3m', 'huy_4.txt'): H(48),
    ('huytd-w3m', 'huy_5.txt'): dict(H(68), picks=[7, 14, 21, 29, 36, 46]),  # not the English bullet lines
    ('huytd-w3m', 'huy_6.txt'): H(87),
    ('huytd-w3m', 'huy_7.txt'): H(85),
    ('huytd-w3m', 'huy_8.txt'): H(53),
    ('wearenodev-lynx', 'wand_1.txt'): dict(W(8, (35, 277), 11), picks=[35, 96, 148, 197, 233, 268]),  # prose, not the English reference list
    ('wearenodev-lynx', 'wand_2.txt'): dict(W(8, (21, 174), 11), picks=[21, 87, 110, 126, 146, 165]),
    ('wearenodev-lynx', 'wand_3.txt'): W((8, 9), (25, 179), 12),
    ('wearenodev-lynx', 'wand_4.txt'): dict(W(8, (22, 389), 11), picks=[22, 90, 185, 239, 275, 375]),  # not the stats / code lines
    ('wearenodev-lynx', 'wand_5.txt'): dict(W(8, (20, 310), 11), picks=[20, 31, 50, 68, 81, 306]),  # not code lines
    ('wearenodev-lynx', 'wand_6.txt'): dict(W(8, (18, 276), 11), picks=[18, 28, 43, 186, 260, 271]),
    ('wearenodev-lynx', 'wand_7.txt'): dict(W(8, (22, 189), 11), picks=[22, 46, 62, 74, 79, 184]),  # not the file tree / code
    ('wearenodev-lynx', 'wand_8.txt'): dict(W(8, (17, 267), 11), picks=[17, 21, 37, 41, 193, 262]),
    ('hqc-links', 'hqc_1.txt'): Q(36),
    ('hqc-links', 'hqc_2.txt'): Q(69),
    ('hqc-links', 'hqc_3.txt'): Q(36),
    ('hqc-links', 'hqc_4.txt'): Q(24),
    ('phong-inscriptis', 'phong_1.txt'): dict(P(107, [109]), picks=[16, 36, 48, 66, 82, 107]),  # not the one-line code blocks
    ('phong-inscriptis', 'phong_2.txt'): P(135),
    ('phong-inscriptis', 'phong_3.txt'): P(78),
    ('phong-inscriptis', 'phong_4.txt'): dict(P(35), picks=[18, 25, 31]),  # prose only; the rest is bullets and a code line
    ('phong-inscriptis', 'phong_5.txt'): P(20, [22]),
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

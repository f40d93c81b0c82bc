#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout126 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, author line, the post's lead / subtitle printed under the headline, a source
note or licence note); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address, except in the
ELinks link lists, which are furniture).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout126'


def HOA(region, neutral=(), picks='auto'):
    # thaycacac/thaycacac.github.io @3886a6c (Jekyll, Beautiful Jekyll), Links -dump: "Link: canonical", "Toggle
    # navigation  Thaycacac", menu (Front End / Back End / UI/UX / Donate / Kungfutech), centred headline 9, subtitle 11
    # (a Sino-Vietnamese military maxim, neutral), "Posted on ..." 13 (neutral), "IFrame" (embedded video), body,
    # "Tags: ...", "Share: Twitter Facebook Google+ LinkedIn", "<- Previous Post" / "Next Post ->", "Please enable
    # JavaScript to view the comments powered by Facebook.", social links (RSS / Email me / Facebook / ...), footer.
    return dict(title=9, region=region, picks=picks, url=None, neutral=[11, 13] + list(neutral), bp_in=[])


def TAM(region, picks='auto'):
    # vovantamvn/vovantamvn.github.io @a437a05 (Jekyll, minima-style), pandoc -t plain: site title, "[]" (menu icon),
    # "About", headline 7, date 9 (neutral), body, footer (site title, e-mail, GitHub / Twitter handles, tagline).
    return dict(title=7, region=region, picks=picks, url=None, neutral=[9], bp_in=[])


def MEOKI(region, picks='auto'):
    # meokisama/blog @a30d657 (Gatsby, gatsby-starter-bee), inscriptis: "meoki.", "Home", "Portfolio", "Dark" (theme
    # switch), headline 7, date 9 and the post's lead 11 (neutral), body, "Copyright (c) Sang The Meoki."
    return dict(title=7, region=region, picks=picks, url=None, neutral=[9, 11], bp_in=[])


def BK(region, lead, author, neutral=(), picks='auto'):
    # bichkhe/bichkhe.github.io @4431981 (Zola), w3m: "[images] Lap Trinh Rust", menu (Intro / Rust / Blogs /
    # Technology / Blockchain / Collections / Me, each "(current)"), "[rust-log]", section "Stories", headline 15,
    # the post's summary (lead, neutral), author line "[RCIG_Mas] bichkhe A few hours ago . 5 min. read" (neutral),
    # cover-image placeholder, "Share this", "Muc luc" (empty TOC), body, "Become a member" newsletter box
    # ("Get the latest news ...", "[ ]", "Subscribe"), "Read next", taxonomy cloud, tag cloud, copyright, community link.
    return dict(title=15, region=region, picks=picks, url=None, neutral=[lead, author] + list(neutral), bp_in=[])


def TUAN(region, picks='auto'):
    # 7und3dpy/7und3dpy.github.io @1d39832 (Hugo, hugo-coder, docs/vi/), ELinks -dump without link numbers: "Link:
    # canonical / preload / manifest", site title + "[ ]" (menu toggle), menu (Ve toi / Blog / Cac du an / Lien lac /
    # "|" / flag), centred headline 13, date + reading time 15 and author 16 (neutral), category 17, tags 18, body (its
    # sub-heads end in "Link to heading"), "(c) 2023 Tran Minh Tuan . Powered by Hugo & Coder.", "References" /
    # "Visible links" and the link list (". URL" lines, incl. file:// URLs resolved against the fixed page path).
    return dict(title=13, region=region, picks=picks, url=None, neutral=[15, 16], bp_in=[])


SPEC = {
    ('hoa-links', 'hoa_1.txt'): HOA((16, 58)),
    ('hoa-links', 'hoa_2.txt'): HOA((16, 78)),
    ('hoa-links', 'hoa_3.txt'): HOA((16, 95)),
    ('hoa-links', 'hoa_4.txt'): HOA((16, 156), [(158, 163)]),  # licence note of the translated list: neutral
    ('hoa-links', 'hoa_5.txt'): HOA((16, 230)),
    ('hoa-links', 'hoa_6.txt'): HOA((16, 68)),
    ('tam-pandoc', 'tam_1.txt'): TAM((11, 125), picks=[24, 48, 55, 81, 98, 121]),  # not function names
    ('tam-pandoc', 'tam_2.txt'): TAM((11, 352)),
    ('tam-pandoc', 'tam_3.txt'): TAM((11, 71)),
    ('tam-pandoc', 'tam_4.txt'): TAM((11, 100)),
    ('tam-pandoc', 'tam_5.txt'): TAM((11, 59)),
    ('tam-pandoc', 'tam_6.txt'): TAM((11, 31)),
    ('meoki-inscriptis', 'meoki_1.txt'): MEOKI((13, 45)),
    ('meoki-inscriptis', 'meoki_2.txt'): MEOKI((13, 151)),
    ('meoki-inscriptis', 'meoki_3.txt'): MEOKI((13, 107), picks=[15, 29, 43, 61, 85, 105]),  # not the code lines
    ('meoki-inscriptis', 'meoki_4.txt'): MEOKI((13, 297)),
    ('meoki-inscriptis', 'meoki_5.txt'): MEOKI((13, 122)),
    ('meoki-inscriptis', 'meoki_6.txt'): MEOKI((13, 156)),
    ('bichkhe-w3m', 'bk_1.txt'): BK((27, 64), (17, 18), 20),
    ('bichkhe-w3m', 'bk_2.txt'): BK((27, 381), (17, 18), 20, [383]),  # "(Trong Mieng ngon Ha Noi)" source note
    ('bichkhe-w3m', 'bk_3.txt'): BK((26, 90), 17, 19),
    ('bichkhe-w3m', 'bk_4.txt'): BK((26, 151), 17, 19),
    ('bichkhe-w3m', 'bk_5.txt'): BK((26, 37), 17, 19),
    ('bichkhe-w3m', 'bk_6.txt'): BK((26, 159), 17, 19),
    ('bichkhe-w3m', 'bk_7.txt'): BK((27, 71), (17, 18), 20, picks=[34, 37, 41, 50, 61, 64]),
    ('tuan-elinks', 'tuan_1.txt'): TUAN((20, 177), picks=[22, 60, 108, 141, 160, 171]),  # prose, not sub-heads / URLs
    ('tuan-elinks', 'tuan_2.txt'): TUAN((20, 140), picks=[22, 43, 60, 75, 93, 103]),  # "See also in ..." series box after the body: furniture
    ('tuan-elinks', 'tuan_3.txt'): TUAN((20, 239), picks=[58, 62, 106, 174, 181, 203]),  # not LaTeX / table rows
    ('tuan-elinks', 'tuan_4.txt'): TUAN((20, 129), picks=[22, 30, 51, 59, 90, 117]),
    ('tuan-elinks', 'tuan_5.txt'): TUAN((20, 111), picks=[22, 33, 51, 71, 94, 100]),
    ('tuan-elinks', 'tuan_6.txt'): TUAN((20, 179), picks=[22, 35, 46, 69, 83, 163]),
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

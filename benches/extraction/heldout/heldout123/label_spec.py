#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout123 only;
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

BASE = '/work/evaldata/heldout123'


def Z(region, end_neutral=(), picks='auto'):
    # ZeroX-DG/blog @e188455 (Hexo 3.9.0, "Viet Hung's blog"), ELinks -dump with its link list: "Link: [1]Viet Hung's
    # blog (alternate)", "← [2]All Posts", headline 5 (centred), body, "Tags: [n]#..." line, "[n]Love what you read?
    # Support me via ko-fi", "Other posts" + 5 dated titles, "References" / "Visible links" + numbered URLs.
    return dict(title=5, region=region, picks=picks, url=None, neutral=list(end_neutral), bp_in=[])


def J(region, neutral=(), picks='auto'):
    # jalsol/jalsol.github.io @b9a205d (Zola v0.16.1), Links -dump: "Link: canonical", menu "~home *blogs #tags",
    # date 4 (neutral), headline 6 (centred), body (in-body image alt texts kept), hashtag line "#vietnamese #...".
    return dict(title=6, region=region, picks=picks, url=None, neutral=[4] + list(neutral), bp_in=[])


def T(region, picks='auto'):
    # tandat8896/tandat8896.github.io @8981b7d (Astro 5.10 / AstroPaper), w3m -dump: "Skip to content", site name +
    # Vietnamese menu (Bài Học / Thẻ / Giới Thiệu), English menu (Posts Tags About Archives Search Theme), "Go back",
    # headline 6, date 8 (neutral), "| Edit page", headline repeated as the body's first heading 11 (outside the
    # region, equal to the title, left out by the code), body incl. the author's closing note, "Mục lục" (empty
    # table-of-contents heading), "Edit page", tag list, "Back To Top", "Share this post on:" + share links,
    # copyright, "Previous Post" / "Next Post" + titles.
    return dict(title=6, region=region, picks=picks, url=None, neutral=[8], bp_in=[])


def H(title, region, date, picks='auto'):
    # phthaocse/phthaocse.github.io @dccfb93 (Hugo, Console theme, public/), lynx -dump -nolist: prompt line
    # "Thao Phan Posts:~# posts/<slug>/", headline, date (neutral; "Jan. 1, 0001" on undated posts), body incl. the
    # author's "Read more" / reference lists, "Powered by Hugo with Console Theme."
    return dict(title=title, region=region, picks=picks, url=None, neutral=[date], bp_in=[])


SPEC = {
    ('zerox-elinks', 'zerox_1.txt'): Z((7, 66)),
    ('zerox-elinks', 'zerox_2.txt'): Z((7, 42)),
    ('zerox-elinks', 'zerox_3.txt'): Z((7, 106)),
    ('zerox-elinks', 'zerox_4.txt'): Z((7, 111)),
    ('zerox-elinks', 'zerox_5.txt'): Z((11, 389), [7], picks=[11, 59, 136, 228, 322, 388]),  # Vietnamese prose, not the English quotes; "For English reader ... translated version here." neutral
    ('zerox-elinks', 'zerox_6.txt'): Z((7, 183), picks=[10, 23, 44, 76, 122, 147]),  # not the reference list
    ('jalsol-links', 'jalsol_1.txt'): J((8, 76)),
    ('jalsol-links', 'jalsol_2.txt'): J((8, 62)),
    ('jalsol-links', 'jalsol_3.txt'): J((8, 63)),
    ('jalsol-links', 'jalsol_4.txt'): J((8, 55)),
    ('jalsol-links', 'jalsol_5.txt'): J((8, 62)),
    ('jalsol-links', 'jalsol_6.txt'): J((8, 42)),
    ('jalsol-links', 'jalsol_7.txt'): J((8, 45)),
    ('jalsol-links', 'jalsol_8.txt'): J((10, 65), [8]),  # "Read the English version here." neutral
    ('tandat-w3m', 'tandat_1.txt'): T((13, 268)),
    ('tandat-w3m', 'tandat_2.txt'): T((13, 248)),
    ('tandat-w3m', 'tandat_3.txt'): T((13, 457), picks=[17, 49, 269, 328, 417, 451]),  # not command lines
    ('tandat-w3m', 'tandat_4.txt'): T((13, 309), picks=[13, 21, 36, 174, 266, 296]),  # not SQL
    ('tandat-w3m', 'tandat_5.txt'): T((13, 202)),
    ('tandat-w3m', 'tandat_6.txt'): T((13, 348), picks=[15, 17, 46, 50, 243, 347]),  # not shell commands
    ('tandat-w3m', 'tandat_7.txt'): T((13, 157)),
    ('thao-lynx', 'thao_1.txt'): H(3, (7, 47), 5, picks=[9, 17, 22, 25, 32, 39]),  # not the English reference title
    ('thao-lynx', 'thao_2.txt'): H(5, (7, 283), 3, picks=[7, 65, 109, 182, 244, 255]),  # not the English book titles
    ('thao-lynx', 'thao_3.txt'): H(5, (7, 111), 3, picks=[9, 17, 46, 73, 81, 101]),  # not code / English references
    ('thao-lynx', 'thao_4.txt'): H(5, (7, 238), 3, picks=[7, 80, 115, 140, 171, 198]),  # not English book titles
    ('thao-lynx', 'thao_5.txt'): H(5, (7, 141), 3),
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

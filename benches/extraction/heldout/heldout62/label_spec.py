#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout53's label_spec.py (heldout41 / heldout38-39 lineage) with a new SPEC and BASE (heldout62: `search`
`pages`-corpus excerpts, see manifest.jsonl); the rest of the code is unchanged. Inherited notes for these short excerpts
(most article text sits in one long line, so whole-line picks would not give 3 labels):
  * picks may be an int n (line n, stripped, whole -- lines here are <= 400 chars), ('s', n, i[, j]) = sentences i..j
    of line n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets kept; original
    spacing kept inside the span), or ('o', n, a, b) = characters a..b of line n (stripped);
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None;
  * the LAST line of every seed is the excerpt's cut-off line: it is always neutral (never boilerplate), and picks are
    taken from it only where the whole article body is that one line (thuviencongdong, luanvannet_2, luanvannet_4),
    and then only complete sentences that end before the cut -- never the cut-off tail itself.
region = (first, last) line of the main content; neutral = lines outside the region labelled neither way (site
preview-prefix lines, a repeated second copy of the document text, an unsure template lead); bp_in = lines inside
the region that are furniture.  Boilerplate = every other non-empty line outside the region (stripped, cut to 200
chars at a word boundary), minus lines that occur inside a region line or the title, minus lines without a
letter/digit, minus lines whose (cut) text first occurs on an earlier line, deduplicated.  url = null everywhere
(no seed prints its own address).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout62'

SPEC = {
    # thegioiloaicho.com -- dog-health articles: headline, intro, a 'Nội dung bài viết' table-of-contents label
    # (furniture, bp_in), then headed sections (cut)
    ('thegioiloaicho', 'thegioiloaicho_1.txt'): dict(title=1, region=(3, 20), neutral=[], bp_in=[5],
        picks=[('s', 3, 2), 9, 15, 16, 17]),
    ('thegioiloaicho', 'thegioiloaicho_2.txt'): dict(title=1, region=(3, 27), neutral=[], bp_in=[5],
        picks=[('s', 3, 0), 9, 13, 17, 21]),
    ('thegioiloaicho', 'thegioiloaicho_3.txt'): dict(title=1, region=(3, 27), neutral=[], bp_in=[5],
        picks=[('s', 3, 1), 9, 15, 19, 23]),
    ('thegioiloaicho', 'thegioiloaicho_4.txt'): dict(title=1, region=(2, 10), neutral=[], bp_in=[3],
        picks=[('s', 2, 1), ('s', 5, 0), 7, 9]),
    ('thegioiloaicho', 'thegioiloaicho_5.txt'): dict(title=1, region=(2, 13), neutral=[], bp_in=[4],
        picks=[3, ('s', 6, 0), 8, 10, ('s', 12, 0)]),
    ('thegioiloaicho', 'thegioiloaicho_6.txt'): dict(title=1, region=(3, 21), neutral=[], bp_in=[7],
        picks=[5, ('s', 11, 0), 15, 16, 17]),
    # petaz.org -- cat-care articles: headline, standfirst, an image alt-text token and the headline repeated as
    # the image caption (both furniture, bp_in), then headed sections (cut)
    ('petaz', 'petaz_1.txt'): dict(title=1, region=(3, 21), neutral=[], bp_in=[5, 7],
        picks=[3, ('s', 9, 0), ('s', 15, 0), 17]),
    ('petaz', 'petaz_2.txt'): dict(title=1, region=(3, 23), neutral=[], bp_in=[5, 7],
        picks=[('s', 3, 0), 15, 17, 21]),
    ('petaz', 'petaz_3.txt'): dict(title=1, region=(3, 31), neutral=[], bp_in=[5, 7],
        picks=[3, 11, 21, 23, 29]),
    # dogily.vn -- dog/cat-care guides; _1 and _2 start with the intro (no headline in the excerpt); _3 has the
    # headline, intro, a 'Nội dung chính' table-of-contents label (bp_in) and an image caption (left unlabelled)
    ('dogily', 'dogily_1.txt'): dict(title=None, region=(1, 11), neutral=[],
        picks=[('s', 1, 0), 3, 5, 6, 7]),
    ('dogily', 'dogily_2.txt'): dict(title=None, region=(1, 19), neutral=[],
        picks=[('s', 1, 0), 3, 4, 5, 8]),
    ('dogily', 'dogily_3.txt'): dict(title=1, region=(3, 26), neutral=[], bp_in=[6],
        picks=[('s', 3, 0), ('s', 10, 0), 17, 18, 24]),
    # marry.vn/blog -- wedding-planning guides; no headline in the excerpts; _1 opens with an
    # 'Đăng bởi ... | Lượt xem' byline bar (furniture), _3 has an image caption (line 2, left unlabelled)
    ('marry', 'marry_1.txt'): dict(title=None, region=(2, 8), neutral=[],
        picks=[2, 5, ('s', 4, 0), ('s', 7, 0)]),
    ('marry', 'marry_2.txt'): dict(title=None, region=(1, 7), neutral=[],
        picks=[('s', 1, 0), ('s', 3, 0), 4, 6]),
    ('marry', 'marry_3.txt'): dict(title=None, region=(1, 9), neutral=[],
        picks=[6, ('s', 4, 0), ('s', 8, 0), ('s', 8, 1)]),
    ('marry', 'marry_4.txt'): dict(title=None, region=(1, 8), neutral=[],
        picks=[1, 2, 4, 6]),
    # ngoisao.net (cưới hỏi section) -- bride stories; no headline in the excerpts; a crawler ' date YYYY-MM '
    # prefix glued to the standfirst stays inside the region and is never picked; image captions and the
    # 'Cô dâu: ...' profile line are left unlabelled
    ('ngoisao', 'ngoisao_1.txt'): dict(title=None, region=(1, 9), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 7, 0), ('s', 7, 1)]),
    ('ngoisao', 'ngoisao_2.txt'): dict(title=None, region=(1, 11), neutral=[],
        picks=[5, ('s', 7, 0), ('s', 7, 1), 9]),
    ('ngoisao', 'ngoisao_3.txt'): dict(title=None, region=(1, 9), neutral=[],
        picks=[3, ('s', 5, 0), ('s', 7, 0), ('s', 7, 1)]),
    ('ngoisao', 'ngoisao_4.txt'): dict(title=None, region=(1, 15), neutral=[],
        picks=[5, 7, ('s', 9, 0), 13]),
    # trungtamthuoc.com -- _1 a product page: name, 'Thuốc không kê đơn' badge, attribute table, correction
    # notice, tab bar (all furniture), then the monograph with a '==>> Xem thêm thuốc ...' link (bp_in);
    # _2/_3 guideline articles: breadcrumb, headline printed twice, then the text
    ('trungtamthuoc', 'trungtamthuoc_1.txt'): dict(title=1, region=(16, 33), neutral=[], bp_in=[27],
        picks=[22, 23, 25, 30, 32]),
    ('trungtamthuoc', 'trungtamthuoc_2.txt'): dict(title=5, region=(9, 31), neutral=[],
        picks=[13, 17, 21, 22, 29]),
    ('trungtamthuoc', 'trungtamthuoc_3.txt'): dict(title=5, region=(9, 27), neutral=[],
        picks=[15, ('s', 11, 0), ('s', 11, 1), ('s', 21, 0)]),
    # songkhoe.medplus.vn -- drug-information articles (two /amp pages); no headline in the excerpts (_3 opens
    # with its first section heading); the drug fact list belongs to the article
    ('songkhoemedplus', 'songkhoemedplus_1.txt'): dict(title=None, region=(1, 31), neutral=[],
        picks=[('s', 1, 1), 13, 19, 25, 27]),
    ('songkhoemedplus', 'songkhoemedplus_2.txt'): dict(title=None, region=(1, 28), neutral=[],
        picks=[('s', 1, 1), 13, 14, 16, 22]),
    ('songkhoemedplus', 'songkhoemedplus_3.txt'): dict(title=None, region=(1, 27), neutral=[],
        picks=[2, 14, 16, 21, 22]),
}


SENT = re.compile(r'[.!?…]["”’\')]*\s+')


def sentences(line):
    out, start = [], 0
    for m in SENT.finditer(line):
        out.append((start, m.end()))
        start = m.end()
    if start < len(line):
        out.append((start, len(line)))
    return out


def cut(s, n=200):
    if len(s) <= n:
        return s
    s = s[:n]
    return s[:s.rfind(' ')] if ' ' in s else s


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


def pick(L, p):
    if isinstance(p, int):
        s = L[p - 1].strip()
        assert len(s) <= 400, p
        return p, s
    if p[0] == 's':
        n, i = p[1], p[2]
        j = p[3] if len(p) > 3 else i
        sp = sentences(L[n - 1])
        return n, L[n - 1][sp[i][0]:sp[j][1]].strip()
    if p[0] == 'o':
        return p[1], L[p[1] - 1][p[2]:p[3]].strip()
    raise ValueError(p)


def run():
    out = {}
    for (slug, fn), sp in SPEC.items():
        L = open(os.path.join(BASE, slug, fn), encoding='utf-8').read().split('\n')
        text = '\n'.join(L)
        last = max(i for i, l in enumerate(L, 1) if l.strip())
        t = sp['title']
        if t is None:
            title, title_lines = None, set()
        elif isinstance(t, int):
            title, title_lines = L[t - 1].strip(), {t}
        elif t[0] == 'o':
            title, title_lines = L[t[1] - 1][t[2]:t[3]].strip(), {t[1]}
        else:
            title, title_lines = '\n'.join(L[t[0] - 1:t[1]]).strip(), set(range(t[0], t[1] + 1))
        assert title is None or (title and title in text), (slug, fn)
        r0, r1 = sp['region']
        neutral = expand(sp['neutral']) | {last}
        bp_in = expand(sp.get('bp_in', []))
        art = []
        for p in sp['picks']:
            n, a = pick(L, p)
            assert r0 <= n <= r1 and n not in bp_in, (slug, fn, p)
            assert n != last or r1 == last, (slug, fn, p)
            assert len(a) >= 40 and text.count(a) == 1, (slug, fn, p, a, text.count(a))
            if n == last:  # never the cut-off tail: a sentence pick is never the line's last (cut) sentence;
                # an ('o') span ends at a clause boundary chosen by hand, well before the cut
                end = L[n - 1].index(a) + len(a)
                if isinstance(p, tuple) and p[0] == 'o':
                    assert end < len(L[n - 1]) - 50, (slug, fn, p)
                else:
                    assert end <= sentences(L[n - 1])[-1][0], (slug, fn, p)
            art.append(a)
        assert 3 <= len(art) <= 6, (slug, fn, len(art))
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + ([title] if title else [])
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
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=None, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art), 'title', 'yes' if title else 'null')
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

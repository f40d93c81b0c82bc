#!/usr/bin/env python3
"""Write labels/<folder>.jsonl for heldout50 from the line-number specs below (chosen by hand after reading each seed).

Follows heldout41's label_spec.py (models/heldout41/build/label_spec.py) with changes for search-tool excerpts:
 - a seed line may open with the corpus' date stamp (" date 2025-10-28 ...") -- DATE_RE; that stamp is never labelled
   (neutral, like a dateline); article picks and titles taken from such a line start after it;
 - title: int n = line n (date stamp stripped); ('dt', n) = line n minus a glued "dd/mm/yyyy hh:mm" prefix (docnhanh);
   None = the excerpt shows no headline of its own;
 - picks: int n = line n (date stamp stripped, cut at a word boundary to <= 200 chars); (n, k) = the k-th sentence of
   line n (sentences split after . ? ! followed by white space; leading/trailing '|' and spaces stripped), used where a
   line is the only labellable text or holds a duplicated lead; every pick is checked: >= 40 chars, unique in the seed;
 - region = (first, last) article line; the excerpt's last line is cut off by the search tool: never an article line, neutral unless it is whole
   furniture ("Bình luận (0)", a tag list); neutral = lines outside the region labelled neither way (date/byline lines, the cut last line,
   signatures, bare photo-credit lines such as "Ảnh minh họa", duplicated leads, a title repeated as a caption);
   bp_in = furniture lines inside the region (image alt-text copies "... - Ảnh 1.", image file names, embed titles);
   bp_sub = lines whose text after the date stamp is furniture (masthead menu, "(VTC News) -") -- that remainder is
   the boilerplate label;
 - boilerplate = every other non-empty line outside the region (stripped, cut to 200), minus lines without a letter or
   digit, minus lines occurring inside a region line or the title, deduplicated, minus lines a validator would place
   on another line. No cap needed (all seeds are short).
url = null everywhere (no seed prints its own address). No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATE_RE = re.compile(r'^\s*date \d{4}-\d{2}(-\d{2})?\s+')
DT_RE = re.compile(r'^\d{2}/\d{2}/\d{4} \d{2}:\d{2}')
SENT_RE = re.compile(r'(?<=[.?!])\s+')

SPEC = {
    # docnhanh.vn: "-" + ten trending headlines ending " -", a section label, "dd/mm/yyyy hh:mmTitle", lead, body
    ('docnhanh', 'docnhanh_1.txt'): dict(title=('dt', 13), region=(14, 17), neutral=[13, 18],
                                         picks=[14, (15, 0), (15, 3)]),
    ('docnhanh', 'docnhanh_2.txt'): dict(title=('dt', 13), region=(14, 15), neutral=[13, 16],
                                         picks=[(14, 0), (14, 1), 15]),
    ('docnhanh', 'docnhanh_3.txt'): dict(title=('dt', 13), region=(14, 15), neutral=[13, 16],
                                         picks=[(14, 0), (14, 1), (15, 0)]),
    # 2026 layout: lead printed twice (both unlabelled), image file names between paragraphs
    ('docnhanh', 'docnhanh_4.txt'): dict(title=None, region=(5, 21), neutral=[1, 3, 23],
                                         bp_in=[7, 9, 13, 17, 19], picks=[5, 11, 15, 21]),
    # thanhnien.vn
    ('thanhnien', 'thanhnien_1.txt'): dict(title=4, region=(10, 22), neutral=[6, 7, 8, 20, 24], bp_sub=[1],
                                           bp_in=[16], picks=[10, 12, 14, 18, 22]),
    ('thanhnien', 'thanhnien_2.txt'): dict(title=3, region=(1, 1), neutral=[],
                                           picks=[(1, 0), (1, 1), (1, 3)]),
    ('thanhnien', 'thanhnien_3.txt'): dict(title=None, region=(1, 4), neutral=[5], picks=[1, 2, 3, 4]),
    ('thanhnien', 'thanhnien_4.txt'): dict(title=None, region=(1, 9), neutral=[11], picks=[1, 3, 5, 7]),
    ('thanhnien', 'thanhnien_5.txt'): dict(title=4, region=(10, 32), neutral=[6, 7, 8, 26, 34], bp_sub=[1],
                                           bp_in=[22], picks=[10, 14, 18, 20, 30, 32]),
    ('thanhnien', 'thanhnien_6.txt'): dict(title=1, region=(9, 11), neutral=[4, 6, 7, 15],
                                           picks=[(9, 0), (9, 1), (11, 2), (11, 4)]),
    # www.phunuvagiadinh.vn: the lead is printed again as the first body paragraph (leave both copies unlabelled)
    ('phunu', 'phunu_1.txt'): dict(title=None, region=(3, 3), neutral=[1, 5],
                                   picks=[(3, 0), (3, 3), (3, 10)]),
    ('phunu', 'phunu_2.txt'): dict(title=1, region=(3, 12), neutral=[1, 10, 14], bp_in=[9], picks=[3, 5, 7, 12]),
    ('phunu', 'phunu_3.txt'): dict(title=None, region=(3, 7), neutral=[1, 9], picks=[3, (5, 2), 7]),
    ('phunu', 'phunu_4.txt'): dict(title=None, region=(1, 3), neutral=[5], picks=[1, (3, 0), (3, 3)]),
    ('phunu', 'phunu_5.txt'): dict(title=1, region=(5, 24), neutral=[1, 3, 10, 26], bp_in=[9],
                                   picks=[5, 7, 16, 18, 24]),
    # kenh14.vn
    ('kenh14', 'kenh14_1.txt'): dict(title=None, region=(1, 9), neutral=[11], picks=[1, 3, 5, 9]),
    ('kenh14', 'kenh14_2.txt'): dict(title=1, region=(5, 15), neutral=[3, 18], bp_in=[13], picks=[5, 7, 11, 15]),
    ('kenh14', 'kenh14_3.txt'): dict(title=None, region=(1, 11), neutral=[13], picks=[1, 5, 7, 9]),
    ('kenh14', 'kenh14_4.txt'): dict(title=None, region=(1, 13), neutral=[15], picks=[1, 3, 5, 9, 13]),
    # giadinh.suckhoedoisong.vn
    ('giadinh', 'giadinh_1.txt'): dict(title=1, region=(2, 9), neutral=[11], picks=[2, 3, 4, 6, 7, 9]),
    ('giadinh', 'giadinh_2.txt'): dict(title=1, region=(2, 6), neutral=[1, 7], picks=[2, 3, 4, 5, 6]),
    ('giadinh', 'giadinh_3.txt'): dict(title=1, region=(2, 9), neutral=[10], picks=[2, 4, 5, 8, 9]),
    # line 1 is the headline + lead of another article (a "read also" teaser): boilerplate; own headline not shown
    ('giadinh', 'giadinh_4.txt'): dict(title=None, region=(3, 7), neutral=[9], picks=[3, 5, 7]),
    ('giadinh', 'giadinh_5.txt'): dict(title=1, region=(2, 9), neutral=[10], picks=[2, 3, 4, 5, 8, 9]),
    ('giadinh', 'giadinh_6.txt'): dict(title=1, region=(2, 5), neutral=[7, 8], picks=[2, 3, 4, 5]),
    ('giadinh', 'giadinh_7.txt'): dict(title=1, region=(2, 6), neutral=[8, 9], picks=[2, 3, 4, 5, 6]),
    ('giadinh', 'giadinh_8.txt'): dict(title=1, region=(2, 7), neutral=[8], bp_in=[6], picks=[2, 3, 4, 5, 7]),
    # soha.vn
    ('soha', 'soha_1.txt'): dict(title=None, region=(3, 11), neutral=[1, 13], picks=[3, 5, 7, 9, 11]),
    ('soha', 'soha_2.txt'): dict(title=None, region=(1, 17), neutral=[19], picks=[1, 5, 9, 11, 13, 17]),
    ('soha', 'soha_3.txt'): dict(title=None, region=(1, 3), neutral=[4], picks=[1, 2, 3]),
    ('soha', 'soha_4.txt'): dict(title=None, region=(1, 17), neutral=[19], picks=[1, 5, 11, 13, 17]),
    ('soha', 'soha_5.txt'): dict(title=None, region=(3, 13), neutral=[1, 15], picks=[3, 5, 7, 9, 11]),
    # vtcnews.vn: every page opens "(VTC News) -" on the date-stamp line
    ('vtc', 'vtc_1.txt'): dict(title=None, region=(3, 13), neutral=[15], bp_sub=[1], picks=[3, 5, 7, 11, 13]),
    ('vtc', 'vtc_2.txt'): dict(title=None, region=(3, 9), neutral=[11], bp_sub=[1], picks=[3, 5, 7, 9]),
    ('vtc', 'vtc_3.txt'): dict(title=None, region=(3, 9), neutral=[11], bp_sub=[1], picks=[3, 5, 9]),
    ('vtc', 'vtc_4.txt'): dict(title=None, region=(3, 15), neutral=[17], bp_sub=[1], picks=[3, 7, 9, 11, 15]),
}


def cut(s, n=200):
    if len(s) <= n:
        return s
    s = s[:n]
    return s[:s.rfind(' ')] if ' ' in s else s


def undate(s):
    return DATE_RE.sub('', s, count=1).strip()


def sentences(line):
    return [x.strip(' |') for x in SENT_RE.split(undate(line)) if x.strip(' |')]


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
        return cut(undate(L[p - 1]))
    n, k = p
    return cut(sentences(L[n - 1])[k])


def run(show=False):
    out = {}
    for (slug, fn), sp in SPEC.items():
        text = open(os.path.join(BASE, slug, fn), encoding='utf-8').read()
        L = text.split('\n')
        last = max(i for i, l in enumerate(L, 1) if l.strip())
        t = sp['title']
        if t is None:
            title, tl = None, set()
        elif isinstance(t, tuple):
            title, tl = DT_RE.sub('', L[t[1] - 1].strip(), count=1).strip(), {t[1]}
        else:
            title, tl = undate(L[t - 1]), {t}
        assert title is None or (title and title in text), (fn, title)
        r0, r1 = sp['region']
        assert r1 < last, (fn, 'the last line is never an article line')
        neutral = expand(sp['neutral'])
        bp_in = expand(sp.get('bp_in', []))
        bp_sub = expand(sp.get('bp_sub', []))
        art = []
        for p in sp['picks']:
            a = pick(L, p)
            assert 40 <= len(a) <= 200 and text.count(a) == 1, (fn, p, a, text.count(a))
            art.append(a)
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + ([title] if title else [])
        bp = []
        for i, l in enumerate(L, 1):
            if not l.strip() or not re.search(r'\w', l):
                continue
            inside = r0 <= i <= r1
            if inside and i not in bp_in:
                continue
            if i in bp_sub:
                c = cut(undate(l))
            elif not inside and (i in neutral or i in tl):
                continue
            else:
                c = cut(l.strip())
            if not c or c == title or c in bp or any(c in p for p in protect):
                continue
            if i not in bp_sub and locate(L, c) != i:
                continue
            bp.append(c)
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=None, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art), 'title', title is not None)
        if show:
            for b in bp:
                print('   BP ', b[:110])
            for a in art:
                print('   ART', a[:110])
            print('   TTL', title)
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    import sys
    run(show='-v' in sys.argv)

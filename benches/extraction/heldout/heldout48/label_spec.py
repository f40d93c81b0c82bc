#!/usr/bin/env python3
"""Write labels/<folder>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout41's label_spec.py (heldout39's with picks='auto' and 'cap') adapted to search-excerpt seeds; no page text
is written in this script. Per seed (line numbers 1-based):
  title   = n (the headline line, stripped) | ('span', n, i, j) (chars i..j of line n, stripped: drops a
            forum prefix like 'Đề tài: ' or an author suffix) | None (the excerpt shows no headline)
  region  = (first, last) line of the main content (lead + body, incl. sub-heads, list items, captions, poem lines)
  picks   = article labels: 'auto' (6 region lines spread evenly; candidates: region lines not in bp_in/nopick,
            whose stripped text cut at a word boundary to <= 200 chars has >= 40 chars and occurs once in the seed)
            or a list of: n (line n stripped, cut to 200), (n, k) (k-th sentence of line n, split after . ! ? …
            followed by white space, cut to 200), ('span', n, i, j) (chars i..j of line n, stripped, cut to 200)
  neutral = lines outside the region labelled neither way (date lines, bylines / author lines, source lines,
            forum post author names, lines we are unsure of); nopick = region lines never used as article labels
  bp_in   = lines inside the region that are furniture; bp_span = [(n, i, j)] furniture that is only part of a line
  complete= True when the excerpt is shorter than the search tool's cut (~1,500 chars) and ends on a whole line;
            otherwise the last line of the excerpt is cut off and is labelled neither way (last = its number
            when the excerpt ends inside a white-space-only line after a whole line).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars at a word boundary),
minus lines that occur inside a region line or the title, minus lines without a letter/digit, minus lines whose
text first occurs on an earlier line; plus bp_in lines and bp_span pieces. url = null for every seed (no excerpt
prints its own address)."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SENT = re.compile(r'(?<=[.!?…])\s+')

SPEC = {
    # ---------------- forum ----------------
    ('forum', 'amtech_1.txt'): dict(title=None, region=(1, 1), picks=[(1, 1), (1, 3), (1, 5), (1, 7), (1, 10), (1, 14)],
                                    neutral=[]),
    ('forum', 'congdongcviet_1.txt'): dict(title=('span', 4, 8, 43), region=(14, 28), picks='auto',
                                           neutral=[4, 12]),
    ('forum', 'ctsedu_1.txt'): dict(title=11, region=(13, 20), picks=[14, 18, 20, (22, 0), (22, 1)], neutral=[]),
    ('forum', 'ddth_1.txt'): dict(title=14, region=(16, 25), picks='auto', neutral=[]),
    ('forum', 'diendancacanh_1.txt'): dict(title=3, region=(11, 16), picks=[(11, 0), (11, 1), (11, 4), (11, 7), (18, 0)],
                                           neutral=[5, 7]),
    ('forum', 'giaiphapexcel_1.txt'): dict(title=('span', 13, 8, 72), region=(15, 26), picks='auto', neutral=[13]),
    ('forum', 'impeqn_1.txt'): dict(title=1, region=(2, 2), picks=[(2, 1), (2, 2), (2, 4), (2, 5), (2, 6)], neutral=[]),
    ('forum', 'otosaigon_1.txt'): dict(title=None, region=(1, 4), picks='auto', neutral=[], complete=True),
    ('forum', 'phunuviet_1.txt'): dict(title=6, region=(8, 9), picks=[(8, 0), (8, 2), (8, 3), (8, 4), (10, 0)],
                                       neutral=[7]),
    ('forum', 'vietbf_1.txt'): dict(title=None, region=(1, 6), picks='auto', neutral=[], complete=True),
    ('forum', 'vietpetgo_1.txt'): dict(title=5, region=(10, 31), picks='auto', neutral=[7]),
    ('forum', 'vntelecom_1.txt'): dict(title=('span', 14, 13, 67), region=(18, 25), picks='auto', neutral=[14, 16]),
    ('forum', 'qastack_1.txt'): dict(title=1, region=(6, 54), picks='auto', neutral=[], bp_in=[15, 16, 17, 19, 22, 32],
                                     last=55),
    # ---------------- blog ----------------
    ('blog', 'chungta_1.txt'): dict(title=1, region=(5, 13), picks='auto', neutral=[3], nopick=[7]),
    ('blog', 'cooking4kid_1.txt'): dict(title=None, region=(1, 19), picks='auto', neutral=[]),
    ('blog', 'giaovn_1.txt'): dict(title=5, region=(7, 26), picks='auto', neutral=[3], nopick=[11, 13], bp_in=[18]),
    ('blog', 'giaovn_2.txt'): dict(title=8, region=(10, 22), picks='auto', neutral=[6]),
    ('blog', 'jangkeu_1.txt'): dict(title=3, region=(7, 11), picks='auto', neutral=[5]),
    ('blog', 'mochoale_1.txt'): dict(title=3, region=(5, 33), picks='auto', neutral=[1], last=34),
    ('blog', 'nhattacthien_1.txt'): dict(title=1, region=(2, 2), picks=[(2, 1), (2, 2), (2, 4), (2, 6), (2, 8)],
                                         neutral=[], complete=True),
    ('blog', 'nhungcungduongphuot_1.txt'): dict(title=5, region=(7, 12), picks='auto', neutral=[3], bp_in=[8]),
    ('blog', 'phanvanhuytam_1.txt'): dict(title=('span', 1, 0, 73), region=(9, 14), picks=[(14, 1), (14, 2), (14, 4), (16, 0)],
                                          neutral=[1, 3, 5, 7]),
    ('blog', 'thuaphatlai_1.txt'): dict(title=None, region=(2, 21), picks='auto', neutral=[1]),
    ('blog', 'thuvienhoasen_1.txt'): dict(title=1, region=(7, 17), picks='auto', neutral=[3, 4], nopick=[9],
                                          bp_span=[(3, 18, 30)]),
    ('blog', 'vanchuongtphcm_1.txt'): dict(title=5, region=(12, 14), picks=[(12, 0), (12, 1), (16, 0), (16, 2), (16, 4)],
                                           neutral=[7, 8]),
    ('blog', 'vannghequangtri_1.txt'): dict(title=7, region=(9, 33), picks='auto', neutral=[5]),
    ('blog', 'vnfoss_1.txt'): dict(title=3, region=(5, 15), picks=[7, (17, 0), (17, 1), (17, 3)], neutral=[1],
                                   nopick=[11, 13, 15]),
    ('blog', 'quangchien_1.txt'): dict(title=1, region=(5, 57), picks='auto', neutral=[]),
    ('blog', 'ongchonghaylam_1.txt'): dict(title=3, region=(5, 31), picks=[7, 13, 17, 21, 27, 31], neutral=[]),
    ('blog', 'hatgiongtamhon_1.txt'): dict(title=1, region=(6, 10), picks='auto', neutral=[3, 4]),
    ('blog', 'buimanhduc_1.txt'): dict(title=1, region=(3, 13), picks='auto', neutral=[], bp_in=[11]),
    # ---------------- web ----------------
    ('web', 'tailieuvn_1.txt'): dict(title=5, region=(16, 16), picks=[(16, 0), ('span', 16, 174, 323), ('span', 16, 323, 483)],
                                     neutral=[9, 11]),
    ('web', '24hviet_1.txt'): dict(title=('span', 1, 0, 50), region=(3, 12), picks='auto', neutral=[], bp_in=[9, 10],
                                   bp_span=[(1, 53, 61)]),
    ('web', 'vinahost_1.txt'): dict(title=1, region=(3, 14), picks='auto', neutral=[], bp_in=[11], nopick=[12]),
    ('web', '123docz_1.txt'): dict(title=3, region=(7, 56), picks=[48, 50, 52, 54, 56], neutral=[]),
    ('web', '3sfarm_1.txt'): dict(title=1, region=(10, 26), picks='auto', neutral=[]),
    ('web', 'baoduongdieuhoabks_1.txt'): dict(title=25, region=(28, 37), picks='auto', neutral=[]),
    ('web', 'benhvienthuocdantoc_1.txt'): dict(title=1, region=(5, 9), picks=[(5, 0), (5, 2), 9, (11, 0)], neutral=[3]),
    ('web', 'chogia_1.txt'): dict(title=1, region=(5, 25), picks='auto', neutral=[], bp_in=[9, 22]),
    ('web', 'farmvina_1.txt'): dict(title=3, region=(7, 22), picks='auto', neutral=[]),
    ('web', 'glico_1.txt'): dict(title=1, region=(3, 24), picks='auto', neutral=[], bp_in=[16]),
    ('web', 'lichvannien365_1.txt'): dict(title=1, region=(8, 14), picks=[(10, 0), (10, 1), (16, 0)], neutral=[3, 4]),
    ('web', 'memart_1.txt'): dict(title=None, region=(1, 18), picks=[1, ('span', 6, 0, 151), ('span', 9, 0, 144),
                                                                    ('span', 12, 0, 201), ('span', 15, 0, 210)],
                                  neutral=[], bp_in=[2]),
    ('web', 'rdsic_1.txt'): dict(title=1, region=(5, 31), picks='auto', neutral=[]),
    ('web', 'thuongcon_1.txt'): dict(title=12, region=(14, 20), picks='auto', neutral=[10], nopick=[16]),
    ('web', 'trithucxanh_1.txt'): dict(title=6, region=(9, 21), picks=[('span', 9, 12, 357), 13, 17, 21], neutral=[8]),
    ('web', 'vnschool_1.txt'): dict(title=3, region=(9, 12), picks='auto', neutral=[4, 6, 7]),
    ('web', 'webaptech_1.txt'): dict(title=None, region=(2, 7), picks='auto', neutral=[1], complete=True),
    ('web', 'wellcare_1.txt'): dict(title=1, region=(3, 25), picks='auto', neutral=[]),
    ('web', 'xetaimydinh_1.txt'): dict(title=1, region=(3, 23), picks='auto', neutral=[], bp_in=[(5, 17)]),
    ('web', 'zqnx_1.txt'): dict(title=3, region=(5, 13), picks='auto', neutral=[]),
}


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


def pick_text(L, p):
    if isinstance(p, int):
        return cut(L[p - 1].strip())
    if p[0] == 'span':
        return cut(L[p[1] - 1][p[2]:p[3]].strip())
    return cut(SENT.split(L[p[0] - 1].strip())[p[1]].strip())


def run():
    out = {}
    for (slug, fn), sp in SPEC.items():
        L = open(os.path.join(BASE, slug, fn), encoding='utf-8').read().split('\n')
        text = '\n'.join(L)
        last = sp.get('last', max(i for i, l in enumerate(L, 1) if l.strip())) if not sp.get('complete') else None
        t = sp['title']
        if t is None:
            title, title_lines = None, set()
        elif isinstance(t, int):
            title, title_lines = L[t - 1].strip(), {t}
        else:
            title, title_lines = L[t[1] - 1][t[2]:t[3]].strip(), {t[1]}
        assert title is None or (title and title in text), (slug, fn)
        r0, r1 = sp['region']
        assert last is None or r1 < last or sp['picks'] != 'auto', (slug, fn, 'region reaches the cut line')
        neutral = expand(sp.get('neutral', []))
        bp_in = expand(sp.get('bp_in', []))
        nopick = expand(sp.get('nopick', []))
        if sp['picks'] == 'auto':
            cand = []
            for i in range(r0, r1 + 1):
                if i in bp_in or i in nopick or i == last:
                    continue
                a = cut(L[i - 1].strip())
                if len(a) >= 40 and text.count(a) == 1 and a not in cand:
                    cand.append(a)
            k = min(6, len(cand))
            idx = sorted({round(j * (len(cand) - 1) / (k - 1)) for j in range(k)}) if k > 1 else [0]
            art = [cand[j] for j in idx]
        else:
            art = []
            for p in sp['picks']:
                a = pick_text(L, p)
                ln = p if isinstance(p, int) else (p[1] if p[0] == 'span' else p[0])
                if ln == last:  # the cut-off last line: only whole sentences before its cut end
                    assert isinstance(p, tuple) and p[0] != 'span' and p[1] < len(SENT.split(L[ln - 1].strip())) - 1, (fn, p)
                assert len(a) >= 40 and text.count(a) == 1, (slug, fn, p, a, text.count(a))
                art.append(a)
        assert 3 <= len(art) <= 6, (slug, fn, len(art))
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + ([title] if title else []) + [L[i - 1] for i in title_lines]
        bp = []
        for i, l in enumerate(L, 1):
            if not l.strip() or not re.search(r'\w', l) or i == last:
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
        for (n, i, j) in sp.get('bp_span', []):
            c = L[n - 1][i:j].strip()
            assert c and c not in (title or '') and not any(c in p for p in region_lines), (fn, c)
            bp.append(c)
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=None, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art), 'title', title is not None)
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

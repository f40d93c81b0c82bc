#!/usr/bin/env python3
"""Write labels/<slug>.jsonl for the line-number specs below (chosen by hand after reading each seed).
For each seed: title = the headline line; region = first/last line (1-based) of the article body;
picks = lines whose text (cut at a word boundary to <=200 chars) become article labels;
neutral = lines outside the region left unlabelled (date, byline, page <title>, captions);
bp_in = lines inside the region that are furniture (related links, share buttons...).
Boilerplate = every other non-empty line outside the region (whole line), minus lines that occur inside
any article-body line or the headline line, minus lines without a letter/digit, at most 150
(when more, the shortest are dropped)."""
import json, os, re
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
 ('goose-vnexpress', 'vnexpress_giaitri_1.txt'): dict(
     title=159, region=(161, 177), picks=[161, 165, 169, 173, 175, 177], neutral=[1, 153, 157, 179, 180], bp_in=[163]),
 ('htmldate-vnexpress', 'vnexpress_kinhdoanh_1.txt'): dict(
     title=34, region=(35, 51), picks=[35, 36, 42, 45, 48, 51], neutral=[1, 2, 33, 52], bp_in=[]),
 ('tracking-vnexpress', 'vnexpress_1.txt'): dict(
     title=29, region=(33, 93), picks=[33, 35, 47, 65, 81, 93], neutral=[1, 27, 95], bp_in=[]),
 ('tracking-baochinhphu', 'baochinhphu_1.txt'): dict(
     title=205, region=(207, 353), picks=[207, 215, 239, 281, 317, 353], neutral=[209, 211], bp_in=[]),
 ('tracking-baodautu', 'baodautu_1.txt'): dict(
     title=26, region=(29, 54), picks=[29, 35, 37, 44, 52, 54], neutral=[2, 27, 28], bp_in=[30, 31, 32]),
 ('tracking-cafef', 'cafef_1.txt'): dict(
     title=62, region=(69, 95), picks=[69, 73, 79, 85, 93, 95], neutral=[64, 97, 99, 101], bp_in=[71]),
 ('tracking-cafef', 'cafef_2.txt'): dict(
     title=62, region=(69, 91), picks=[69, 73, 79, 85, 89, 91], neutral=[64, 93, 95, 97], bp_in=[71]),
 ('tracking-dantri', 'dantri_1.txt'): dict(
     title=281, region=(284, 305), picks=[284, 287, 291, 294, 299, 305], neutral=[1, 282, 283], bp_in=[]),
 ('tracking-nld', 'nld_1.txt'): dict(
     title=262, region=(270, 318), picks=[270, 272, 294, 306, 312, 318], neutral=[1, 264, 266], bp_in=[278, 280]),
 ('tracking-tuoitre', 'tuoitre_1.txt'): dict(
     title=192, region=(197, 233), picks=[197, 198, 203, 216, 222, 233], neutral=[1, 191, 193, 194, 195, 196, 238, 240], bp_in=[]),
 ('tracking-vietnamnet', 'vietnamnet_1.txt'): dict(
     title=220, region=(225, 234), picks=[225, 226, 228, 230, 232, 234], neutral=[219, 221, 224], bp_in=[]),
}

def cut(s, n=200):
    if len(s) <= n:
        return s
    s = s[:n]
    return s[:s.rfind(' ')] if ' ' in s else s

def run():
    out = {}
    for (slug, fn), sp in SPEC.items():
        L = open(os.path.join(BASE, slug, fn), encoding='utf-8').read().split('\n')
        text = '\n'.join(L)
        title = L[sp['title'] - 1]
        art = []
        for i in sp['picks']:
            a = cut(L[i - 1])
            assert len(a) >= 40 and text.count(a) == 1, (slug, fn, i, a)
            art.append(a)
        art_lines = [L[i - 1] for i in sp['picks']] + [title]
        r0, r1 = sp['region']
        body = [L[i - 1] for i in range(r0, r1 + 1) if i not in sp['bp_in']]
        bp = []
        for i, l in enumerate(L, 1):
            if not l or not re.search(r'\w', l):
                continue
            inside = r0 <= i <= r1
            if inside and i not in sp['bp_in']:
                continue
            if not inside and (i in sp['neutral'] or i == sp['title']):
                continue
            if l == title or any(l in a for a in art_lines + body) or l in bp:
                continue
            if len(l) > 200:
                l = cut(l)
            bp.append(l)
        if len(bp) > 150:  # drop the shortest ones first, keep file order
            keep = set(sorted(range(len(bp)), key=lambda k: -len(bp[k]))[:150])
            bp = [b for k, b in enumerate(bp) if k in keep]
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=None, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art))
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    run()

#!/usr/bin/env python3
"""Write labels/<folder>.jsonl for heldout52 from the line-number specs below (chosen by hand after reading
each seed).  Adapted from the models' label_spec.py (heldout39/41): same boilerplate rule, plus three additions
needed for search-tool excerpts:

  * cut line: every excerpt is cut off at its end, so the last non-empty line of a seed is never labelled
    (neither article nor boilerplate); cut=False only for the two tgpsaigon pages that end before the excerpt
    limit (1064 / 1424 characters, last line "Top").
  * units: boilerplate that is only part of a line, given as (line, start, end) character spans -- used for the
    quangduc view counter "(Xem: N)" that shares a line with the article date (the date part stays unlabelled).
  * sentence chunks: an article pick (n, k) takes the k-th chunk of line n, a chunk being one or more whole
    sentences (split after . ! ? ...) grown until >= 60 characters; an int pick n takes chunk 0 of line n, or
    the whole line if it is <= 260 characters.  'auto' takes chunk 0 of every eligible region line (>= 40
    characters, unique in the seed, not a title/neutral/bp_in/cut line) and keeps 6 spread evenly; if fewer than
    3 lines qualify, further chunks of the same lines are added.

Per seed: title = line number n (whole stripped line), (a, b) for a headline wrapped over two lines (joined with
'\\n'), or ('slice', n, i, j) = stripped line n [i:j] (a thread prefix or a site suffix cut away);
title_lines = other lines that repeat the headline (never labelled); region = (first, last) line of the article
(lead + body, incl. in-body sub-heads, verse, lists and captions); neutral = lines outside (or inside) the
region labelled neither way (date lines, bylines, image alt-text / file-name placeholders, the in-body address
block of quangduc_3); bp_in = furniture lines inside the region.
Boilerplate = every other non-empty line outside the region (stripped), minus lines without a letter/digit,
minus lines equal to the title or contained in a region line or the title, deduplicated (first occurrence),
plus bp_in lines and units.  url = null everywhere (no excerpt prints its own address).
No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    # chinhtoaphanthiet.blogspot.com -- Blogger monthly-archive pages of a cathedral parish's weekly bulletin
    ('chinhtoapt', 'chinhtoapt_1.txt'): dict(title=11, region=(14, 24), neutral=[9], picks=[17, 19, 20, 22]),
    ('chinhtoapt', 'chinhtoapt_2.txt'): dict(title=13, region=(15, 23), neutral=[11], picks=[18, 19, 21]),
    ('chinhtoapt', 'chinhtoapt_3.txt'): dict(title=13, region=(17, 23), neutral=[11], picks=[(21, 0), (21, 1), (21, 2)]),
    ('chinhtoapt', 'chinhtoapt_5.txt'): dict(title=13, region=(18, 30), neutral=[11], picks='auto'),
    ('chinhtoapt', 'chinhtoapt_6.txt'): dict(title=13, region=(18, 28), neutral=[11], picks='auto'),
    ('chinhtoapt', 'chinhtoapt_7.txt'): dict(title=13, region=(16, 27), neutral=[11], picks='auto'),
    ('chinhtoapt', 'chinhtoapt_8.txt'): dict(title=13, region=(17, 29), neutral=[11], picks='auto'),
    ('chinhtoapt', 'chinhtoapt_9.txt'): dict(title=15, region=(19, 27), neutral=[13], picks='auto'),
    # quangduc.com -- Tu Vien Quang Duc (Melbourne) article pages: masthead line, headline, date + "(Xem: N)",
    # headline again, image alt text, in-body heading / byline, body
    ('quangduc', 'quangduc_1.txt'): dict(title=3, region=(11, 35), neutral=[5, 8, 14, 15], units=[(5, 15, None)],
                                         picks='auto'),
    ('quangduc', 'quangduc_3.txt'): dict(title=3, region=(22, 36), neutral=[5, (10, 17)], units=[(5, 15, None)],
                                         picks='auto'),
    ('quangduc', 'quangduc_4.txt'): dict(title=3, region=(10, 24), neutral=[5, 8], units=[(5, 15, None)], picks='auto'),
    ('quangduc', 'quangduc_5.txt'): dict(title=3, region=(11, 23), neutral=[5, 8], units=[(5, 15, None)], picks='auto'),
    ('quangduc', 'quangduc_6.txt'): dict(title=3, region=(11, 30), neutral=[5, 8, 13], units=[(5, 15, None)],
                                         picks='auto'),
    ('quangduc', 'quangduc_7.txt'): dict(title=3, region=(10, 31), neutral=[5, 9, 20], units=[(5, 15, None)], picks='auto'),
    ('quangduc', 'quangduc_8.txt'): dict(title=3, region=(10, 26), neutral=[5, 8, 14, 16], units=[(5, 15, None)],
                                         picks='auto'),
    ('quangduc', 'quangduc_9.txt'): dict(title=7, region=(13, 40), neutral=[], picks=[15, 17, 21, 32, 37]),
    # tgpsaigon.net -- archdiocese portal parish news: headline twice (or once + markdown image), related block
    ('tgpsaigon', 'tgpsaigon_1.txt'): dict(title=1, region=(5, 15), neutral=[], picks='auto', cut=False),
    ('tgpsaigon', 'tgpsaigon_2.txt'): dict(title=1, region=(5, 11), neutral=[], picks='auto', cut=False),
    ('tgpsaigon', 'tgpsaigon_3.txt'): dict(title=1, region=(3, 7), neutral=[2], picks='auto'),
    ('tgpsaigon', 'tgpsaigon_4.txt'): dict(title=1, region=(5, 13), neutral=[], picks='auto'),
    # forum.vanhoctre.com -- XenForo literature forum: contest entry and contest-result announcements
    ('vanhoctre', 'vanhoctre_1.txt'): dict(title=('slice', 1, 7, None), title_lines=[1, 3], region=(5, 23),
                                           neutral=[], picks='auto'),
    ('vanhoctre', 'vanhoctre_2.txt'): dict(title=(1, 2), title_lines=[3], region=(4, 39), neutral=[], bp_in=[5],
                                           picks=[4, 30, 33, 38]),
    ('vanhoctre', 'vanhoctre_3.txt'): dict(title=1, region=(7, 34), neutral=[5, 6, 12], bp_in=[14],
                                           picks=[10, 16, 18, 23, 29]),
    ('vanhoctre', 'vanhoctre_4.txt'): dict(title=('slice', 3, 0, -23), title_lines=[3], region=(1, 8), neutral=[],
                                           picks=[1, 4, 6]),
    # truyen2u.pro -- user-story reading pages: chapter title + reader-settings menu
    ('truyen2u', 'truyen2u_1.txt'): dict(title=1, region=(8, 13), neutral=[], picks='auto'),
    ('truyen2u', 'truyen2u_2.txt'): dict(title=1, region=(8, 26), neutral=[], picks='auto'),
    ('truyen2u', 'truyen2u_3.txt'): dict(title=1, region=(8, 21), neutral=[], picks='auto'),
    ('truyen2u', 'truyen2u_4.txt'): dict(title=1, region=(15, 23), neutral=[9, 11, 13], picks='auto'),
    # vannghedanang.org.vn -- Da Nang literature & arts association magazine: headline, date, headline again
    ('vannghedanang', 'vannghedanang_2.txt'): dict(title=1, title_lines=[6], region=(8, 12), neutral=[3, 4],
                                                   picks='auto'),
    ('vannghedanang', 'vannghedanang_4.txt'): dict(title=1, region=(7, 31), neutral=[3], picks='auto'),
    ('vannghedanang', 'vannghedanang_5.txt'): dict(title=1, region=(7, 11), neutral=[3],
                                                   picks=[7, (9, 0), (9, 1), (9, 2)]),
    ('vannghedanang', 'vannghedanang_6.txt'): dict(title=1, region=(7, 15), neutral=[3, 9], picks='auto'),
    ('vannghedanang', 'vannghedanang_7.txt'): dict(title=1, region=(7, 21), neutral=[3], picks='auto'),
    ('vannghedanang', 'vannghedanang_8.txt'): dict(title=1, region=(7, 17), neutral=[3], picks='auto'),
    ('vannghedanang', 'vannghedanang_9.txt'): dict(title=1, region=(3, 8), neutral=[2, 9], picks='auto'),
    ('vannghedanang', 'vannghedanang_10.txt'): dict(title=1, title_lines=[6], region=(4, 29), neutral=[3],
                                                    picks='auto'),
}

SENT_END = re.compile(r'(?<=[.!?…])["”’)]*\s+')


def chunks(s):
    """Consecutive chunks of whole sentences of s (stripped line), each grown to >= 60 chars."""
    ends = [m.start() for m in SENT_END.finditer(s)] + [len(s)]
    out, start, cur_end = [], 0, None
    for e in ends:
        piece = s[start:e].rstrip()
        if len(piece) >= 60 or e == len(s):
            out.append(piece)
            nxt = re.match(r'["”’)]*\s*', s[e:])
            start = e + (nxt.end() if nxt else 0)
    return [c for c in out if c]


def pick_text(line, k=None):
    s = line.strip()
    if k is None:
        return s if len(s) <= 260 else chunks(s)[0]
    return chunks(s)[k]


def expand(items):
    out = set()
    for it in items:
        if isinstance(it, tuple):
            out.update(range(it[0], it[1] + 1))
        else:
            out.add(it)
    return out


def locate(L, s):
    for i, l in enumerate(L, 1):
        if l.strip() == s:
            return i
    for i, l in enumerate(L, 1):
        if s in l:
            return i
    return None


def run():
    out = {}
    for (folder, fn), sp in SPEC.items():
        text = open(os.path.join(BASE, folder, fn), encoding='utf-8').read()
        L = text.split('\n')
        nonempty = [i for i, l in enumerate(L, 1) if l.strip()]
        cut_line = nonempty[-1] if sp.get('cut', True) else None
        t = sp['title']
        if isinstance(t, int):
            title, tlines = L[t - 1].strip(), {t}
        elif t[0] == 'slice':
            title, tlines = L[t[1] - 1].strip()[t[2]:t[3]].strip(), {t[1]}
        else:
            title, tlines = '\n'.join(x.strip() for x in L[t[0] - 1:t[1]]), set(range(t[0], t[1] + 1))
        tlines |= set(sp.get('title_lines', []))
        tlines |= {i for i, l in enumerate(L, 1) if l.strip() == title}
        assert title and title in text, (fn, title)
        r0, r1 = sp['region']
        neutral = expand(sp.get('neutral', []))
        bp_in = expand(sp.get('bp_in', []))
        skip = tlines | neutral | bp_in | ({cut_line} if cut_line else set())
        # article labels
        art = []
        if sp['picks'] == 'auto':
            elig = [i for i in range(r0, r1 + 1) if i not in skip and L[i - 1].strip()]
            firsts = []
            for i in elig:
                a = pick_text(L[i - 1])
                if len(a) >= 40 and text.count(a) == 1:
                    firsts.append(a)
            cand = firsts
            if len(cand) < 3:  # add further sentence chunks of the same lines
                cand = []
                for i in elig:
                    for c in chunks(L[i - 1].strip()):
                        if len(c) >= 40 and text.count(c) == 1 and c not in cand:
                            cand.append(c)
            k = min(6, len(cand))
            idx = sorted({round(j * (len(cand) - 1) / (k - 1)) for j in range(k)}) if k > 1 else [0]
            art = [cand[j] for j in idx]
        else:
            for p in sp['picks']:
                n, kk = (p, None) if isinstance(p, int) else p
                assert n not in skip and r0 <= n <= r1, (fn, p)
                a = pick_text(L[n - 1], kk)
                assert len(a) >= 40 and text.count(a) == 1, (fn, p, a)
                art.append(a)
        assert 3 <= len(art) <= 6, (fn, len(art))
        # boilerplate labels
        protect = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in] + [title]
        bp = []
        for i, l in enumerate(L, 1):
            if not l.strip() or not re.search(r'\w', l) or i == cut_line or i in tlines:
                continue
            inside = r0 <= i <= r1
            if inside and i not in bp_in:
                continue
            if not inside and i in neutral:
                continue
            c = l.strip()
            if c == title or c in bp or any(c in p for p in protect):
                continue
            if locate(L, c) != i:
                continue
            bp.append(c)
        for (n, a, b) in sp.get('units', []):
            u = L[n - 1][a:b]
            assert u and u.strip() == u and locate(L, u) == n, (fn, u)
            bp.append(u)
        out.setdefault(folder, []).append(dict(file=fn, title=title, url=None, boilerplate=bp, article=art))
        print(folder, fn, 'bp', len(bp), 'art', len(art))
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for folder, recs in out.items():
        with open(os.path.join(BASE, 'labels', folder + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

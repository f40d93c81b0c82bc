#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout53's label_spec.py with a new SPEC (heldout71: feng shui / horoscope / women's-family pages from the `pages`
corpus); the conventions are unchanged:
  * picks may be an int n (line n, stripped, whole -- lines used this way are <= 400 chars), ('s', n, i[, j]) =
    sentences i..j of line n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets
    kept; original spacing kept inside the span), or ('o', n, a, b) = characters a..b of line n (stripped);
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None;
  * the LAST line of every seed is the excerpt's cut-off line: it is always neutral (never boilerplate), and picks are
    taken from it only where the region ends on it, and then only complete sentences that end before the cut (or an
    ('o') span ending well before the cut) -- never the cut-off tail itself.
region = (first, last) line of the main content; neutral = lines outside the region labelled neither way; bp_in =
lines inside the region that are furniture (injected site taglines, image file names / alt texts, table-of-contents
widgets, related-article teasers, 'read now' links).  Photo captions inside the text are kept in the region,
unlabelled.  Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars at a word
boundary), minus lines that occur inside a region line or the title, minus lines without a letter/digit, minus lines
whose (cut) text first occurs on an earlier line, deduplicated.  url = null everywhere (no seed prints its own
address).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout71'

SPEC = {
    # phunutoday.vn -- women's portal, feng shui / horoscope: headline, (_3, _7, _8) 'hh:mm, Thứ .. dd/mm/yyyy' line,
    # '( PHUNUTODAY ) -' lead, body with subheads and image file-name lines (bp_in); _4 and _5 are AMP views that start
    # at a subhead (no headline printed); _5 ends with a '(*) Thông tin chỉ mang tính tham khảo' notice and 'Tác giả:'
    ('phunutoday', 'phunutoday_1.txt'): dict(title=1, region=(3, 19), neutral=[], picks=[7, 11, 13, 17]),
    ('phunutoday', 'phunutoday_2.txt'): dict(title=1, region=(3, 27), neutral=[], bp_in=[11, 25],
                                           picks=[5, 15, 17, 19, 23]),
    ('phunutoday', 'phunutoday_3.txt'): dict(title=1, region=(5, 21), neutral=[], picks=[5, 11, 13, 17]),
    ('phunutoday', 'phunutoday_4.txt'): dict(title=None, region=(1, 8), neutral=[], picks=[2, ('s', 3, 0), 5, 6]),
    ('phunutoday', 'phunutoday_5.txt'): dict(title=None, region=(1, 6), neutral=[], picks=[2, 4, 6]),
    ('phunutoday', 'phunutoday_6.txt'): dict(title=1, region=(3, 21), neutral=[], picks=[9, 11, 15, ('s', 21, 0)]),
    ('phunutoday', 'phunutoday_7.txt'): dict(title=1, region=(5, 29), neutral=[], bp_in=[11, 25],
                                           picks=[9, 13, 15, 23, 27]),
    ('phunutoday', 'phunutoday_8.txt'): dict(title=1, region=(5, 29), neutral=[], bp_in=[11, 23],
                                           picks=[9, 13, 19, 27]),
    # xemtuong.net mirrors (ww., www3., w., xemboi., xinxam.) -- feng shui reposts: sapo, the injected site tagline
    # 'Tử Vi, Tứ Trụ, Xem Tướng, Gieo quẻ, Xem bói' (bp_in), body with image alt-text lines (bp_in); no headline except
    # _6 (headline after the sapo); _4 is hard-wrapped text ending with the expert's byline and a 'Nguồn: ST & ...'
    # credit (last line); _6 ends with '(Theo Kienthuc)', 'Nguồn:', 'Về Menu' and a tag cloud (last line)
    ('xemtuong', 'xemtuong_1.txt'): dict(title=None, region=(1, 14), neutral=[], bp_in=[3], picks=[1, 5, 7, 12]),
    ('xemtuong', 'xemtuong_2.txt'): dict(title=None, region=(1, 30), neutral=[], bp_in=[3, 7, 25, 28],
                                       picks=[1, ('s', 5, 0), 9, 11, 23]),
    ('xemtuong', 'xemtuong_3.txt'): dict(title=None, region=(1, 27), neutral=[], bp_in=[3], picks=[1, 9, 17, 21, 23]),
    ('xemtuong', 'xemtuong_4.txt'): dict(title=None, region=(1, 11), neutral=[], picks=[2, 4, 6, 8]),
    ('xemtuong', 'xemtuong_5.txt'): dict(title=None, region=(1, 19), neutral=[], bp_in=[3, 9], picks=[5, 7, 13, 15]),
    ('xemtuong', 'xemtuong_6.txt'): dict(title=2, region=(1, 10), neutral=[], bp_in=[4],
                                       picks=[1, 6, ('s', 8, 0), 10]),
    # kimtuthap.vn -- numbered feng shui Q&A: section label 'Phong Thủy Khai Vận và Chuyển Vận', numbered question
    # (headline), answer text / bullet list
    ('kimtuthap', 'kimtuthap_1.txt'): dict(title=3, region=(5, 16), neutral=[], picks=[5, 7, 11, 15]),
    ('kimtuthap', 'kimtuthap_2.txt'): dict(title=3, region=(5, 11), neutral=[], picks=[5, 7, 8, 9, 10]),
    ('kimtuthap', 'kimtuthap_3.txt'): dict(title=3, region=(5, 5), neutral=[],
                                         picks=[('s', 5, 0), ('s', 5, 1), ('o', 5, 207, 319)]),
    ('kimtuthap', 'kimtuthap_4.txt'): dict(title=3, region=(5, 16), neutral=[], picks=[5, 8, 10, 12, 14]),
    ('kimtuthap', 'kimtuthap_5.txt'): dict(title=3, region=(5, 5), neutral=[],
                                         picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 2), ('s', 5, 3)]),
    # giaitri.thoibaovhnt.com.vn -- culture paper's entertainment section, feng shui: headline (_1, _4), sapo (in _1
    # repeated at the start of the first paragraph), body with subheads, an image file name (_1: bp_in); _2, _3 start
    # inside the text (no headline)
    ('thoibaovhnt', 'thoibaovhnt_1.txt'): dict(title=1, region=(3, 17), neutral=[], bp_in=[11],
                                             picks=[5, 9, 13, ('s', 17, 0)]),
    ('thoibaovhnt', 'thoibaovhnt_2.txt'): dict(title=None, region=(1, 12), neutral=[], picks=[1, 2, 5, 7, 9]),
    ('thoibaovhnt', 'thoibaovhnt_3.txt'): dict(title=None, region=(1, 9), neutral=[], picks=[2, 3, 6, 7]),
    ('thoibaovhnt', 'thoibaovhnt_4.txt'): dict(title=1, region=(3, 15), neutral=[],
                                             picks=[3, 7, ('s', 5, 1), ('s', 13, 2), ('s', 15, 0)]),
    # phunusuckhoe.giadinhonline.vn -- women's health & family magazine: parenting interview (_1, AMP: photo captions
    # kept in the region) and horoscope lists (_2-_4); all start inside the text (no headline printed)
    ('phunusuckhoe', 'phunusuckhoe_1.txt'): dict(title=None, region=(1, 17), neutral=[], picks=[1, 3, 7, 13, 15]),
    ('phunusuckhoe', 'phunusuckhoe_2.txt'): dict(title=None, region=(1, 6), neutral=[],
        picks=[('s', 2, 0), ('s', 2, 2), ('s', 4, 0), ('s', 4, 1), ('s', 6, 0)]),
    ('phunusuckhoe', 'phunusuckhoe_3.txt'): dict(title=None, region=(1, 10), neutral=[], picks=[1, 3, 4, 6, 9]),
    ('phunusuckhoe', 'phunusuckhoe_4.txt'): dict(title=None, region=(1, 12), neutral=[], picks=[1, 3, 4, 7, 11]),
    # lichngaytot.com (AMP) -- feng shui calendar site: headline, 'Thứ .., dd/mm/yyyy hh:mm (GMT+07)' line,
    # '(Lichngaytot.com)' lead, 'Mục lục (Ẩn/Hiện)' widget (bp_in), body with numbered subheads; _2 has an inline
    # related-article teaser (headline + snippet, bp_in) and photo captions; _3 a 'Đọc ngay: ...' link (bp_in)
    ('lichngaytot', 'lichngaytot_1.txt'): dict(title=1, region=(4, 27), neutral=[], bp_in=[5], picks=[15, 17, 19, 25]),
    ('lichngaytot', 'lichngaytot_2.txt'): dict(title=1, region=(5, 33), neutral=[], bp_in=[15, 16],
                                             picks=[5, 10, 13, 21, 27]),
    ('lichngaytot', 'lichngaytot_3.txt'): dict(title=1, region=(4, 34), neutral=[], bp_in=[5, 15],
                                             picks=[7, 13, 21, 28]),
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

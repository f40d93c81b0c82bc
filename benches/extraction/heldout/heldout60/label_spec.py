#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout53's label_spec.py (heldout41 / heldout38-39 lineage) with a new SPEC and BASE; the rest of the code is unchanged.
Seeds are `search` `pages`-corpus excerpts (heldout60, see manifest.jsonl).  Conventions (as in heldout53/57):
  * picks may be an int n (line n, stripped, whole -- only lines of <= 400 chars), ('s', n, i[, j]) = sentences i..j
    of line n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets kept; original
    spacing kept inside the span), or ('o', n, a, b) = characters a..b of line n (stripped);
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None (no
    headline printed in the excerpt: giathuecanho_3, afamily_*, casin_*);
  * the LAST line of every seed is the excerpt's cut-off line: it is always neutral (never boilerplate), and picks are
    taken from it only where the article region ends on that line, and then only complete sentences or clauses that
    end well before the cut -- never the cut-off tail itself (baothaibinh_2, baothaibinh_5).
region = (first, last) line of the main content; neutral = lines outside the region labelled neither way (an image
caption printed before the text: dantocmiennuibaotintuc_1); bp_in = lines inside the region that are furniture
(a 'Xem thêm' widget, image file-name tokens, a 'related articles' link block, a video-player token).  Captions and
author boxes inside the region are left unlabelled and never picked.  A crawler ' date YYYY-MM[-DD] ' prefix glued to
the first line of afamily pages stays inside the region; picks never include it.  Boilerplate = every other non-empty
line outside the region (stripped, cut to 200 chars at a word boundary), minus lines that occur inside a region line
or the title, minus lines without a letter/digit, minus lines whose (cut) text first occurs on an earlier line,
deduplicated.  url = null everywhere (no seed prints its own address).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout60'

SPEC = {
    # moveek.com -- film reviews: user-review pages ('Đánh giá của <user>' heading, '<user> <score>' or the
    # user name twice + 'Nhà phê bình phim tự do' badge, then the review; _6 ends on a '#user' tag), and editorial
    # articles (_3, _8: headline, 'category · section · author ·' bar, standfirst, body)
    ('moveek', 'moveek_1.txt'): dict(title=1, region=(5, 5), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 2), ('s', 5, 3)]),
    ('moveek', 'moveek_2.txt'): dict(title=1, region=(5, 7), neutral=[],
        picks=[('s', 5, 1), ('s', 5, 3), 6]),
    ('moveek', 'moveek_3.txt'): dict(title=1, region=(5, 15), neutral=[],
        picks=[5, ('s', 7, 2), ('s', 11, 1), ('s', 13, 4)]),
    ('moveek', 'moveek_4.txt'): dict(title=1, region=(5, 5), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 3), ('s', 5, 4)]),
    ('moveek', 'moveek_5.txt'): dict(title=1, region=(9, 9), neutral=[],
        picks=[('s', 9, 1), ('s', 9, 3), ('s', 9, 4), ('s', 9, 5)]),
    ('moveek', 'moveek_6.txt'): dict(title=1, region=(9, 13), neutral=[],
        picks=[9, ('s', 11, 1), ('s', 13, 0), ('s', 13, 4)]),
    ('moveek', 'moveek_7.txt'): dict(title=1, region=(5, 7), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 6, 0), ('s', 6, 1)]),
    ('moveek', 'moveek_8.txt'): dict(title=1, region=(3, 6), neutral=[],
        picks=[3, ('s', 4, 0), ('s', 4, 3), ('s', 5, 0), ('s', 5, 2)]),
    # giathuecanho.net -- apartment-rental guides: headline, site name / 'Xem thêm' widget or 'THEO DÕI ... GOOGLE
    # NEWS' line, summary box, (_2) author box, intro, 'Thông tin chính:' key-point list (cut); _3 has no headline
    ('giathuecanho', 'giathuecanho_1.txt'): dict(title=1, region=(7, 17), neutral=[], bp_in=[11],
        picks=[('s', 7, 0), ('s', 9, 1), ('s', 9, 2), 15]),
    ('giathuecanho', 'giathuecanho_2.txt'): dict(title=1, region=(5, 18), neutral=[],
        picks=[('s', 5, 0), ('s', 9, 1), ('s', 9, 2), 13]),
    ('giathuecanho', 'giathuecanho_3.txt'): dict(title=None, region=(1, 10), neutral=[],
        picks=[('s', 1, 0), ('s', 3, 1), ('s', 5, 1), 7]),
    ('giathuecanho', 'giathuecanho_4.txt'): dict(title=1, region=(5, 19), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 3), ('s', 9, 0), ('s', 13, 1), ('s', 15, 1)]),
    # cake.vn -- Cake by VPBank finance explainers: 'logo' (+ 'Loading...'), headline, 'Người đăng:' author line,
    # date, 'not financial advice' notice, then the article; _3 has an image file-name token, _4 a 'related
    # articles' block (lines 13-19) inside the body and a cut-off file-name token as the last line
    ('cake', 'cake_1.txt'): dict(title=4, region=(12, 20), neutral=[],
        picks=[('s', 12, 0), ('s', 14, 0), ('s', 18, 0), ('s', 18, 1)]),
    ('cake', 'cake_2.txt'): dict(title=3, region=(11, 17), neutral=[],
        picks=[('s', 11, 0), ('s', 11, 2), ('s', 15, 0), ('s', 15, 2)]),
    ('cake', 'cake_3.txt'): dict(title=3, region=(11, 26), neutral=[], bp_in=[17],
        picks=[('s', 11, 0), ('s', 15, 0), ('s', 15, 1), 23, 25]),
    ('cake', 'cake_4.txt'): dict(title=3, region=(11, 27), neutral=[], bp_in=[(13, 19)],
        picks=[('s', 11, 1), ('s', 11, 2), ('s', 23, 0), ('s', 23, 1), ('s', 25, 0)]),
    # baothaibinh.com.vn -- provincial newspaper (Thái Bình): today's date-time line, headline, publication
    # date-time, view counter, then lead and body; _2 has a duplicated caption and a video-player token (bp_in)
    ('baothaibinh', 'baothaibinh_1.txt'): dict(title=3, region=(7, 15), neutral=[],
        picks=[7, ('s', 11, 1), ('s', 13, 0), ('s', 13, 1)]),
    ('baothaibinh', 'baothaibinh_2.txt'): dict(title=3, region=(7, 19), neutral=[], bp_in=[11],
        picks=[('s', 7, 0), 15, ('o', 19, 0, 115)]),
    ('baothaibinh', 'baothaibinh_3.txt'): dict(title=3, region=(7, 9), neutral=[],
        picks=[('s', 7, 0), ('s', 7, 1), ('s', 7, 2), ('s', 7, 3)]),
    ('baothaibinh', 'baothaibinh_4.txt'): dict(title=3, region=(7, 15), neutral=[],
        picks=[7, ('s', 11, 0), ('s', 13, 1), ('s', 13, 2), ('s', 13, 3)]),
    ('baothaibinh', 'baothaibinh_5.txt'): dict(title=3, region=(7, 13), neutral=[],
        picks=[('s', 11, 0), ('s', 11, 1), ('s', 13, 0)]),
    # dantocmiennui.baotintuc.vn -- ethnic-affairs / travel news (TTXVN): headline (repeated once on _3, _4), photo
    # captions with 'ảnh 1' widget text, image file-name tokens (bp_in); _1 opens with a duplicated caption (neutral)
    ('dantocmiennuibaotintuc', 'dantocmiennuibaotintuc_1.txt'): dict(title=1, region=(6, 14), neutral=[3, 4],
        picks=[6, 8, 12]),
    ('dantocmiennuibaotintuc', 'dantocmiennuibaotintuc_2.txt'): dict(title=1, region=(3, 12), neutral=[], bp_in=[7],
        picks=[('s', 3, 0), ('s', 5, 1), ('s', 5, 2), ('s', 10, 0)]),
    ('dantocmiennuibaotintuc', 'dantocmiennuibaotintuc_3.txt'): dict(title=1, region=(5, 13), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 9, 0), ('s', 9, 1)]),
    ('dantocmiennuibaotintuc', 'dantocmiennuibaotintuc_4.txt'): dict(title=1, region=(5, 13), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 2), ('s', 11, 0), ('s', 11, 1)]),
    ('dantocmiennuibaotintuc', 'dantocmiennuibaotintuc_5.txt'): dict(title=1, region=(3, 20), neutral=[],
        bp_in=[7, 12, 17], picks=[('s', 3, 0), ('s', 3, 1), 5, 10, 15]),
    # afamily.vn -- family / parenting / fashion magazine: no headline in the excerpt; first line carries the
    # crawler's ' date ...' prefix (_2 opens with a '(Chia sẻ của ...)' attribution, neutral); captions unlabelled
    ('afamily', 'afamily_1.txt'): dict(title=None, region=(1, 11), neutral=[],
        picks=[('s', 1, 1), ('s', 3, 0), ('s', 5, 0), 7, ('s', 9, 0)]),
    ('afamily', 'afamily_2.txt'): dict(title=None, region=(3, 19), neutral=[1],
        picks=[('s', 3, 0), ('s', 7, 0), ('s', 9, 1), ('s', 13, 1), 17]),
    ('afamily', 'afamily_3.txt'): dict(title=None, region=(1, 31), neutral=[],
        picks=[('s', 1, 1), ('s', 5, 0), 13, 23, 29]),
    ('afamily', 'afamily_4.txt'): dict(title=None, region=(1, 11), neutral=[],
        picks=[('s', 1, 1), ('s', 1, 2), ('s', 5, 0), ('s', 7, 1), ('s', 7, 2)]),
    ('afamily', 'afamily_5.txt'): dict(title=None, region=(1, 13), neutral=[],
        picks=[('s', 5, 0), ('s', 9, 0), ('s', 9, 2), ('s', 11, 0), ('s', 11, 2)]),
    ('afamily', 'afamily_6.txt'): dict(title=None, region=(1, 23), neutral=[],
        picks=[('s', 1, 3), ('s', 5, 0), 7, ('s', 11, 1), 15]),
    ('afamily', 'afamily_7.txt'): dict(title=None, region=(1, 31), neutral=[],
        picks=[3, 5, 11, 13, ('s', 19, 1), 25]),
    # casin.vn -- personal-finance blog: no headline in the excerpt, a story-style intro in long paragraph lines,
    # then a numbered section heading (cut); _3 has an 'Ảnh trên:' caption (unlabelled)
    ('casin', 'casin_1.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[('s', 1, 1), ('s', 1, 3), ('s', 2, 1), ('s', 2, 3), ('s', 2, 4)]),
    ('casin', 'casin_2.txt'): dict(title=None, region=(1, 5), neutral=[],
        picks=[('s', 1, 1), ('s', 1, 4), ('s', 1, 7), ('s', 3, 1), ('s', 3, 3)]),
    ('casin', 'casin_3.txt'): dict(title=None, region=(1, 6), neutral=[],
        picks=[('s', 1, 1), ('s', 1, 3), ('s', 3, 1), ('s', 3, 2), ('s', 4, 2)]),
    ('casin', 'casin_4.txt'): dict(title=None, region=(1, 4), neutral=[],
        picks=[('s', 1, 2), ('s', 1, 4), ('s', 2, 1), ('s', 2, 4), ('s', 2, 5)]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout53's label_spec.py (heldout41/38/39 lineage) with a new SPEC for heldout85: reader-discussion and Q&A pages
(forum posts, hoi-dap pages) from the `pages` corpus.  Conventions are those of heldout53:
  * picks may be an int n (line n, stripped, whole -- lines <= 400 chars), ('s', n, i[, j]) = sentences i..j of line
    n (line split after . ! ? or an ellipsis followed by white space, closing quotes/brackets kept), or
    ('o', n, a, b) = characters a..b of line n (stripped);
  * title may be an int, a (first, last) pair of wrapped lines joined with '\\n', ('o', n, a, b), or None;
  * the LAST non-empty line of every seed is neutral (never boilerplate) -- also where the excerpt ends on a complete
    line (vovijapan's "(Trich tu sach ...)" source footer, thegioivohinh_3's user name); picks come from it only where
    r1 == last, and then only complete sentences ending before its last sentence.
region = (first, last) line of the main content; neutral = lines outside the region labelled neither way; bp_in =
lines inside the region that are furniture.  Boilerplate = every other non-empty line outside the region (stripped,
cut to 200 chars at a word boundary), minus lines that occur inside a region line or the title, minus lines without
a letter/digit, minus lines whose (cut) text first occurs on an earlier line, deduplicated.  url = null everywhere.

Per-host choices (Q&A / discussion pages; reader replies and user furniture are boilerplate):
  * trungtamhotong.org -- "Hoi Dap Phat Phap" list pages: section header, the recurring notice about the paused Q&A
    column, "Danh muc ..." and the per-entry "Ngay gui: <date>" line are furniture; every question with the teacher's
    answer is main content (the page is a run of Q&A entries answered by the site's own teacher, not reader replies),
    so the region runs from the first "Cau hoi:" to the cut; "Xem Cau Tra Loi >>" and repeated "Ngay gui" lines inside
    are bp_in.  No headline (the header is a section label): title None.
  * blog.phapthihoi.org -- one Q&A per page: headline = the question title, then "Hoi: ..." and "Dap: ..."; _6 shows
    no headline (title None).  Question and answer are both main content.
  * vovijapan.net -- one "HOI: / DAP:" exchange per page from the book "Thuc Hanh Tu Cuu"; no headline (title None).
  * thegioivohinh.com -- vBulletin forum posts without visible user furniture.  _4 is an opening post (article =
    the whole post); _1, _2, _3, _5 are single posts reached by post id (showthread ...p=N), i.e. answer pages: the
    article is that post's body, which is all the excerpt shows; in _3 the sign-off "Than" and the user name "NN" are
    user furniture (boilerplate / last line neutral); in _1 the trailing question (line 3) reads like a second
    member's follow-up and is left neutral as the last line; _5's "HO NIEM" heading is taken as the post's headline.
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout85'

SPEC = {
    # trungtamhotong.org -- Q&A list pages (header, notice, "Danh muc", "Ngay gui"; entries = article)
    ('trungtamhotong', 'trungtamhotong_1.txt'): dict(title=None, region=(7, 11), neutral=[], bp_in=[9],
        picks=[('s', 8, 0), ('s', 8, 3), ('s', 11, 0), ('s', 11, 1), ('s', 11, 2)]),
    ('trungtamhotong', 'trungtamhotong_2.txt'): dict(title=None, region=(7, 16), neutral=[], bp_in=[9, 14],
        picks=[('s', 8, 1), ('s', 8, 2), 11, ('s', 13, 0), ('s', 13, 1)]),
    ('trungtamhotong', 'trungtamhotong_3.txt'): dict(title=None, region=(7, 14), neutral=[], bp_in=[9, 12],
        picks=[('s', 8, 0), ('s', 8, 2), ('s', 8, 5), 11]),
    ('trungtamhotong', 'trungtamhotong_4.txt'): dict(title=None, region=(7, 12), neutral=[],
        picks=[('s', 10, 0), ('s', 10, 1), ('s', 11, 0), ('s', 11, 1), ('s', 11, 2)]),
    ('trungtamhotong', 'trungtamhotong_5.txt'): dict(title=None, region=(6, 19), neutral=[], bp_in=[10, 16],
        picks=[('s', 8, 1), ('s', 9, 0), ('s', 9, 1), ('s', 13, 0), 14]),
    ('trungtamhotong', 'trungtamhotong_6.txt'): dict(title=None, region=(16, 22), neutral=[],
        picks=[19, 20, 21]),
    # blog.phapthihoi.org -- one Q&A per page: headline, "Hoi:", "Dap:"
    ('phapthihoi', 'phapthihoi_1.txt'): dict(title=1, region=(3, 5), neutral=[],
        picks=[3, ('s', 5, 0), ('s', 5, 1)]),
    ('phapthihoi', 'phapthihoi_2.txt'): dict(title=1, region=(3, 5), neutral=[],
        picks=[3, ('s', 5, 0), ('s', 5, 1)]),
    ('phapthihoi', 'phapthihoi_3.txt'): dict(title=1, region=(3, 11), neutral=[],
        picks=[('s', 3, 0), ('s', 5, 0), 7, ('s', 9, 0), ('s', 9, 1)]),
    ('phapthihoi', 'phapthihoi_4.txt'): dict(title=1, region=(3, 11), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 7, 0), ('s', 7, 2), 9]),
    ('phapthihoi', 'phapthihoi_5.txt'): dict(title=1, region=(3, 13), neutral=[],
        picks=[('s', 5, 0), ('s', 7, 0), ('s', 7, 1), ('s', 7, 3), 9]),
    ('phapthihoi', 'phapthihoi_6.txt'): dict(title=None, region=(1, 8), neutral=[],
        picks=[1, ('s', 2, 1), ('s', 2, 2), 6, ('s', 8, 0)]),
    # vovijapan.net -- "HOI:/DAP:" pages; source footer is the last line (neutral)
    ('vovijapan', 'vovijapan_1.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 3, 0)]),
    ('vovijapan', 'vovijapan_2.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[1, ('s', 3, 2), ('s', 3, 3), ('s', 3, 4)]),
    ('vovijapan', 'vovijapan_3.txt'): dict(title=None, region=(1, 5), neutral=[],
        picks=[1, ('s', 5, 1), ('s', 5, 2), ('s', 5, 3)]),
    ('vovijapan', 'vovijapan_4.txt'): dict(title=None, region=(1, 6), neutral=[],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 3, 1), 5, 6]),
    ('vovijapan', 'vovijapan_5.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[1, ('s', 3, 0), ('s', 3, 2), ('s', 3, 3)]),
    ('vovijapan', 'vovijapan_6.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[1, ('s', 3, 1), ('s', 3, 2), ('s', 3, 3)]),
    # thegioivohinh.com -- vBulletin posts (opening post _4; single-post answer pages _1 _2 _3 _5)
    ('thegioivohinh', 'thegioivohinh_1.txt'): dict(title=None, region=(1, 1), neutral=[],
        picks=[('o', 1, 36, 122), ('o', 1, 123, 205), ('s', 1, 2)]),
    ('thegioivohinh', 'thegioivohinh_2.txt'): dict(title=None, region=(1, 5), neutral=[],
        picks=[('s', 1, 1), ('s', 1, 2), ('s', 1, 3), ('s', 3, 0), ('s', 3, 2)]),
    ('thegioivohinh', 'thegioivohinh_3.txt'): dict(title=None, region=(1, 3), neutral=[],
        picks=[('s', 1, 3), ('s', 1, 5), ('s', 3, 0), ('s', 3, 2), ('s', 3, 4)]),
    ('thegioivohinh', 'thegioivohinh_4.txt'): dict(title=None, region=(1, 7), neutral=[],
        picks=[('s', 1, 1), 3, 5, ('s', 7, 0)]),
    ('thegioivohinh', 'thegioivohinh_5.txt'): dict(title=1, region=(2, 2), neutral=[],
        picks=[('s', 2, 0), ('s', 2, 1), ('s', 2, 2)]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout74: SPEC replaced (phatgiao, trungtamditichquangtri, giaoxugiaohovietnam, gpquinhon); conventions below unchanged.

heldout41's label_spec.py (heldout38/39 lineage) with a new SPEC and three changes for these short `pages` excerpts
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

BASE = '/work/evaldata/heldout74'

SPEC = {
    # phatgiao.org.vn -- Buddhist news portal: site date/weather bar, section labels ("Tịnh Độ tông", "DỮ LIỆU"),
    # the article's own date line, headline, text; _2 has a ">>Phật tử có thể đọc thêm ..." related link inside the
    # text (bp_in) and doubled photo captions; _4 is a bare article (headline + paragraphs)
    ('phatgiao', 'phatgiao_1.txt'): dict(title=9, region=(11, 20), neutral=[], picks=[11, 13, 15, 18]),
    ('phatgiao', 'phatgiao_2.txt'): dict(title=9, region=(11, 29), neutral=[], bp_in=[13],
        picks=[11, ('s', 15, 0), ('s', 15, 1), ('s', 15, 2)]),
    ('phatgiao', 'phatgiao_3.txt'): dict(title=8, region=(10, 18), neutral=[],
        picks=[10, ('s', 12, 0), ('s', 14, 1), ('s', 16, 1)]),
    ('phatgiao', 'phatgiao_4.txt'): dict(title=1, region=(2, 9), neutral=[], picks=[2, 4, 5, 7, 8]),
    # trungtamquanlyditichvabaotangquangtri.vn -- provincial relics & museum centre: "Cập nhật ngày: ..." stamp
    # (furniture), no printed headline on _1/_2 (their line 2 is a section heading / text); _3/_4 print the headline
    ('trungtamditichquangtri', 'trungtamditichquangtri_1.txt'): dict(title=None, region=(2, 3), neutral=[],
        picks=[('s', 2, 0), ('s', 2, 1), ('s', 2, 2), ('s', 3, 1), ('s', 3, 2)]),
    ('trungtamditichquangtri', 'trungtamditichquangtri_2.txt'): dict(title=None, region=(2, 5), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 3, 2), ('o', 4, 0, 105)]),
    ('trungtamditichquangtri', 'trungtamditichquangtri_3.txt'): dict(title=1, region=(2, 14), neutral=[],
        picks=[('s', 4, 0), ('s', 4, 1), ('s', 12, 1), ('s', 12, 2), ('s', 12, 3)]),
    ('trungtamditichquangtri', 'trungtamditichquangtri_4.txt'): dict(title=1, region=(3, 7), neutral=[],
        picks=[('s', 3, 0), ('s', 3, 1), ('s', 5, 0), ('s', 5, 1)]),
    # giaoxugiaohovietnam.com -- Catholic parish directory: _1 diocese label, parish name, a fact sheet (address,
    # priests, founding year, patron, counts, mass times: neutral, page data in a template) then "Tư liệu"/news
    # links (furniture) and the parish history; _2/_3 bare parish histories with a hard-wrapped headline
    ('giaoxugiaohovietnam', 'giaoxugiaohovietnam_1.txt'): dict(title=3, region=(54, 66), neutral=[(5, 45)],
        picks=[58, 60, 62, 64]),
    ('giaoxugiaohovietnam', 'giaoxugiaohovietnam_2.txt'): dict(title=(2, 3), region=(4, 29), neutral=[],
        picks=[6, 10, 17, 23, 27]),
    ('giaoxugiaohovietnam', 'giaoxugiaohovietnam_3.txt'): dict(title=(3, 4), region=(6, 33), neutral=[],
        picks=[7, 12, 19, 24, 30]),
    # gpquinhon.org -- Qui Nhơn diocese: headline, post date ("Thứ ba - ..."/"Đăng lúc: ..."), _2 an old-site
    # "Trang mới <address>" notice; parish history text
    ('gpquinhon', 'gpquinhon_1.txt'): dict(title=1, region=(5, 20), neutral=[],
        picks=[('s', 10, 0), ('s', 10, 1), ('s', 12, 0), ('s', 16, 0), ('s', 18, 1)]),
    ('gpquinhon', 'gpquinhon_2.txt'): dict(title=3, region=(6, 18), neutral=[],
        picks=[('s', 12, 0), ('s', 12, 2), ('s', 12, 3), ('s', 16, 0), ('s', 16, 1)]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout66 (blind set: 36 `pages` excerpts, 6 hosts -- guitar-chord/lyrics site, lay-Dominican (Catholic) site, the
lawyers' federation journal, a Buddhist (Khat si) site, a Catholic diocese site, a Buddhist portal).  This is
heldout53's label_spec.py with a new SPEC and BASE; its conventions are unchanged.  heldout53's notes follow:

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

BASE = '/work/evaldata/heldout66'

SPEC = {
    # hopamguitar.vn -- guitar-chord/lyrics pages: song title, 'Sáng tác: ... | genre | Điệu: ...' bar, transpose
    # widget ('b [F] #', 'x2'), 'Lời bài hát', the chorded lyrics (verse numbers and 'ĐK:' chorus marks are part of
    # the song sheet), then 'Hợp âm guitar sử dụng', 'Bài hát cùng thể loại' and related-song snippets (cut)
    ('hopamguitar', 'hopamguitar_1.txt'): dict(title=1, region=(9, 40), neutral=[], picks=[10, 23, 32, 37, 40]),
    ('hopamguitar', 'hopamguitar_2.txt'): dict(title=1, region=(9, 23), neutral=[], picks=[10, 13, 16, 18, 22]),
    ('hopamguitar', 'hopamguitar_3.txt'): dict(title=1, region=(9, 31), neutral=[], picks=[9, 13, 19, 24, 31]),
    ('hopamguitar', 'hopamguitar_4.txt'): dict(title=1, region=(9, 44), neutral=[], picks=[12, 14, 18, 31, 35]),
    ('hopamguitar', 'hopamguitar_5.txt'): dict(title=1, region=(9, 25), neutral=[], picks=[9, 15, 19, 22, 25]),
    ('hopamguitar', 'hopamguitar_6.txt'): dict(title=1, region=(9, 30), neutral=[], picks=[11, 16, 20, 25, 28]),
    ('hopamguitar', 'hopamguitar_7.txt'): dict(title=1, region=(9, 29), neutral=[], picks=[11, 16, 20, 23, 28]),
    # hddmvn.net -- lay Dominicans (Huynh đoàn Đa Minh): WordPress headline, the post (often repeating the headline,
    # a stray '.' line, image file names inside the text -> bp_in), 'Trả lời' + comment-form notice at the end (_1);
    # _2 has a 'Lưu bản nháp tự động' editor artefact inside the profile box; _6/_7 start inside the text (_6: the
    # document's letterhead and heading, _7: no headline)
    ('hddmvn', 'hddmvn_1.txt'): dict(title=1, region=(5, 34), neutral=[],
        picks=[10, 14, 16, ('s', 28, 0), ('s', 34, 0)]),
    ('hddmvn', 'hddmvn_2.txt'): dict(title=1, region=(3, 33), neutral=[], bp_in=[7],
        picks=[25, ('s', 27, 0), 29, ('s', 30, 2), 32]),
    ('hddmvn', 'hddmvn_3.txt'): dict(title=1, region=(3, 30), neutral=[],
        picks=[('s', 22, 0), 24, ('s', 26, 0), ('s', 26, 2), 28]),
    ('hddmvn', 'hddmvn_4.txt'): dict(title=1, region=(3, 24), neutral=[], bp_in=[16], picks=[11, 12, 13, 20, 22]),
    ('hddmvn', 'hddmvn_5.txt'): dict(title=1, region=(3, 7), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 5, 2), ('s', 5, 3), ('s', 7, 0)]),
    ('hddmvn', 'hddmvn_6.txt'): dict(title=2, region=(1, 13), neutral=[],
        picks=[('s', 4, 0), ('s', 4, 1), 5, 8]),
    ('hddmvn', 'hddmvn_7.txt'): dict(title=None, region=(1, 11), neutral=[], picks=[1, 4, 6, 8]),
    # lsvn.vn -- Tạp chí Luật sư Việt Nam: headline, 'dd/mm/yyyy hh:mm | N tháng trước' bar, '(LSVN) -' lead, body;
    # _4 opens with a '/ section / headline' breadcrumb; _2, _5, _6 start inside the text (no headline; the image
    # captions that open _2 and _5 are left neutral)
    ('lsvn', 'lsvn_1.txt'): dict(title=1, region=(5, 9), neutral=[],
        picks=[('s', 5, 1), ('s', 9, 0), ('s', 9, 1), ('s', 9, 2)]),
    ('lsvn', 'lsvn_2.txt'): dict(title=None, region=(2, 7), neutral=[1],
        picks=[3, ('s', 5, 1), 6, ('s', 7, 0), ('s', 7, 1)]),
    ('lsvn', 'lsvn_3.txt'): dict(title=1, region=(5, 11), neutral=[],
        picks=[('s', 5, 1), ('s', 10, 0), ('s', 10, 1), ('s', 10, 2)]),
    ('lsvn', 'lsvn_4.txt'): dict(title=4, region=(8, 8), neutral=[],
        picks=[('s', 8, 0), ('s', 8, 1), ('s', 8, 5), ('s', 8, 6)]),
    ('lsvn', 'lsvn_5.txt'): dict(title=None, region=(2, 3), neutral=[1],
        picks=[('s', 2, 0), ('s', 2, 1), ('s', 3, 0), ('s', 3, 2)]),
    ('lsvn', 'lsvn_6.txt'): dict(title=None, region=(1, 4), neutral=[],
        picks=[1, ('s', 2, 0), ('s', 3, 0), ('s', 3, 1)]),
    # daophatkhatsi.vn -- Khất sĩ Buddhist site: 'CHÀO MỪNG QUÝ VỊ ĐÃ GHÉ THĂM TRANG NHÀ...' banner, headline, (_1) an
    # image alt-text line, then the eulogy / letter / article; _4-_6 are the print views (headline + text only)
    ('daophatkhatsi', 'daophatkhatsi_1.txt'): dict(title=4, region=(8, 18), neutral=[],
        picks=[10, 14, ('s', 16, 0), ('s', 16, 2), ('s', 18, 0)]),
    ('daophatkhatsi', 'daophatkhatsi_2.txt'): dict(title=4, region=(6, 26), neutral=[],
        picks=[('s', 12, 0), 14, 16, 18, ('s', 22, 0)]),
    ('daophatkhatsi', 'daophatkhatsi_3.txt'): dict(title=3, region=(5, 33), neutral=[],
        picks=[11, 13, ('s', 21, 0), 23, ('s', 31, 0)]),
    ('daophatkhatsi', 'daophatkhatsi_4.txt'): dict(title=1, region=(3, 43), neutral=[],
        picks=[('s', 5, 0), ('s', 5, 1), ('s', 43, 0), ('s', 43, 2), ('s', 43, 3)]),
    ('daophatkhatsi', 'daophatkhatsi_5.txt'): dict(title=1, region=(3, 25), neutral=[], picks=[7, 9, 15, 19, 21]),
    ('daophatkhatsi', 'daophatkhatsi_6.txt'): dict(title=1, region=(3, 15), neutral=[],
        picks=[('s', 3, 0), ('s', 5, 2), ('s', 11, 0), ('s', 11, 1), 13]),
    # gpbanmethuot.vn -- Ban Mê Thuột diocese (NukeViet): sidebar 'TIN MỪNG CHÚA NHẬT - LỄ TRỌNG' widget (Sunday name,
    # Gospel verse, 'Đọc các tin khác ➥', 'TÌM KIẾM'), headline, 'weekday - date | author | views' bar, (_1) the
    # headline repeated, then the post (_3: image token -> bp_in); _2 is a monthly notice under the bishop's
    # letterhead (all content); _4-_6 are old parish-record pages: headline, field labels ('Năm thành lập:', 'Số Giáo
    # dân:', 'Giới thiệu:', 'LM Chính xứ:', 'Từ năm:', 'Địa chỉ:') = boilerplate, field values neutral, the
    # 'Giới thiệu' text = region, the deanery term at the end (last line)
    ('gpbanmethuot', 'gpbanmethuot_1.txt'): dict(title=9, region=(14, 22), neutral=[],
        picks=[16, 18, ('s', 20, 0), ('s', 20, 1), ('s', 22, 0)]),
    ('gpbanmethuot', 'gpbanmethuot_2.txt'): dict(title=5, region=(1, 20), neutral=[], picks=[8, 9, 11, 15, 18]),
    ('gpbanmethuot', 'gpbanmethuot_3.txt'): dict(title=9, region=(12, 27), neutral=[], bp_in=[16],
        picks=[('s', 22, 1), ('s', 22, 2), 24, ('s', 26, 0)]),
    ('gpbanmethuot', 'gpbanmethuot_4.txt'): dict(title=1, region=(9, 23), neutral=[4, 6, 27, 30],
        picks=[11, 13, 15, 17, 19]),
    ('gpbanmethuot', 'gpbanmethuot_5.txt'): dict(title=1, region=(11, 23), neutral=[4, 6, 8, 27, 30],
        picks=[13, 15, 17, 19, 21]),
    ('gpbanmethuot', 'gpbanmethuot_6.txt'): dict(title=1, region=(11, 31), neutral=[4, 6, 8, 35, 38],
        picks=[11, 13, 17, 19, 29]),
    # vuontam.net.vn -- Buddhist portal: excerpts start inside the text (no headline); _1 ends with a caption line
    # printed twice (neutral) and a source credit (last line); _4 repeats part of its opening verse (kept in region)
    ('vuontam', 'vuontam_1.txt'): dict(title=None, region=(1, 1), neutral=[2, 3],
        picks=[('s', 1, 0), ('s', 1, 1), ('s', 1, 2), ('s', 1, 4)]),
    ('vuontam', 'vuontam_2.txt'): dict(title=None, region=(1, 7), neutral=[],
        picks=[('s', 1, 0), 2, ('s', 4, 0), ('s', 5, 0), ('s', 7, 0)]),
    ('vuontam', 'vuontam_3.txt'): dict(title=None, region=(1, 7), neutral=[], picks=[1, 2, ('s', 5, 0), ('s', 7, 0)]),
    ('vuontam', 'vuontam_4.txt'): dict(title=None, region=(1, 12), neutral=[],
        picks=[8, ('s', 9, 0), ('s', 9, 1), ('s', 10, 0), 11]),
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py with a new SPEC and BASE = /work/evaldata/heldout125 only; the code below the SPEC is
unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date / byline line, source note); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout125'


def G(region, neutral=(123,)):
    # baodaigov/baodaigov.github.io @47b3213 (hand-written GitHub Pages site "Cổng thông tin điện tử Chính phủ Quốc
    # gia Bảo Đại"), w3m -cols 100: "Đăng nhập", site name, headline ticker (5 lines), search box, menu (Trang chủ /
    # Giới thiệu / Tài liệu / Tin tức - Sự kiện / Trở thành công dân), "Website này sắp không còn được sử dụng ..."
    # notice, news list (9 items: image alt, date - source, title, teaser "... Xem chi tiết"), logo alt, "Xem với cỡ
    # chữ A A", headline 121, "BDN - <date>" 123 (neutral), body (photo alt + caption lines inside), "Chia sẻ tin tức:"
    # + share links (not on bdg_5-7), sidebar (Quốc kỳ / Quốc huy / COVID box / map / "Chuyển ngôn ngữ" / "Các đài
    # quốc tế" / calendar), social links, footer (copyright, counter, e-mail, phone, "Lên đầu trang").
    return dict(title=121, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def T(region):
    # factactive/dndhd.org @0d0670c, TYPOlight pages under index.php/ (lynx -dump -nolist -width=100): theme name
    # "Music academy", menu "* Trang chủ" with 15 "+" sub-items, breadcrumb "Đảng Nhân Dân Hành Động > Trang chủ >
    # <page>" (line 20; the page prints no other heading, so the breadcrumb line is the title), body to the end.
    return dict(title=20, region=region, picks='auto', url=None, neutral=[], bp_in=[])


def F(region, neutral=()):
    # factactive/dndhd.org @0d0670c, older FrontPage pages (*.htm, same lynx options): headline line 1, body, then
    # (thongbao1 / tintuc) "Thông báo kỳ trước" / "Phần Tin Tức và Thông Báo Cũ" link lists, (nhan_dinh2 / 3)
    # "(Bấm vào đây để trở lại phần trước)" / "(Bấm vào đây để xem tiếp)" links, rule, "PAPVN/ÐNDHÐ <e-mail>. All
    # rights reserved."
    return dict(title=1, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('baodaigov-w3m', 'bdg_1.txt'): G((125, 156)),
    ('baodaigov-w3m', 'bdg_2.txt'): G((125, 186)),
    ('baodaigov-w3m', 'bdg_3.txt'): G((125, 156)),
    ('baodaigov-w3m', 'bdg_4.txt'): G((125, 165), (123, 167)),  # 167 "Dịch và chỉnh sửa bởi baodai.gov"
    ('baodaigov-w3m', 'bdg_5.txt'): G((125, 151)),
    ('baodaigov-w3m', 'bdg_6.txt'): G((125, 141)),
    ('baodaigov-w3m', 'bdg_7.txt'): G((125, 172)),
    ('dndhd-lynx', 'dndhd_1.txt'): T((21, 65)),
    ('dndhd-lynx', 'dndhd_2.txt'): T((22, 59)),
    ('dndhd-lynx', 'dndhd_3.txt'): T((22, 59)),
    ('dndhd-lynx', 'dndhd_4.txt'): T((22, 171)),
    ('dndhd-lynx', 'dndhd_5.txt'): F((5, 39), [3]),  # 3 = place and date line
    ('dndhd-lynx', 'dndhd_6.txt'): dict(F((3, 258)), picks=[27, 32, 45, 115, 134, 194]),  # prose, not the letterhead
    ('dndhd-lynx', 'dndhd_7.txt'): F((3, 354)),
    ('dndhd-lynx', 'dndhd_8.txt'): F((3, 355)),
}

REF_RE = re.compile(r'^\d+\. (https?|file|javascript):')
URL_RE = re.compile(r'https?://[^\s)\]"\'<>]+')


def cut(s, n=200):
    if len(s) <= n:
        return s
    s = s[:n]
    return s[:s.rfind(' ')] if ' ' in s else s


def pieces(line, n=200):
    """Split a line at spaces into consecutive pieces of <= n chars (original spacing kept inside a piece)."""
    out, s = [], line.strip()
    while s:
        if len(s) <= n:
            out.append(s)
            break
        j = s.rfind(' ', 0, n + 1)
        j = j if j > 0 else n
        out.append(s[:j].strip())
        s = s[j:].strip()
    return out


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


def run():
    out = {}
    for (slug, fn), sp in SPEC.items():
        L = open(os.path.join(BASE, slug, fn), encoding='utf-8').read().split('\n')
        text = '\n'.join(L)
        t0, t1 = sp['title'] if isinstance(sp['title'], tuple) else (sp['title'], sp['title'])
        title = '\n'.join(L[t0 - 1:t1]).strip().lstrip('#').strip()
        title_lines = set(range(t0, t1 + 1))
        assert title and title in text, (slug, fn)
        r0, r1 = sp['region']
        neutral = expand(sp['neutral'])
        bp_in = expand(sp['bp_in'])
        art = []
        if sp['picks'] == 'auto':
            cand = []
            for i in range(r0, r1 + 1):
                if i in bp_in:
                    continue
                raw = L[i - 1].strip()
                if raw.startswith(('![', '[![', '|', '#', '[')) or '](' in raw or re.match(r'\d+\s', raw):
                    continue  # image, table-row, heading and link-markup lines are not used as article labels
                a = cut(raw)
                if len(a) >= 40 and text.count(a) == 1 and a not in cand:
                    cand.append(a)
            k = min(6, len(cand))
            idx = sorted({round(j * (len(cand) - 1) / (k - 1)) for j in range(k)}) if k > 1 else [0]
            art = [cand[j] for j in idx]
            assert len(art) >= 3, (slug, fn, len(cand))
        else:
            for p in sp['picks']:
                a = cut(L[p - 1].strip()) if isinstance(p, int) else pieces(L[p[0] - 1])[p[1]]
                assert 40 <= len(a) <= 200 and text.count(a) == 1, (slug, fn, p, a, text.count(a))
                art.append(a)
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + [title]
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
        cap = sp.get('cap', 150)
        if cap is None:
            pass
        elif len(bp) > 150:  # drop lynx References entries first, then keep the 150 longest, in file order
            ref = [b for b in bp if REF_RE.match(b)]
            if len(bp) - len(ref) >= 150:
                bp = [b for b in bp if not REF_RE.match(b)]
            else:
                ref_keep = set(sorted(ref, key=lambda b: (-len(b), bp.index(b)))[:150 - (len(bp) - len(ref))])
                bp = [b for b in bp if not REF_RE.match(b) or b in ref_keep]
            keep = set(sorted(range(len(bp)), key=lambda k: (-len(bp[k]), k))[:150])
            bp = [b for k, b in enumerate(bp) if k in keep]
        url = None
        if sp.get('url'):
            url = URL_RE.findall(L[sp['url'][0] - 1])[sp['url'][1]]
            assert url in text
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=url, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art))
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

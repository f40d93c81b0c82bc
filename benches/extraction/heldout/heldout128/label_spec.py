#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout128; the
code below the SPEC is unchanged.
Per seed: title = line number of the main headline; region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, image placeholders / captions and the author's own closing lines); picks =
'auto' takes 6 region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with
'![', '[![', '|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40
chars and occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside
the region labelled neither way (category line, a repeat of the headline, signature / contact block closing a post);
bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, the shortest are dropped (file order kept).
url = null everywhere.  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout128'


def K(end, neutral=()):
    # anhtruong1209/web-soundton_2 @eb6daea (branch kithuatviet; saved WordPress/Flatsome site of Kĩ Thuật Việt),
    # w3m -cols 100: "Skip to content", e-mail twice, logo, menu (Trang chủ / Sản phẩm + 6 brands / Thương hiệu /
    # Dịch vụ / Tin tức / GIỚI THIỆU / Đặt hàng (online)), search box, category line 29 (neutral), headline 31, body,
    # prev / next post titles, "Bài viết mới" (7 posts with "Chức năng bình luận bị tắt" notes), company name,
    # address, e-mail, tax code, "ĐĂNG KÝ NHẬN TIN" + blurb + form, "Liên kết nhanh", copyright, mobile menu,
    # login pop-up (Đăng nhập / Tên tài khoản / Mật khẩu / Ghi nhớ / Quên mật khẩu?).
    return dict(title=31, region=(33, end), picks='auto', url=None, neutral=[29] + list(neutral), bp_in=[])


def P(end):
    # anhtruong1209/web-soundton_2 @2193d20 (branch phunglong; saved site of CÔNG TY TNHH THƯƠNG MẠI PHÙNG LONG,
    # phunglongvn.com), lynx -dump -nolist: menu twice (TRANG CHỦ / VỀ CHÚNG TÔI + 4 / DỊCH VỤ / DỰ ÁN / TIN TỨC VÀ
    # SỰ KIỆN + 2 / LIÊN HỆ), search button, breadcrumb 37, headline 39, its repeat 41 (neutral), body, "Bài viết
    # liên quan" (title twice), "Bài viết mới nhất" (3 partner posts), company name, "Liên kết nhanh", "Liên hệ"
    # (tax code, e-mail, address, site), map IFRAME URL, copyright, (BUTTON) rows.
    return dict(title=39, region=(43, end), picks='auto', url=None, neutral=[41], bp_in=[])


def B(end, neutral=()):
    # anhtruong1209/web-soundton_2 @a485337 (branch BAT; saved site of Công ty TNHH Dịch vụ kỹ thuật B.A.T Việt Nam,
    # batltd.com), pandoc -t plain --wrap=none: phone / e-mail, ~75-item mega-menu (Giới thiệu / Sản phẩm & Dịch vụ
    # with SIEMENS, SOLCON, DURAG, METSO, MARECHAL, BORRI, FLENDER ... sub-trees / Giải pháp công nghệ / Liên hệ),
    # company name, breadcrumb ("> Giải pháp > ... > ..."), "Danh mục sản phẩm" side tree (~130 items), "[]" image
    # placeholders, headline 234, body (image alts, pandoc grid tables, lists), second "Danh mục sản phẩm" tree,
    # "Tin tức mới" / contact / footer blocks.
    return dict(title=234, region=(236, end), picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('ktv-w3m', 'ktv_1.txt'): K(115, [117]),  # 117 "Công ty EPS" signature of the re-posted text
    ('ktv-w3m', 'ktv_2.txt'): K(53),
    ('ktv-w3m', 'ktv_3.txt'): K(208),
    ('ktv-w3m', 'ktv_4.txt'): K(67),
    ('ktv-w3m', 'ktv_5.txt'): K(104),
    ('ktv-w3m', 'ktv_6.txt'): K(72),
    ('phunglong-lynx', 'pl_1.txt'): P(68),
    ('phunglong-lynx', 'pl_2.txt'): P(51),
    ('phunglong-lynx', 'pl_3.txt'): P(70),
    ('phunglong-lynx', 'pl_4.txt'): P(68),
    ('phunglong-lynx', 'pl_5.txt'): P(76),
    ('bat-pandoc', 'bat_1.txt'): B(362),
    ('bat-pandoc', 'bat_2.txt'): B(348),
    ('bat-pandoc', 'bat_3.txt'): B(294),
    ('bat-pandoc', 'bat_4.txt'): B(352),
    ('bat-pandoc', 'bat_5.txt'): B(400, [(402, 414)]),  # distributor / address / tel / fax / e-mail / web signature
    ('bat-pandoc', 'bat_6.txt'): B(349, [(351, 359)]),  # company name / address / phone / fax / e-mail / website
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

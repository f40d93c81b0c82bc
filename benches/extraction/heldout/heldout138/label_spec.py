#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout136's label_spec.py (itself heldout135's / heldout134's / heldout132's / heldout130's / heldout93's / heldout87's /
heldout46's) with a new SPEC and BASE = /work/evaldata/heldout138 only; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, author line, a repeat of the headline or the page's banner headline, the
company's contact signature that closes a service article); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout138'


def D(region, cta):
    # ductu67/DowinVN @ab9d586 (hand-built static site of DOWIN Việt Nam), lynx -dump: "#[1]alternate …" link line (1),
    # breadcrumb "1. [4]Trang chủ / 2. [5]Blog / 3. <short title>" (3-5), category tag (7), headline (9), "📅 date ⏱️ n
    # phút đọc ✍️ author" meta line (11, neutral), hero-image alt text (12, neutral), body from 14; the closing call-to-
    # action box ("… DOWIN … [6]Đặt lịch tư vấn →", neutral: the company's contact line that closes the post), then
    # "Bài viết liên quan" (three linked cards with their categories) and lynx's "References" list.  Header / footer
    # are loaded by JavaScript and do not appear.
    return dict(title=9, region=region, picks='auto', url=None, neutral=[11, 12, cta], bp_in=[])


def K(region, neutral):
    # khuatanhdung/khuatanhdung.com @2850027 (hand-built static personal blog), inscriptis: site bar "KAD Khuất Anh Dũng
    # ← Tất cả bài viết" (1), "<category> · dd/mm/yyyy" (2, neutral), headline (4), body from 6 (with image captions
    # and the author's sign-off "Rồi, ngày mới tốt lành nhé." / disclaimer, inside the region); after it the site motto
    # "Sống tử tế · Kiếm tiền hạnh phúc · Cho đi giá trị" (neutral), the call-to-action box (question + one or two
    # lines of text, neutral) with its button line ("Theo dõi trên Facebook", "Nhắn Zalo — 0869 668 638", …), footer
    # links "Trang chủBài viếtFacebookYouTube" and "khuatanhdung.com — <motto>".
    return dict(title=4, region=region, picks='auto', url=None, neutral=[2] + list(neutral), bp_in=[])


def V(title, region, bp_in, neutral):
    # VangCoder/mywordpress @584bfa8 (static export of a WordPress + WooCommerce shop, theme "This is my website"),
    # links -dump: "Link: profile / canonical / shortlink", "Skip to content", site name, menu (Trang Chủ, Cửa Hàng,
    # Đánh Giá, Giới Thiệu, Liên Hệ) twice with cart counters "0" and "Main Menu", "Giảm giá!" badge, "[IMG]" gallery
    # lines, breadcrumb, product name (title), price (neutral), short description (region start), inside the region
    # the variation chooser / quantity field, "Thêm vào giỏ hàng", "Mã: … Danh mục: … Từ khóa: …" and the tabs "Mô tả /
    # Thông tin bổ sung / Đánh giá (0)" (bp_in), then the long description with its spec table (region end = its last
    # paragraph); "Thông tin bổ sung" rows Trọng lượng / Kích thước / Colors (neutral); "Đánh giá / Chưa có đánh giá
    # nào." review form, "Có thể bạn thích…" / "Sản phẩm tương tự" product cards, "Shopping Cart", theme footer
    # ("Contact Details" with a New York placeholder address, "Quick Links", copyright) and "[ Submit ]" buttons.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[bp_in])


SPEC = {
    ('dowin-lynx', 'dw_1.txt'): D((14, 83), (85, 87)),
    ('dowin-lynx', 'dw_2.txt'): D((14, 88), (90, 92)),
    ('dowin-lynx', 'dw_3.txt'): D((14, 91), (93, 95)),
    ('dowin-lynx', 'dw_4.txt'): D((14, 91), (93, 95)),
    ('dowin-lynx', 'dw_5.txt'): D((14, 77), (79, 80)),
    ('khuatanhdung-inscriptis', 'kad_1.txt'): K((6, 46), [48, 50, (52, 53)]),
    ('khuatanhdung-inscriptis', 'kad_2.txt'): K((6, 42), [44, 46, 48]),
    ('khuatanhdung-inscriptis', 'kad_3.txt'): K((6, 79), [81, 83, 85]),
    ('khuatanhdung-inscriptis', 'kad_4.txt'): K((6, 52), [54, 56, 58]),
    ('khuatanhdung-inscriptis', 'kad_5.txt'): K((6, 57), [59, 61, 63]),
    ('khuatanhdung-inscriptis', 'kad_6.txt'): K((6, 58), [60, 62, 64]),
    ('khuatanhdung-inscriptis', 'kad_7.txt'): K((6, 78), [80, 82, 84]),
    ('vangshop-links', 'vs_1.txt'): V(27, (31, 162), (43, 48), [29, 164, 165]),
    ('vangshop-links', 'vs_2.txt'): V(27, (31, 174), (36, 41), [29, 176, 177]),
    ('vangshop-links', 'vs_3.txt'): V(31, (35, 152), (49, 59), [33, (154, 156)]),
    ('vangshop-links', 'vs_4.txt'): V(31, (35, 223), (49, 59), [33, (225, 227)]),
    ('vangshop-links', 'vs_5.txt'): V(24, (28, 127), (43, 54), [26, 129]),
    ('vangshop-links', 'vs_6.txt'): V(26, (30, 145), (35, 38), [28]),
    ('vangshop-links', 'vs_7.txt'): V(27, (31, 102), (36, 41), [29, 104, 105]),
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

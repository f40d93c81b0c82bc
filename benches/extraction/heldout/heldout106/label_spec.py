#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout106 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date / byline line, featured-image alt text, lead / description under the headline,
reading time, a repeat of the headline under it); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere.
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout106'


def M(region, picks='auto'):
    # quang3215/minh-duc @0229163 (static site of Thu Mua Cáp Đồng Đức Minh, a scrap buyer in Hóc Môn), w3m: hotline
    # bar, logo, menu with sub-items (Dịch Vụ / Khu Vực Thu Mua), breadcrumb, headline 27, byline + date 29 (neutral),
    # featured-image alt 31 (neutral), "Nội dung chính:" TOC, body, call-to-action box (question, pitch, button),
    # footer (company blurb, Thông Tin Liên Hệ, Dịch Vụ Chính, Bản Đồ, copyright).
    return dict(title=27, region=region, picks=picks, url=None, neutral=[29, 31], bp_in=[])


def F(title, region, neutral, picks='auto'):
    # Man-Henry/FPT-TELECOM @1fec159 (fpttelecomvn.click, an FPT Telecom sales agent), lynx -dump -nolist: "#alternate",
    # promo bar with hotline, "FPT Telecom (BUTTON)", menu, date + source line / breadcrumb + byline (neutral), headline,
    # repeated headline / sapo heading (neutral), body, "⚡ Đăng Ký Lắp Mạng ..." offer box (or the agent's own
    # "FPT Telecom - Giải Pháp Internet ..." pitch), footer (blurb, address, e-mail, Zalo, Dịch vụ, Hỗ trợ khách
    # hàng, phones, copyright), "☎ Gọi ngay", cookie notice.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def H(title, region, neutral):
    # HoangDuonng/Blog @ada125a (Hugo "Stack" build of Hoàng Dương's DevOps blog), pandoc -t plain: avatar, name and
    # motto, numbered menu (Trang chủ / Về tôi / Lưu trữ / Tìm kiếm / Liên kết / language / dark mode), "Mục lục" TOC,
    # featured-image placeholder, category, headline, description, date, reading time, author (neutral), "English",
    # body, tags, licence line, "Bài viết liên quan" (5 titles), copyright, "Built with ...", theme credit.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def P(title, region, picks='auto'):
    # thangngoc89/wpnhakhoaphuocbinh @1402867 (WordPress 4.3.1 / Parallax One copy of Nha Khoa Phước Bình), Links:
    # "Link:" lines, "Skip to content", "Toggle navigation", site name twice, slogan, menu, headline, author + date +
    # "No comments" (neutral), body, "Posted in ... Tagged ...", "Post navigation", "Recent Posts", "Archives",
    # newsletter form (First Name / Last Name / Submit), copyright, "Secondary Menu", theme credit.
    return dict(title=title, region=region, picks=picks, url=None, neutral=[title + 2], bp_in=[])


SPEC = {
    ('minhduc-w3m', 'minhduc_1.txt'): M((40, 95)),
    ('minhduc-w3m', 'minhduc_2.txt'): M((41, 113)),
    ('minhduc-w3m', 'minhduc_3.txt'): M((41, 99)),
    ('minhduc-w3m', 'minhduc_4.txt'): M((41, 100)),
    ('minhduc-w3m', 'minhduc_5.txt'): M((40, 100)),
    ('minhduc-w3m', 'minhduc_6.txt'): M((40, 93)),
    ('minhduc-w3m', 'minhduc_7.txt'): M((39, 74)),
    ('fpt-lynx', 'fpt_1.txt'): F((12, 13), (18, 67), [10, (15, 16)]),
    ('fpt-lynx', 'fpt_2.txt'): F(12, (18, 75), [10, 14, 16]),
    ('fpt-lynx', 'fpt_3.txt'): F(14, (18, 86), [12, 16]),
    ('fpt-lynx', 'fpt_4.txt'): F((12, 13), (21, 110), [10, (15, 16), (18, 19)]),
    ('fpt-lynx', 'fpt_5.txt'): F(12, (16, 170), [10, 14]),
    ('fpt-lynx', 'fpt_6.txt'): F((14, 15), (20, 293), [17, 18]),
    ('fpt-lynx', 'fpt_7.txt'): F(12, (16, 266), [10, 14]),
    ('hoangduong-pandoc', 'hd_1.txt'): H(44, (58, 152), [46, 48, 50, 52]),
    ('hoangduong-pandoc', 'hd_2.txt'): H(41, (55, 163), [43, 45, 47, 49]),
    ('hoangduong-pandoc', 'hd_3.txt'): H(44, (58, 188), [46, 48, 50, 52]),
    ('hoangduong-pandoc', 'hd_4.txt'): H(38, (52, 144), [40, 42, 44, 46]),
    ('hoangduong-pandoc', 'hd_5.txt'): H(39, (53, 143), [41, 43, 45, 47]),
    ('hoangduong-pandoc', 'hd_6.txt'): H(36, (50, 141), [38, 40, 42, 44]),
    ('phuocbinh-links', 'pb_1.txt'): P(16, (20, 90)),
    ('phuocbinh-links', 'pb_2.txt'): P(16, (20, 46)),
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

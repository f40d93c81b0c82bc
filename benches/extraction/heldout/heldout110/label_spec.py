#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout110 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date / reading-time line, author line, subtitle / description line under the headline,
a repeat of the headline, source note); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout110'


def P(title, region, neutral, picks='auto'):
    # AlexBlack2202/alexblack2202.github.io @c5ca516 (Hugo, "Phạm Duy Tùng Machine Learning Blog"), lynx -dump -nolist:
    # "(BUTTON) PT Phạm Duy Tùng AI · DATA · SYSTEMS", Share / Twitter Facebook, "Cài đặt" / "Cỡ chữ" / "Quay lại Tải
    # lại Sao chép URL Chia sẻ", menu (Courses / Tools / Categories / Archives / Tags / Community + sub-items),
    # numbered breadcrumb (Trang chủ / Blogs / headline), headline 33 (or 34-35), date + reading time + tags line
    # (neutral), in-page TOC, body, prev / next post titles, "Bình luận" + Buy-me-a-coffee widget, "Mục lục" (TOC
    # again), "Bài gần đây" (5), series / tools / categories / tags clouds with counts, footer link columns, copyright,
    # site blurb with e-mail.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def K(region, picks='auto'):
    # leeminkan/leeminkan.github.io @b7f604e (gh-pages; Jekyll, theme Chirpy, "Kan"), Links -dump: "Link: canonical",
    # avatar, site name + tagline, menu (HOME / CATEGORIES / TAGS / ARCHIVES / ABOUT), breadcrumb, search box
    # ("Cancel"), headline 14 (centred), date / author line 16 and updated / reading-time line 17 (neutral), kan_2's
    # "Nhập tên bạn để mở khóa: ... Submit" lock form, body, categories ("My Life, Diary"), tags, licence line,
    # "Share", "Recent Update" (5), "Trending Tags", "Further Reading" (3 cards: date, title, teaser), prev / next
    # titles, copyright, "Powered by Jekyll with Chirpy theme.", "Trending Tags" again.
    return dict(title=14, region=region, picks=picks, url=None, neutral=[16, 17], bp_in=[])


def J(title, region, neutral):
    # japananh/japananh.github.io @8914d5e (Hugo, theme Stack, "The Writer At Heart"), inscriptis: emoji avatar, site
    # name, tagline, social / menu (Home / Archives / Search / About / Dark Mode), "Table of contents" (the post's
    # headings), category ("100 Days of Challenge"), headline, subtitle (= headline, or ja_5's description; neutral),
    # date and reading time (neutral), body, tag + "Licensed under CC BY-NC-SA 4.0", "Related content" (5 titles),
    # "© 2021 - 2023 The Writer At HeartBuilt with Hugo", "Theme Stack designed by Jimmy".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def N(region, neutral=(22,), picks='auto'):
    # namkyodai/namkyodai.github.io @65c3aeb (Hugo, Academic theme, "Nam's blog", vi/post/), html2text (body width 0):
    # "# Search", site name link, menu (Giới Thiệu / Bài Đăng / Dự Án / Xuất Bản / Thư Viện / Liên Hệ), icon links,
    # headline 20 ("# "), date / reading-time / Disqus-count line 22 (neutral; nam_4 also its guest-author line),
    # share links (Twitter / Facebook / mail / LinkedIn / WhatsApp), body, tag links, author box (avatar, name, role,
    # bio, icon links), "Bài Liên Quan" list (some), "Sau" / "Trước" post links, Disqus noscript line, copyright +
    # "Powered by the Academic theme for Hugo", "Trích Dẫn" citation modal ("Sao Chép" / "Tải Về").
    return dict(title=20, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def H(title, region, neutral, picks='auto'):
    # heavietnam/dist @740abfa (VuePress 2, theme reco, Hackintosh guide), Links -dump: "Link: modulepreload" lines,
    # nav (Trang Chủ / Giới Thiệu / Tài Nguyên + EFI / Image / Tool / heavietnam theme / Cài Đặt / Fix Lỗi / Tối Ưu /
    # Tag / Diễn đàn) twice, sidebar tree of all guide pages with the current page's headings, headline (centred),
    # description line, author, date, reading time (neutral), body, "Last Updated:", prev / next page titles.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('phamduytung-lynx', 'pdt_1.txt'): P(33, (60, 365), [35]),
    ('phamduytung-lynx', 'pdt_2.txt'): P((34, 35), (47, 166), [37]),
    ('phamduytung-lynx', 'pdt_3.txt'): P(33, (42, 423), [35, 36]),
    ('phamduytung-lynx', 'pdt_4.txt'): P(33, (45, 207), [35], picks=[45, 53, 105, 120, 151, 163]),  # auto took an ASCII-diagram row
    ('phamduytung-lynx', 'pdt_5.txt'): P((34, 35), (50, 236), [37, (238, 244)]),  # "Bài viết được lược dịch từ ..." note
    ('phamduytung-lynx', 'pdt_6.txt'): P(33, (43, 259), [35]),
    ('kan-links', 'kan_1.txt'): K((19, 37)),
    ('kan-links', 'kan_2.txt'): K((20, 59)),
    ('kan-links', 'kan_3.txt'): K((19, 44), picks=[21, 24, 28, 33, 41, 43]),  # auto took a '----' rule
    ('kan-links', 'kan_4.txt'): K((19, 132), picks=[25, 44, 63, 81, 102, 124]),  # auto took a '----' rule
    ('kan-links', 'kan_5.txt'): K((19, 165)),
    ('kan-links', 'kan_6.txt'): K((19, 48)),
    ('kan-links', 'kan_7.txt'): K((19, 63)),
    ('writerheart-inscriptis', 'ja_1.txt'): J(23, (30, 172), [25, 27, 28]),
    ('writerheart-inscriptis', 'ja_2.txt'): J(21, (28, 89), [23, 25, 26]),
    ('writerheart-inscriptis', 'ja_3.txt'): J(23, (30, 72), [25, 27, 28]),
    ('writerheart-inscriptis', 'ja_4.txt'): J(25, (32, 94), [27, 29, 30]),
    ('writerheart-inscriptis', 'ja_5.txt'): J(24, (31, 79), [26, 28, 29]),
    ('writerheart-inscriptis', 'ja_6.txt'): J(20, (27, 61), [22, 24, 25]),
    ('writerheart-inscriptis', 'ja_7.txt'): J(22, (29, 57), [24, 26, 27]),
    ('namblog-html2text', 'nam_1.txt'): N((32, 105)),
    ('namblog-html2text', 'nam_2.txt'): N((32, 90)),
    ('namblog-html2text', 'nam_3.txt'): N((32, 64)),
    ('namblog-html2text', 'nam_4.txt'): N((40, 60), neutral=(22, 24, 34, 36), picks=[40, 42, 44, 46, 50, 60]),  # guest author; "copy từ blog cũ" note + URL
    ('namblog-html2text', 'nam_5.txt'): N((32, 72)),
    ('heavietnam-links', 'hea_1.txt'): H(52, (60, 247), [54, 56, 57, 58], picks=[64, 123, 138, 177, 184, 217]),
    ('heavietnam-links', 'hea_2.txt'): H(64, (72, 493), [66, 68, 69, 70], picks=[76, 273, 295, 327, 350, 417]),
    ('heavietnam-links', 'hea_3.txt'): H(53, (61, 693), [55, 57, 58, 59], picks=[61, 195, 243, 349, 479, 564]),
    ('heavietnam-links', 'hea_4.txt'): H(48, (56, 114), [50, 52, 53, 54], picks=[58, 60, 69, 75, 92, 95]),
    ('heavietnam-links', 'hea_5.txt'): H(53, (59, 313), [55, 56, 57], picks=[61, 63, 67, 251, 278, 285]),
    ('heavietnam-links', 'hea_6.txt'): H(35, (41, 216), [37, 38, 39], picks=[64, 92, 127, 137, 187, 194]),
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

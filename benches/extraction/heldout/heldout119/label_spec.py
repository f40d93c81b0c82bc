#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout119 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, "Tác giả:" / author line, source note "Nguồn: ..." / "Theo ...", a repeat
of the headline inside the body); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout119'


def T(region, neutral=(), picks='auto'):
    # trinhngocthuyen/trinhngocthuyen.github.io @c32127c (Hugo build of "Thuyen's corner", section "Misc (Tạp bút)"),
    # lynx -dump -nolist: site name, menu (Tech / Misc (Tạp bút) / About), headline 7, date 9 (neutral), body,
    # category + tag line, prev / next post titles, Disqus noscript line + "comments powered by Disqus".
    return dict(title=7, region=region, picks=picks, url=None, neutral=[9] + list(neutral), bp_in=[])


def K(region, picks='auto'):
    # phamdinhkhanh/phamdinhkhanh.github.io @f60393c (Jekyll `_site/` of "Khoa học dữ liệu - Khanh's blog"), w3m:
    # sidebar avatar "[img]", "Latest" (48 post titles), site name, menu (Home / About / Book), headline 61,
    # date + author line 63 (neutral), body (incl. its reference list), "Top" button, footer logo, "Khanh's site" /
    # "other's site" / "Khóa học" link columns.
    return dict(title=61, region=region, picks=picks, url=None, neutral=[63], bp_in=[])


def H(a, picks='auto'):
    # thiennguyen93/thiennguyen93.github.io @f1f6cc8 (Hexo 4.2.0, theme Icarus; "Thien Nguyen's Blog"), Links -dump:
    # "Link: canonical", logo twice, menu (run together, then one item a line), language switch (English / Tiếng
    # Việt) twice, breadcrumb = headline, date/category line 17 (neutral), centred headline 19, body, licence box
    # (headline again, post URL, "Author" + name (neutral), "Posted on" + date (neutral), "Updated on" + date,
    # "Licensed under"), prev / next titles, "Comments", "Select site language" list, footer (copyright, "Powered
    # by Hexo", commit), "Page loaded in", search box "⌘ K".  a = line of "        Author".
    return dict(title=19, region=(21, a - 6), picks=picks, url=None, neutral=[17, a + 2, a + 6], bp_in=[])


def B(region, toc=None, picks='auto'):
    # longzenn/giadinhbanhmi @071ab73 (Publii site "Bánh Mì Bờ-lốc", giadinhbanhmi.net), Python inscriptis: site name,
    # "Menu" tree (Du lịch: Miền Bắc / Miền Trung / Miền Nam / Nước ngoài; Công nghệ), headline 10, date 12 (neutral),
    # body with the in-article "Nội dung" table of contents (bp_in), tag, "Share It", "You should also read:" (3
    # cards: date, title, teaser, "Continue reading..."), footer "was </> with ❤".
    return dict(title=10, region=region, picks=picks, url=None, neutral=[12], bp_in=[toc] if toc else [])


SPEC = {
    ('thuyen-lynx', 'thuyen_1.txt'): T((11, 67)),
    ('thuyen-lynx', 'thuyen_2.txt'): T((11, 58), picks=[11, 20, 32, 40, 49, 54]),  # not the English closing quote
    ('thuyen-lynx', 'thuyen_3.txt'): T((11, 51), picks=[11, 19, 27, 34, 41, 45]),  # not the song URL
    ('thuyen-lynx', 'thuyen_4.txt'): T((11, 39)),
    ('thuyen-lynx', 'thuyen_5.txt'): T((13, 59), neutral=[11]),  # "[Bài viết được dẫn từ facebook cá nhân …]" source note
    ('thuyen-lynx', 'thuyen_6.txt'): T((11, 103)),
    ('thuyen-lynx', 'thuyen_7.txt'): T((11, 129)),
    ('khanh-w3m', 'khanh_1.txt'): K((66, 750), picks=[71, 236, 365, 452, 587, 739]),  # prose, not formula / caption lines
    ('khanh-w3m', 'khanh_2.txt'): K((66, 538), picks=[70, 126, 212, 343, 423, 523]),  # not reference titles
    ('khanh-w3m', 'khanh_3.txt'): K((66, 494), picks=[68, 160, 252, 312, 372, 457]),
    ('khanh-w3m', 'khanh_4.txt'): K((66, 531), picks=[68, 145, 230, 312, 388, 522]),
    ('khanh-w3m', 'khanh_5.txt'): K((66, 475), picks=[68, 122, 182, 246, 378, 468]),
    ('khanh-w3m', 'khanh_6.txt'): K((66, 786), picks=[68, 132, 200, 498, 675, 772]),
    ('thien-links', 'thien_1.txt'): H(58),
    ('thien-links', 'thien_2.txt'): H(47),
    ('thien-links', 'thien_3.txt'): H(76),
    ('thien-links', 'thien_4.txt'): H(80),
    ('thien-links', 'thien_5.txt'): H(114, picks=[21, 40, 60, 71, 92, 108]),  # not the doubled image caption
    ('thien-links', 'thien_6.txt'): H(81),
    ('thien-links', 'thien_7.txt'): H(68),
    ('banhmi-inscriptis', 'banhmi_1.txt'): B((14, 69)),
    ('banhmi-inscriptis', 'banhmi_2.txt'): B((14, 42), (16, 22)),
    ('banhmi-inscriptis', 'banhmi_3.txt'): B((14, 47), (16, 23)),
    ('banhmi-inscriptis', 'banhmi_4.txt'): B((14, 99), (18, 26)),
    ('banhmi-inscriptis', 'banhmi_5.txt'): B((14, 42), (16, 22)),
    ('banhmi-inscriptis', 'banhmi_6.txt'): B((14, 47), (16, 23)),
    ('banhmi-inscriptis', 'banhmi_7.txt'): B((14, 89), (16, 29)),
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

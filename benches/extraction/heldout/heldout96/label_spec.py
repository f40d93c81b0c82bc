#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout96; the code
below the SPEC is unchanged except for one addition: title may be ('tail', n), meaning the text after the last '> ' of
line n -- the vietsov article pages print their headline only at the end of the breadcrumb line
("Trang chủ> Tin tức> Chi tiết tin tức> <headline>"); that breadcrumb line is then listed as neutral.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, "Tác giả:" / author line, source note "Nguồn: ..." / "Trích: ...", a repeat
of the headline, a lead image placeholder); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed in the seeds).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout96'


def V(region, neutral=(), bp_in=(), picks='auto'):
    # vinaas/demovietsov-2.vinaas @9963ea6 (EasyWebHub-published copy of the site of the Vietsovpetro medical centre,
    # Vũng Tàu), lynx -dump -nolist -width=100: feed links, contact strip, social icons, "Logo Logo", mega-menu
    # (Giới thiệu / Khám chữa bệnh / Dịch vụ y tế / Tin tức - sự kiện / Hoạt động chuyên môn / Hỏi đáp / Liên hệ
    # with all sub-items), "Chi tiết tin tức.", breadcrumb ending in the headline (84, neutral; title taken from it),
    # meta list ("Admin" 87 neutral, "Comment: 1", "blog"), body, "Tìm kiếm bài viết" box, "Danh mục tin tức",
    # "Tags", site blurb, address, "Danh mục" menu, "Liên kết website", "Giờ mở cửa", "Theo dõi trên :",
    # newsletter form, copyright "Designed by VinaAS", (BUTTON) rows.
    return dict(title=('tail', 84), region=region, picks=picks, url=None, neutral=[84, 87] + list(neutral),
                bp_in=list(bp_in))


def E(region, neutral=(), picks='auto'):
    # ewh-support/eic-1.showcase @e944e88 (EasyWebHub copy of the site of Công ty CP Giám định Năng lượng Việt Nam,
    # EIC), w3m -dump -cols 120: empty icon bullets, "loading", contact strips (twice), company name, "Logo",
    # mega-menu (Dịch Vụ with 6 groups and sub-items, Dự Án, Tin Tức, chứng thư, Tuyển Dụng, Liên Hệ),
    # section label "Tin tức", headline 56, lead image placeholder 58 (neutral), body, author / source line
    # (neutral), "Tin tức phổ biến" (2 cards: image, counter, title, "bởi Văn Lâm", teaser), footer menu,
    # address, "Logo", phone, e-mail, copyright, icon bullets.
    return dict(title=56, region=region, picks=picks, url=None, neutral=[58] + list(neutral), bp_in=[])


SPEC = {
    ('vietsov-lynx', 'vietsov_1.txt'): V((91, 193)),
    ('vietsov-lynx', 'vietsov_2.txt'): V((91, 146), bp_in=[108]),  # "Xem thêm: Các tư vấn khác về mắt"
    ('vietsov-lynx', 'vietsov_3.txt'): V((91, 133)),
    ('vietsov-lynx', 'vietsov_4.txt'): V((91, 172)),  # 176-180: related-post teaser (saigonitohospital) = boilerplate
    ('vietsov-lynx', 'vietsov_5.txt'): V((91, 155)),
    # service page: page title 82 (= headline, dropped), breadcrumb "Dịch vụ> Xạ trị" 84 (neutral), "Tất cả các dịch
    # vụ" list, headline 102, body, "figure", "Tư vấn miễn phí" + phone, "Giờ làm việc", then the common footer
    ('vietsov-lynx', 'vietsov_6.txt'): dict(title=102, region=(104, 139), picks='auto', url=None, neutral=[84], bp_in=[]),
    ('eic-w3m', 'eic_1.txt'): E((62, 108), [112]),          # 112 author "Phương Ly"
    ('eic-w3m', 'eic_2.txt'): E((62, 147), [149]),          # 149 "Trích: Báo Đại Biểu Nhân Dân"
    ('eic-w3m', 'eic_3.txt'): E((62, 166), [172]),          # 172 author
    ('eic-w3m', 'eic_4.txt'): E((62, 115)),
    ('eic-w3m', 'eic_5.txt'): E((64, 202)),
    ('eic-w3m', 'eic_6.txt'): E((67, 120), [60, 122]),      # stray "<" and image placeholders "[1][2][4][6]"
    ('eic-w3m', 'eic_7.txt'): E((60, 83), picks=[60, 62, 78]),  # short notice with a box table: prose lines only
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
        if isinstance(sp['title'], tuple) and sp['title'][0] == 'tail':
            t0 = t1 = sp['title'][1]
            title = L[t0 - 1].strip().rsplit('> ', 1)[-1].strip()
        else:
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

#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py (/work/main/benches/extraction/heldout/heldout46/label_spec.py) with a new SPEC and
BASE = '/work/evaldata/heldout78'; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the post body,
incl. in-body subheads, lists, code blocks, quotes, image placeholders and the author's own notes); picks = article
labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6 region lines
spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![', '|', '#', '['
or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and occurs once in
the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the region labelled
neither way (post date line, author name / byline, "Posted by ..." line, source note, the article's own reference
list); bp_in = lines inside the region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all, used where
short reader-comment lines (name, time) would otherwise be dropped.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs in the seed;
else null (no seed here prints its own URL).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout78'


def K(region, neutral, title=78):
    # ewh-support/krongno.daknong @95afcf2 (EasyWebHub static copy of a SharePoint-style district portal), w3m:
    # "You may be trying to access this site ..." script notice, "Navigate Up / This page location is:" tree,
    # "Sign In", "[banner-krongno]", "//Pages/Home.aspx/" path lines, main menu + submenus, "Đăng nhập", search box,
    # "gioithieu" box (TỔNG QUAN / CƠ CẤU TỔ CHỨC), "[S:", category + date line 77 (neutral), headline 78, lead image
    # placeholder (neutral), body with captions, source line "Theo ..." / byline (neutral), "Xem chi tiết Tại đây",
    # "TIN ĐÃ ĐƯA" (4 headlines with dates) + "Xem tiếp", ":S]", "new", "TIN TỨC - SỰ KIỆN" menu, "Liên kết Website",
    # visit counters (digits), footer links, agency footer.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def Q(region, neutral=()):
    # 21ts444/thquangtrung @613f2db (HTTrack mirror of thquangtrung.tpcamau.edu.vn, vnEdu "EduPortal"), lynx:
    # login / quick links, "Banner", "Logo (BUTTON) Toggle navigation", a ~330-line menu tree (teachers' names with
    # their record books), welcome line x2 + date, breadcrumb, category, headline 369, "Ngày đăng: ..." 371 (neutral),
    # body, "BAN BIÊN TẬP" signature (neutral), share / print list, "Bài tin liên quan" (6 headlines),
    # "Thông báo, phổ biến", "Tin đọc nhiều" (6 headlines), "Liên kết website" select, visit statistics, footer menu,
    # school address / phone / e-mail, "Hợp tác phát triển bởi EduPortal", "Back to top".
    return dict(title=369, region=region, picks='auto', url=None, neutral=[371] + list(neutral), bp_in=[])


def T(region, neutral=(), title=75):
    # 21ts444/thcsthanhminh @9122ac0 (HTTrack mirror of thcsthanhminh.phutho.edu.vn, vnEdu "EduPortal"), html2text:
    # Markdown link lists: quick links, login, department + school name, "Toggle navigation", menu tree, date line,
    # welcome line, breadcrumb, "# headline" 75 (thanhminh_5: 74), "Ngày đăng: ..." (neutral), body, author
    # signature (neutral), share / print list, "Bài tin liên quan", "Chính phủ điện tử" link list, "Tin đọc nhiều"
    # ("## [headline](url)" entries), "Liên kết website", visit statistics, footer menu, school address,
    # "Hợp tác phát triển bởi" EduPortal.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[title + 2] + list(neutral), bp_in=[])


def B(region, title=34):
    # Liam-and-Son-Group/baoviet-danang @98d7d9b (self-made static site of a Bảo Việt insurance agency in Đà Nẵng),
    # w3m: unrendered template tags "{{#if meta.image}} ...", "Gọi điện Zalo Đăng ký ngay", logo alt, menu with
    # product submenus, "Phone icon", "Tư vấn miễn phí" + hotlines, breadcrumb "TRANG CHỦ • TIN TỨC - ...",
    # headline 34, category + date + reading time line (neutral), body (incl. the agency's own contact block that
    # closes the article), "🏷️ Từ khóa liên quan:", consultation box, share buttons, footer (office address,
    # hotline, Gmail, product list, awards, ...).
    t1 = title[1] if isinstance(title, tuple) else title
    return dict(title=title, region=region, picks='auto', url=None, neutral=[t1 + 2], bp_in=[])


SPEC = {
    ('krongno-ewh', 'krongno_1.txt'): K((83, 111), [77, 81, 113]),
    ('krongno-ewh', 'krongno_2.txt'): K((83, 180), [77, 81, 182]),
    ('krongno-ewh', 'krongno_3.txt'): K((83, 118), [77, 81, 120]),
    ('krongno-ewh', 'krongno_4.txt'): K((84, 98), [77, 82, 101], title=(78, 79)),
    ('krongno-ewh', 'krongno_5.txt'): K((83, 134), [77, 81]),
    ('krongno-ewh', 'krongno_6.txt'): K((83, 172), [77, 81, 174]),
    ('quangtrung-httrack', 'quangtrung_1.txt'): Q((373, 397), [(399, 411)]),
    ('quangtrung-httrack', 'quangtrung_2.txt'): Q((373, 391)),
    ('quangtrung-httrack', 'quangtrung_3.txt'): Q((373, 379)),
    ('quangtrung-httrack', 'quangtrung_4.txt'): Q((373, 385)),
    ('quangtrung-httrack', 'quangtrung_5.txt'): Q((378, 439), [374, (442, 443)]),
    ('quangtrung-httrack', 'quangtrung_6.txt'): Q((373, 411), [420]),
    ('thanhminh-httrack', 'thanhminh_1.txt'): T((81, 110), [79]),
    ('thanhminh-httrack', 'thanhminh_2.txt'): T((79, 102), [104]),
    ('thanhminh-httrack', 'thanhminh_3.txt'): T((79, 151), [153]),
    ('thanhminh-httrack', 'thanhminh_4.txt'): T((79, 148)),
    ('thanhminh-httrack', 'thanhminh_5.txt'): T((81, 204), [(78, 79), 206], title=74),
    ('thanhminh-httrack', 'thanhminh_6.txt'): T((79, 198), [200]),
    ('baoviet-static', 'baoviet_1.txt'): B((39, 187), title=(34, 35)),
    ('baoviet-static', 'baoviet_2.txt'): B((38, 161)),
    ('baoviet-static', 'baoviet_3.txt'): B((38, 176)),
    ('baoviet-static', 'baoviet_4.txt'): B((38, 152)),
    ('baoviet-static', 'baoviet_5.txt'): B((38, 136)),
    ('baoviet-static', 'baoviet_6.txt'): B((38, 155)),
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

#!/usr/bin/env python3
"""Write /work/evaldata/heldout82/labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading
each seed).

heldout46's label_spec.py (heldout45's / heldout43's / heldout41's, with 'auto' skipping region lines that start with
'[' or with a number followed by white space) with a new SPEC and BASE only; the code below the SPEC is unchanged.
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
else null (no heldout82 seed prints its own URL).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout82'


def S(region):
    # fontaineha1281/capstone2 @c096a81 web/source/ (HTTrack copy of sotttt.hanoi.gov.vn, Liferay), lynx: "#alternate"
    # link line, "Truy cập nội dung luôn" (skip link), main menu with sub-items (Trang chủ / Giới thiệu / Tin tức sự kiện
    # / Hỏi đáp / Liên hệ / Sơ đồ cổng), search box, breadcrumb "Trang chủ", page headline 26 (the portlet title, e.g.
    # "Phòng Thanh tra"), body = the unit's "CHỨC NĂNG, NHIỆM VỤ ..." text from its own heading (line 28) on, then the
    # "Giới thiệu" side menu (units list), "| Về đầu trang | Đăng nhập |", portal name, address / phones / e-mail,
    # "® Ghi rõ nguồn: ..." reuse notice.
    return dict(title=26, region=region, picks='auto', url=None, neutral=[], bp_in=[])


def N(title, region, neutral):
    # Nhat0301/nguyenhue-clone @86cb730 (HTTrack copy of edu.viettel.vn/vtu-longdien-thcsnguyenhue/, EduPortal), w3m:
    # voice-search box, top menu (news categories, RSS, Đăng nhập), "Uỷ ban nhân dân H. Long Điền" / school name, the
    # full main menu tree (Giới thiệu, Tin tức, ... THƯ VIỆN ĐIỆN TỬ with external library links, CHƯƠNG TRÌNH GDPT
    # 2018), date + welcome line, breadcrumb "1. Trang chủ 2. Tin tức 3. <category>", post date "Thứ N, dd/mm/yyyy |
    # hh:mm" (neutral), font-size / print / contrast tools, headline, "[logo_white]Chia sẻ" / "Đọc bài" / "Lưu", body
    # (text and image placeholders), rule, "Tác giả: ..." / "Nguồn: ..." (neutral), star rating, "Bài tin liên quan"
    # and "Tin đọc nhiều" (6 headlines each), "Liên kết website", visit counter, footer menu, address, e-mail,
    # "Hợp tác phát triển bởi EduPortal".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('sotttt-liferay', 'sotttt_1.txt'): S((28, 452)),
    ('sotttt-liferay', 'sotttt_2.txt'): S((28, 225)),
    ('sotttt-liferay', 'sotttt_3.txt'): S((28, 172)),
    ('sotttt-liferay', 'sotttt_4.txt'): S((28, 127)),
    ('sotttt-liferay', 'sotttt_5.txt'): S((28, 126)),
    ('sotttt-liferay', 'sotttt_6.txt'): S((28, 91)),
    ('sotttt-liferay', 'sotttt_7.txt'): S((28, 115)),
    ('sotttt-liferay', 'sotttt_8.txt'): S((28, 152)),
    ('nguyenhue-eduportal', 'nguyenhue_1.txt'): N(91, (97, 106), [88]),
    ('nguyenhue-eduportal', 'nguyenhue_2.txt'): N(91, (97, 135), [88, 138]),
    ('nguyenhue-eduportal', 'nguyenhue_3.txt'): N((91, 92), (98, 118), [88, 121]),
    ('nguyenhue-eduportal', 'nguyenhue_4.txt'): N(91, (97, 135), [88]),
    ('nguyenhue-eduportal', 'nguyenhue_5.txt'): N((91, 92), (98, 144), [88, 147]),
    ('nguyenhue-eduportal', 'nguyenhue_6.txt'): N(91, (97, 128), [88]),
    ('nguyenhue-eduportal', 'nguyenhue_7.txt'): N((89, 90), (96, 131), [86, 134]),
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

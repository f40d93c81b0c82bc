#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py with a new SPEC (and BASE = /work/evaldata/heldout76) only; the code below the SPEC is
unchanged.  Reads /work/evaldata/heldout76/<slug>/<file>.txt, writes /work/evaldata/heldout76/labels/<slug>.jsonl.
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
else null (no seed here prints its own URL; hoangluong_2/3 print a truncated source URL only).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout76'


def STC(title, region, neutral=()):
    # ewh-support/stc.daknong @1fe5c0e (EasyWebHub static output of the Sở Tài chính Đắk Nông portal), w3m:
    # SharePoint-style breadcrumb ("Home", "//Pages/default.aspx/"), "[banner]", main menu + submenus, search box,
    # "Giới thiệu" box, banner-link placeholders ([botaichinh] [congtt] ...), category name (line 65), zero-width
    # line, headline 69 (69-70 when wrapped), body, source line (neutral), "Xem chi tiết tại đây", "Câu hỏi mới nhất"
    # Q&A teasers, image placeholders, "TIN ẢNH" slideshow, "Liên kết Website", visit counters, footer (agency,
    # editor in chief, address, phone, e-mail).
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def STP(title, region, neutral=()):
    # ewh-support/stp.daknong @aaf1e7c (EasyWebHub static output of the Sở Tư pháp Đắk Nông portal), lynx -nolist:
    # "Navigate Up / This page location is" SharePoint breadcrumb, "Sign In", logo, menu, scrolling slogan, search,
    # banner placeholders, "Liên kết Website", category + date line 54 (neutral), headline 56 (56-57 when wrapped),
    # body, "TIN MỚI HƠN" (5 newer headlines with dates), "GIỚI THIỆU" menu, "Thư viện Video" (empty bullets),
    # "Tin ảnh" slideshow, visit counter digits, footer (licence no., editor, address, phone, e-mail).
    return dict(title=title, region=region, picks='auto', url=None, neutral=[54] + list(neutral), bp_in=[])


def SV(title, region, neutral=()):
    # 21ts444/ptsaoviet @eac4e19 (HTTrack mirror of the portal of Trường TH-THCS-THPT Sao Việt, Pleiku), html2text:
    # RSS / login links, "Toggle navigation", menu with submenus as Markdown links, breadcrumb, date line 47
    # (neutral), font-size / print / contrast widget line, "# headline" 51 (51-52 when wrapped), "[Đọc bài] [Lưu]",
    # body (images as ![](...) lines), "* * *", rating line, "[Tin liên quan]" + "## [headline](...)" list,
    # "Danh mục tin" tree, "Liên kết giáo dục", visit statistics, school contact block.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[47] + list(neutral), bp_in=[])


def HL(title, region, neutral=()):
    # 21ts444/thcshoangluong @37a94ab (HTTrack mirror of the portal of Trường THCS Hoàng Lương, Hiệp Hòa, Bắc
    # Giang; same portal software as ptsaoviet), w3m: avatar, "Công khai", login/register, menu tree (lines 8-60),
    # "Danh mục tin" tree, "Liên kết website" x4, visit statistics, breadcrumb, date line 103/104 (neutral), font /
    # print / contrast widget line, headline, "Đọc bài Lưu", body, author / source lines (neutral), rule, rating,
    # "Bài viết liên quan" (12 headlines), "Thư viện ảnh" album names, "Video Clip", "Văn bản mới" (document list
    # with numbers and dates), "Tài liệu mới", school contact block, "Đăng nhập".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def AH(title, region, neutral=()):
    # 21ts444/thcsanhoa @0581d4a (HTTrack mirror of the Liferay portal of Trường THCS An Hóa, Châu Thành, Bến Tre),
    # lynx -nolist: "#alternate" link line, "Skip to Content", logo, menu, school facts box (founding decision,
    # address, headmaster phone numbers), welcome line, "CHUYÊN MỤC" tree, portlet titles ("Hình ảnh hoạt động",
    # "Videos home", "Thống kê truy cập" with "&nbsp" counters), "Chi tiết tin", audio notice, headline, date
    # (neutral), body, signature (neutral), "Tin liên quan", "Thông báo" list, "Văn Bản Mới", image placeholders,
    # "Liên kết", "Noi_dung_rong".
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


SPEC = {
    ('stc-daknong', 'stc_1.txt'): STC(69, (73, 178)),
    ('stc-daknong', 'stc_2.txt'): STC(69, (73, 185), [187]),
    ('stc-daknong', 'stc_3.txt'): STC((69, 70), (74, 163)),
    ('stc-daknong', 'stc_4.txt'): STC(69, (73, 153)),
    ('stc-daknong', 'stc_5.txt'): STC(69, (75, 159), [161]),
    ('stc-daknong', 'stc_6.txt'): STC(69, (73, 155), [157]),
    ('stp-daknong', 'stp_1.txt'): STP(56, (58, 181)),
    ('stp-daknong', 'stp_2.txt'): STP((56, 57), (59, 180)),
    ('stp-daknong', 'stp_3.txt'): STP((56, 57), (59, 172)),
    ('stp-daknong', 'stp_4.txt'): STP(56, (58, 147)),
    ('stp-daknong', 'stp_5.txt'): STP(56, (58, 121)),
    ('saoviet-httrack', 'saoviet_1.txt'): SV((51, 52), (56, 152)),
    ('saoviet-httrack', 'saoviet_2.txt'): SV((51, 52), (56, 136)),
    ('saoviet-httrack', 'saoviet_3.txt'): SV(51, (55, 121)),
    ('saoviet-httrack', 'saoviet_4.txt'): SV(51, (55, 90), [92, 94]),
    ('saoviet-httrack', 'saoviet_5.txt'): SV(51, (55, 80)),
    ('hoangluong-httrack', 'hoangluong_1.txt'): HL(106, (112, 321), [103]),
    ('hoangluong-httrack', 'hoangluong_2.txt'): HL((107, 108), (111, 337), [104, (340, 342)]),
    ('hoangluong-httrack', 'hoangluong_3.txt'): HL(107, (110, 329), [104, (331, 333), (336, 338)]),
    ('hoangluong-httrack', 'hoangluong_4.txt'): HL(107, (111, 257), [104, (259, 260)]),
    ('hoangluong-httrack', 'hoangluong_5.txt'): HL((107, 108), (112, 313), [104, 317]),
    ('anhoa-httrack', 'anhoa_1.txt'): AH(71, (74, 164), [72]),
    ('anhoa-httrack', 'anhoa_2.txt'): AH(71, (74, 107), [72, 109]),
    ('anhoa-httrack', 'anhoa_3.txt'): AH(67, (70, 102), [68, (105, 106)]),
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

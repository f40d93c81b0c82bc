#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout46's label_spec.py with a new SPEC and BASE only; the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); a leading '#' (html2text heading mark) is stripped; region =
(first, last) line of the main content (the post body, incl. in-body subheads, lists, code blocks, quotes, image
placeholders and the author's own notes); picks = article labels: an int n takes line n (stripped, cut at a word
boundary to <= 200 chars); 'auto' takes 6 region lines spread evenly over the region (candidates: region lines not
in bp_in, not starting with '![', '[![', '|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose
stripped, cut text has >= 40 chars and occurs once in the seed; the first, the last and 4 evenly spaced ones in
between); neutral = lines outside the region labelled neither way (post date / byline, author name or signature,
source note, post excerpt printed above the body, the post's featured-image placeholder); bp_in = lines inside the
region that are furniture (here: GitHub-gist footers "view raw X.cpp hosted with ❤ by GitHub").
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all, used where
short reader-comment lines (name, date) would otherwise be dropped.
url = (n, k): the k-th http(s) URL token of line n -- given only where the page's own URL occurs in the seed;
else null (no seed here prints its own URL).  No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout86'


def A(region, code_by, bp_in=()):
    # completejavascript/the-algorithms-blog @40f20ef (gh-pages; Gatsby, "Algorithms Blog" thuattoan.phamvanlam.com),
    # lynx: "Algorithms Blog", "Liên hệGiới thiệuTrang chủ", headline 4, date + "N minutes read" 6 (neutral),
    # "Share:" Facebook / Twitter / Google+ / LinkedIn, body (problem, input/output, analysis, C/C++ code with gist
    # footers "view raw ... hosted with ❤ by GitHub" = bp_in, the last one just after the region), "Code by Phạm
    # Văn Lâm." (neutral), category + tag lines, Share again, "Quay lại" / "Tiếp theo", search box, "Chuyên mục"
    # list, "Bài viết mới nhất" list, "Thẻ phổ biến" run-together tag cloud, "Liên kết", copyright, licence note.
    return dict(title=4, region=region, picks='auto', url=None, neutral=[6, code_by], bp_in=list(bp_in))


def R(region, neutral):
    # acscoder/rustvietnam @b78a4ba (static copy of the WordPress site rustvietnam.com), w3m: "[loading]", logos,
    # mega-menu (Nền tảng / Nâng cao / Network / Lập trình nhúng / BlockChain / Giới thiệu), headline 31, the post's
    # one-line summary under it (neutral), the series' lesson list ("Lâp trình cơ bản Rust" + "Bài 1 - ..." ...;
    # boilerplate), body (prose, code blocks, image placeholders), two rule lines, copyright, "Điều khoản".
    return dict(title=31, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def F(region, neutral, title=82, cap=150):
    # CodeEduVN/codeeduvn.github.io @284d12c (branch fnix; HTTrack mirror of funix.edu.vn, Apr 2020), w3m: search
    # box, "FUNiX Online University", the two copies of the main menu (ĐẠI HỌC / SAU ĐẠI HỌC / ... / GIỚI THIỆU with
    # sub-items), "ĐĂNG KÝ", Live chat / phone / FAQ, slogan, category label above the headline (boilerplate),
    # headline 82, "Posted by <user> on <date> 0 Comments" (neutral), featured-image placeholder (neutral), the
    # post excerpt where printed (neutral), a first "Read Next →" box (3 thumbnails, categories, titles), body,
    # signature / source line (neutral), run-together tag line, author box (avatar placeholder; the author name
    # neutral), a second "Read Next →" box, reader comments (funix_2 only), "Leave a Reply" comment form,
    # "Categories" / "Tags" sidebars, call-to-action, "Link hữu ích", contact block, social links, call-back form.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[], cap=cap)


def C(region):
    # Coder-vn/Coder-vn.github.io @6a58f3b (HTTrack mirror of the WordPress blog CoderVN), html2text: skip link
    # "Chuyển tới phần nội dung", search form, site name + tagline, menu, category "Lập trình arduino",
    # headline 18 ("# ..."), "Đăng vào<dates>Tác giảcodervn" byline 20 (neutral), body (prose, bold subheads,
    # indented code, the author's closing line), "Tag ..." keyword lines, "## Điều hướng bài viết" with the
    # previous / next post titles, "© 2020 CoderVN".
    return dict(title=18, region=region, picks='auto', url=None, neutral=[20], bp_in=[])


def H(region):
    # Hoangnph/hanph_vinhomeorrg @1c65cc6 (HTTrack mirror of halander.vn / vinhome.org, Jun 2024; WordPress theme
    # Enfold), lynx: feed-link line, "HALANDER", the project mega-menu (VINHOMES HÀ NỘI / TP.HCM / TỈNH THÀNH ...),
    # "HALANDER - Phân phối bất động sản Vingroup", featured-image alt 50 (neutral), headline 52, "<date>/ <category>
    # /by Khuc Anh" 54 (neutral), body (prose, subheads, bullet lists, image alt + caption lines), "Tags: ...",
    # "Chia sẻ thông tin này" + 8 share links, image / author / date metadata run, "Có thể bạn quan tâm",
    # "Thông tin mới nhất" (10 titles with dates), "ĐĂNG KÝ TƯ VẤN" form, three project lists by year,
    # "Thông tin liên hệ" (addresses, hotline, e-mail, website), DMCA badge, social links, prev/next teasers,
    # "Scroll to top".
    return dict(title=52, region=region, picks='auto', url=None, neutral=[50, 54], bp_in=[])


SPEC = {
    ('thuattoan-phamvanlam', 'thuattoan_1.txt'): A((13, 109), 112, [31, 42, 64, 76, 88, 99]),
    ('thuattoan-phamvanlam', 'thuattoan_2.txt'): A((13, 141), 144, [35, 56, 83, 94, 105]),
    ('thuattoan-phamvanlam', 'thuattoan_3.txt'): dict(A((13, 126), 129), picks=[15, 24, 33, 43, 82, 91]),
    ('thuattoan-phamvanlam', 'thuattoan_4.txt'): A((13, 157), 160),
    ('thuattoan-phamvanlam', 'thuattoan_5.txt'): A((13, 161), 164),
    ('thuattoan-phamvanlam', 'thuattoan_6.txt'): dict(A((13, 104), 107), picks=[15, 24, 57, 59, 63, 64]),
    ('rustvietnam', 'rustvietnam_1.txt'): R((60, 264), [(33, 34)]),
    ('rustvietnam', 'rustvietnam_2.txt'): R((59, 230), [33]),
    ('rustvietnam', 'rustvietnam_3.txt'): R((41, 669), [33]),
    ('rustvietnam', 'rustvietnam_4.txt'): R((45, 147), [33]),
    ('rustvietnam', 'rustvietnam_5.txt'): R((43, 213), [(33, 36)]),
    ('rustvietnam', 'rustvietnam_6.txt'): R((39, 154), [33]),
    ('funix-edu', 'funix_1.txt'): F((107, 204), [84, 85, 206, 210]),
    ('funix-edu', 'funix_2.txt'): F((110, 179), [85, 86, 108, 184], title=(82, 83), cap=None),
    ('funix-edu', 'funix_3.txt'): F((111, 156), [84, 85, (87, 89), 158, 163]),
    ('funix-edu', 'funix_4.txt'): F((105, 142), [84, 85, 147]),
    ('funix-edu', 'funix_5.txt'): F((113, 179), [84, 85, (87, 89), 111, 184]),
    ('funix-edu', 'funix_6.txt'): F((107, 223), [84, 85, 225, 230]),
    ('codervn', 'codervn_1.txt'): C((22, 61)),
    ('codervn', 'codervn_2.txt'): C((22, 54)),
    ('codervn', 'codervn_3.txt'): C((22, 82)),
    ('codervn', 'codervn_4.txt'): C((22, 73)),
    ('codervn', 'codervn_5.txt'): C((22, 58)),
    ('halander-vinhome', 'halander_1.txt'): H((56, 281)),
    ('halander-vinhome', 'halander_2.txt'): H((56, 176)),
    ('halander-vinhome', 'halander_3.txt'): H((56, 186)),
    ('halander-vinhome', 'halander_4.txt'): H((56, 138)),
    ('halander-vinhome', 'halander_5.txt'): H((56, 165)),
    ('halander-vinhome', 'halander_6.txt'): H((56, 153)),
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

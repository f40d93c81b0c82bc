#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout136's label_spec.py (itself heldout135's / heldout134's / heldout132's / heldout130's / heldout93's / heldout87's /
heldout46's) with a new SPEC and BASE = /work/evaldata/heldout139 only; the code below the SPEC is unchanged.
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

BASE = '/work/evaldata/heldout139'


def E(title, region):
    # thu-tram/eibunpo @badba39 (gh-pages: MkDocs 1.6.1 + Material 9.6.7 build of "Eipunbo - Tự học ngữ pháp Tiếng
    # Anh"), html2text: "Skip to content", logo link, site name (5), the page's short nav title in the header (7,
    # neutral: the lesson's menu name, e.g. "Quá khứ đơn"), "Initializing search", "Sửa nội dung sách" repository link
    # (twice), the full site navigation (11 chapters, ~85 lessons, the current lesson expanded with its own table of
    # contents), "Table of contents" + the lesson's section list; then the lesson's h1 (title, printed "# …¶") and the
    # lesson from the next line to its last line (sources / "Nguồn" links and bare Facebook source URLs are the
    # author's own closing lines and stay inside the region). The pages have no footer text.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[7], bp_in=[])


def M(region, bp_in):
    # vuhuyhai/mocay-water @2b38e85 (hand-built static site of Công ty TNHH Cấp Thoát Nước Mỏ Cày), elinks -dump:
    # "Link: preconnect" lines, logo + site name / tagline, menu (Giới thiệu, Cấp nước, Tin tức, Liên hệ, "Tra cứu
    # tiền nước →", "Đăng nhập"), breadcrumb (8), page h1 (9, title); from 11 the page's own text (hero tagline and
    # lead, sections with headings, steps, tables, quoted message); inside it bp_in = the in-page jump cards ("[n]<section>
    # / <one-line summary> / Xem mục →"), "… →" button links and embedded forms (registration / request / lookup
    # widgets with "____" fields and the "Biểu mẫu mẫu — …" note); after the region the closing call-to-action box
    # ("Cần lắp nước?", "Cần đấu nối thoát nước?", "Đồng hành cùng bà con", "Khảo sát hài lòng"; mc_3 also the
    # "Hai mảng dịch vụ chính" teaser cards to the two service pages), the footer (logo, address, "Báo sự cố (24/7)"
    # hotline, "Về công ty / Dịch vụ / Hỗ trợ" link rows, copyright + e-mail, "Điều khoản · Chính sách bảo mật") and
    # elinks' "References / Visible links" list (file:///tmp/heldout139-scratch/page/… URLs).
    return dict(title=9, region=region, picks='auto', url=None, neutral=[], bp_in=list(bp_in))


SPEC = {
    ('eibunpo-html2text', 'eb_1.txt'): E(133, (135, 348)),
    ('eibunpo-html2text', 'eb_2.txt'): E(125, (127, 370)),
    ('eibunpo-html2text', 'eb_3.txt'): E(133, (135, 267)),
    ('eibunpo-html2text', 'eb_4.txt'): E(135, (137, 226)),
    ('eibunpo-html2text', 'eb_5.txt'): E(135, (137, 214)),
    ('eibunpo-html2text', 'eb_6.txt'): E(137, (139, 220)),
    ('eibunpo-html2text', 'eb_7.txt'): E(129, (131, 225)),
    ('eibunpo-html2text', 'eb_8.txt'): E(117, (119, 290)),
    ('mocay-elinks', 'mc_1.txt'): M((11, 255), [24, (26, 60), (141, 161)]),
    ('mocay-elinks', 'mc_2.txt'): M((11, 143), [25, (27, 49), 132]),
    ('mocay-elinks', 'mc_3.txt'): M((11, 202), [62, (64, 98), 191]),
    ('mocay-elinks', 'mc_4.txt'): M((11, 142), [24, (36, 39), (75, 82)]),
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

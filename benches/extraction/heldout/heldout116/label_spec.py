#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout116
only; the code below the SPEC is unchanged.
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

BASE = '/work/evaldata/heldout116'


def Y(region, neutral=()):
    # kklot/nghiencuu @0a0e949 (Jekyll `_site/` of "Y tế Công cộng" / ytecongcong.com), w3m -cols 100: icon bar
    # "←⌂ ? 🔎 ☈ ☰ ♥", headline 3, date 5 (neutral), lead-image placeholder 7 (in the region), body, source note
    # "Nguồn: ..." / "Tham khảo: ..." / author signature (neutral), "[INS::INS]" ad slot, "Đặt câu hỏi", prev/next
    # line "« ... »", "[avatar]", site name + motto "Y tế Công cộng Gieo sức khỏe - Gặt niềm tin", "Tweet Share",
    # "Comments" + Disqus noscript line, "Bài liên quan" (6 related headlines).
    return dict(title=3, region=region, picks='auto', url=None, neutral=[5] + list(neutral), bp_in=[])


def K(title, region):
    # blogk/blogk.github.io @8895224 (Hexo deploy of BlogK / blogk.xyz, Hux-Blog-style theme), ELinks -dump-width 100
    # with its "References" list: "Link: [1]canonical", tag links (some pages), centred headline, "Posted by ... on
    # ..." (neutral), "Toggle navigation  BlogK", 7-item menu, body, rule, "← Previous Post" / "Next Post →",
    # "Contents" TOC ("none" or the numbered sub-heads), "FEATURED TAGS" + tag links and empty bullets, copyright,
    # "References" (Visible links with file:/// URLs and the prev/next titles).
    return dict(title=title, region=region, picks='auto', url=None, neutral=[title + 2], bp_in=[])


def L_(title, region, neutral=()):
    # ngoalongtb/luantm.github.io @6c0b9e0 (Hexo deploy, theme landscape, blog of Tạ Minh Luận), pandoc -t plain:
    # site subtitle "My real name is Tạ Minh Luận", "Home Archives", date 7 (neutral), category line, headline, body,
    # "Share", tag list (some pages), "Newer"/"Older" + neighbour titles, "Categories" tree (~35 entries),
    # "Tags" list (~150), "Tag Cloud", "Archives" (15 months), "Recent Posts" (5), "© 2020 LuanTM / Powered by Hexo",
    # "Home Archives" again.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[7] + list(neutral), bp_in=[])


def N(region, neutral=()):
    # phuclesg/hugoblog @05d7d3a (Hugo build of "Nam Kỳ Xưa" / namkyxua.com), Python html2text: "## [Nam Kỳ Xưa]" logo
    # link, 4-item menu, breadcrumb (Nam Kỳ Xưa / Cuộc sống), headline 11 ("# ..."), author avatar 13, author 15,
    # date 16, "x min read" 17 (all neutral), body, "# Liên lạc với tôi" contact form ("Gửi", "Cảm ơn bạn đã liên
    # lạc!"), "## Bài viết liên quan" (3 cards: image, section, date, title, teaser), site blurb + e-mail + social
    # links, "### Recent Posts" (3), menu again, copyright, site address.
    return dict(title=11, region=region, picks='auto', url=None, neutral=[13, 15, 16, 17] + list(neutral), bp_in=[])


SPEC = {
    ('ytecongcong-w3m', 'ytcc_1.txt'): Y((7, 61)),
    ('ytecongcong-w3m', 'ytcc_2.txt'): Y((7, 64), [(66, 70)]),  # author's signature / contact block neutral
    ('ytecongcong-w3m', 'ytcc_3.txt'): Y((7, 70)),
    ('ytecongcong-w3m', 'ytcc_4.txt'): dict(Y((7, 87), [89]), picks=[12, 22, 38, 51, 60, 86]),  # not the English epigraph
    ('ytecongcong-w3m', 'ytcc_5.txt'): Y((7, 104), [106]),
    ('ytecongcong-w3m', 'ytcc_6.txt'): Y((7, 65), [67]),
    ('ytecongcong-w3m', 'ytcc_7.txt'): Y((7, 59), [61]),
    ('blogk-elinks', 'blogk_1.txt'): K(3, (16, 84)),
    ('blogk-elinks', 'blogk_2.txt'): K(3, (16, 65)),
    ('blogk-elinks', 'blogk_3.txt'): K(4, (17, 113)),
    ('blogk-elinks', 'blogk_4.txt'): K(3, (16, 62)),
    ('blogk-elinks', 'blogk_5.txt'): K(4, (17, 48)),
    ('blogk-elinks', 'blogk_6.txt'): K(4, (17, 80)),
    ('blogk-elinks', 'blogk_7.txt'): K(4, (17, 149)),
    ('luantm-pandoc', 'luan_1.txt'): L_(11, (13, 102)),
    ('luantm-pandoc', 'luan_2.txt'): L_(9, (11, 77)),
    ('luantm-pandoc', 'luan_3.txt'): dict(L_(11, (13, 75)), picks=[17, 21, 29, 41, 64, 75]),  # not the English quote
    ('luantm-pandoc', 'luan_4.txt'): L_(11, (13, 69)),
    ('luantm-pandoc', 'luan_5.txt'): L_(11, (13, 48)),
    ('luantm-pandoc', 'luan_6.txt'): dict(L_(11, (13, 33)), picks=[17, 21, 25, 29, 33]),  # not the English epigraph
    ('luantm-pandoc', 'luan_7.txt'): dict(L_(11, (13, 51)), picks=[13, 17, 21, 29, 47, 51]),  # prose, not code / English sub-heads
    ('namkyxua-html2text', 'nkx_1.txt'): N((19, 115)),
    ('namkyxua-html2text', 'nkx_2.txt'): N((19, 87)),
    ('namkyxua-html2text', 'nkx_3.txt'): N((21, 90), [19]),  # "## <headline>" repeated at the top of the body
    ('namkyxua-html2text', 'nkx_4.txt'): N((19, 75)),
    ('namkyxua-html2text', 'nkx_5.txt'): N((19, 75)),
    ('namkyxua-html2text', 'nkx_6.txt'): N((19, 60)),
    ('namkyxua-html2text', 'nkx_7.txt'): N((19, 98)),
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

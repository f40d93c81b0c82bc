#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout115 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, author / byline, category line under the byline, lead photo and its credit,
source note "Link bài viết gốc: ..." / "Dịch từ ...", embedded player lines); bp_in = lines inside the region that
are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout115'


def N(title, region, neutral=()):
    # LQ2-apostrophe/noisystream-site @b6fecfb (static copy of the WordPress blog "Noisy Stream"), Links -dump:
    # "Link: profile / canonical", site name, menu (Các bài viết / Giới thiệu / Liên hệ / Quảng cáo và riêng tư),
    # featured-image alt text (noisy_2, noisy_5), headline, byline "LQ2'", date, category line (the three neutral),
    # body, "Chia sẻ bài này nhé!" share bar, "Tiếp tục đọc", previous / next post, "Có thể bạn sẽ thích" (3 posts with
    # dates), "Bài viết này có N bình luận" + threaded reader comments (names, dates, text, owner replies), "Tính năng
    # bình luận đã được đóng.", "Về tác giả" box, "Ủng hộ mình!" donation / faucet links, "Bài viết mới", "Phản hồi gần
    # đây", "Chuyên mục" with counts, "Lưu trữ" by month, "Các liên kết chính", "Các dự án", copyright notice, footer menu.
    return dict(title=title, region=region, picks='auto', url=None,
                neutral=[title + 2, title + 3, title + 4] + list(neutral), bp_in=[])


def C(title, region, neutral):
    # meokisama/alonelycomet @b7717be (static export of the WordPress 5.8.2 anime magazine "A Lonely Comet"),
    # pandoc -t plain: logo placeholders, mega-menu (Fall 2021 / Manga – Light Novel / Anime Industry / Anime Review /
    # Sharing, each with 4 latest post titles), category kicker, headline, date + views line and author (neutral),
    # "Share" bars, body, "Link bài viết gốc: <facebook url>" (neutral), share bar, author box, tag, "Previous" /
    # "Next" post titles, "You may also like" (6 cards with teaser, author, date), "Leave a reply Hủy" comment form,
    # login pop-up, mobile menu (twice), "Bài Viết Mới Nhất" (5), "Tag Phổ Biến", footer.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def F(title, region, neutral):
    # doanha1982/flovetia @899f151 (static export of flovetia.com, WordPress site of an orchid shop), Python
    # html2text: hotline bar, logo, menu (Trang Chủ / Sản Phẩm / Nhật Ký), carousel of five orchid colours with
    # blurbs, "Trước / Sau", breadcrumb, "# " headline, author + date (neutral), lead photo (neutral), body, shop
    # signature ("FLovetia Việt – Hạnh phúc trên từng cánh hoa." / "Chuyên cung cấp Lan Hồ Điệp" / "Liên hệ đặt hoa"),
    # "Bài viết liên quan:" (5), "Sản Phẩm Mới / Xem Thêm" product cards, company name, address, hotline, e-mail,
    # "Follow us on", Facebook like / save / customer-chat widgets.
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def H(region, neutral, title=32):
    # potatomat0/HoangMinhNhat710WP @e8cf6df (static export of a student's WordPress 6.0.3 / WooCommerce site
    # "NhatKoThieuNang"), lynx -dump -nolist: feed links, "Welcome to Our Publishing House!", "Login or Register",
    # social links, phone, menu twice, cart, search, "Posted on … by Hu Muoi — Leave a comment" (neutral), English
    # headline 32, lead photo name + credit (neutral), Vietnamese body, "Category: …", "Post navigation" with previous /
    # next titles, "Leave a Reply" comment form, sidebar (Lorem ipsum block, "Trang này viết ra để làm gì?", contact,
    # patreon, "Profile" meta links, "WHAT'S NEW" product cards with prices), footer "LINKS" menu, "GET IN TOUCH"
    # address, copyright, "Follow by Email", login pop-up, "Return to shop".
    return dict(title=title, region=region, picks='auto', url=None, neutral=[30, 31] + list(neutral), bp_in=[])


SPEC = {
    ('noisystream-links', 'noisy_1.txt'): N(10, (16, 77)),
    ('noisystream-links', 'noisy_2.txt'): N(12, (18, 144), [146]),  # photo-source note neutral
    ('noisystream-links', 'noisy_3.txt'): N(10, (16, 81)),
    ('noisystream-links', 'noisy_4.txt'): N(10, (16, 148)),
    ('noisystream-links', 'noisy_5.txt'): N(11, (17, 394)),
    ('noisystream-links', 'noisy_6.txt'): N(10, (16, 560)),
    ('noisystream-links', 'noisy_7.txt'): N(10, (16, 124)),
    ('comet-pandoc', 'comet_1.txt'): C(94, (120, 321), [96, 100, 323]),
    ('comet-pandoc', 'comet_2.txt'): C(105, (111, 295), [107, 109, 297]),
    ('comet-pandoc', 'comet_3.txt'): C(116, (120, 242), [94, 118, 244]),
    ('comet-pandoc', 'comet_4.txt'): C(94, (111, 233), [96, 98, 235]),
    ('comet-pandoc', 'comet_5.txt'): C(94, (111, 218), [96, 98, 220]),
    ('comet-pandoc', 'comet_6.txt'): C(105, (111, 277), [107, 109, 279]),
    ('flovetia-html2text', 'flov_1.txt'): dict(F(80, (90, 140), [82, 83, (85, 88)]), picks=[93, 98, 104, 111, 124, 139]),  # not wrapped emoji-URL lines
    ('flovetia-html2text', 'flov_2.txt'): F(81, (91, 112), [83, 84, (86, 89)]),
    ('flovetia-html2text', 'flov_3.txt'): F(81, (91, 107), [83, 84, (86, 89)]),
    ('flovetia-html2text', 'flov_4.txt'): F(81, (93, 130), [83, 84, (86, 91)]),
    ('flovetia-html2text', 'flov_5.txt'): dict(F(80, (91, 106), [82, 83, (85, 89)]), picks=[91, 92, 95, 96]),  # not the wrapped hashtag URL
    ('flovetia-html2text', 'flov_6.txt'): dict(F(81, (91, 108), [83, 84, (86, 89)]), picks=[93, 96, 99, 102, 107]),  # not the wrapped hashtag URL
    ('flovetia-html2text', 'flov_7.txt'): F(81, (90, 106), [83, 84, (86, 88)]),
    ('nhat-lynx', 'nhat_1.txt'): H((40, 228), [35, 36, 38], title=33),
    ('nhat-lynx', 'nhat_2.txt'): H((40, 116), [34, 36, 37, 38]),
    ('nhat-lynx', 'nhat_3.txt'): H((39, 295), [34, 35, 36, 37]),
    ('nhat-lynx', 'nhat_4.txt'): H((40, 431), [34, 35, 36, 38]),
    ('nhat-lynx', 'nhat_5.txt'): H((37, 175), [34, 41, 177]),
    ('nhat-lynx', 'nhat_6.txt'): H((36, 123), [34, 126, 128]),
    ('nhat-lynx', 'nhat_7.txt'): H((39, 338), [34, 35, 36]),
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

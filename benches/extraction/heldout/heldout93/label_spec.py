#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout87's label_spec.py (itself heldout46's) with a new SPEC and BASE = /work/evaldata/heldout93 only; the code
below the SPEC is unchanged.
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

BASE = '/work/evaldata/heldout93'


def K(title, region, date, author, picks='auto'):
    # perrythedev/thpt-nguyenbinhkhiem-angiang.edu.vn @41864e8 (saved school portal of THPT Nguyễn Bỉnh Khiêm, An Giang),
    # Links -dump: "Link: canonical" lines, search box, top links (Xem công văn / Phần mềm ứng dụng ...), "Đăng nhập",
    # mega-menu (Giới thiệu / Thông báo / Hoạt động / Công khai / Tin tức / Tài nguyên / Tra cứu / Thủ tục hành chính
    # with all sub-items), banner names, breadcrumb, date line (neutral), "A^- A A^+ | ... Tăng tương phản Giảm tương
    # phản", headline, "[IMG]Chia sẻ / Đọc bài / Lưu", body, rule, "Tác giả: ..." (neutral), rating widget
    # ("Tổng số điểm của bài viết là ..." / "Click để đánh giá bài viết"), "Bài tin liên quan" list, section menu,
    # "Tin tức" list, "Tin đọc nhiều" list.
    return dict(title=title, region=region, picks=picks, url=None, neutral=[date, author], bp_in=[])


def B(title, region, neutral):
    # NguyenChiQuang/vaci @4b27c23 (HTTrack copy of boa.gov.vn, Drupal 7), lynx -dump with its link list: "Nhảy đến
    # nội dung", logo, institute name, "Menu chính" mega-menu, "Ngôn ngữ", second "Menu chính", "Bạn đang ở đây" +
    # breadcrumb, "Tìm kiếm" box, online-application box ("Nộp đơn đăng ký" / "Hướng dẫn nộp đơn đăng ký online"),
    # headline 66, body, source note "Nguồn: ..." (neutral), "Tin tức khác" (5 dated headlines), "Tin tức mới" (6),
    # "Tin đào tạo" (5), copyright, "References" (numbered URLs).
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=[])


def L_(region, neutral=(), picks='auto'):
    # luuquangtri/lss @dbdcffe (HTTrack copy of lss.tabweb.vn, site of the landscape company LSS), w3m: menu twice
    # (Trang chủ / Giới thiệu / Dự án / Dịch vụ / Tin tức / Liên hệ with sub-items), phone / e-mail, language switch,
    # banner headline 80 (a repeat of the headline), "Tin tức" + the news section's blurb, sub-menu (Tin LSS / Tin
    # chuyên ngành / Tin tuyển dụng), headline 96, date 98 (neutral), "Chia sẻ", body, author / "Theo ..." lines
    # (neutral), 3 related posts (title twice, teaser, date), "Liên hệ với chúng tôi" + blurb + contact form, address,
    # "Theo dõi chúng tôi tại:" + social icons, 34 client-logo names, copyright, agency credit.
    return dict(title=96, region=region, picks=picks, url=None, neutral=[98] + list(neutral), bp_in=[])


def W(region):
    # tta2246q/the @161ce31 (HTTrack copy of bean-water.mysapo.net, Sapo store "Bean Water"), Python html2text: logo
    # link, "Danh mục sản phẩm" menu tree (twice), banner, account / wish-list / cart links, "Tìm kiếm sản phẩm",
    # "Đừng bỏ lỡ" product cards with prices, breadcrumb, logo, headline 129 ("# ..."), date 131 and author 133
    # (neutral), "[Nội dung chính ](javascript:;)", body, "**Chia sẻ**" + share links, "## Tìm kiếm tin tức",
    # "## Danh mục sản phẩm", "## Tin tức nổi bật" (5 cards), "Viết bình luận của bạn" / "Gửi thông tin" (comment
    # form), "## Tin tức liên quan" (5 cards with date, author, teaser), "Mục lục" table-of-contents widget, footer
    # (Thông tin chung, address, phone, e-mail, social links, branches, policies, payment icons, copyright),
    # cart pop-up, quick-view pop-up, call / Zalo buttons, Sapo app list, language switch, Messenger.
    return dict(title=129, region=region, picks='auto', url=None, neutral=[131, 133], bp_in=[])


SPEC = {
    ('nbk-links', 'nbk_1.txt'): K(94, (100, 203), 91, 207, picks=[100, 106, 166, 172, 176, 184]),  # prose, not table rows
    ('nbk-links', 'nbk_2.txt'): K((94, 96), (102, 136), 91, 140),
    ('nbk-links', 'nbk_3.txt'): K((94, 95), (101, 134), 91, 138),
    ('nbk-links', 'nbk_4.txt'): K(96, (102, 134), 93, 138),
    ('nbk-links', 'nbk_5.txt'): K(96, (102, 121), 93, 125, picks=[102, 103, 104]),  # not the photo alt texts
    ('nbk-links', 'nbk_6.txt'): K(96, (102, 116), 93, 122),
    ('nbk-links', 'nbk_7.txt'): K(96, (102, 112), 93, 116),
    ('nbk-links', 'nbk_8.txt'): K(96, (102, 110), 93, 114),
    ('boa-lynx', 'boa_1.txt'): B(66, (68, 208), [210]),
    ('boa-lynx', 'boa_2.txt'): B(66, (68, 175), [177]),
    ('boa-lynx', 'boa_3.txt'): B(66, (72, 162), [68, 70, 164]),  # lead photo + caption neutral
    ('boa-lynx', 'boa_4.txt'): B(66, (68, 139), []),
    ('boa-lynx', 'boa_5.txt'): B((66, 67), (69, 144), [145]),
    ('boa-lynx', 'boa_6.txt'): B((66, 67), (69, 134), [136]),
    ('boa-lynx', 'boa_7.txt'): B(66, (70, 149), [68]),
    ('lss-w3m', 'lss_1.txt'): L_((101, 343)),
    ('lss-w3m', 'lss_2.txt'): L_((101, 318)),
    ('lss-w3m', 'lss_3.txt'): L_((101, 258), [260, 262]),
    ('lss-w3m', 'lss_4.txt'): L_((101, 239)),
    ('lss-w3m', 'lss_5.txt'): L_((101, 193), [195, 197]),
    ('lss-w3m', 'lss_6.txt'): L_((101, 180), [182, 184]),
    ('lss-w3m', 'lss_7.txt'): L_((101, 136), [138]),
    ('beanwater-html2text', 'water_1.txt'): W((137, 226)),
    ('beanwater-html2text', 'water_2.txt'): W((137, 263)),
    ('beanwater-html2text', 'water_3.txt'): W((137, 216)),
    ('beanwater-html2text', 'water_4.txt'): W((137, 221)),
    ('beanwater-html2text', 'water_5.txt'): dict(W((137, 214)), picks=[148, 153, 163, 169, 180, 209]),  # not table rows
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

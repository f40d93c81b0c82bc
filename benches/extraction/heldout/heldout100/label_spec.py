#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout100 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article body,
incl. in-body subheads, lists, tables, quotes, image placeholders / captions and the author's own closing lines);
picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); 'auto' takes 6
region lines spread evenly over the region (candidates: region lines not in bp_in, not starting with '![', '[![',
'|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut text has >= 40 chars and
occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral = lines outside the
region labelled neither way (date line, "Tác giả:" / author line, source note "Nguồn: ..." / "Theo ...", a repeat
of the headline inside the body, the organisation's own sign-off block after a post); bp_in = lines inside the
region that are furniture.
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout100'


def NBK(region, neutral=(), picks='auto'):
    # perrythedev/nbkqna.edu.vn @76a79a7 (Cyotek WebCopy copy of nbkqna.edu.vn, Joomla 1.5 "jv-framework" site of
    # THPT Chuyên Nguyễn Bỉnh Khiêm, Quảng Nam), inscriptis: banner image names, mega-menu (Trang chủ / Cơ cấu tổ chức
    # with every Tổ / Tin tức / Điều hành / Thư viện / Tài nguyên / H.Động ngoài giờ), breadcrumb 79 (ends with the
    # headline), headline 81, "*", date / "Viết bởi Administrator" line 85 (neutral), body, signature lines (neutral),
    # "Tin mới hơn:" / "Tin cũ hơn:" (5 + 5 dated headlines), "<< Trang truớc / Trang kế >>", "Tài liệu học tập"
    # box with teasers and "Đọc thêm:" list, "Các Văn bản nhà trường" (10), "Thông tin - Thông báo" (10),
    # "Tin mới nhất" list, "Tin xem nhiều", calendar / visitor-counter, links, footer (address, phone, e-mail).
    return dict(title=81, region=region, picks=picks, url=None, neutral=[85] + list(neutral), bp_in=[])


def YS(region, picks='auto'):
    # tieuhochoason/tieuhochoason @826ab0c (HTTrack copy of tieuhocyenso.edu.vn, school portal of Trường Tiểu học Yên
    # Sở, Hoàng Mai, Hà Nội), html2text body_width 0: side menu (Cơ cấu tổ chức ...), RSS / Đăng nhập, logo,
    # "Phòng GD&DT; Quận Hoàng Mai / TRƯỜNG TIỂU HỌC YÊN SỞ", "Toggle navigation" + mega-menu (Giới thiệu / Tin tức -
    # Sự kiện / Chuyên đề Giáo dục / KHO HỌC LIỆU with book / story items / Mỗi tuần một câu chuyện đẹp ...),
    # "Thông báo:" ticker, "Các văn bản", "Menu chính", "Sổ liên lạc điện tử", "Liên kết" (select of 63 provinces),
    # weather widget, visitor counter (Lượt truy cập hiện tại / Hôm nay / ... / Tổng số), numbered breadcrumb,
    # date line 155 (neutral), "A- A A+ | In" line, headline 159 ("# ..."), "[Đọc bài] [Lưu]", body, "* * *",
    # rating widget ("Tổng số điểm của bài viết là ..." / "Click để đánh giá bài viết"), "Tin liên quan" (10 "## [..]"
    # headlines), "Tin mới nhất" (6), "Văn bản mới" (12 documents with number, name, date), "Tra cứu văn bản",
    # "Bài giảng điện tử", footer (school name, address, e-mail, phone, principal, platform credit).
    return dict(title=159, region=region, picks=picks, url=None, neutral=[155], bp_in=[])


def TP(region, neutral=(), picks='auto'):
    # phanduong1232000/duhoc @cd20f34 (HTTrack copy of duhoctinphat.edu.vn, WordPress / Flatsome site of Du học Tín
    # Phát - Tín Phát Group), inscriptis: "Đóng menu", "Yêu cầu tư vấn", menu (Giới thiệu / Du học / Ngoại ngữ /
    # Thư viện / Tin tức / Liên hệ with sub-items), breadcrumb 21 ("Trang chủ » <headline>"), headline 23, date +
    # view-count line 25 (neutral), body, the centre's sign-off block ("DU HỌC TÍN PHÁT" / Hotline / Fanpage /
    # Youtube, or "BTV Tín Phát TV") (neutral), "Chia sẻ:", "Tin tức liên quan" (6 cards: headline, date + views,
    # teaser), "Tin tức" category list, "Thư viện video" (5), "Tin tức nổi bật" (5 with date + views), "Theo dõi
    # chúng tôi", "Đăng ký tư vấn", three offices (Việt Nam / Nhật Bản / Hàn Quốc: address, phones, e-mail,
    # website), "TIN PHAT GROUP", "Liên kết mạng xã hội:", consultation form (Họ tên / Năm sinh / Điện thoại / ...).
    return dict(title=23, region=region, picks=picks, url=None, neutral=[25] + list(neutral), bp_in=[])


def NS(title, region, neutral, bp_in=(), picks='auto'):
    # ngotienpts/cap_treo_nui_sam @a1eb710 (HTTrack copy of captreonuisam.com, WordPress site of Khu du lịch Văn hóa
    # Tâm linh Bà Chúa Xứ - Cáp treo Núi Sam, Công ty CP MGA Việt Nam), html2text body_width 0: partner-logo sliders
    # ("__ Previous slide / __ Next slide"), logo, "latest posts" thumbnails, menu (Giới thiệu / Núi Sam Châu Đốc /
    # Tâm linh kỳ bí / Danh Thắng / Tin Tức / Cửa hàng), cart, "Vé Cáp Treo", breadcrumb ([Home][Blog][Sự kiện |
    # Báo chí] + truncated headline), banner image, headline ("## ..."), date and "by [author]" (neutral), body,
    # "Tags:", reader comments ("### N Responses", numbered commenters with date and "Trả lời") where present,
    # comment form ("Leave a comment", "Your email address ...", "Save my name ..."), "Khám phá & Trải nghiệm ngay!",
    # "Đặt vé", company block (two GPDKKD numbers, addresses, hotline, e-mail), "TRUY CẬP NHANH" policy links,
    # Bộ Công Thương badge, copyright, "Shopping Basket", map / Fanpage / Zalo / Phone buttons.
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=list(bp_in))


SPEC = {
    ('nbkqna-inscriptis', 'nbk_1.txt'): NBK((87, 102), [104, 105]),  # date + "Phó Hiệu trưởng ..." signature neutral
    ('nbkqna-inscriptis', 'nbk_2.txt'): NBK((87, 148), [150]),       # "Tin bài: Cô ..." neutral
    ('nbkqna-inscriptis', 'nbk_3.txt'): NBK((87, 155)),              # Vietnamese + English thesis summary
    ('nbkqna-inscriptis', 'nbk_4.txt'): NBK((87, 137)),
    ('nbkqna-inscriptis', 'nbk_5.txt'): NBK((87, 116), [118]),       # "NBK" signature neutral
    ('nbkqna-inscriptis', 'nbk_6.txt'): NBK((87, 186)),
    ('nbkqna-inscriptis', 'nbk_7.txt'): NBK((87, 187), [189, 190]),  # "Nhật Hồng (ghi)" / "Nguồn Bộ GD&ĐT" neutral
    ('yenso-html2text', 'ys_1.txt'): YS((163, 225)),
    ('yenso-html2text', 'ys_2.txt'): YS((163, 214)),
    ('yenso-html2text', 'ys_3.txt'): YS((163, 209)),
    ('yenso-html2text', 'ys_4.txt'): YS((163, 195)),
    ('yenso-html2text', 'ys_5.txt'): YS((163, 195)),
    ('yenso-html2text', 'ys_6.txt'): YS((163, 197)),
    ('yenso-html2text', 'ys_7.txt'): YS((163, 199)),
    ('tinphat-inscriptis', 'tp_1.txt'): TP((26, 107), [108, 109, 110, 111]),
    ('tinphat-inscriptis', 'tp_2.txt'): TP((27, 43), [45]),
    ('tinphat-inscriptis', 'tp_3.txt'): TP((27, 55), [57, 58, 59, 60, 61]),
    ('tinphat-inscriptis', 'tp_4.txt'): TP((27, 67), [69, 71, 72, 73]),
    ('tinphat-inscriptis', 'tp_5.txt'): TP((27, 45)),
    ('tinphat-inscriptis', 'tp_6.txt'): TP((26, 30), [42]),
    ('tinphat-inscriptis', 'tp_7.txt'): TP((27, 33), [35]),
    ('nuisam-html2text', 'ns_1.txt'): NS(54, (60, 83), [56, 58]),
    ('nuisam-html2text', 'ns_2.txt'): NS(52, (58, 80), [54, 56]),
    ('nuisam-html2text', 'ns_3.txt'): NS(54, (60, 82), [56, 58]),
    ('nuisam-html2text', 'ns_4.txt'): NS(54, (60, 76), [56, 58]),
    ('nuisam-html2text', 'ns_5.txt'): NS(54, (60, 117), [56, 58], bp_in=[66, 68, 70, 72]),  # slider "__ Previous/Next"
    ('nuisam-html2text', 'ns_6.txt'): NS(52, (58, 164), [54, 56, 166]),  # "Nguồn: Báo An Giang" neutral
    ('nuisam-html2text', 'ns_7.txt'): NS(54, (60, 162), [56, 58]),
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

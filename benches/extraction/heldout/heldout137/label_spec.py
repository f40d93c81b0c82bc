#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout136's label_spec.py (itself heldout135's / heldout134's / heldout132's / heldout130's / heldout93's / heldout87's /
heldout46's) with a new SPEC and BASE = /work/evaldata/heldout137 only; the code below the SPEC is unchanged.
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

BASE = '/work/evaldata/heldout137'


def V(region, bp_in=()):
    # vatly/vatly.github.io @06367bf (Jekyll output of "Hỏi đáp Vật lý"), w3m -dump: site title "Hỏi đáp Vật lý" (1),
    # menu "Đặt câu hỏi About" (2), headline (4), date "Jun 28, 2015" (6, neutral), body from 8 (intro, video credit
    # "Video có nguồn từ kênh … xem video gốc tại đây.", essay / answers, quizzes whose "Điểm số % - /" and "XEM KẾT QUẢ"
    # controls are furniture: bp_in inside the region, boilerplate after it); after the body the post's call-to-action
    # block ("Nếu thấy hay…", "Để giúp chúng tôi lan toả…", "Bất kỳ câu hỏi hay thắc mắc…", "Để nhận được các video mới
    # nhất…", "» CHÚNG TÔI RẤT CẦN CÂU HỎI CỦA BẠN «", "Vì vậy mong các bạn…"), three related-video cards ("[mqdefault]"
    # + title), the "Đặt câu hỏi" heading of the comment box and the footer (site name, description, "Subscribe…").
    return dict(title=4, region=region, picks='auto', url=None, neutral=[6], bp_in=list(bp_in))


def E(title, region, neutral, bp_in):
    # SuperAmoledd/eximlog_web_ngu @061e002 (static site of Eximlog, www.eximlog.vn), lynx -dump -nolist: contact bar
    # (e-mail, hotline), "(BUTTON)", menu with the "DỊCH VỤ" sub-menu (Gửi hàng đi Mỹ … UK), "TRACKING", breadcrumb
    # "Trang chủ / Kiến thức|Dịch vụ / <TITLE IN CAPITALS>" (21, ex_5 wrapped to 22), headline (23, wrapped on ex_1 / ex_6,
    # 24 on ex_5), "Đăng vào ngày dd/mm/yyyy - bởi Blogger EXIM" (neutral), body with the "Mục Lục" / "(BUTTON) ☰" table of
    # contents (bp_in) and ex_2's "Xem thêm tại đây" link (bp_in); after the body a rule, the closing contact block
    # ("LIÊN HỆ NGAY ĐỂ NHẬN BÁO GIÁ…" / ex_6 "LIÊN HỆ GỬI HÀNG ĐI NHẬT NGAY", call line, website / hotline / fanpage,
    # slogan; neutral: the company's contact signature that closes a service article), the "Dịch vụ" (ex_6 "Dịch vụ liên
    # quan") related-posts box (3-4 posts: category + title) and the footer (logo, description, menu, "Hỗ Trợ", "Thông Tin
    # Liên Hệ", copyright).
    return dict(title=title, region=region, picks='auto', url=None, neutral=list(neutral), bp_in=list(bp_in))


SPEC = {
    ('vatly-w3m', 'vl_1.txt'): V((8, 146)),
    ('vatly-w3m', 'vl_2.txt'): V((8, 100), [83, 85]),
    ('vatly-w3m', 'vl_3.txt'): V((8, 59), [37]),
    ('vatly-w3m', 'vl_4.txt'): V((8, 50), [26]),
    ('vatly-w3m', 'vl_5.txt'): V((8, 39)),
    ('vatly-w3m', 'vl_6.txt'): V((8, 34)),
    ('vatly-w3m', 'vl_7.txt'): V((8, 30)),
    ('vatly-w3m', 'vl_8.txt'): V((8, 23)),
    ('eximlog-lynx', 'ex_1.txt'): E((23, 24), (28, 171), [26, (174, 183)], [(36, 44)]),
    ('eximlog-lynx', 'ex_2.txt'): E(23, (27, 88), [25, (91, 100)], [73]),
    ('eximlog-lynx', 'ex_3.txt'): E(23, (27, 163), [25, (166, 175)], [(44, 52)]),
    ('eximlog-lynx', 'ex_4.txt'): E(23, (27, 159), [25, (162, 171)], [(38, 45)]),
    ('eximlog-lynx', 'ex_5.txt'): E(24, (28, 195), [26, (198, 202)], [(46, 55)]),
    ('eximlog-lynx', 'ex_6.txt'): E((23, 24), (28, 130), [26, (133, 142)], [(39, 47)]),
    ('eximlog-lynx', 'ex_7.txt'): E(23, (27, 140), [25, (143, 152)], [(44, 52)]),
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

#!/usr/bin/env python3
"""Make labels/<slug>.jsonl for heldout23 from hand-set per-document specs (kept for provenance).
Spec per document (1-based line numbers, decided by reading each file):
  title: line holding the headline (title = that line stripped, minus a leading '# ' / '## ')
  span: (first, last) lines of the article (headline .. last line of article prose)
  bp_in: furniture lines inside the span (share buttons, view counters, in-body teasers, meta leaks)
  skip: lines that are neither (dates, bylines, photo credits, source lines)
  url: article URL as it appears in the file, or None
Boilerplate = every non-empty stripped line outside the span (minus skip) + bp_in lines, de-duplicated,
minus any string that also occurs inside an article-span line or the title line; capped at 150 (evenly sampled).
Article = up to 5 prose lines of the span (>=50 chars, not link/image/table lines), evenly spread;
label = a prefix (>=40 chars) that is unique in the file.
"""
import json, os, re, sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def first(L, pred, start=0):
    for i in range(start, len(L)):
        if pred(L[i]):
            return i
    return None


def specs():
    S = {}
    # chinhphu: xaydungchinhsach.chinhphu.vn, plain text
    for n in range(1, 6):
        f = 'article_%02d.txt' % n
        L = open(os.path.join(BASE, 'chinhphu', f), encoding='utf-8').read().split('\n')
        end = first(L, lambda l: l.strip() in ('Tham khảo thêm', 'Nội dung này, đã nhận được'), 37)
        sp = dict(title=34, span=(34, end), bp_in=[33, 36], skip=[35], url=None)
        if n == 2:
            sp['bp_in'] += [40, 41, 42, 43]
            sp['skip'] += [70]
        S[('chinhphu', f)] = sp
    # tiki: hotro.tiki.vn help centre, plain text
    for n in range(1, 6):
        f = 'article_%02d.txt' % n
        L = open(os.path.join(BASE, 'tiki', f), encoding='utf-8').read().split('\n')
        end = first(L, lambda l: 'Bài viết trên có hữu ích không?' in l) + 1 - 1
        # the help centre's contact blurb ("Nếu cần thêm sự hỗ trợ ..." .. "Kênh Zalo ...") is left unlabelled
        st = first(L, lambda l: l.startswith('Nếu cần thêm sự hỗ trợ'))
        blurb = list(range(st + 1, end + 1)) if st is not None else []
        S[('tiki', f)] = dict(title=4, span=(4, end), bp_in=[7], skip=[6] + blurb, url=None)
    # baochinhphu: baochinhphu.vn / xaydungchinhsach.chinhphu.vn, main-content text with teasers
    def bcp(f, bp_in=(), skip=()):
        L = open(os.path.join(BASE, 'baochinhphu', f), encoding='utf-8').read().split('\n')
        end = first(L, lambda l: l.strip() == 'Tham khảo thêm')
        return dict(title=1, span=(1, end), bp_in=list(bp_in), skip=list(skip), url=None)
    S[('baochinhphu', 'article_01.txt')] = bcp('article_01.txt', skip=[27])
    S[('baochinhphu', 'article_03.txt')] = bcp('article_03.txt', skip=[49])
    S[('baochinhphu', 'article_04.txt')] = bcp('article_04.txt', bp_in=[7, 9, 21, 23, 31, 33, 45, 47])
    S[('baochinhphu', 'article_05.txt')] = bcp('article_05.txt', bp_in=[15, 17], skip=[41, 43])
    # hust: hust.edu.vn / library.hust.edu.vn, plain text
    S[('hust', 'article_03.txt')] = dict(title=1, span=(1, 297), bp_in=[], skip=[], url=None)
    S[('hust', 'article_04.txt')] = dict(title=1, span=(1, 39), bp_in=[], skip=[41], url=None)
    S[('hust', 'article_05.txt')] = dict(title=1, span=(1, 93), bp_in=[5, 7, 11, 13, 15], skip=[3, 9, 17, 95, 97, 99],
                                         url='https://hust.edu.vn/vi/news/hoat-dong-chung/tieng-noi-sinh-vien-tro-thanh-dong-luc-phat-trien-cua-dai-hoc-bach-khoa-ha-noi-655741.html')
    S.update(RMIT)
    return S


# rmitvi: www.rmit.edu.vn/vi, crawl4ai-style markdown with mega-menus, sub-navs, buttons and footer
RMIT = {
    ('rmitvi', 'article_02.txt'): dict(
        title=138, span=(138, 277),
        bp_in=[139] + list(range(140, 148)) + [164, 219],
        skip=[137, 150, 160, 161, 162] + [166, 169, 172, 175, 178, 181, 185, 194, 206, 242, 256, 258, 260, 262, 266, 269, 272, 275],
        url=None),
    ('rmitvi', 'article_04.txt'): dict(
        title=143, span=(143, 229),
        bp_in=[151] + list(range(153, 179)) + [214, 227],
        skip=[144, 145, 146, 147, 148, 152, 190, 198, 206, 216],
        url=None),
}

# ytsk: three news sites (congly.vn, danviet.vn, suckhoedoisong.vn), crawl4ai-style markdown
YTSK = {
    ('ytsk', 'article_04.txt'): dict(title=138, span=(138, 179), bp_in=[140], skip=[139], url=None),
    ('ytsk', 'article_05.txt'): dict(title=269, span=(269, 323),
                                     bp_in=[270, 271, 272, 273, 275, 277, 278, 279, 280, 281, 282],
                                     skip=[268, 274], url=None),
    ('ytsk', 'article_06.txt'): dict(title=40, span=(40, 69), bp_in=[42], skip=[41, 68, 69], url=None),
}
RMIT.update(YTSK)
# record URLs that occur verbatim in the page text
URLS = {
    ("rmitvi", "article_02.txt"): "https://www.rmit.edu.vn/vi/sem/ug/buoc-ra-the-gioi-tu-vietnam-voi-tam-bang-cu-nhan-quoc-te-rmit?utm_source=Google&utm_medium=SEM.Branding&utm_campaign=HN_SEM_UG_2026&utm_content=Truong_dai_hoc_quoc_te_RMIT&gad_source=1",
    ("rmitvi", "article_04.txt"): "https://www.rmit.edu.vn/vi/su-kien/tat-ca-cac-su-kien/2026/hoi-thao-ve-tam-nhin-giao-duc-dai-hoc-2026-yeu-to-con-nguoi",
    ("ytsk", "article_04.txt"): "https://congly.vn/nhung-nghe-si-bi-ma-tuy-tan-pha-su-nghiep-khi-dang-o-dinh-cao-208883.html",
    ("ytsk", "article_05.txt"): "https://danviet.vn/truoc-cong-tri-da-co-loat-sao-viet-lanh-an-tu-tieu-tan-su-nghiep-vi-ma-tuy-d1350035.html",
    ("ytsk", "article_06.txt"): "https://suckhoedoisong.vn/hai-nghe-si-noi-tieng-ten-tin-deu-dinh-vao-ma-tuy-16922061309285984.htm"
}
for k, u in URLS.items():
    RMIT[k]['url'] = u

ARTICLE_BAD = re.compile(r'^(\[|!\[|\||\* \[|#+ \[|https?://)')


def make(slug, f, sp):
    text = open(os.path.join(BASE, slug, f), encoding='utf-8').read()
    L = text.split('\n')
    a, b = sp['span']
    ti = sp['title'] - 1
    title = re.sub(r'^#+\s+', '', L[ti].strip())
    bp_in = {i - 1 for i in sp['bp_in']}
    skip = {i - 1 for i in sp['skip']}
    inspan = [i for i in range(a - 1, b) if i not in bp_in and i not in skip and i != ti and L[i].strip()]
    # article labels
    cands = [i for i in inspan if len(L[i].strip()) >= 50 and not ARTICLE_BAD.match(L[i].strip())]
    arts, art_lines = [], []

    def uniq_label(s):
        for n in (60, 80, 120, len(s)):
            p = s[:n].rstrip()
            if len(p) >= 40 and text.count(p) == 1:
                return p
        return None
    ok = [i for i in cands if uniq_label(L[i].strip())]
    if ok:
        k = min(5, len(ok))
        picks = sorted({ok[round(j * (len(ok) - 1) / max(1, k - 1))] for j in range(k)})
        for i in picks:
            arts.append(uniq_label(L[i].strip())); art_lines.append(i)
    # short articles: add a second, non-overlapping piece of the longest lines
    for i in sorted(ok, key=lambda i: -len(L[i].strip())):
        if len(arts) >= 3:
            break
        s = L[i].strip()
        lab = uniq_label(s)
        rest = s[len(lab):].strip()
        for n in (60, 80, len(rest)):
            q = rest[-n:].strip() if n <= len(rest) else rest
            if len(q) >= 40 and text.count(q) == 1 and q not in lab:
                arts.append(q); art_lines.append(i); break
    # boilerplate
    content = [L[i] for i in inspan] + [L[ti]]
    bps, seen = [], set()
    for i, l in enumerate(L):
        s = l.strip()
        if not s or i in skip or i == ti:
            continue
        if (a - 1 <= i < b) and i not in bp_in:
            continue
        if s in seen:
            continue
        if any(s in c for c in content):
            continue
        seen.add(s); bps.append(s)
    if len(bps) > 150:
        bps = [bps[round(j * (len(bps) - 1) / 149)] for j in range(150)]
        bps = list(dict.fromkeys(bps))
    return dict(file=f, title=title, url=sp.get('url'), boilerplate=bps, article=arts)


def main():
    S = specs()
    out = {}
    for (slug, f), sp in sorted(S.items()):
        out.setdefault(slug, []).append(make(slug, f, sp))
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug, rows in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        for r in rows:
            print(slug, r['file'], 'bp', len(r['boilerplate']), 'art', len(r['article']), '|', r['title'][:60])


if __name__ == '__main__':
    main()

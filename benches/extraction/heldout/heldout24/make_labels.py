#!/usr/bin/env python3
"""Write labels/<slug>.jsonl for heldout24 from hand-set per-document specs (kept for provenance).

Spec per seed (line numbers 1-based, lines = text.split('\\n')), set after reading every line:
  title line, article span (first..last line of the article incl. date line), furniture lines inside
  the span, and neutral lines (bylines, dates, photo captions) that get no label. Boilerplate = every non-empty stripped line outside the span + the in-span furniture
  lines, de-duplicated, minus any string that also occurs inside a non-furniture line of the span
  (so no boilerplate label can hit an article/title line). Article = 5 prose lines (>=60 chars, not
  image/link/table/list lines, not furniture, not the title) spread evenly over the span; each label
  is the shortest prefix (>=60 chars, stripped) that is unique in the file.
usage: python3 make_labels.py SET_DIR
"""
import json, os, sys

S = {
 'vov': [('article_01.txt', 314, (314, 335), {316, 317, 318, 332, 333, 334}),
         ('article_02.txt', 314, (314, 347), {316, 317, 318, 344, 345, 346}),
         ('article_05.txt', 315, (315, 334), {317, 318, 319, 331, 332, 333})],
 'dantri': [('article_03.txt', 300, (299, 323), set())],
 'vtv': [('article_04.txt', 34, (34, 44), {37, 38}),
         ('article_06_chubin.txt', 34, (34, 48), {37, 38})],
 'tuoitre': [('article_02.txt', 222, (221, 245), {225, 239, 240})],
 'kenh14': [('article_04.txt', 111, (111, 139), {113, 114, 115, 116, 118, 119, 120})],
 'vnexpress': [('article_01.txt', 50, (49, 73), {51, 52, 53, 54, 55, 56, 57}),
               ('article_03.txt', 44, (43, 74), {45, 46, 47, 48, 49, 50, 51, 58, 66})],
 'xaydungchinhsach': [('article_05.txt', 27, (27, 92), {29})],
 'aztax': [('cach-tinh-luong-lam-them-gio.txt', None, (1, 70), {33, 39, 54, 68, 69, 70, 71})],
 'fastwork': [('quy-dinh-thoi-gian-thu-viec.txt', None, (1, 34), {3, 12, 33, 34})],
}
# bylines, dates, photo captions inside the span: neither boilerplate nor article labels
NEUTRAL = {
 ('vov', 'article_01.txt'): {315, 324, 329, 335}, ('vov', 'article_02.txt'): {315, 324, 338, 347},
 ('vov', 'article_05.txt'): {316, 325, 334}, ('dantri', 'article_03.txt'): {299, 302, 307, 314},
 ('vtv', 'article_04.txt'): {35, 36}, ('vtv', 'article_06_chubin.txt'): {35, 36},
 ('tuoitre', 'article_02.txt'): {221, 224, 228, 235}, ('kenh14', 'article_04.txt'): {112, 126, 132},
 ('vnexpress', 'article_01.txt'): {49, 66, 73}, ('vnexpress', 'article_03.txt'): {43, 60, 68, 74},
 ('xaydungchinhsach', 'article_05.txt'): {28, 32, 37, 40, 43, 49, 60, 68, 85},
}
URLS = {  # record URL, used only if it occurs verbatim in the page text
 ('vov', 'article_01.txt'): 'https://vov.vn/phap-luat/truy-to-ca-si-chi-dan-nguoi-mau-an-tay-co-tien-tu-thien-truc-phuong-post1280703.vov',
 ('vov', 'article_02.txt'): 'https://vov.vn/phap-luat/vu-an-ma-tuy-lien-quan-den-ca-si-chi-dan-vi-sao-nguoi-mau-an-tay-bi-truy-to-post1281931.vov',
 ('vov', 'article_05.txt'): 'https://vov.vn/vu-an/xu-phuc-tham-chau-viet-cuong-duoc-giam-an-2-nam-tu-941987.vov',
 ('dantri', 'article_03.txt'): 'https://dantri.com.vn/phap-luat/dien-vien-hai-huu-tin-khai-su-dung-ma-tuy-do-to-mo-20230428133813927.htm',
 ('vtv', 'article_04.txt'): 'https://vtv.vn/phap-luat/khoi-to-nu-dien-vien-phim-truyen-hinh-noi-tieng-mot-thoi-vi-toi-mua-ban-ma-tuy-20230423183114918.htm',
 ('vtv', 'article_06_chubin.txt'): 'https://vtv.vn/phap-luat/ca-si-chu-bin-bi-bat-vi-lien-quan-ma-tuy-20240607115007528.htm',
 ('tuoitre', 'article_02.txt'): 'https://tuoitre.vn/rapper-binh-gold-bi-bat-vi-cuop-tai-san-duong-tinh-voi-ma-tuy-20250726185902989.htm',
 ('kenh14', 'article_04.txt'): 'https://kenh14.vn/ca-si-chi-dan-ru-ban-hun-tien-mua-ma-tuy-nguoi-mau-an-tay-ru-tro-ly-quay-tiktok-cung-bay-lac-tang-tru-chat-cam-ngay-tai-can-ho-hang-sang-215260402204441991.chn',
 ('vnexpress', 'article_01.txt'): 'https://vnexpress.net/ca-si-miu-le-bi-bat-voi-cao-buoc-to-chuc-su-dung-ma-tuy-5074769.html',
 ('vnexpress', 'article_03.txt'): 'https://vnexpress.net/nguoi-mau-andrea-aybar-cung-tro-ly-lam-tiec-ma-tuy-trong-can-ho-cao-cap-5059429.html',
 ('xaydungchinhsach', 'article_05.txt'): 'https://xaydungchinhsach.chinhphu.vn/khoi-to-bat-tam-giam-long-nhat-son-ngoc-minh-cung-69-bi-can-119260520124509053.htm',
 ('aztax', 'cach-tinh-luong-lam-them-gio.txt'): 'https://aztax.com.vn/cach-tinh-tien-luong-lam-them-gio-moi-nhat/',
 ('fastwork', 'quy-dinh-thoi-gian-thu-viec.txt'): 'https://fastwork.vn/quy-dinh-ve-thoi-gian-thu-viec/',
}


def main():
    base = sys.argv[1]
    os.makedirs(os.path.join(base, 'labels'), exist_ok=True)
    for slug, docs in S.items():
        out = []
        for name, tl, (a, b), furn in docs:
            text = open(os.path.join(base, slug, name), encoding='utf-8').read()
            L = text.split('\n')
            title = L[tl - 1].strip().lstrip('#').strip() if tl else None
            keep = [L[i - 1].strip() for i in range(a, b + 1) if i not in furn and L[i - 1].strip()]
            bp = []
            for i, l in enumerate(L, 1):
                s = l.strip()
                if not s or (a <= i <= b and i not in furn):
                    continue
                if any(s in k for k in keep) or s in bp:
                    continue
                bp.append(s)
            cands = []
            for i in range(a, b + 1):
                s = L[i - 1].strip()
                if i in furn or i == tl or i in NEUTRAL.get((slug, name), ()) or len(s) < 60 or s[0] in '![|*#>-':
                    continue
                for n in range(60, len(s) + 1):
                    p = s[:n].rstrip()
                    if len(p) >= 40 and text.count(p) == 1:
                        cands.append(p); break
            k = min(5, len(cands))
            art = [cands[round(j * (len(cands) - 1) / max(k - 1, 1))] for j in range(k)]
            art = list(dict.fromkeys(art))
            url = URLS.get((slug, name))
            out.append(dict(file=name, title=title, url=url if url and url in text else None,
                            boilerplate=bp, article=art))
        with open(os.path.join(base, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Write labels/<folder>.jsonl for heldout47 from the line-number specs below (chosen by hand after reading each seed).

Conventions follow /work/evaldata/models/heldout41/label_spec.py (itself heldout38/39's):
title = line number of the headline (or title_sub=(line, text): the headline is the given exact part of that line,
e.g. after a crawler's " date YYYY-MM" marker); region = (first, last) line of the main content (lead/sapo + body,
incl. in-body subheads, list items and photo captions); neutral = lines outside the region labelled neither way
(date line, byline/author line, source/signature line, a kicker, the duplicate headline); bp_in = lines inside the
region that are furniture (image file names, 'img' placeholders, related-link lines, image-markup lines).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first occurs
on an earlier line, deduplicated; plus bp_extra = exact furniture units inside an otherwise neutral line.
Added for these search-excerpt seeds: the seed's LAST line is always left unlabelled (the excerpt is cut off at its
end), and article picks are whole sentences instead of whole lines (the seeds are short and their paragraphs long):
candidates = sentences of the region lines (not bp_in, not the title line, not starting with '![', '[![', '|', '#';
a leading crawler marker 'date <token> ' is dropped), a sentence longer than `piece` chars is split at spaces into
consecutive pieces of <= piece chars; a candidate needs >= 40 chars, <= 200 chars and exactly one occurrence in
the seed. picks = the forced picks (`force`: line numbers or exact strings, e.g. captions or a lead that shares a
line with the headline) + candidates spread evenly (first and last included) up to 6 labels in all.
url = null everywhere (no seed prints its own address).  No page text is written in this script except the short
exact `title_sub` / `force` / `bp_extra` strings, which are copied from the seeds."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

S = {}


def spec(folder, fn, **kw):
    S[(folder, fn)] = kw


# ---- news: national and provincial newspapers ----
spec('news', 'ngoisao_1.txt', title=3, region=(7, 13), neutral=[5])
spec('news', 'dantri_1.txt', title=None, region=(1, 11), neutral=[])
spec('news', 'baothanhhoa_1.txt', title_sub=(1, 'Khắc phục những hạn chế trong chuyển dịch cơ cấu cây trồng, vật nuôi, '
     'xây dựng các vùng sản xuất tập trung gắn với xây dựng sản phẩm có thương hiệu'), region=(3, 5), neutral=[], piece=150)
spec('news', 'baothanhhoa_2.txt', title=1, region=(3, 9), neutral=[], force=[5])
spec('news', 'baonghean_1.txt', title_sub=(1, 'Tuyên án 37 bị cáo trong đường dây lừa đảo công nghệ cao từ Campuchia '
     'với mức án cao nhất là 20 năm tù'), region=(1, 11), neutral=[],
     force=['Sau 3 ngày xét xử, chiều 13/8, TAND tỉnh Nghệ An tuyên án đối với 37 bị cáo trong đường dây lừa đảo công '
            'nghệ cao từ Campuchia với mức án cao nhất là 20 năm tù và thấp nhất là 4 năm tù.', 5])
spec('news', 'baoquangnam_1.txt', title=1, region=(5, 13), neutral=[3])
spec('news', 'baohoabinh_1.txt', title=None, region=(1, 11), neutral=[])
spec('news', 'giaoduc_1.txt', title=1, region=(5, 16), neutral=[3, 4])
spec('news', 'nld_1.txt', title=3, region=(7, 21), neutral=[5], bp_in=[11, 19])
spec('news', 'images_vietnamnet_1.txt', title=7, region=(14, 20), neutral=[11], force=[18])
spec('news', 'vnn_vietnamnet_1.txt', title=7, region=(14, 22), neutral=[11], bp_in=[16], force=[17])
spec('news', 'laodongthudo_1.txt', title=1, region=(3, 13), neutral=[], bp_in=[4, 10], force=[11])
spec('news', 'anninhthudo_1.txt', title=None, region=(5, 11), neutral=[], force=[5])
spec('news', 'tienphong_1.txt', title_sub=(1, 'Bộ đội Biên phòng mang hơi ấm đến người dân biên giới vùng sông nước'),
     region=(3, 13), neutral=[], force=[5])
spec('news', 'baotayninh_1.txt', title=6, region=(11, 17), neutral=[5, 7])
spec('news', 'hoinghibaodang_nhandan_1.txt', title=1, region=(3, 10), neutral=[], bp_in=[9], force=[10])
spec('news', 'cuoituan_tuoitre_1.txt', title=1, region=(5, 14), neutral=[3], force=[8])
# ---- news-mag: magazines and journals ----
spec('news-mag', 'vannghethainguyen_1.txt', title=4, region=(6, 12), neutral=[1, 2], force=[12])
spec('news-mag', 'vnca_cand_1.txt', title=1, region=(4, 9), neutral=[3])
spec('news-mag', 'baovannghe_1.txt', title=3, region=(11, 15), neutral=[5, 6, 7, 8], force=[15])
spec('news-mag', 'vanhocquenha_1.txt', title=1, region=(3, 5), neutral=[])
spec('news-mag', 'songtre_1.txt', title=1, region=(3, 7), neutral=[])
spec('news-mag', 'vanhoanghethuat_1.txt', title=1, region=(3, 5), neutral=[], force=[3])
spec('news-mag', 'quanlynhanuoc_1.txt', title=1, region=(6, 12), neutral=[3, 4])
spec('news-mag', 'cgvdt_1.txt', title=3, region=(5, 11), neutral=[1, 15], force=[5])
spec('news-mag', 'lyluanchinhtri_1.txt', title=5, region=(10, 18), neutral=[2, 7, 8], force=[14])
spec('news-mag', 'lyluanchinhtri_2.txt', title=5, region=(7, 11), neutral=[2], force=[9])
spec('news-mag', 'thongluan_1.txt', title=11, region=(15, 27), neutral=[9, 13], bp_in=[21], force=[23])
# ---- news-web: aggregators, TV/radio sites, overseas outlets ----
spec('news-web', 'vietgiaitri_1.txt', title=1, region=(2, 5), neutral=[], bp_in=[3])
spec('news-web', 'vietbao_1.txt', title=None, region=(1, 19), neutral=[],
     force=['Lễ cắt băng khai mạc long trọng tổ chức Đại Lễ Phật Đản PL. 2568 (DL. 2024) tại Garden Grove Park, thành '
            'phố Garden Grove'])
spec('news-web', 'vietbao_2.txt', title=3, region=(8, 17), neutral=[5], bp_extra=['(View: 637)'])
spec('news-web', 'langnhindongdoi_1.txt', title=4, region=(7, 13), neutral=[6], force=[9])
spec('news-web', 'lite_baomoi_1.txt', title=1, region=(2, 5), neutral=[], bp_in=[3], piece=110)
spec('news-web', 'vietnamvn_1.txt', title=3, region=(6, 20), neutral=[])
spec('news-web', 'vietnamvn_2.txt', title=3, region=(6, 8), neutral=[])
spec('news-web', 'tek4tv_1.txt', title=1, region=(2, 6), neutral=[])
spec('news-web', 'vov_1.txt', title=1, region=(2, 8), neutral=[], force=[5])
spec('news-web', 'english_vov_1.txt', title=1, region=(3, 11), neutral=[], force=[7])
# ---- portal: government (province, district, commune) portals ----
spec('portal', 'sapa_laocai_1.txt', title=1, region=(2, 11), neutral=[])
spec('portal', 'ketnoi_caobang_1.txt', title=1, region=(6, 6), neutral=[3, 4])
spec('portal', 'abei_1.txt', title=None, region=(1, 5), neutral=[])
spec('portal', 'aithuong_bathuoc_1.txt', title=None, region=(1, 18), neutral=[], bp_in=[3, 10, 15], force=[11, 16])
spec('portal', 'chiminh_haiphong_1.txt', title=1, region=(3, 9), neutral=[11])
spec('portal', 'tienphong_vinhbao_1.txt', title=3, region=(5, 9), neutral=[13])
spec('portal', 'vangiao_tinhbien_1.txt', title=1, region=(2, 4), neutral=[])
spec('portal', 'phudong_hanoi_1.txt', title=None, region=(1, 6), neutral=[], force=[5])
spec('portal', 'doluong_1.txt', title=None, region=(1, 7), neutral=[])
# ---- portal-org: schools, universities, associations, religious bodies, companies ----
spec('portal-org', 'tieuhocphamtu_1.txt', title=1, region=(3, 19), neutral=[])
spec('portal-org', 't5g_1.txt', title=4, region=(7, 19), neutral=[2])
spec('portal-org', 'danhydatviet_1.txt', title=3, region=(5, 7), neutral=[], force=[5])
spec('portal-org', 'crystalbay_1.txt', title=1, region=(3, 6), neutral=[2], force=[4])
spec('portal-org', 'youth_ueh_1.txt', title=1, region=(5, 44), neutral=[3])
spec('portal-org', 'hnew_1.txt', title=3, region=(5, 27), neutral=[])
spec('portal-org', 'bio_hnue_1.txt', title=None, region=(1, 2), neutral=[])
spec('portal-org', 'giaophanthaibinh_1.txt', title=5, region=(7, 19), neutral=[3], bp_extra=['Lượt xem 5274'])
spec('portal-org', 'tuyencongchuc_1.txt', title=1, region=(3, 9), neutral=[2])
spec('portal-org', 'honguyenduy_1.txt', title=1, region=(7, 12), neutral=[3, 5], force=[7])
spec('portal-org', 'thuvienphapluat_1.txt', title=8, region=(16, 38), neutral=[])

SKIP_PREFIX = ('![', '[![', '|', '#')
DATE_RE = re.compile(r'^date \S+ ')
END_RE = re.compile(r'[.!?…]["”’)]?(?=\s+\S)')
ABBR_RE = re.compile(r'\(?(?:[A-ZĐ][A-Za-zĐđ.]{0,4}|[a-zđ]|[0-9]{1,2}|[IVX]{1,4})\.')


def cut(s, n=200):
    if len(s) <= n:
        return s
    s = s[:n]
    return s[:s.rfind(' ')] if ' ' in s else s


def pieces(line, n=200):
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


def sentences(s):
    """Split at . ! ? … (plus a closing quote) followed by white space; not after a short capitalised abbreviation
    such as 'TP.', 'TS.', 'T.' (Vietnamese initials and titles), a one-letter abbreviation ('(x.') or a list
    number ('1.', 'II.')."""
    out, start = [], 0
    for m in END_RE.finditer(s):
        words = s[start:m.end()].split()
        if words and ABBR_RE.fullmatch(words[-1]):
            continue
        out.append(s[start:m.end()].strip())
        start = m.end()
    out.append(s[start:].strip())
    return [x for x in out if x]


def locate(L, s):
    for i, l in enumerate(L, 1):
        if l.strip() == s:
            return i
    for i, l in enumerate(L, 1):
        if s in l:
            return i
    return None


def run():
    out = {}
    for (folder, fn), sp in S.items():
        text = open(os.path.join(BASE, folder, fn), encoding='utf-8').read()
        L = text.split('\n')
        last = max(i for i, l in enumerate(L, 1) if l.strip())
        neutral = set(sp.get('neutral', [])) | {last}
        bp_in = set(sp.get('bp_in', []))
        r0, r1 = sp['region']
        assert r1 < last, (fn, 'region must end before the cut-off last line')
        title, tline = None, None
        if sp.get('title_sub'):
            tline, title = sp['title_sub']
            assert title in L[tline - 1], (fn, 'title_sub')
        elif sp.get('title'):
            tline = sp['title']
            title = L[tline - 1].strip()
        assert title is None or text.count(title) >= 1
        # article picks
        piece = sp.get('piece', 200)
        forced, forced_lines = [], set()
        for p in sp.get('force', []):
            a = cut(L[p - 1].strip()) if isinstance(p, int) else p
            assert 40 <= len(a) <= 200 and text.count(a) == 1, (fn, p, a, text.count(a))
            forced.append(a)
            forced_lines.add(p if isinstance(p, int) else locate(L, a))
        cand = []
        for i in range(r0, r1 + 1):
            if i in bp_in or i == tline or i in forced_lines:
                continue
            raw = L[i - 1].strip()
            if not raw or raw.startswith(SKIP_PREFIX):
                continue
            raw = DATE_RE.sub('', raw)
            for snt in sentences(raw):
                for a in (pieces(snt, piece) if len(snt) > piece else [snt]):
                    if 40 <= len(a) <= 200 and text.count(a) == 1 and a not in cand and a not in forced:
                        cand.append(a)
        k = min(6 - len(forced), len(cand))
        idx = sorted({round(j * (len(cand) - 1) / (k - 1)) for j in range(k)}) if k > 1 else ([0] if k == 1 else [])
        art = forced + [cand[j] for j in idx]
        assert 3 <= len(art) <= 6, (fn, len(art), len(cand))
        # boilerplate
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + ([title] if title else [])
        bp = []
        for i, l in enumerate(L, 1):
            if not l.strip() or not re.search(r'\w', l):
                continue
            inside = r0 <= i <= r1
            if inside and i not in bp_in:
                continue
            if not inside and (i in neutral or i == tline):
                continue
            c = cut(l.strip())
            if c == title or c in bp or any(c in p for p in protect):
                continue
            if locate(L, c) != i:
                continue
            bp.append(c)
        for e in sp.get('bp_extra', []):
            assert text.count(e) == 1, (fn, e)
            bp.append(e)
        out.setdefault(folder, []).append(dict(file=fn, title=title, url=None, boilerplate=bp, article=art))
        print(folder, fn, 'bp', len(bp), 'art', len(art))
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for folder, recs in out.items():
        with open(os.path.join(BASE, 'labels', folder + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

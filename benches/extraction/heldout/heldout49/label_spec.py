#!/usr/bin/env python3
"""Write labels/<folder>.jsonl for heldout49 from the line-number specs below (chosen by hand after reading each seed).

Adapted from the models' label_spec.py (heldout41): per seed title = line number of the headline (None when the
excerpt shows no headline line; a literal string only where the headline stands inside a breadcrumb line);
region = (first, last) line of the article text (lead + body, incl. in-body sub-heads, list items and photo
captions); picks = 'auto' (up to 6 candidates spread evenly over the region, first one included; candidates are
the <=200-char pieces of region lines not in bp_in, not starting with '![', '|' or '#', >= 40 chars and occurring
once in the seed) or an explicit list (int n = line n stripped and cut to <= 200 chars at a word boundary; str =
that literal substring, used only to leave out a crawler ' date YYYY-MM' marker fused with a lead line);
neutral = lines outside the region labelled neither way (article date / byline / signature lines, the
excerpt's last, cut-off line, content whose status is unsure); bp_in = furniture lines inside the region
(image file names, tables of contents, related-article lines); bp_extra = literal boilerplate units inside a
neutral line (re_n_1's breadcrumb prefix). Boilerplate = every other non-empty line outside the region (stripped,
cut to 200 chars), minus lines without a letter/digit, minus lines contained in a region line or the headline,
minus repeats (first occurrence kept). url = null everywhere (no seed prints its own address).
No page text is written in this script except the few literal substrings named above."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = lambda a, b: list(range(a, b + 1))

SPEC = {
    # ---- news
    ('news', 'baobariavungtau_1.txt'): dict(title=1, region=(3, 6), neutral=[2, 7]),
    ('news', 'baobinhduong_1.txt'): dict(title=1, region=(5, 7), neutral=[3, 9]),
    ('news', 'baosonla_1.txt'): dict(title=None, region=(1, 4)),
    ('news', 'daophatngaynay_1.txt'): dict(title=1, region=(6, 10), neutral=[12]),
    ('news', 'giacngo_1.txt'): dict(title=1, region=(3, 13), bp_in=[7], neutral=[15, 30]),
    ('news', 'giacngo_2.txt'): dict(title=1, region=(3, 14), bp_in=[5], neutral=[16]),
    ('news', 'giaophanbacninh_1.txt'): dict(title=1, region=(3, 9)),
    ('news', 'la34_1.txt'): dict(title=3, region=(7, 13), neutral=[5, 15]),
    ('news', 'phattuvietnam_1.txt'): dict(title=3, region=(7, 13)),
    ('news', 'special_nhandan_1.txt'): dict(title=None, region=(3, 8), neutral=[9]),
    ('news', 'thcstrungkhanh_1.txt'): dict(title=None, region=(1, 6)),
    ('news', 'ththanhcao_1.txt'): dict(title=1, region=(3, 5), neutral=[2]),
    ('news', 'thuanphat2009_1.txt'): dict(title=3, region=(7, 27), neutral=[1] + R(28, 31) + R(33, 46)),
    ('news', 'tonggiaophanhanoi_1.txt'): dict(title=1, region=(3, 11), neutral=[30]),
    # ---- qa
    ('qa', 'alobacsi_1.txt'): dict(title=4, region=(6, 15), neutral=[17]),
    ('qa', 'beta_thuvienphapluat_1.txt'): dict(title=None, region=(2, 19), neutral=[1, 20]),
    ('qa', 'dominhduong_1.txt'): dict(title=1, region=(5, 15), bp_in=[11], neutral=[3, 17]),
    ('qa', 'haduongsikai_1.txt'): dict(title=1, region=(3, 17), bp_in=[9], neutral=[19]),
    ('qa', 'hoivdap_1.txt'): dict(title=1, region=(10, 16), neutral=[18]),
    ('qa', 'iliveok_1.txt'): dict(title=9, region=(24, 30), neutral=[12, 13, 32]),
    ('qa', 'luattamduc_1.txt'): dict(title=1, region=(7, 16), bp_in=[9], neutral=[18]),
    ('qa', 'me_phununet_1.txt'): dict(title=1, region=(3, 25), neutral=[27]),
    ('qa', 'vico_1.txt'): dict(title=2, region=(4, 11), neutral=[12]),
    ('qa', 'vietnamnet_1.txt'): dict(title=None, region=(1, 13), neutral=[15]),
    ('qa', 'vnexpress_1.txt'): dict(title=None, region=(1, 13), neutral=[15], picks=[
        'Con tôi 2 tuổi rưỡi, mắc Covid, sốt liên tục khoảng 40 độ. Tối qua con co giật chân tay làm vợ chồng tôi rất lo sợ.',
        3, 7, 9, 11, 13]),
    ('qa', 'vnluatsu_1.txt'): dict(title=None, region=(1, 24), neutral=[26]),
    # ---- guide
    ('guide', '10vietnam_1.txt'): dict(title=3, region=(6, 26), neutral=[1, 28]),
    ('guide', '24h_1.txt'): dict(title=None, region=(1, 39), neutral=[41], picks=[
        'Trên mạng xã hội, nhiều bà nội trợ chia sẻ lại cách nấu thịt đông theo kiểu truyền thống, trong đó có công thức được đánh giá là "dễ làm, khó hỏng" của Thu Fox, sống tại Hà Nội.',
        7, 25, 29, 35, 39]),
    ('guide', 'amp_ngoisao_1.txt'): dict(title=None, region=(1, 11)),
    ('guide', 'baophuctravel_1.txt'): dict(title=5, region=(9, 23), neutral=[7, 25]),
    ('guide', 'baoventd_1.txt'): dict(title=1, region=(3, 24), bp_in=[13], neutral=[26]),
    ('guide', 'dinhvanphuongdoquyen_1.txt'): dict(title=3, region=(6, 11), neutral=[1, 12]),
    ('guide', 'dulichkhamphahue_1.txt'): dict(title=None, region=(1, 7), bp_in=[2], neutral=[8]),
    ('guide', 'hochoimoingay_1.txt'): dict(title=None, region=(2, 14), bp_in=[6, 11], neutral=[16]),
    ('guide', 'nemtv_1.txt'): dict(title=None, region=(1, 14), bp_in=[3], neutral=[15]),
    ('guide', 'otofun_1.txt'): dict(title=None, region=(1, 6), neutral=[9]),
    ('guide', 'pasgo_1.txt'): dict(title=1, region=(5, 16), bp_in=[8, 16], neutral=[3, 18]),
    ('guide', 're_n_1.txt'): dict(title='Smartphone nào tốt nhất trong tầm giá dưới 4tr5', region=(5, 14), neutral=[1, 16],
                                  bp_extra=['# GÓC CÔNG NGHỆ > Tin tức công nghệ > Thảo luận | Đánh giá > Điện thoại | Mobile >']),
    ('guide', 'thienminh_autosafety_1.txt'): dict(title=None, region=(1, 15), bp_in=R(3, 11) + [13]),
    ('guide', 'toyota_tien_giang_1.txt'): dict(title=4, region=(8, 86), bp_in=[10], neutral=[6, 87]),
}


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
    for (folder, fn), sp in SPEC.items():
        text = open(os.path.join(BASE, folder, fn), encoding='utf-8').read()
        L = text.split('\n')
        t = sp.get('title')
        if isinstance(t, int):
            title, title_lines = L[t - 1].strip(), {t}
        else:
            title, title_lines = t, set()
        assert title is None or title in text, (fn, title)
        r0, r1 = sp['region']
        neutral, bp_in = set(sp.get('neutral', [])), set(sp.get('bp_in', []))
        picks = sp.get('picks', 'auto')
        if picks == 'auto':
            cand = []
            for i in range(r0, r1 + 1):
                if i in bp_in or i in title_lines:
                    continue
                raw = L[i - 1].strip()
                if raw.startswith(('![', '|', '#')) or '](' in raw:
                    continue
                for a in pieces(raw):
                    if len(a) >= 40 and text.count(a) == 1 and a not in cand:
                        cand.append(a)
            k = min(6, len(cand))
            idx = sorted({round(j * (len(cand) - 1) / (k - 1)) for j in range(k)}) if k > 1 else [0]
            art = [cand[j] for j in idx]
        else:
            art = []
            for p in picks:
                a = cut(L[p - 1].strip()) if isinstance(p, int) else p
                assert 40 <= len(a) <= 200 and text.count(a) == 1, (fn, p, a, text.count(a))
                art.append(a)
        assert 3 <= len(art) <= 6, (fn, len(art))
        protect = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in] + ([title] if title else [])
        bp = list(sp.get('bp_extra', []))
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
            if locate(L, c) != i:
                continue
            bp.append(c)
        out.setdefault(folder, []).append(dict(file=fn, title=title, url=None, boilerplate=bp, article=art))
        print(folder, fn, 'bp', len(bp), 'art', len(art), 'title', title is not None)
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for folder, recs in out.items():
        with open(os.path.join(BASE, 'labels', folder + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

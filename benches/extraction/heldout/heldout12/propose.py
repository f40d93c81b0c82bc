#!/usr/bin/env python3
"""Propose labels for heldout12 seeds (line-span rule + per-document overrides in overrides.json).
Usage: propose.py [--report]  -> writes labels/<slug>.jsonl"""
import json, re, os, sys, glob
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OV = json.load(open(os.path.join(BASE, 'build', 'overrides.json'), encoding='utf-8'))
META = re.compile(r'^(\*\*[^*]{2,20}:\*\*|URL:|Ngày thu thập|Source:|Crawled:)')
DATE = re.compile(r'^(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật|Cập nhật)?[, ]*\d{1,2}/\d{1,2}/\d{4}.{0,30}$|^(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật), \d{1,2}/\d{1,2}/\d{4}.{0,25}$|^\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}.{0,10}$|^\d{2}/\d{2}/\d{4} \d{2}:\d{2} GMT\+7$')
BPIN = re.compile(r'^\s*(\*\*)?(>>|Xem nhanh|Xem thêm|XEM THÊM|Tin liên quan|TIN LIÊN QUAN|Đọc thêm|Đọc tiếp|Xem tiếp|Mời (quý )?(bạn|độc giả)|Video đang được xem nhiều|Tin cùng chuyên mục|Bài liên quan|Có thể bạn quan tâm)')
def prose(s):
    s = s.strip()
    return len(s) >= 120 and '](' not in s and not s.startswith(('[', '!', '*   [', '|')) and 'Text Color' not in s and 'Font Size' not in s
def softprose(s):
    s = s.strip()
    return len(s) >= 50 and '](' not in s and not s.startswith(('[', '!', '#', '|', '* [', '*[')) and not BPIN.match(s) and not DATE.match(s)
def norm(s): return re.sub(r'[\s#*_]+', ' ', s).strip().lower()
def cut(s, n=95):
    if len(s) <= n: return s
    c = s[:n]
    k = c.rfind(' ')
    return c[:k] if k > 40 else c
def process(slug, fn, report):
    path = os.path.join(BASE, slug, fn)
    text = open(path, encoding='utf-8').read()
    L = text.split('\n')
    ov = OV.get(fn, {})
    # header
    he = -1
    for i in range(min(12, len(L))):
        if L[i].strip() == '---': he = i; break
    if he < 0:
        for i in range(min(8, len(L))):
            if META.match(L[i].strip()) or i == 0: he = i
    P = [i for i, l in enumerate(L) if prose(l) and i > he]
    S, E = ov.get('span', [P[0], P[-1]])
    teaser = [set()]
    ENDM = re.compile(r'^Đọc tiếp$|^\[ ?Đọc tiếp ?\]|^\[ ?Trở lại |^\*\*Trở thành người đầu tiên tặng sao|^Chia sẻ$|^\s*#*\s*\[?\s*Tin liên quan|^Bình luận \(|^Chủ đề: \[')
    if 'span' not in ov:
        for m in range(S + 1, E + 1):
            if ENDM.match(L[m].strip()):
                if 'Đọc tiếp' in L[m]:
                    prev = [i for i in range(m - 1, S, -1) if L[i].strip()][:2]
                    if prev:
                        teaser[0].add(prev[0]); m = prev[0]
                        if len(prev) > 1 and (L[prev[1]].strip().startswith('[![') or (len(L[prev[1]].strip()) < 130 and not L[prev[1]].strip().endswith('.'))):
                            teaser[0].add(prev[1]); m = prev[1]
                E = max([i for i in P if S <= i < m] or [S]); break
        j = S - 1
        while j > he:
            if L[j].strip() == '': j -= 1; continue
            if softprose(L[j]) and norm(L[j]) != norm(ov.get('title') or ''): S = j; j -= 1
            else: break
        j = E + 1
        while j < len(L):
            if L[j].strip() == '': j += 1; continue
            if softprose(L[j]): E = j; j += 1
            else: break
    title = ov.get('title')
    if title is None and not ov.get('title_null'):
        t = L[0][2:] if L[0].startswith('# ') else L[0]
        if L[0].startswith('**Title:** '): t = L[0][len('**Title:** '):]
        if re.match(r'^# Article \d+$', L[0]):
            for l in L[he+1:]:
                if re.match(r'^#\s+\S', l): t = l.lstrip('#').strip(); break
        title = t
    url = ov.get('url', 'auto')
    if url == 'auto':
        url = None
        for i in range(0, he + 1):
            m = re.search(r'https?://\S+', L[i])
            if m: url = m.group(0).rstrip('*'); break
    tn = norm(title or '@@')
    tl = [i for i in range(S, E + 1) if re.match(r'^\s*#*\s*\[?\s*Tin liên quan', L[i])]
    tail = set(i for i in range(tl[0], E + 1) if L[i].strip()) if tl else set()
    keep = set(ov.get('keep', []))          # line numbers never labelled boilerplate (byline, caption, dates)
    force = set(ov.get('bp', [])) | tail | teaser[0]           # line numbers inside span that are boilerplate
    bp, skipped = [], []
    byl = 0
    for i, l in enumerate(L):
        s = l.strip()
        if not s or i <= he or i in keep: continue
        inside = S <= i <= E
        inlink = bool(re.match(r'^\*?\s*#{2,4}\s*\[.*\]\(https?://', s) or re.match(r'^\*\s*\[[^\]]+\]\(https?://[^)]+\)\s*$', s))
        relbox = inlink or s.startswith('|') and s.strip('| ') and not s.startswith('| ![') and i >= 2 and [x.strip() for x in L[max(0,i-2):i]] == ['|   |', '| --- |']
        if inside and i not in force and not BPIN.match(s) and not relbox: continue
        if not inside and i not in force:
            n = norm(s)
            if tn != '@@' and (n == tn or (n.startswith(tn) and len(n) - len(tn) < 30)) and '](' not in s: continue
            if DATE.match(s): continue
            if i > E and byl < 2 and len(s) < 60 and '](' not in s and not re.search(r'(Trở lại|Lên đầu|Copy|Chia sẻ|×|Bình luận|Theo dõi|Tags?:)', s) and re.search(r'[A-ZĐÂ]', s):
                byl += 1; continue
        if text.count(s) != 1:
            skipped.append(i); continue
        bp.append(s)
    # article substrings
    def nxt(i):
        for j in range(i + 1, min(len(L), i + 4)):
            if L[j].strip(): return L[j].strip()
        return ''
    CRED = re.compile(r'^(Ảnh|ẢNH|Video|VIDEO)\b|^[A-ZĐÀ-Ỹ .\-]{3,40}$|CUNG CẤP')
    cands = [i for i in range(S, E + 1) if softprose(L[i]) and len(L[i].strip()) >= 80 and i not in force and i not in keep
             and i not in set(ov.get('noart', [])) and not re.search(r'(Ảnh|Video|Nguồn ảnh|Ảnh minh họa)\s*:', L[i]) and not CRED.search(nxt(i))]
    if 'art' in ov: cands = ov['art']
    picks = []
    if cands:
        idx = sorted(set([cands[0], cands[len(cands)//3], cands[(2*len(cands))//3], cands[-1]]))
        for i in idx:
            s = L[i].strip().lstrip('*').strip()
            sub = None
            for start in (0, len(s)//3, len(s)//2):
                c = s[start:]
                if start:
                    k = c.find(' '); c = c[k+1:]
                c = cut(c).rstrip(' *')
                if len(c) >= 40 and text.count(c) == 1: sub = c; break
            if sub is None and len(s) >= 20 and text.count(s) == 1 and len(s) < 40: sub = s
            if sub: picks.append(sub)
    rec = {"file": fn, "title": title, "url": url, "boilerplate": bp, "article": picks}
    if report:
        print(f"### {fn} he={he} span={S}-{E} lines={len(L)} bp={len(bp)} art={len(picks)} skippedDup={skipped[:12]}")
        print("   title:", title, "| url:", url)
        for i in range(S, E + 1):
            s = L[i].strip()
            if s and not prose(s) and not s.startswith(('![', '| ![', '| --- |', '|   |')) and s != '|': print(f"   in{i:4d}{'*' if (i in force or BPIN.match(s)) else ' '}| {s[:120]}")
        if report == 2:
            for b in bp: print("   BP|", b[:110])
        for a in picks: print("   AR|", a)
    return rec
if __name__ == '__main__':
    rep = 1 if '--report' in sys.argv else (2 if '--full' in sys.argv else 0)
    only = [a for a in sys.argv[1:] if not a.startswith('--')]
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug in sorted(d for d in os.listdir(BASE) if os.path.isdir(os.path.join(BASE, d)) and d not in ('build', 'labels')):
        recs = []
        for fn in sorted(os.listdir(os.path.join(BASE, slug))):
            if only and not any(o in fn for o in only): 
                continue
            recs.append(process(slug, fn, rep))
        if not only:
            with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
                for r in recs: f.write(json.dumps(r, ensure_ascii=False) + '\n')

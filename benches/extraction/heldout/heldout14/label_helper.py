#!/usr/bin/env python3
"""Produce heldout14 labels from build/label_spec.json (per-document article zone etc., set by reading each file)
plus build/label_overrides.json (manual fixes). Writes labels/<slug>.jsonl and /tmp/heldout14-review.txt."""
import json, os, re, glob
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = json.load(open(os.path.join(BASE, 'build', 'label_spec.json'), encoding='utf-8'))
OP = os.path.join(BASE, 'build', 'label_overrides.json')
OVR = json.load(open(OP, encoding='utf-8')) if os.path.exists(OP) else {}
LINK = re.compile(r'!?\[[^\]]*\]\([^)]*\)')
SUFFIX = re.compile(r'\s+-\s+(Báo VnExpress.*|Ngôi sao|Tuổi Trẻ Online|Báo Thanh Niên)$')

def auto_bp(s):
    t = s.lstrip('* ').strip()
    return t.startswith(('![', '[![', '[ ![', '[](', '[ ](')) or t in ('×',)

def plain_piece(line):
    segs = [x.strip(' *#_') for x in LINK.split(line)]
    seg = max(segs, key=len)
    if len(seg) > 120:
        cut = seg[:120]
        seg = cut[:cut.rfind(' ')]
    return seg.strip(' ,;:.')

rep = open('/tmp/heldout14-review.txt', 'w', encoding='utf-8')
out = {}
for key in sorted(SPEC):
    sp = SPEC[key]; o = OVR.get(key, {})
    slug, fn = key.split('/')
    text = open(os.path.join(BASE, slug, fn), encoding='utf-8').read(); L = text.split('\n')
    h = sp['h']; a, b = sp['z']; a -= 1; b -= 1
    zbp = set(x - 1 for x in sp.get('zbp', [])); skip = set(x - 1 for x in sp.get('skip', []))
    for i in range(a, b + 1):
        if L[i].strip() and auto_bp(L[i]): zbp.add(i)
    art_lines = [i for i in range(a, b + 1) if i not in zbp and L[i].strip()]
    # title
    tl = [i for i in range(a, b + 1) if re.match(r'^#\s+\S', L[i])]
    if tl: title = L[tl[0]].lstrip('#').strip()
    else: title = SUFFIX.sub('', L[0].lstrip('#').strip())
    title = o.get('title', title)
    # url
    url = None
    for l in L[:h]:
        m = re.search(r'https?://[^\s)\]]+', l)
        if m: url = m.group(0); break
    protected = set(art_lines)
    bp = []; seen = set(); coll = []
    cand_lines = [i for i in range(h, len(L)) if (i < a or i > b) or i in zbp]
    for i in cand_lines:
        s = L[i].strip()
        if not s or s in seen: continue
        seen.add(s)
        if any(s in L[j] for j in protected) or s in title:
            coll.append(s); continue
        bp.append(s)
    bp = [x for x in bp if x not in o.get('drop_bp', [])] + o.get('add_bp', [])
    # article picks
    cands = []
    for i in art_lines:
        if i in skip or L[i].lstrip().startswith('**') or L[i].lstrip().startswith('# '): continue
        if L[i].strip().lstrip('#').strip() == title: continue
        p = plain_piece(L[i])
        if len(p) >= 45 and text.count(p) == 1: cands.append(p)
    picks = []
    if cands:
        n = len(cands)
        idx = sorted(set([0, n // 3, (2 * n) // 3, n - 1])) if n >= 4 else list(range(n))
        picks = [cands[k] for k in idx]
    if 'art' in o: picks = o['art']
    rec = {'file': fn, 'title': title, 'url': url, 'boilerplate': bp, 'article': picks}
    out.setdefault(slug, []).append(rec)
    rep.write(f'===== {key} zone={a+1}-{b+1} title={title!r} url={url} nbp={len(bp)} coll={len(coll)}\n')
    for c in coll: rep.write(f'   COLL {c[:90]}\n')
    for i in range(a, b + 1):
        if L[i].strip(): rep.write(f'   {i+1:4d}{"*" if i in zbp else " "}{"S" if i in skip else " "} {L[i][:110]}\n')
    for p in picks: rep.write(f'   ART {p}\n')
    rep.write('   BP-sample: ' + ' || '.join(x[:40] for x in bp[:6]) + '\n')
os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
for slug, recs in out.items():
    with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print({k: len(v) for k, v in out.items()})

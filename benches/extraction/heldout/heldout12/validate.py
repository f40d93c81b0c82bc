#!/usr/bin/env python3
"""Validate heldout12 labels: JSON well-formed, every label inside exactly one line (and once in the file),
no newline, no overlaps, 3-6 article labels, title/url present in file, every seed labelled; print counts."""
import json, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []; tot = {}
for slug in sorted(d for d in os.listdir(BASE) if os.path.isdir(os.path.join(BASE, d)) and d not in ('build', 'labels')):
    files = sorted(os.listdir(os.path.join(BASE, slug)))
    lp = os.path.join(BASE, 'labels', slug + '.jsonl')
    recs = []
    for n, line in enumerate(open(lp, encoding='utf-8'), 1):
        try: recs.append(json.loads(line))
        except Exception as e: errs.append(f'{lp}:{n} bad JSON {e}')
    seen = [r['file'] for r in recs]
    if sorted(seen) != files: errs.append(f'{slug}: labelled files != seed files')
    nb = na = clean = 0
    for r in recs:
        fn = r['file']; text = open(os.path.join(BASE, slug, fn), encoding='utf-8').read()
        lines = text.split('\n')
        if set(r) != {'file', 'title', 'url', 'boilerplate', 'article'}: errs.append(f'{fn}: keys {sorted(r)}')
        if r['title'] is not None and r['title'] not in text: errs.append(f'{fn}: title not in file')
        if r['url'] is not None and r['url'] not in text: errs.append(f'{fn}: url not in file')
        if not 3 <= len(r['article']) <= 6: errs.append(f'{fn}: {len(r["article"])} article labels')
        spans = []
        for kind in ('boilerplate', 'article'):
            for s in r[kind]:
                if not s or '\n' in s: errs.append(f'{fn}: empty/newline label'); continue
                hit = [i for i, l in enumerate(lines) if s in l]
                if len(hit) != 1 or text.count(s) != 1: errs.append(f'{fn}: {kind} label not unique/absent ({len(hit)} lines, {text.count(s)} occ): {s[:60]}'); continue
                st = text.index(s); spans.append((st, st + len(s), kind, s))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]: errs.append(f'{fn}: overlap {a[3][:40]} / {b[3][:40]}')
        nb += len(r['boilerplate']); na += len(r['article']); clean += (len(r['boilerplate']) == 0)
    tot[slug] = (len(recs), nb, na, clean)
for e in errs: print('ERROR', e)
print('slug docs boilerplate article clean')
for k, v in tot.items(): print(k, *v)
print('TOTAL', *[sum(v[i] for v in tot.values()) for i in range(4)])
print('errors:', len(errs))
sys.exit(1 if errs else 0)

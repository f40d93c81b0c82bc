#!/usr/bin/env python3
"""Validate heldout9 labels: JSON well-formed, files exist, every label a substring of
exactly one line (no newline inside, occurring once in the file), no overlaps between
labels of a document, title substring of file, 3-6 article labels; print counts."""
import json, os, sys, glob
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []; warn = []
tot = {}
for lf in sorted(glob.glob(os.path.join(ROOT, 'labels', '*.jsonl'))):
    slug = os.path.basename(lf)[:-6]
    files_on_disk = set(os.listdir(os.path.join(ROOT, slug)))
    seen = set(); nb = na = nclean = ndoc = 0
    for ln, raw in enumerate(open(lf, encoding='utf-8'), 1):
        try:
            d = json.loads(raw)
        except Exception as e:
            errors.append(f'{slug}:{ln} bad json {e}'); continue
        for k in ('file', 'title', 'url', 'boilerplate', 'article'):
            if k not in d: errors.append(f'{slug}:{ln} missing {k}')
        fn = d['file']; seen.add(fn); ndoc += 1
        path = os.path.join(ROOT, slug, fn)
        if not os.path.exists(path): errors.append(f'{slug}/{fn} missing file'); continue
        txt = open(path, encoding='utf-8').read(); lines = txt.split('\n')
        if d['title'] is not None and d['title'] not in txt: errors.append(f'{slug}/{fn} title not in file')
        if d['url'] is not None and d['url'] not in txt: errors.append(f'{slug}/{fn} url not in file')
        spans = []
        for kind in ('boilerplate', 'article'):
            for s in d[kind]:
                if not s or '\n' in s: errors.append(f'{slug}/{fn} {kind} empty/newline: {s!r}'); continue
                hits = [i for i, l in enumerate(lines) if s in l]
                if len(hits) != 1: errors.append(f'{slug}/{fn} {kind} in {len(hits)} lines: {s[:60]!r}'); continue
                if lines[hits[0]].count(s) != 1: errors.append(f'{slug}/{fn} {kind} twice in line: {s[:60]!r}'); continue
                st = lines[hits[0]].index(s); spans.append((hits[0], st, st + len(s), kind, s))
                if kind == 'article' and len(s) < 40: warn.append(f'{slug}/{fn} short article label ({len(s)}): {s!r}')
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[0] == b[0] and b[1] < a[2]: errors.append(f'{slug}/{fn} overlap: {a[4][:40]!r} / {b[4][:40]!r}')
        if not (3 <= len(d['article']) <= 6): errors.append(f'{slug}/{fn} {len(d["article"])} article labels')
        nb += len(d['boilerplate']); na += len(d['article']); nclean += (len(d['boilerplate']) == 0)
    extra = files_on_disk - seen
    if extra: errors.append(f'{slug}: unlabelled files {sorted(extra)}')
    tot[slug] = (ndoc, nb, na, nclean)
for slug, (n, b, a, c) in tot.items():
    print(f'{slug}: docs={n} boilerplate={b} article={a} clean={c}')
print('TOTAL docs=%d boilerplate=%d article=%d clean=%d' % tuple(sum(x[i] for x in tot.values()) for i in range(4)))
for w in warn: print('WARN', w)
for e in errors: print('ERROR', e)
print('errors:', len(errors)); sys.exit(1 if errors else 0)

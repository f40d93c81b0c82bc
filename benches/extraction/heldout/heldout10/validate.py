#!/usr/bin/env python3
"""Validate heldout10 labels.

Checks: every labels/*.jsonl line is a JSON object with file/title/url/boilerplate/article;
the file exists; title and url occur in the file; every label is non-empty, has no newline
and lies inside one line of the file; article labels occur in exactly one line; labels of
a document do not overlap each other; 3-6 article labels; every seed file is labelled.
A boilerplate label that repeats verbatim on several lines (e.g. two identical
iframe placeholders) is reported as a note, not an error. Prints counts per source.
"""
import glob, json, os, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors, notes, totals = [], [], {}
for lf in sorted(glob.glob(os.path.join(ROOT, 'labels', '*.jsonl'))):
    slug = os.path.basename(lf)[:-len('.jsonl')]
    on_disk = set(os.listdir(os.path.join(ROOT, slug)))
    seen, nd, nb, na, nclean = set(), 0, 0, 0, 0
    for ln, raw in enumerate(open(lf, encoding='utf-8'), 1):
        try:
            d = json.loads(raw)
        except ValueError as e:
            errors.append(f'{slug}:{ln}: bad JSON: {e}')
            continue
        if not isinstance(d, dict) or set(d) != {'file', 'title', 'url', 'boilerplate', 'article'}:
            errors.append(f'{slug}:{ln}: wrong keys {sorted(d) if isinstance(d, dict) else type(d)}')
            continue
        fn = d['file']
        if fn in seen:
            errors.append(f'{slug}/{fn}: labelled twice')
        seen.add(fn)
        nd += 1
        path = os.path.join(ROOT, slug, fn)
        if not os.path.isfile(path):
            errors.append(f'{slug}/{fn}: file missing')
            continue
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        for k in ('title', 'url'):
            v = d[k]
            if v is not None and (not isinstance(v, str) or '\n' in v or v not in text):
                errors.append(f'{slug}/{fn}: {k} not found in file: {v!r}')
        spans = []
        for kind in ('boilerplate', 'article'):
            if not isinstance(d[kind], list):
                errors.append(f'{slug}/{fn}: {kind} is not a list')
                continue
            if len(set(d[kind])) != len(d[kind]):
                errors.append(f'{slug}/{fn}: duplicate {kind} label')
            for s in d[kind]:
                if not isinstance(s, str) or not s.strip() or '\n' in s:
                    errors.append(f'{slug}/{fn}: bad {kind} label {s!r}')
                    continue
                hits = [i for i, l in enumerate(lines) if s in l]
                if not hits:
                    errors.append(f'{slug}/{fn}: {kind} label not in any line: {s[:70]!r}')
                    continue
                if len(hits) > 1:
                    msg = f'{slug}/{fn}: {kind} label in {len(hits)} lines {[h + 1 for h in hits]}: {s[:50]!r}'
                    (notes if kind == 'boilerplate' else errors).append(msg)
                for h in hits:
                    if lines[h].count(s) != 1:
                        errors.append(f'{slug}/{fn}: {kind} label twice in line {h + 1}: {s[:50]!r}')
                    st = lines[h].index(s)
                    spans.append((h, st, st + len(s), kind, s))
                if kind == 'article' and len(s) < 40:
                    notes.append(f'{slug}/{fn}: short article label ({len(s)} chars): {s!r}')
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[0] == b[0] and b[1] < a[2]:
                errors.append(f'{slug}/{fn}: overlapping labels {a[4][:40]!r} / {b[4][:40]!r}')
        if not 3 <= len(d['article']) <= 6:
            errors.append(f'{slug}/{fn}: {len(d["article"])} article labels')
        nb += len(d['boilerplate'])
        na += len(d['article'])
        nclean += not d['boilerplate']
    if on_disk - seen:
        errors.append(f'{slug}: unlabelled files {sorted(on_disk - seen)}')
    totals[slug] = (nd, nb, na, nclean)
for slug, (nd, nb, na, nc) in totals.items():
    print(f'{slug}: docs={nd} boilerplate={nb} article={na} clean={nc}')
print('TOTAL docs=%d boilerplate=%d article=%d clean=%d' % tuple(sum(t[i] for t in totals.values()) for i in range(4)))
for m in notes:
    print('NOTE', m)
for e in errors:
    print('ERROR', e)
print('errors:', len(errors))
sys.exit(1 if errors else 0)

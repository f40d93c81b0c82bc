#!/usr/bin/env python3
"""Validate heldout11 labels.

Checks: every labels/<slug>.jsonl line is well-formed JSON with keys file/title/url/boilerplate/article;
the file exists; title and url (when not null) occur in the file; every label is non-empty, has no newline,
lies inside exactly one line of the file and occurs once in that line; labels of a document do not overlap;
3-6 article labels per document; every seed file has a label record. Prints counts per source.
usage: python3 validate.py [ROOT]
"""
import glob, json, os, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors, warns, totals = [], [], {}
for lf in sorted(glob.glob(os.path.join(ROOT, 'labels', '*.jsonl'))):
    slug = os.path.basename(lf)[:-len('.jsonl')]
    on_disk = set(f for f in os.listdir(os.path.join(ROOT, slug)) if f.endswith('.txt'))
    seen = set()
    n = nb = na = nclean = 0
    for ln, raw in enumerate(open(lf, encoding='utf-8'), 1):
        try:
            d = json.loads(raw)
        except Exception as e:
            errors.append(f'{slug}:{ln}: bad JSON ({e})'); continue
        miss = [k for k in ('file', 'title', 'url', 'boilerplate', 'article') if k not in d]
        if miss:
            errors.append(f'{slug}:{ln}: missing keys {miss}'); continue
        fn = d['file']
        if fn in seen: errors.append(f'{slug}/{fn}: duplicate record')
        seen.add(fn); n += 1
        p = os.path.join(ROOT, slug, fn)
        if not os.path.isfile(p):
            errors.append(f'{slug}/{fn}: no such file'); continue
        text = open(p, encoding='utf-8').read()
        lines = text.split('\n')
        for k in ('title', 'url'):
            if d[k] is not None and d[k] not in text: errors.append(f'{slug}/{fn}: {k} not in file')
        spans = []
        for kind in ('boilerplate', 'article'):
            for s in d[kind]:
                if not isinstance(s, str) or not s or '\n' in s:
                    errors.append(f'{slug}/{fn}: bad {kind} label {s!r}'); continue
                hit = [i for i, l in enumerate(lines) if s in l]
                if len(hit) != 1:
                    errors.append(f'{slug}/{fn}: {kind} label in {len(hit)} lines: {s[:70]!r}'); continue
                if lines[hit[0]].count(s) != 1:
                    errors.append(f'{slug}/{fn}: {kind} label twice in its line: {s[:70]!r}'); continue
                st = lines[hit[0]].index(s)
                spans.append((hit[0], st, st + len(s), s))
                if kind == 'article' and len(s) < 40: warns.append(f'{slug}/{fn}: short article label {s!r}')
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[0] == b[0] and b[1] < a[2]:
                errors.append(f'{slug}/{fn}: overlapping labels {a[3][:40]!r} / {b[3][:40]!r}')
        if not 3 <= len(d['article']) <= 6: errors.append(f'{slug}/{fn}: {len(d["article"])} article labels')
        nb += len(d['boilerplate']); na += len(d['article']); nclean += not d['boilerplate']
    for f in sorted(on_disk - seen): errors.append(f'{slug}/{f}: no label record')
    totals[slug] = (n, nb, na, nclean)
for slug, (n, nb, na, nc) in totals.items():
    print(f'{slug}: docs={n} boilerplate_labels={nb} article_labels={na} clean_docs={nc}')
print('TOTAL: docs=%d boilerplate_labels=%d article_labels=%d clean_docs=%d' %
      tuple(sum(v[i] for v in totals.values()) for i in range(4)))
for w in warns: print('WARN', w)
for e in errors: print('ERROR', e)
print('errors:', len(errors))
sys.exit(1 if errors else 0)

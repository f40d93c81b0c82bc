#!/usr/bin/env python3
"""Validate heldout8 labels: every label lies within one line of its file (no newline),
is found in the file, report labels found on >1 line, no overlapping label occurrences,
JSON well-formed, title is a line of the file, counts per source."""
import json, os, sys, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = warnings = 0
def err(m):
    global errors; errors += 1; print('ERROR', m)
def warn(m):
    global warnings; warnings += 1; print('WARN ', m)
total_docs = 0
for lf in sorted(glob.glob(os.path.join(ROOT, 'labels', '*.jsonl'))):
    slug = os.path.basename(lf)[:-6]
    nd = nb = na = nclean = 0
    seen = set()
    for ln, raw in enumerate(open(lf, encoding='utf-8'), 1):
        if not raw.strip(): continue
        try: o = json.loads(raw)
        except Exception as e: err(f'{slug}:{ln} bad JSON {e}'); continue
        for k in ('file', 'title', 'url', 'boilerplate', 'article'):
            if k not in o: err(f'{slug}:{ln} missing key {k}')
        fp = os.path.join(ROOT, slug, o['file'])
        if not os.path.exists(fp): err(f'{slug}: missing file {o["file"]}'); continue
        if o['file'] in seen: err(f'{slug}: duplicate entry {o["file"]}')
        seen.add(o['file'])
        text = open(fp, encoding='utf-8').read()
        lines = text.split('\n')
        nd += 1; nb += len(o['boilerplate']); na += len(o['article'])
        if not o['boilerplate']: nclean += 1
        if o['title'] is not None and o['title'] not in lines:
            err(f'{o["file"]}: title is not a line of the file')
        if o['url'] is not None and o['url'] not in text:
            err(f'{o["file"]}: url not in file')
        if not (3 <= len(o['article']) <= 6): warn(f'{o["file"]}: {len(o["article"])} article labels')
        spans = []
        for kind in ('boilerplate', 'article'):
            if len(set(o[kind])) != len(o[kind]): err(f'{o["file"]}: duplicate {kind} label')
            for s in o[kind]:
                if not s or '\n' in s: err(f'{o["file"]}: empty label or newline in label {s[:40]!r}'); continue
                nl = sum(1 for l in lines if s in l)
                if nl == 0: err(f'{o["file"]}: {kind} label not found {s[:60]!r}'); continue
                if nl > 1:
                    (err if kind == 'article' else warn)(f'{o["file"]}: {kind} label on {nl} lines {s[:40]!r}')
                if kind == 'article' and len(s) < 40: warn(f'{o["file"]}: short article label {s!r}')
                start = 0
                while True:
                    i = text.find(s, start)
                    if i < 0: break
                    spans.append((i, i + len(s), kind, s)); start = i + 1
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1] and a[3] != b[3]:
                err(f'{o["file"]}: overlap {a[2]} {a[3][:30]!r} / {b[2]} {b[3][:30]!r}')
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, slug, '*.txt')))
    if sorted(seen) != files: err(f'{slug}: label entries != files ({len(seen)} vs {len(files)})')
    total_docs += nd
    print(f'{slug}: docs={nd} boilerplate_labels={nb} article_labels={na} clean_docs={nclean}')
print(f'total docs={total_docs} errors={errors} warnings={warnings}')
sys.exit(1 if errors else 0)

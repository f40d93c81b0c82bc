#!/usr/bin/env python3
"""Validate a held-out set's text labels (held-out-13, -14 and -15 were checked with it).
usage: python3 validate_labels.py SET_DIR   (SET_DIR holds <slug>/*.txt and labels/<slug>.jsonl,
e.g. /work/evaldata/heldout14 after its build.py has re-created the seeds and the labels are there).
Checks: JSON well-formed; required keys; every label non-empty, contains no newline and occurs inside
one line of its file (position = first line equal to the label after strip, else first line containing it);
article labels occur exactly once in the file; title occurs in the file; no two labels of a document
overlap (same line & overlapping char span); boilerplate labels never occur inside a line that holds an
article label or the title line; counts per source."""
import json, os, sys, glob
if len(sys.argv) != 2:
    sys.exit(__doc__)
BASE = sys.argv[1]
errs = []; stats = {}
for lab in sorted(glob.glob(os.path.join(BASE, 'labels', '*.jsonl'))):
    slug = os.path.basename(lab)[:-6]
    st = stats.setdefault(slug, dict(docs=0, bp=0, art=0, clean=0))
    for n, raw in enumerate(open(lab, encoding='utf-8'), 1):
        try:
            r = json.loads(raw)
        except Exception as e:
            errs.append(f'{slug}:{n} bad json {e}'); continue
        for k in ('file', 'title', 'url', 'boilerplate', 'article'):
            if k not in r: errs.append(f'{slug}:{n} missing {k}')
        path = os.path.join(BASE, slug, r['file'])
        if not os.path.exists(path): errs.append(f'{slug}:{n} no file {path}'); continue
        text = open(path, encoding='utf-8').read(); L = text.split('\n')
        st['docs'] += 1; st['bp'] += len(r['boilerplate']); st['art'] += len(r['article'])
        if not r['boilerplate']: st['clean'] += 1
        if r['title'] is not None and r['title'] not in text: errs.append(f'{r["file"]}: title not in file')
        if r['url'] is not None and r['url'] not in text: errs.append(f'{r["file"]}: url not in file')
        spans = []
        def locate(s):
            for i, l in enumerate(L):
                if l.strip() == s: return i, l.index(s)
            for i, l in enumerate(L):
                if s in l: return i, l.index(s)
            return None
        art_lines = set()
        for kind in ('article', 'boilerplate'):
            if len(set(r[kind])) != len(r[kind]): errs.append(f'{r["file"]}: duplicate {kind} labels')
            for s in r[kind]:
                if not s or '\n' in s: errs.append(f'{r["file"]}: empty/newline label {s!r}'); continue
                p = locate(s)
                if p is None: errs.append(f'{r["file"]}: {kind} label not within one line: {s[:60]!r}'); continue
                if kind == 'article':
                    if text.count(s) != 1: errs.append(f'{r["file"]}: article label not unique: {s[:60]!r}')
                    if len(s) < 40: errs.append(f'{r["file"]}: short article label {s!r}')
                    art_lines.add(p[0])
                spans.append((p[0], p[1], p[1] + len(s), kind, s))
        if not (3 <= len(r['article']) <= 6): errs.append(f'{r["file"]}: {len(r["article"])} article labels')
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if a[0] == b[0] and b[1] < a[2]: errs.append(f'{r["file"]}: overlap {a[4][:40]!r} / {b[4][:40]!r}')
        tl = {i for i, l in enumerate(L) if r['title'] and l.strip() == r['title'].strip()}
        for s in r['boilerplate']:
            for i, l in enumerate(L):
                if s in l and (i in art_lines or i in tl):
                    errs.append(f'{r["file"]}: boilerplate {s[:50]!r} occurs in article/title line {i+1}')
for e in errs: print('ERROR', e)
for k, v in stats.items(): print(k, v)
tot = {k: sum(v[k] for v in stats.values()) for k in ('docs', 'bp', 'art', 'clean')}
print('TOTAL', tot, 'errors', len(errs))
sys.exit(1 if errs else 0)

#!/usr/bin/env python3
"""Re-create every heldout12 seed byte for byte from the bare mirrors.
Usage: build.py OUTDIR   (reads manifest.json next to this script: slug, file, repo, commit, path, blob)
Each seed is the verbatim blob `git show <commit>:<path>` of /work/.mirror/<owner>+<name>/repo (no rendering)."""
import json, os, subprocess, sys
out = sys.argv[1]
man = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'manifest.json'), encoding='utf-8'))
for m in man:
    gd = '/work/.mirror/%s/repo' % m['repo'].replace('/', '+')
    data = subprocess.run(['git', '--git-dir', gd, 'show', '%s:%s' % (m['commit'], m['path'])], capture_output=True, check=True).stdout
    blob = subprocess.run(['git', '--git-dir', gd, 'rev-parse', '%s:%s' % (m['commit'], m['path'])], capture_output=True, text=True, check=True).stdout.strip()
    assert blob == m['blob'], (m['file'], blob)
    d = os.path.join(out, m['slug']); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, m['file']), 'wb') as f: f.write(data)
print(len(man), 'files written to', out)

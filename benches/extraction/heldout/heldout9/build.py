#!/usr/bin/env python3
"""Re-create every heldout9 seed byte for byte from the bare mirrors.

usage: python3 build.py OUTDIR
Reads /work/.mirror/<owner>+<name>/repo at the recorded commits (git show),
selects documents with the recorded rules and seed, and writes
OUTDIR/<slug>/<name>.txt .
"""
import csv, hashlib, io, os, random, subprocess, sys

SEED = 9
MIRROR = '/work/.mirror'

def git_show(repo, commit, path):
    gd = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return subprocess.run(['git', '--git-dir', gd, 'show', f'{commit}:{path}'],
                          check=True, stdout=subprocess.PIPE).stdout

def git_ls(repo, commit, under):
    gd = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    out = subprocess.run(['git', '--git-dir', gd, 'ls-tree', '-r', '--name-only', commit, under],
                         check=True, stdout=subprocess.PIPE).stdout.decode('utf-8')
    return [l for l in out.splitlines() if l]

# ---- source 1: dsdaihoc.com pages saved by crawl4ai (markdown), copied byte for byte
def build_dsdaihoc(out):
    repo = 'Tuprott991/UniAdvise_Machine_Learning_Final_Project'
    commit = '71fdbaa0f6165d98a636a0cba5e0542d4551fb23'
    files = sorted(f for f in git_ls(repo, commit, 'data/crawl_results/') if f.endswith('.md'))
    pick = sorted(random.Random(SEED).sample(files, 25))
    d = os.path.join(out, 'dsdaihoc-tuprott991'); os.makedirs(d, exist_ok=True)
    for f in pick:
        name = os.path.basename(f)[:-3] + '.txt'
        with open(os.path.join(d, name), 'wb') as fh:
            fh.write(git_show(repo, commit, f))

# ---- sources 2,3: scrapy CSV exports (cuongpianna/crawl-binance), one record -> one text
def render(row):
    """Rendering rule: link, blank, title, blank, subhead (if non-empty, then blank), body.
    Each field has leading/trailing whitespace stripped; the body keeps its own
    line breaks and text unchanged; file ends with one newline."""
    parts = [row['link'].strip(), row['title'].strip()]
    if row['subhead'].strip():
        parts.append(row['subhead'].strip())
    parts.append(row['body'].strip())
    return ('\n\n'.join(parts) + '\n').encode('utf-8')

def read_csv(repo, commit, path):
    csv.field_size_limit(10**9)
    data = git_show(repo, commit, path).decode('utf-8')
    return list(csv.DictReader(io.StringIO(data, newline='')))

def build_csv_source(out, slug, path, commit, prefix, n, minlen, exclude_prefix=None):
    repo = 'cuongpianna/crawl-binance'
    rows = read_csv(repo, commit, path)
    seen = set(); cand = []
    for i, r in enumerate(rows):          # articles: body >= minlen chars, first copy of each body
        h = hashlib.sha1(r['body'].encode('utf-8')).hexdigest()
        if h in seen or len(r['body'].strip()) < minlen:
            continue
        if exclude_prefix and r['subhead'].strip().startswith(exclude_prefix):
            continue                      # index/table-of-contents pages are not articles
        seen.add(h); cand.append(i)
    pick = sorted(random.Random(SEED).sample(cand, n))
    d = os.path.join(out, slug); os.makedirs(d, exist_ok=True)
    for i in pick:
        with open(os.path.join(d, f'{prefix}-r{i:03d}.txt'), 'wb') as fh:
            fh.write(render(rows[i]))

def main():
    out = sys.argv[1]
    build_dsdaihoc(out)
    build_csv_source(out, 'doanhnghiepthuonghieu-cuongpianna', 'demo/31_BusinessAndBrandVietnam.csv',
                     'f7a57223ad681498c732f710adfc6bd49b0f9f68', 'dnth', 25, 700)
    build_csv_source(out, 'ssc-gov-cuongpianna', 'demo/SecurityReview.csv',
                     '3282fdb249b70cccf588ebe911be7aa85421aabb', 'ssc', 20, 700,
                     exclude_prefix='Tổng mục lục')

if __name__ == '__main__':
    main()

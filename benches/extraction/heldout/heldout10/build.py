#!/usr/bin/env python3
"""Re-create every heldout10 seed byte for byte from the bare mirrors.

usage: python3 build.py OUTDIR
Reads /work/.mirror/<owner>+<name>/repo (or repo/.git) at the recorded commits
with `git show` / `git ls-tree`, selects documents with the recorded rules and
seed, and writes OUTDIR/<slug>/<name>.txt .
"""
import json, os, random, subprocess, sys

SEED = 10
MIRROR = '/work/.mirror'


def gitdir(repo):
    d = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return d + '/.git' if os.path.isdir(d + '/.git') else d


def git_show(repo, commit, path):
    return subprocess.run(['git', '--git-dir', gitdir(repo), 'show', f'{commit}:{path}'],
                          check=True, stdout=subprocess.PIPE).stdout


def git_ls(repo, commit, under):
    out = subprocess.run(['git', '--git-dir', gitdir(repo), 'ls-tree', '-r', '--name-only', commit, under],
                         check=True, stdout=subprocess.PIPE).stdout.decode('utf-8')
    return sorted(l for l in out.splitlines() if l)


def write(out, slug, name, data):
    d = os.path.join(out, slug)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'wb') as fh:
        fh.write(data)


# ---- source 1: zingnews.vn, one .txt per article (scrapy spider of damtuanminh), copied byte for byte
def build_zing(out):
    repo = 'damtuanminh/DamTuanMinh_18020889_Nhom1_Crawler'
    commit = '9995bc0f7a24f698b7831fd4ef06013367bcc9e2'
    cands = []
    for p in git_ls(repo, commit, 'zingnews/spiders/Output/'):
        if not p.endswith('.txt'):
            continue
        t = git_show(repo, commit, p).decode('utf-8')
        k = t.find('\nNỘI DUNG:')
        if k < 0:
            continue
        body = t[k + len('\nNỘI DUNG:'):]
        if 1000 <= len(body.strip()) <= 12000:      # articles with a body of 1,000-12,000 chars
            cands.append((p, t))
    for p, t in sorted(random.Random(SEED).sample(cands, 25)):
        write(out, 'zingnews-damtuanminh', os.path.basename(p), t.encode('utf-8'))


# ---- source 2: 24h.com.vn, records of one text dump separated by a '//////////' line (ducc8201)
def build_24h(out):
    repo = 'ducc8201/NguyenDucCong_18020245_Nhom1_Crawler'
    commit = '91f48b6603dcf20ec4d19dab6879b6bc53984ca7'
    t = git_show(repo, commit, 'CrawlBaomoi/tutorial/tutorial/Output/24hV2.txt').decode('utf-8')
    recs = t.split('//////////\n')          # rendering rule: a record is the exact text between separator lines
    seen, cands = set(), []
    for i, r in enumerate(recs):
        if not r.startswith('link: '):
            continue
        link = r.split('\n', 1)[0]
        if link in seen:
            continue                         # first copy of each link only
        seen.add(link)
        k = r.find('\ncontent:')
        if k < 0:
            continue
        e = r.find('\ncategory:', k)
        body = r[k + len('\ncontent:'): e if e >= 0 else len(r)]
        if 800 <= len(body.strip()) <= 10000:
            cands.append((i, r))
    for i, r in sorted(random.Random(SEED).sample(cands, 22)):
        write(out, '24h-ducc8201', f'24h-r{i:03d}.txt', r.encode('utf-8'))


# ---- source 3: vietnamnet.vn, JSON-lines dumps of a scrapy spider (thephann), one record -> one text
def render_vnn(d):
    """Rendering rule: link, blank line, title, blank line, content exactly as stored
    (description is null in every record and is omitted); file ends with one newline."""
    return ('\n\n'.join([d['link'], d['title'], d['content']]) + '\n').encode('utf-8')


def build_vietnamnet(out):
    repo = 'thephann/crawl-vietnamnet'
    commit = '75da9e86d85f37a752d5378ce8307343d62e751b'
    seen, recs = set(), []
    for p in git_ls(repo, commit, 'vietnamnet/vietnamnet1/output/vietnamnet/'):
        for line in git_show(repo, commit, p).decode('utf-8').split('\n'):
            s = line.strip()
            if not s.startswith('{'):
                continue
            d = json.loads(s.rstrip(','))
            if d['link'] in seen:
                continue                     # first copy of each link only (files in path order)
            seen.add(d['link'])
            recs.append(d)
    cands, bodies = [], set()
    for i, d in enumerate(recs):     # Vietnamese edition (/vn/), body 800-10,000 chars, first copy of each body
        if not (d['title'] and d['content'] and '/vn/' in d['link']):
            continue
        if not 800 <= len(d['content'].strip()) <= 10000 or d['content'].strip() in bodies:
            continue
        bodies.add(d['content'].strip())
        cands.append((i, d))
    for i, d in sorted(random.Random(SEED).sample(cands, 20), key=lambda x: x[0]):
        write(out, 'vietnamnet-thephann', f'vnn-r{i:04d}.txt', render_vnn(d))


def main():
    out = sys.argv[1]
    build_zing(out)
    build_24h(out)
    build_vietnamnet(out)


if __name__ == '__main__':
    main()

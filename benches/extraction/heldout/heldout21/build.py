#!/usr/bin/env python3
"""Re-create heldout21 seed files from bare git mirrors under /work/.mirror.

usage: python3 build/build.py OUTDIR

Rendering rule (all slugs): each seed is one crawler record, a JSON file
data/landing/news/article_NN.json from a student RAG-lab repository; the seed
text is the record's "content_markdown" string (the crawl4ai raw markdown of the
whole page as the crawler saved it), written byte for byte as UTF-8, with no
newline added or removed. Seed name: article_NN.txt.
"""
import json, os, subprocess, sys

MIRROR = '/work/.mirror'
SOURCES = {
    # slug: (owner+name, commit, [article numbers])
    'rmit':   ('BLonggg608+Day08-NoName', 'df53695d44ac1ceb332131909403e36c8f1e730e', range(1, 7)),
    'luatvn': ('Huy0123+K4-Day08-HDHH', '7cd1a2ea4f6b51ceadb0dc87190e1d457f4e07b7', range(1, 6)),
    'lqmnews': ('LeQuangMien+Day08_RAG_pipeline_cohort2', 'd93eea0fa5746870f2aab09b5a1458751798e2cf', range(1, 9)),
    'mrnews': ('MegaRayquaza21032005+Day08_RAG_pipeline_cohort2', 'a6d6863ccef31cdcc7410f7c8c168d2002914abc', range(1, 9)),
}

def blob(repo, commit, path):
    gd = os.path.join(MIRROR, repo, 'repo')
    return subprocess.run(['git', '--git-dir', gd, 'cat-file', '-p', f'{commit}:{path}'],
                          check=True, capture_output=True).stdout

def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    for slug, (repo, commit, nums) in SOURCES.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for n in nums:
            rec = json.loads(blob(repo, commit, f'data/landing/news/article_{n:02d}.json'))
            text = rec['content_markdown']
            with open(os.path.join(out, slug, f'article_{n:02d}.txt'), 'wb') as f:
                f.write(text.encode('utf-8'))

if __name__ == '__main__':
    main()

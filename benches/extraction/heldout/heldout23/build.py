#!/usr/bin/env python3
"""Re-create the heldout23 seed files from bare git mirrors under /work/.mirror.

usage: python3 build.py OUTDIR

Rendering rule (all slugs): each source is a crawler record (JSON object) committed by a
student of the VinUni AI20k "Day08 RAG pipeline" lab.  The seed <slug>/article_NN.txt is
the record's "content_markdown" string (the crawler's whole-page text/markdown), encoded
UTF-8 and written byte for byte: no newline added or stripped, nothing else of the record used.
Python 3 stdlib only; sources read with `git cat-file -p COMMIT:PATH`.
"""
import json, os, subprocess, sys

MIRROR = '/work/.mirror'
SOURCES = {
    # slug: (owner/name, pinned commit, [paths])
    'chinhphu': ('Pistachio-Big/K3-Day08-RAG-Pipeline-NguyenVanDai',
                 '60b3c2be56592b870071003eb1a568a583645d79',
                 ['data/landing/news/article_%02d.json' % i for i in range(1, 6)]),
    'tiki': ('TuanKiet04/K4-Day08-RAG-Pipeline-2A202601524',
             '53c9ac6d6fa99b3866332941a5c4609b8a3cab48',
             ['data/landing/news/article_%02d.json' % i for i in range(1, 6)]),
    'rmitvi': ('TienDuongNgoc/DAY08-2A202601401-DuongNgocTien',
               '39555e20d516624673697ce9a257abf52a0c99d1',
               ['data/landing/news/article_%02d.json' % i for i in (2, 4)]),
    'hust': ('dangkhoi3107/K3-Day08-RAG-Pipeline-B51',
             'd34b79905e43427ef0ec69996f3670fb4b9233ad',
             ['data/landing/news/article_%02d.json' % i for i in (3, 4, 5)]),
    'baochinhphu': ('sury2k4/K3-Day08-RAG-Pipeline-Genius',
                    '907462bc638537997d14bdae017dfd37e120b82f',
                    ['data/landing/news/article_%02d.json' % i for i in (1, 3, 4, 5)]),
    'ytsk': ('Yangtai2504/Day08_RAG_pipeline_cohort2',
             'e7d7ec4a9e8078e29dc81f60e9d9b296fa03f1e3',
             ['data/landing/news/article_%02d.json' % i for i in (4, 5, 6)]),
}


def gitdir(repo):
    return os.path.join(MIRROR, repo.replace('/', '+'), 'repo')


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    n = 0
    for slug, (repo, commit, paths) in SOURCES.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for p in paths:
            raw = subprocess.run(['git', '--git-dir', gitdir(repo), 'cat-file', '-p', '%s:%s' % (commit, p)],
                                 check=True, capture_output=True).stdout
            rec = json.loads(raw.decode('utf-8'))
            name = os.path.basename(p)[:-len('.json')] + '.txt'
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(rec['content_markdown'].encode('utf-8'))
            n += 1
    print('wrote', n, 'files to', out)


if __name__ == '__main__':
    main()

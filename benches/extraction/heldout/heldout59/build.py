#!/usr/bin/env python3
"""Re-create every heldout59 seed from pinned git blobs (Python 3 standard library + git).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this script)

Every seed is crawler OUTPUT committed to a public repository (no HTML is rendered):
  json_record  -- one element (by index) of a JSON array written by a blog crawler; the record's text fields are
                  written in the order the crawler stored them, joined with "\\n": every non-empty string value, and
                  for a list value each non-empty string item; numbers / empty values are skipped. Strings are
                  written exactly as stored (their own line breaks kept, nothing stripped or unescaped).
  py_thread    -- a forum crawler's dump of one Python-dict repr per line (parsed with ast.literal_eval); the seed is
                  the thread-starter record (the record whose 'id' is given) followed by every record whose
                  'source_id' is that id (its replies), in file order; each record rendered like json_record.
A final newline is added to each seed."""
import ast
import json
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# huYngUyeEnx/crawler-blogposts: commit "wordpress" (crawl_result.json = 18 boxitvn.wordpress.com posts)
BLOG_WP = ('huYngUyeEnx/crawler-blogposts', '99ce4800ed19a3ab109fb052af313b517afdf0bd', 'crawl_result.json')
# huYngUyeEnx/crawler-blogposts: commit "update post" (crawl_result.json = 31 danlambaovn.blogspot.com records)
BLOG_BS = ('huYngUyeEnx/crawler-blogposts', '2972bac6811ccbbd8fb093c96ddd93bb6b306bd1', 'crawl_result.json')
# crystalL9/Otofun: commit "D.Luffy" 2024-03-21 (otofun.txt = 44 records of otofun.net forum posts + replies)
OTO = ('crystalL9/Otofun', '6f01fd93338b25ebd32ff003168df2b9c8202467', 'otofun.txt')

# slug -> [(source, converter, key, output name), ...]
SEEDS = {
    'boxitvn-wp': [(BLOG_WP, 'json_record', i, 'boxitvn_%d.txt' % n)
                   for n, i in enumerate([0, 1, 7, 9, 11, 13], 1)],
    'danlambao-bs': [(BLOG_BS, 'json_record', i, 'danlambao_%d.txt' % n)
                     for n, i in enumerate([2, 3, 7, 8, 17, 18], 1)],
    'otofun-thread': [(OTO, 'py_thread', pid, 'otofun_%d.txt' % n)
                      for n, pid in enumerate(['js-post-68881281', 'js-post-68878783'], 1)],
}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def render(rec):
    out = []
    for v in rec.values():
        if isinstance(v, str):
            if v:
                out.append(v)
        elif isinstance(v, list):
            out.extend(x for x in v if isinstance(x, str) and x)
    return '\n'.join(out)


def convert(raw, conv, key):
    text = raw.decode('utf-8')
    if conv == 'json_record':
        return render(json.loads(text)[key]) + '\n'
    if conv == 'py_thread':
        recs = [ast.literal_eval(line) for line in text.split('\n') if line.strip()]
        post = [r for r in recs if r.get('id') == key]
        assert len(post) == 1, key
        thread = post + [r for r in recs if r.get('source_id') == key]
        return '\n'.join(render(r) for r in thread) + '\n'
    raise ValueError(conv)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for (repo, commit, path), conv, key, name in items:
            data = convert(blob(repo, commit, path), conv, key)
            with open(os.path.join(out, slug, name), 'w', encoding='utf-8') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

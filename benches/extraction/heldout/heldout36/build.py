#!/usr/bin/env python3
"""Re-create every heldout36 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout36 directory that holds this build/ folder)

heldout36 found no usable, unclaimed source (see SOURCES.md), so SEEDS is empty and this script writes nothing.
The pipeline is kept so that a later attempt can add entries without changing the code:
each seed is made from one whole git blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`, then
  'copy'  - a text blob written byte for byte (checked to be UTF-8);
  'lynx'  - a saved HTML blob dumped by Debian lynx 2.9.0dev.12-1:
            lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  'w3m'   - a saved HTML blob dumped by Debian w3m 0.5.3+git20230121-2:
            w3m -dump -T text/html -O UTF-8 -cols 80 FILE
The browser's stdout is the seed, byte for byte.  Nothing is edited by hand."""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'
PAGE = '/tmp/heldout36/page/page.html'  # fixed path (lynx prints it in its References list)
LYNX = ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8']
W3M = ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80']

# slug -> [(owner/name, commit, path, renderer, output name), ...]
SEEDS = {}


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def browse(cmd, raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb')).stdout
    finally:
        os.remove(PAGE)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, rname, name in items:
            raw = blob(repo, commit, path)
            data = {'copy': lambda r: r, 'lynx': lambda r: browse(LYNX, r), 'w3m': lambda r: browse(W3M, r)}[rname](raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout31 seed from pinned git blobs through a Debian text browser.

usage: python3 build.py [OUT_DIR]     (default: the heldout31 directory that holds this build/ folder)

Each seed would be one whole HTML blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`, written to a
temporary file and dumped by one of:
  lynx  : lynx -dump -width=80 -display_charset=utf-8 -assume_charset=<charset> FILE   (lynx 2.9.0dev.12-1, Debian 12)
  w3m   : w3m -dump -T text/html -O UTF-8 -cols 80 FILE                                  (w3m 0.5.3+git20230121-2)
The seed is the browser's stdout byte for byte.  Nothing is edited by hand.

STATE: no usable source was found during the search (see ../SOURCES.md), so SEEDS is empty and this script writes
nothing.  The converter is kept so the pipeline can be re-used as documented."""
import os
import subprocess
import sys
import tempfile

MIRROR = '/work/.mirror'
WIDTH = '80'

# slug -> [(repo, commit, path, seed name, browser, page charset), ...]
SEEDS = {}


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def dump(raw, browser, charset):
    with tempfile.NamedTemporaryFile(suffix='.html', delete=False) as f:
        f.write(raw)
        name = f.name
    try:
        if browser == 'lynx':
            cmd = ['lynx', '-dump', '-width=' + WIDTH, '-display_charset=utf-8', '-assume_charset=' + charset, name]
        elif browser == 'w3m':
            cmd = ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', WIDTH, name]
        else:
            raise ValueError(browser)
        return subprocess.run(cmd, check=True, capture_output=True, env=dict(os.environ, LANG='C.UTF-8')).stdout
    finally:
        os.unlink(name)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, name, browser, charset in items:
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(dump(blob(repo, commit, path), browser, charset))
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

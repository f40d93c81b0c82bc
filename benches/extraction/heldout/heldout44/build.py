#!/usr/bin/env python3
"""Re-create every heldout44 seed from pinned git blobs (Python 3 standard library + git + Debian w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout44 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Converter:
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
         (the blob's bytes are written unchanged to the fixed file /tmp/heldout44/page/page.html and the
         browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte)
(heldout41's build.py, reduced to the one browser converter used here.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


VNTB = ('hanhnvctk40github/vntb', 'a50bf60a02cc6d97a5bcf77a4becf484e965c779')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'vntb-saved': [
        VNTB + ('resources/views/detail.blade.php', 'w3m', 'vntb_1.txt'),
    ],
}

BROWSER = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout44/page/page.html'


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
        for repo, commit, path, conv, name in items:
            data = browse(BROWSER[conv], blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

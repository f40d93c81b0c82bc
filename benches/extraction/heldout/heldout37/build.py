#!/usr/bin/env python3
"""Re-create every heldout37 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout37 directory that holds this build/ folder)

Each seed is one whole committed HTML page, read with
`git --git-dir=<mirror> cat-file -p <commit>:<path>` and dumped by a Debian text browser; the browser's stdout is
the seed, byte for byte.  Nothing is edited by hand.
step 1: the blob's bytes are written unchanged to the fixed file /tmp/heldout37/page/page.html (a fixed path,
        because lynx prints that path in its References list for same-page links);
step 2: the file is dumped by
    lynx  2.9.0dev.12-1 :  lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
    w3m   0.5.3+git20230121-2 :  w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  (environment LC_ALL=C.UTF-8, TERM=dumb).  All pages declare charset utf-8 and are UTF-8."""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


NQ = ('ntquy9901/crawl_data', 'd698211996c2006b1a33069a9961b83aab6f8767')
DM = ('truongleeuet/demomobiles', '54493bde5435650e1979377412ac48159cb0dfd9')

# slug -> [(repo, commit, path, browser, output name), ...]
SEEDS = {
    'nq-fixtures': [
        NQ + ('tests/fixtures/sample_cafef.html', 'lynx', 'cafef_1.txt'),
        NQ + ('tests/fixtures/vsdc/sample_vsdc_ad.html', 'w3m', 'vsdc_1.txt'),
    ],
    'dm-mobile': [
        DM + ('public/site/page_bigArticle/afamily.html', 'lynx', 'afamily_1.txt'),
        DM + ('public/site/page_inpage/cafef.html', 'w3m', 'cafebiz_1.txt'),
        DM + ('public/site/page_inpage/gdn.html', 'lynx', 'gdn_1.txt'),
        DM + ('public/site/page_inpage/kenh14.html', 'w3m', 'kenh14_1.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout37/page/page.html'


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
        for repo, commit, path, browser, name in items:
            data = browse(BROWSER[browser], blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

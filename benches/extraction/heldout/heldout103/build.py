#!/usr/bin/env python3
"""Re-create every heldout103 seed from pinned git blobs (Python 3 stdlib + git + pandoc 2.17.1.1).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout103)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole HTML page (UTF-8) of a Vietnamese public body's site as committed to GitHub.
Converter: pandoc 2.17.1.1, `pandoc -f html -t plain` (default options: 72-column wrapping), the blob's bytes given
on stdin, LC_ALL=C.UTF-8; its stdout is the seed, byte for byte.  The pages embed a Google Maps <iframe>; pandoc
tries to fetch it, so the run is made offline-equivalent by pointing http(s)_proxy at a closed local port (the
fetch fails, pandoc prints a warning on stderr and leaves the iframe out).  (heldout93's build.py with new SEEDS
and the pandoc converter.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# linhdivine/du-an-cd-tv, commit "Cao đẳng nghề trà vinh" 2019-06-11 (hand-built copy of the site of Trường Cao đẳng
# nghề Trà Vinh, cdntravinh.edu.vn, a public vocational college; its news pages carry the college's own posts:
# trade-union (Công đoàn cơ sở), Party cell, Youth Union and school events, 2015-2019)
CDTV = ('linhdivine/du-an-cd-tv', '1cd7ddf03a0c3547166e64b6f32a95540552dbab')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'cdntv-pandoc': [
        CDTV + ('Tt-hoi-nghi-CBVC.html', 'pandoc', 'cdntv_1.txt'),
        CDTV + ('CD-ngay-phu-nu-VN.html', 'pandoc', 'cdntv_2.txt'),
        CDTV + ('CD-tang-qua-trung-thu.html', 'pandoc', 'cdntv_3.txt'),
        CDTV + ('Tt-dien-tap-PCCC.html', 'pandoc', 'cdntv_4.txt'),
        CDTV + ('Tt-khanh-thanh-thu-vien.html', 'pandoc', 'cdntv_5.txt'),
        CDTV + ('Tt-to-chuc-ket-nap.html', 'pandoc', 'cdntv_6.txt'),
        CDTV + ('Tt-ngay-hoi-lai-xe.html', 'pandoc', 'cdntv_7.txt'),
        CDTV + ('Tt-giao-luu-the-thao.html', 'pandoc', 'cdntv_8.txt'),
    ],
}

PANDOC = ['pandoc', '-f', 'html', '-t', 'plain']
NOPROXY = {'http_proxy': 'http://127.0.0.1:9', 'https_proxy': 'http://127.0.0.1:9',
           'HTTP_PROXY': 'http://127.0.0.1:9', 'HTTPS_PROXY': 'http://127.0.0.1:9'}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def pandoc(raw):
    return subprocess.run(PANDOC, input=raw, check=True, capture_output=True,
                          env=dict(os.environ, LC_ALL='C.UTF-8', **NOPROXY)).stdout


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            data = pandoc(raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

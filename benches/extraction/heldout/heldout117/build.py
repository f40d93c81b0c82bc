#!/usr/bin/env python3
"""Re-create every heldout117 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout117)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved HTML page (UTF-8) of a Vietnamese site as HTTrack 3.x saved it and its
owner committed it to GitHub.  Converter:
  w3m        w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout117-scratch/page/page.html and w3m runs on it
with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS and page path; the code below SEEDS is unchanged.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# anhdn18/Bandon, commit "theme" 2020-10-29 (only commit; HTTrack 3.x copy of bandon.vn, the site of CÔNG TY CỔ PHẦN
# ĐẦU TƯ BẢN ĐÔN, a Hanoi operator of mini-apartments and boarding rooms)
BANDON = ('anhdn18/Bandon', '1e35367fa857b5b1228cedd9b7fa07046efa7a5a')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'bandon-w3m': [
        BANDON + ('tin-tuc/mau-hop-dong-thue-phong-tro/index.html', 'w3m', 'bandon_1.txt'),
        BANDON + ('chinh-sach-bao-mat.html', 'w3m', 'bandon_2.txt'),
        BANDON + ('huong-dan-dat-phong.html', 'w3m', 'bandon_3.txt'),
        BANDON + ('chinh-sach-doi-tra-phong.html', 'w3m', 'bandon_4.txt'),
        BANDON + ('hinh-thuc-thanh-toan.html', 'w3m', 'bandon_5.txt'),
        BANDON + ('ban-la-chu-nha-tro.html', 'w3m', 'bandon_6.txt'),
    ],
}

BROWSER = {
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8'],
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout117-scratch/page/page.html'


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


def h2t(raw):
    import html2text
    return html2text.HTML2Text().handle(raw.decode('utf-8')).encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            data = h2t(raw) if conv == 'html2text' else browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

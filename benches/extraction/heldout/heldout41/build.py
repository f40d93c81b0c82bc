#!/usr/bin/env python3
"""Re-create every heldout41 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout41 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Converters:
  lynx   lynx 2.9.0dev.12-1 : lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
         (the blob's bytes are written unchanged to the fixed file /tmp/heldout41/page/page.html -- lynx
         prints that path in its References list -- and the browser runs on it with LC_ALL=C.UTF-8,
         TERM=dumb; its stdout is the seed, byte for byte)
  items:N  record N (0-based) of a Scrapy JSON feed (a JSON list of item dicts): every field of the record is
         written in the record's stored key order, a string value as it is, a list value one element per line
         (elements unchanged, so an element's own leading "\n\t" gives a blank and a tab-indented line), and
         one blank line after each field; nothing is added or removed (no key names).
(heldout39's build.py, reduced to the two browser converters used here, plus the `items` converter.)"""
import json
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


BLOGR = ('cuongnguyen90/demo-front-end', '07656543486f49d429b7ed66cce1daaceaec1273')
DANTRI = 'datgin/dan_tri'
ZING = 'hapo-thangbh/dangkithanhlapdoanhnghiep'
VNE = ('manhtai/vne-scrapy', '34e01acd6e55ceb5f932669ab8d176a3539866b1', 'items.json')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'blogradio-saved': [
        BLOGR + ('resources/views/blog/detail.blade.php', 'w3m', 'blogradio_1.txt'),
    ],
    'dantri-saved': [
        (DANTRI, 'af38fc91cbc62365294a4f508f8b6ed0b9da2462',
         'backend/resources/views/frontend/page/detailBlog.blade.php', 'w3m', 'dantri_1.txt'),
        (DANTRI, '323d03afcdb7e40069655f6d4be4aa74ee5e37d1', 'frontend/public/page.html', 'lynx', 'dantri_2.txt'),
        (DANTRI, '2697eb70dbb89461f56e0019097802eb193775b9', 'frontend/public/page.html', 'w3m', 'dantri_3.txt'),
    ],
    'zing-saved': [
        (ZING, 'f08839ff4d7405afd8f07b9ca46d84ddd3665830', 'resources/views/User/new-detail.blade.php', 'lynx',
         'zing_1.txt'),
    ],
    'sohoa-scrapy': [
        VNE + ('items:0', 'sohoa_1.txt'),
        VNE + ('items:2', 'sohoa_2.txt'),
        VNE + ('items:6', 'sohoa_3.txt'),
        VNE + ('items:7', 'sohoa_4.txt'),
        VNE + ('items:10', 'sohoa_5.txt'),
        VNE + ('items:20', 'sohoa_6.txt'),
        VNE + ('items:15', 'sohoa_7.txt'),
        VNE + ('items:8', 'sohoa_8.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout41/page/page.html'


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


def scrapy_record(raw, n):
    rec = json.loads(raw.decode('utf-8'))[n]
    out = []
    for key, val in rec.items():  # stored key order
        if isinstance(val, list):
            out.extend(val)
        else:
            out.append(val)
        out.append('')
    return ('\n'.join(out)).encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            if conv.startswith('items:'):
                data = scrapy_record(raw, int(conv.split(':')[1]))
            else:
                data = browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

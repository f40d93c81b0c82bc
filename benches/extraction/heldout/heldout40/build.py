#!/usr/bin/env python3
"""Re-create every heldout40 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout40 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Converters:
  lynx   lynx 2.9.0dev.12-1 : lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
         (the blob's bytes are written unchanged to the fixed file /tmp/heldout40/page/page.html --
         lynx prints that path in its References list -- and the browser runs on it with
         LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


DMX = ('minhson226/crawler-dienmayxanh', '211245f81b5ab52a7ee577774aca5d0bbe92020b')
Q = '\ufe56'  # the saved file names hold U+FE56 SMALL QUESTION MARK where the URL had '?'

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'dmx-saved': [
        DMX + ('html_structure/khuyen-mai/vay-tieu-dung-qua-ngan-hang-so-cake-khi-mua-sam-1571207.html', 'w3m',
               'dmx_1.txt'),
        DMX + ('html_structure/khuyen-mai/vay-tieu-dung-tien-loi-qua-app-ngan-hang-cathay-1570586.html', 'lynx',
               'dmx_2.txt'),
        DMX + ('html_structure/may-loc-nuoc/may-loc-nuoc-ro-kangaroo-kg116i-10-loi.html', 'w3m', 'dmx_3.txt'),
        DMX + ('html_structure/tivi/smart-tivi-toshiba-43-inch-43v31mp' + Q + 'utm_flashsale=1.html', 'lynx',
               'dmx_4.txt'),
        DMX + ('html_structure/may-lanh/daikin-inverter-1-hp-atkb25yvmv' + Q + 'utm_flashsale=1.html', 'w3m',
               'dmx_5.txt'),
        DMX + ('html_structure/bep-tu/bep-tu-doi-lap-am-kangaroo-kgic38d1c' + Q + 'utm_flashsale=1.html', 'lynx',
               'dmx_6.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout40/page/page.html'


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


def convert(conv, raw):
    if conv in BROWSER:
        return browse(BROWSER[conv], raw)
    raise ValueError(conv)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            data = convert(conv, blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

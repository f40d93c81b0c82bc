#!/usr/bin/env python3
"""Re-create every heldout135 seed from pinned git blobs (Python 3 stdlib + git + lynx).

usage: python3 build.py [OUT_DIR]     (default: /work/evaldata/heldout135)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole published HTML page (UTF-8) of a Vietnamese site committed to GitHub as its
published static site (the WordPress site of the GNOME.Asia Summit 2009 in Ho Chi Minh City, organised by the
GNOME.Asia committee, Quang Trung Software City and the FOSSASIA community: its Vietnamese-language pages under /vi/,
a conference report and the event's information pages, each with the theme's menus, "RSS" news sidebars, sponsor
lists and footer).  Converter (one source, see SEEDS):
  lynx   Lynx 2.9 : lynx -dump -nolist FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout135-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte (stderr discarded).
(heldout134's build.py with new SEEDS and BROWSER entries.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# FOSSASIA-Web/2009.fossasia.org, commit "Create CNAME" 2026-07-10, head of main (4 commits, all 2026-07-10): a static
# export of the WordPress site (theme Green Park 2 by Cordobo) of the GNOME.Asia Summit Vietnam 2009; Vietnamese pages
# under vi/<slug>/index.html
GA = ('FOSSASIA-Web/2009.fossasia.org', '0573c2e43c39fb1d1a36422c4b8e551dd5e082e7')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'gnomeasia-lynx': [
        GA + ('vi/tong-ket-hoi-nghi-gnome-asia/index.html', 'lynx', 'ga_1.txt'),
        GA + ('vi/gnome-asia-vietnam-2009/index.html', 'lynx', 'ga_2.txt'),
        GA + ('vi/gnome-asia-vietnam-2009/gioi-thieu/index.html', 'lynx', 'ga_3.txt'),
        GA + ('vi/dia-diem/index.html', 'lynx', 'ga_4.txt'),
        GA + ('vi/dang-ky/index.html', 'lynx', 'ga_5.txt'),
        GA + ('vi/chuong-trinh/index.html', 'lynx', 'ga_6.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist'],
}
PAGE = '/tmp/heldout135-scratch/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else '/work/evaldata/heldout135'
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

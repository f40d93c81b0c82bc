#!/usr/bin/env python3
"""Re-create every heldout112 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout112)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole built HTML page (UTF-8) of the static site "MediHub" (a 2016 Vietnamese
health-forum / health-article portal prototype built with the EasyWebHub static-site generator) as its owner committed
it to the gh-pages branch on GitHub.  Converter (one source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 90 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout112-scratch/page/page.html and w3m runs on it
with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS; only the w3m converter is used, at 90 columns.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# vinaas/medihub-forum, branch gh-pages, commit "24/10/2016 16:13:51.11" 2016-10-24 (built pages of the MediHub
# prototype: forum sidebar, article pages with author box and a sample comment thread, footer, login / sign-up modals)
MEDI = ('vinaas/medihub-forum', '5f43058e4ae450f1828f67594c39657db7add177')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'medihub-w3m': [
        MEDI + ('kinh-nghiem-di-kham-tai-benh-vien-nguyen-trai-tphcm/index.html', 'w3m', 'medihub_1.txt'),
        MEDI + ('ba-bau-nen-va-khong-nen-an-gi-khi-mang-thai-3-thang-dau/index.html', 'w3m', 'medihub_2.txt'),
        MEDI + ('nhung-thoi-quen-cua-cha-me-co-anh-huong-xau-den-hanh-vi-an-uong-cua-tre/index.html', 'w3m', 'medihub_3.txt'),
        MEDI + ('dau-hieu-nhan-biet-benh-chan-tay-mieng-o-tre-em/index.html', 'w3m', 'medihub_4.txt'),
        MEDI + ('nguoi-khong-co-bao-hiem-y-te-se-chiu-vien-phi-tang-30-tu-thang-12017/index.html', 'w3m', 'medihub_5.txt'),
        MEDI + ('benh-hen-suyen-co-lay-khong/index.html', 'w3m', 'medihub_6.txt'),
        MEDI + ('tieu-duong-nen-an-gi-va-kieng-gi/index.html', 'w3m', 'medihub_7.txt'),
        MEDI + ('ly-do-bo-me-nen-ngung-khen-con-minh-thong-minh-ngay-hom-nay/index.html', 'w3m', 'medihub_8.txt'),
    ],
}

BROWSER = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '90'],
}
PAGE = '/tmp/heldout112-scratch/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            data = browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

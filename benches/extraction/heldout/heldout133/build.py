#!/usr/bin/env python3
"""Re-create every heldout133 seed from pinned git blobs (Python 3 stdlib + git + Debian links / elinks / ...).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout133)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole published HTML page (UTF-8) of a Vietnamese organisation site committed to
GitHub (a static-site build).  Converters (one per source, see SEEDS):
  links   Links 2.28             : links -dump -width 100 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout133-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout130's build.py with new SEEDS / BROWSER entries and the heldout133 paths.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# ungsinhdongten/ungsinhdongten.github.io, commit "update website" 2024-08-02 (the VitePress build of
# ungsinhdongten.net, "Nhà Ứng sinh Dòng Tên Việt Nam", the aspirants' house of the Jesuits in Vietnam: articles
# ("Bài viết") by aspirants and formators)
US = ('ungsinhdongten/ungsinhdongten.github.io', '319bb7062b808604b84134ebb91a19be2c5f3ef2')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'ungsinh-links': [
        US + ('baiviet/20230901001-ai-roi-cung-khac-la-kho-hoac-ac.html', 'links', 'us_1.txt'),
        US + ('baiviet/20240115001-nghe-nhin-va-cam-thay-niem-vui-cua-su-song.html', 'links', 'us_2.txt'),
        US + ('baiviet/20240227001-tim-chua-noi-viec-hoc.html', 'links', 'us_3.txt'),
        US + ('baiviet/20240722001-loi-nguoc-dong.html', 'links', 'us_4.txt'),
        US + ('baiviet/20240723001-khach-hanh-huong.html', 'links', 'us_5.txt'),
        US + ('baiviet/20240725001-tinh-ban-trong-chua.html', 'links', 'us_6.txt'),
        US + ('baiviet/20240730001-dong-ten-va-linh-dao.html', 'links', 'us_7.txt'),
    ],
}

BROWSER = {
    'links': ['links', '-dump', '-width', '100'],
}
PAGE = '/tmp/heldout133-scratch/page/page.html'


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
            data = browse(BROWSER[conv], blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

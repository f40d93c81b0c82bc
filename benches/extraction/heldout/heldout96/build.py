#!/usr/bin/env python3
"""Build the heldout96 seeds: whole saved / published HTML pages of two Vietnamese sites, read as git blobs at pinned
commits from the read-only mirrors that `fetch` made, each site rendered by one text converter with non-default options.

usage: python3 build.py [OUT_DIR]      (default OUT_DIR = the directory of this file, /work/evaldata/heldout96)

heldout93's build.py with new SEEDS and converter options; no page text is written here: every seed is the converter's
stdout for one whole blob, byte for byte.
- vietsov-lynx: lynx 2.9.0dev.12, `-dump -nolist -width=100` (+ UTF-8 charset flags), no link list.
- eic-w3m:      w3m 0.5.3+git20230121, `-dump -cols 120` (+ `-T text/html -O UTF-8`).
Each blob is written unchanged to /tmp/heldout96-scratch/page/page.html and dumped with LC_ALL=C.UTF-8 TERM=dumb."""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    return os.path.join(MIRROR, repo.replace('/', '+'), 'repo')


VS = ('vinaas/demovietsov-2.vinaas', '9963ea6a12322db2ad57c61414747cd4949ac039')
EIC = ('ewh-support/eic-1.showcase', 'e944e88ceae4acd22846adc87ad5b9d614181ba2')

SEEDS = {
    'vietsov-lynx': [
        VS + ('co-nen-cho-tre-so-sinh-nam-vong-khong/index.html', 'lynx', 'vietsov_1.txt'),
        VS + ('doi-mat-la-cua-so-tam-hon/index.html', 'lynx', 'vietsov_2.txt'),
        VS + ('tac-dung-phu-cua-thuoc-can-canh-giac/index.html', 'lynx', 'vietsov_3.txt'),
        VS + ('luu-y-truoc-va-sau-khi-phau-thuat/index.html', 'lynx', 'vietsov_4.txt'),
        VS + ('kiem-tra-suc-khoe-dinh-ky/index.html', 'lynx', 'vietsov_5.txt'),
        VS + ('xa-tri/index.html', 'lynx', 'vietsov_6.txt'),
    ],
    'eic-w3m': [
        EIC + ('dai-hoi-cong-doan-eic-nhiem-ky-2017-2019/index.html', 'w3m', 'eic_1.txt'),
        EIC + ('eic-trong-doi-moi-cong-nghe-chia-khoa-cua-su-thanh-cong/index.html', 'w3m', 'eic_2.txt'),
        EIC + ('hoi-nghi-nguoi-lao-dong-nam-2017-cua-eic/index.html', 'w3m', 'eic_3.txt'),
        EIC + ('thong-bao-ket-qua-ban-dau-gia-co-phan-cong-ty-co-phan-giam-dinh-nang-luong-viet-nam/index.html', 'w3m', 'eic_4.txt'),
        EIC + ('thong-bao-moi-tham-gia-dau-gia/index.html', 'w3m', 'eic_5.txt'),
        EIC + ('thong-bao-thanh-ly-tscd-can-ho-phu-my-hung-dot-3/index.html', 'w3m', 'eic_6.txt'),
        EIC + ('thong-bao-ve-ket-qua-trung-dau-gia-thanh-ly-tai-san/index.html', 'w3m', 'eic_7.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=100', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '120'],
}
PAGE = '/tmp/heldout96-scratch/page/page.html'


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

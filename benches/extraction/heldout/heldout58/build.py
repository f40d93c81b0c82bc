#!/usr/bin/env python3
"""Re-create every heldout58 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m + Debian lynx +
Python html2text in a venv).

usage: python3 build.py [OUT_DIR]     (default: the heldout58 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Every blob is one whole saved / generated HTML page of a Vietnamese site.
Converters:
  w3m        w3m 0.5.3+git20230121 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       Lynx 2.9.0dev.12      : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  html2text  html2text 2025.4.15 (pip, venv /tmp/heldout58-scratch/venv): HTML2Text() with body_width=80, all
             other options default; input = blob decoded as UTF-8; output encoded as UTF-8
(the blob's bytes are written unchanged to the fixed file /tmp/heldout58-scratch/page/page.html and the browser
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte).
(heldout46's build.py with new SEEDS and the html2text converter.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'
VENV_PY = '/tmp/heldout58-scratch/venv/bin/python'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# NVThDuc0711/hotrotaichinh, master "Update Page Index" 2023-07-26 (static copy of montop.vn, WordPress + wpDiscuz)
MONTOP = ('NVThDuc0711/hotrotaichinh', '96fd18a55eee05f2268aa8b9c03e2c6ca9d26ecc')
# BachGiaHuy/bds, "Add files via upload" 2023-06-10 (static WordPress export of a real-estate agency site)
BDS = ('BachGiaHuy/bds', '9bfbcdf18ecd8ee35533d8258fd086a29e6137ec')
# protechtrick/protechtrick.github.io, "Update" 2018-11-18 (last commit before the posts were deleted; WordPress
# theme Newspaper exported to static files)
PTT = ('protechtrick/protechtrick.github.io', '8da0c25dbb3cbc4f620670fbf0d6c080a2e79903')
# hungrc1483-web/ford-mydinh, "feat: implement GEO ..." 2026-06-26 (hand-made static site of a Ford dealer's salesman)
FORD = ('hungrc1483-web/ford-mydinh', '29553fc71e5dae506b76aac64f2b4bf10b528c66')
# RinhTran/RinhTran.github.io, "deploy: rebuild Hugo site to fix 404 issue" 2025-10-31 (Hugo output)
RINH = ('RinhTran/RinhTran.github.io', '29fddc3d1db44d61a4116fcef97ae0e5e858d492')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'montop-wpdiscuz': [
        MONTOP + ('no-xau-la-gi/index.html', 'lynx', 'montop_1.txt'),
        MONTOP + ('vay-tien-nong-xa-hoi-den-o-binh-duong/index.html', 'lynx', 'montop_2.txt'),
        MONTOP + ('bao-hiem-khoan-vay-la-gi/index.html', 'lynx', 'montop_3.txt'),
        MONTOP + ('vay-tin-chap-theo-luong/index.html', 'lynx', 'montop_4.txt'),
    ],
    'bds-bachgiahuy': [
        BDS + ('ha-noi-dat-nen-vung-ven-chi-5-trieu-dongm2-van-e/index.html', 'w3m', 'bds_1.txt'),
        BDS + ('xu-huong-kinh-doanh-2017-kinh-doanh-gi-bay-gio-lai-lon/index.html', 'w3m', 'bds_2.txt'),
        BDS + ('chi-tiet/roman-plaza/index.html', 'w3m', 'bds_3.txt'),
        BDS + ('chi-tiet/hateco-apollo-xuan-phuong/index.html', 'w3m', 'bds_4.txt'),
        BDS + ('chi-tiet/tt-riverview/index.html', 'w3m', 'bds_5.txt'),
        BDS + ('chi-tiet/vinhomes-green-bay/index.html', 'w3m', 'bds_6.txt'),
    ],
    'protechtrick-wp': [
        PTT + ('ngoai-le/doi-dieu-ve-website/vi-sao-toi-lai-chon-github-va-dung-wordpress-de-tao-website/index.html',
               'html2text', 'ptt_1.txt'),
        PTT + ('phan-mem/go-tieng-viet-nhanh-chong-cung-evkey/index.html', 'html2text', 'ptt_2.txt'),
        PTT + ('thu-thuat/cach-tao-minecraft-server-mien-phi/index.html', 'html2text', 'ptt_3.txt'),
        PTT + ('phan-mem/ide/huong-dan-cach-tai-va-cai-dat-free-pascal-ide/index.html', 'html2text', 'ptt_4.txt'),
        PTT + ('phan-mem/tai-phan-mem-bandicam-quay-video-mien-phi/index.html', 'html2text', 'ptt_5.txt'),
        PTT + ('chia-se/internet/chia-se-mot-so-trang-getlink-cuc-ba-dao-ma-ban-can-biet/index.html',
               'html2text', 'ptt_6.txt'),
    ],
    'ford-mydinh': [
        FORD + ('mua-xe-o-to-dung-ten-vo-hay-chong.html', 'lynx', 'ford_1.txt'),
        FORD + ('luu-y-khi-mua-xe-ford-tra-gop.html', 'lynx', 'ford_2.txt'),
        FORD + ('huong-dan-mua-xe-ford-tra-gop-tai-ha-noi.html', 'lynx', 'ford_3.txt'),
        FORD + ('so-sanh-ford-ranger-xls-2026.html', 'lynx', 'ford_4.txt'),
        FORD + ('gia-lan-banh-xe-ford-2026.html', 'lynx', 'ford_5.txt'),
    ],
    'rinh-hugo': [
        RINH + ('posts/interface-trong-java/index.html', 'w3m', 'rinh_1.txt'),
        RINH + ('posts/7-sai-lam-hoc-javascript/index.html', 'w3m', 'rinh_2.txt'),
        RINH + ('posts/lodash-tien-ich-javascript/index.html', 'w3m', 'rinh_3.txt'),
        RINH + ('posts/xu-ly-thoi-gian-va-mui-gio/index.html', 'w3m', 'rinh_4.txt'),
        RINH + ('posts/rxjava-lap-trinh-reactive-android/index.html', 'w3m', 'rinh_5.txt'),
    ],
}

H2T = ('import sys, html2text\n'
       'h = html2text.HTML2Text()\n'
       'h.body_width = 80\n'
       'sys.stdout.buffer.write(h.handle(open(sys.argv[1], encoding="utf-8").read()).encode("utf-8"))\n')
BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'html2text': [VENV_PY, '-c', H2T],
}
PAGE = '/tmp/heldout58-scratch/page/page.html'


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
            raw = blob(repo, commit, path)
            data = browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

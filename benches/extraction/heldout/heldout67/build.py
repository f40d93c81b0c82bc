#!/usr/bin/env python3
"""Re-create every heldout67 seed from pinned git blobs (Python 3 + git + Debian w3m / lynx + Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this script, /work/evaldata/heldout67)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Every blob is one whole saved HTML page of a Vietnamese site (HTTrack copies of
top247.vn and doloteva.vn, a static export of a WordPress block theme for golfvegas.vn, a static copy of the
WordPress/Flatsome site of Trung Nguyen E-Coffee).  Converters (the converter is varied per source):
  w3m        w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  html2text  Python html2text 2025.4.15 (venv /tmp/heldout67-scratch/venv), html2text.HTML2Text() with
             body_width=80, unicode_snob=True, the rest defaults; input decoded as UTF-8
The blob's bytes are written unchanged to /tmp/heldout67-scratch/page/page.html and the browser runs on it with
LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed byte for byte.  (heldout46's build.py, with new SEEDS and
the html2text converter added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'
HTML2TEXT_PY = '/tmp/heldout67-scratch/venv/bin/python'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# HuyVue/top247.tk, branch main "ul" 2022-03-19 (HTTrack copy of top247.vn, 2022-03-18)
TOP247 = ('HuyVue/top247.tk', '75f2f6c6d577ee74274059d221662400bd50eab6')
# ali33/golfvegas.vn_html, "bản xem trước" static export of the golfvegas.vn WordPress block theme
GOLF = ('ali33/golfvegas.vn_html', '468847e86e97f12216cb120b61c22ca58eb92dcd')
# anhpdv/trungnguyenecoffee.com, static copy of trungnguyenecoffee.com (WordPress, Flatsome), 2023-12-18
TNE = ('anhpdv/trungnguyenecoffee.com', 'b409e850778a92a105375a751194b0e0ab238417')
# HuyVue/doloteva.tk, HTTrack copy of doloteva.vn (lingerie / sleepwear shop, WordPress + WooCommerce), 2022-03-19
DOLO = ('HuyVue/doloteva.tk', 'a92400f4b815b109dc5535a0e1969de766c47811')

SEEDS = {
    'top247-review': [
        TOP247 + ('5-cach-giup-ban-tranh-xa-lo-lang-met-moi-khi-chuyen-nha/index.html', 'lynx', 'top247_1.txt'),
        TOP247 + ('top-5-dia-chi-hoc-thanh-nhac-tot-nhat-tai-tp-ho-chi-minh/index.html', 'lynx', 'top247_2.txt'),
        TOP247 + ('top-5-truong-dao-tao-mba-tot-nhat-tai-viet-nam/index.html', 'lynx', 'top247_3.txt'),
        TOP247 + ('xu-huong-nhan-cuoi-eternity-tuong-trung-cho-tinh-yeu-truong-ton-vinh-cuu/index.html', 'lynx',
                  'top247_4.txt'),
        TOP247 + ('dia-chi-ve-sinh-may-lanh-chuyen-nghiep-tai-quan-8-dien-lanh-anh-thang/index.html', 'lynx',
                  'top247_5.txt'),
        TOP247 + ('top-10-shop-ban-phu-kien-cho-thu-cung-tot-nhat-o-tphcm/index.html', 'lynx', 'top247_6.txt'),
        TOP247 + ('hoc-cham-soc-da-o-seoul-academy-ha-noi-va-nhung-dieu-can-biet/index.html', 'lynx',
                  'top247_7.txt'),
    ],
    'golfvegas-news': [
        GOLF + ('man-hinh-tuong-tac-dooh-cuoc-dua-gianh-giat-su-chu-y-va-bai-toan-toi-u/index.html', 'html2text',
                'golfvegas_1.txt'),
        GOLF + ('san-bay-long-thanh-dong-luc-tang-truong-fdi-vung-kinh-te-trong-diem-ph/index.html', 'html2text',
                'golfvegas_2.txt'),
        GOLF + ('tai-sao-ooh-la-don-bay-roi-bi-bo-quen-lon-nhat-nam-2026/index.html', 'html2text', 'golfvegas_3.txt'),
        GOLF + ('toan-canh-thi-truong-dooh-viet-nam-va-chien-luoc-hanh-dong-dot-pha/index.html', 'html2text',
                'golfvegas_4.txt'),
    ],
    'trungnguyen-ecoffee': [
        TNE + ('cau-chuyen-thuong-hieu/index.html', 'w3m', 'tne_1.txt'),
        TNE + ('lich-su-phat-trien-trung-nguyen/index.html', 'w3m', 'tne_2.txt'),
        TNE + ('tuyen-dung/index.html', 'w3m', 'tne_4.txt'),
    ],
    'doloteva-blog': [
        DOLO + ('cac-chat-lieu-vai-thuong-dung-trong-do-ngu-va-do-lot/index.html', 'w3m', 'doloteva_1.txt'),
        DOLO + ('do-ngu-cosplay-sexy-la-gi/index.html', 'w3m', 'doloteva_2.txt'),
        DOLO + ('doloteva-vn-xin-thong-bao-lich-nghi-tet-nguyen-dan-2020/index.html', 'w3m', 'doloteva_3.txt'),
        DOLO + ('qua-tang-20-10-y-nghia-cho-nang/index.html', 'w3m', 'doloteva_4.txt'),
        DOLO + ('huong-dan-mua-hang/index.html', 'w3m', 'doloteva_5.txt'),
        DOLO + ('doloteva-vn-ra-mat-nhung-mau-do-ngu-sexy-chao-don-nam-moi-happy-new-year/index.html', 'w3m',
                'doloteva_6.txt'),
    ],
}

H2T = ('import sys, html2text\n'
       'h = html2text.HTML2Text(); h.body_width = 80; h.unicode_snob = True\n'
       'sys.stdout.write(h.handle(open(sys.argv[1], encoding="utf-8").read()))\n')
BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'html2text': [HTML2TEXT_PY, '-c', H2T],
}
PAGE = '/tmp/heldout67-scratch/page/page.html'


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

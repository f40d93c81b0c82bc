#!/usr/bin/env python3
"""Re-create every heldout77 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx + PyPI html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory holding this script, /work/evaldata/heldout77)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is a whole generated HTML page (a WordPress site exported to static HTML and committed
to GitHub by its Vietnamese owner).  Converters (one per source, varied across sources):
  w3m        w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  html2text  Python html2text 2024.2.26 (PyPI), HTML2Text() with body_width=0, on the blob decoded as UTF-8
For w3m / lynx the blob's bytes are written unchanged to /tmp/heldout77-scratch/page/page.html and the browser runs
with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  html2text is looked up on sys.path and, if
missing there, in /tmp/heldout77-scratch/py (pip install --target of html2text-2024.2.26.tar.gz)."""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# titbe/WP, "tít bé store" WordPress site (news posts + shop), static export, 2023-09-19
TITBE = ('titbe/WP', '43c873b34240db74a4167965036871c6145f6597')
# TrongNhan293/trongnhan293.github.io, "Tin Tức Mỗi Ngày" WordPress news blog (theme Newspaperly), 2023-09-17
TRONG = ('TrongNhan293/trongnhan293.github.io', '4d4b280505044b67346b77d87c3c7cfd5e0f804a')
# giatrung/workpress, "DGT APPLE" WordPress shop with a tech-news blog (theme eCommerce Plus), 2021-10-08
GIAT = ('giatrung/workpress', '235c4ee6c0a3c29fb58c4206fc72b2994536e7ad')
# user365A/mywordpress, "ANHTAISHOP" WordPress sports shop with a sport / travel blog, 2021-10-17
ANHT = ('user365A/mywordpress', '53ec20d60ccbaa90ac75896de1ca113c7c3e1ed7')
# Vinhphu0812/mywordpress, Trương Vĩnh Phú's WordPress shop + blog (OceanWP-like theme), 2021-10-20
VPHU = ('Vinhphu0812/mywordpress', '6c5bf856f52dd268f7c6caa23b789b92c157f795')

SEEDS = {
    'titbe-wp': [
        TITBE + ('2023/08/22/alcaraz-toi-lai-co-them-bai-hoc-tu-djokovic/index.html', 'w3m', 'titbe_1.txt'),
        TITBE + ('2023/08/22/bien-dong-diem-thi-tot-nghiep-cac-mon-cua-63-tinh-thanh/index.html', 'w3m', 'titbe_2.txt'),
        TITBE + ('2023/08/22/clb-arab-saudi-de-nghi-chieu-mo-greenwood/index.html', 'w3m', 'titbe_3.txt'),
        TITBE + ('2023/08/22/mau-chip-40-000-usd-duoc-gioi-cong-nghe-san-lung/index.html', 'w3m', 'titbe_4.txt'),
        TITBE + ('2023/08/22/thieu-bao-tram-hat-ve-yeu-sau-do-vo/index.html', 'w3m', 'titbe_5.txt'),
        TITBE + ('2023/08/22/tuyen-viet-nam-gap-ba-doi-manh-chau-a-trong-thang-10/index.html', 'w3m', 'titbe_6.txt'),
    ],
    'tintucmoingay-wp': [
        TRONG + ('giai-tri/hao-nu-trung-hoa-tap-hoi-ky-bi-thuong/index.html', 'lynx', 'trongnhan_1.txt'),
        TRONG + ('trang-chu/an-do-kieu-hanh-trong-nhung-dua-con-cua-nua-dem/index.html', 'lynx', 'trongnhan_2.txt'),
        TRONG + ('trang-chu/djokovic-danh-bai-medvedev-nhu-the-nao/index.html', 'lynx', 'trongnhan_3.txt'),
        TRONG + ('trang-chu/hlv-ten-hag-man-utd-khong-khung-hoang/index.html', 'lynx', 'trongnhan_4.txt'),
        TRONG + ('trang-chu/trung-quan-idol-chi-10-ty-dong-lam-live-concert/index.html', 'lynx', 'trongnhan_5.txt'),
    ],
    'dgtapple-wp': [
        GIAT + ('an-tuong-dau-tien-huawei-p50-gia-16-trieu-dung-chip-snapdragon-888/index.html', 'html2text', 'giatrung_1.txt'),
        GIAT + ('apple-ra-bon-mau-iphone-13-ipad-moi-va-watch-series-7/index.html', 'html2text', 'giatrung_2.txt'),
        GIAT + ('gia-iphone12series-xap-xi-iphone-13/index.html', 'html2text', 'giatrung_3.txt'),
        GIAT + ('ipad-mini-6-lo-cau-hinh-va-gia-ban-hap-dan-truoc-gio-ra-mat-phim-nguon-tich-hop-touch-id-ho-tro-but-'
                'pencil-2/index.html', 'html2text', 'giatrung_4.txt'),
        GIAT + ('tong-hop-review-hinh-anh-chup-tu-iphone-13-va-iphone-13-mini/index.html', 'html2text', 'giatrung_5.txt'),
        GIAT + ('top-15-sieu-xe-nhanh-nhat-the-gioi-tinh-den-het-nam-2020/index.html', 'html2text', 'giatrung_6.txt'),
    ],
    'anhtaishop-wp': [
        ANHT + ('4-cach-tap-luyen-cardio-dot-chay-calo-trong-25-phut/index.html', 'lynx', 'anhtai_1.txt'),
        ANHT + ('cac-bai-tap-than-duoi-toan-dien-tai-nha-trong-mua-dich/index.html', 'lynx', 'anhtai_2.txt'),
        ANHT + ('du-lich-da-lat/index.html', 'lynx', 'anhtai_3.txt'),
        ANHT + ('du-lich-phu-quoc/index.html', 'lynx', 'anhtai_4.txt'),
        ANHT + ('loi-ich-cua-viec-choi-the-thao/index.html', 'lynx', 'anhtai_5.txt'),
    ],
    'vinhphu-wp': [
        VPHU + ('101-2/index.html', 'w3m', 'vinhphu_1.txt'),
        VPHU + ('danh-gia-iphone-13-som-dua-tren-cac-nguon-ro-ri-hot-nhat-hien-nay/index.html', 'w3m', 'vinhphu_2.txt'),
        VPHU + ('gioi-thieu-cac-phuong-phap-cai-thien-suc-khoe/index.html', 'w3m', 'vinhphu_3.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout77-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def browse(conv, raw):
    if conv == 'html2text':
        try:
            import html2text
        except ImportError:
            sys.path.insert(0, '/tmp/heldout77-scratch/py')
            import html2text
        h = html2text.HTML2Text()
        h.body_width = 0
        return h.handle(raw.decode('utf-8')).encode('utf-8')
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(BROWSER[conv] + [PAGE], check=True, capture_output=True,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb')).stdout
    finally:
        os.remove(PAGE)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            data = browse(conv, blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout56 seed from pinned git blobs (Python 3 + git + Debian w3m / lynx + html2text in a venv).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this script, /work/evaldata/heldout56)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one saved / generated HTML page of a small Vietnamese site (static WordPress
exports, a Hugo site, an HTTrack mirror).  The blob's bytes are written unchanged to the fixed file
/tmp/heldout56-scratch/page/page.html and converted with LC_ALL=C.UTF-8, TERM=dumb; the converter's stdout is the
seed, byte for byte.  Converters (chosen per source, see SOURCES.md):
  w3m        w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  html2text  Python html2text 2025.4.15 (pip, venv /tmp/heldout56-scratch/venv):
             h = html2text.HTML2Text(); h.body_width = 80; h.unicode_snob = True; h.handle(page.decode('utf-8'))
             (all other options default: links kept inline as Markdown, images as ![alt](src))."""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'
VENV_PY = '/tmp/heldout56-scratch/venv/bin/python'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# Rootbie/khuvuonnho, master "Init Project" 2022-06-01 (WordPress, theme Twenty Twenty, static export): "Khu vườn nhỏ"
KVN = ('Rootbie/khuvuonnho', '743a128652e0ca45f35023d8c704372fa7106dc9')
# DoLaPham/dongdieu, "deploy: DoLaPham/dongdieu-src@0ec6bde" 2021-12-08 (Hugo output): Đồng Diều English centre
DD = ('DoLaPham/dongdieu', '69620f7bd112812d3d99745c94310bc2fa5a4ad8')
# 2VuT/van-tai-duc-phuc, "init" 2025-06-25 (HTTrack mirror of vantaihaidang.net, WordPress; pages saved as index.php)
VT = ('2VuT/van-tai-duc-phuc', 'bd49f20f10ecda8b22ec0419054c8fbf3daba55e')
# gohanmystic/gohanmystic.github.io, "fix" 2019-02-20 (WordPress static copy): appliance-repair service pages
GM = ('gohanmystic/gohanmystic.github.io', 'c70e68e4e9bfa242d3a82bc6da7b9bd2a0b16737')
# dangnhatthongkun/dangnhatthongkun.github.io, "upload" 2021-07-01 (WordPress + WooCommerce static export)
DN = ('dangnhatthongkun/dangnhatthongkun.github.io', '79aa763cf2e672b87632c6146f0bfff25f5ce590')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'khuvuonnho-garden': [
        KVN + ('goi-y-phuong-phap-trong-cay-trong-nha-xanh-va-dep/index.html', 'lynx', 'khuvuon_1.txt'),
        KVN + ('ky-thuat-trong-rau-sach-tai-nha-tren-san-thuong-an-toan-don-gian-va-hieu-qua/index.html', 'lynx',
               'khuvuon_2.txt'),
        KVN + ('ky-thuat-trong-va-cham-soc-hoa-hong-trong-chau-ngay-tai-nha/index.html', 'lynx', 'khuvuon_3.txt'),
        KVN + ('top-10-dung-cu-lam-vuon-khong-the-thieu-cho-nguoi-yeu-cay-canh/index.html', 'lynx', 'khuvuon_4.txt'),
    ],
    'dongdieu-center': [
        DD + ('tin-tuc/article-%d/index.html' % i, 'html2text', 'dongdieu_%d.txt' % i) for i in range(1, 9)
    ],
    'vantai-haidang': [
        VT + ('chuyen-den-nha-moi-thue-co-can-lam-le-nhap-trach-khong/index.php', 'w3m', 'vantai_1.txt'),
        VT + ('van-tai-hang-le-hang-ghep-hang-bao-xe/index.php', 'w3m', 'vantai_2.txt'),
        VT + ('tieu-chuan-quy-cach-dong-goi-hang-hoa-cac-mat-hang-cu-the/index.php', 'w3m', 'vantai_3.txt'),
        VT + ('uu-va-nhuoc-diem-cua-cac-phuong-thuc-van-chuyen-hang-hoa/index.php', 'w3m', 'vantai_4.txt'),
    ],
    'dienlanh-service': [
        GM + ('lap-dat-may-lanh/index.html', 'lynx', 'dienlanh_1.txt'),
        GM + ('sua-chua-dien-lanh/index.html', 'lynx', 'dienlanh_2.txt'),
        GM + ('sua-lo-vi-song/index.html', 'lynx', 'dienlanh_3.txt'),
        GM + ('sua-may-nuoc-nong/index.html', 'lynx', 'dienlanh_4.txt'),
        GM + ('sua-tu-lanh/index.html', 'lynx', 'dienlanh_5.txt'),
        GM + ('ve-sinh-may-lanh/index.html', 'lynx', 'dienlanh_6.txt'),
    ],
    'thongkun-wp': [
        DN + ('cong-nghe/o-cung-hdd-tot-nhat/index.html', 'w3m', 'thongkun_1.txt'),
        DN + ('du-lich/kham-pha-phong-canh-ba-na-hill-duong-len-tien-canh/index.html', 'w3m', 'thongkun_2.txt'),
        DN + ('thoi-su/tp-hcm-phong-toa-72-ho-dan-duong-doan-phu-tu-binh-tan-lay-mau-xet-nghiem-covid-19/index.html',
              'w3m', 'thongkun_3.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'html2text': [VENV_PY, '-c', 'import sys, html2text; h = html2text.HTML2Text(); h.body_width = 80; '
                  'h.unicode_snob = True; sys.stdout.write(h.handle(open(sys.argv[1], "rb").read().decode("utf-8")))'],
}
PAGE = '/tmp/heldout56-scratch/page/page.html'


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

#!/usr/bin/env python3
"""Re-create every heldout72 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx + html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory holding this script, /work/evaldata/heldout72)

Each seed is one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>` (a whole static HTML page
exported from a Vietnamese WordPress site and committed to GitHub); nothing is edited by hand.  Converters:
  w3m        w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  html2text  Python html2text 2025.4.15 (pip, venv /tmp/heldout72-scratch/venv): h = html2text.HTML2Text();
             h.body_width = 80; h.handle(blob.decode('utf-8'))  (written as UTF-8)
The blob's bytes are written unchanged to /tmp/heldout72-scratch/page/page.html; browsers run with LC_ALL=C.UTF-8,
TERM=dumb; their stdout is the seed, byte for byte."""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'
VENV_PY = '/tmp/heldout72-scratch/venv/bin/python'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# LuongThiXuanMai/webthethao, master "update" 2023-09-08 (WordPress 6.3.1 static export, theme by MH Themes)
WTT = ('LuongThiXuanMai/webthethao', '424ad48af053be8944869ea3daeb2187a5909695')
# minhthc1997/Deploy, "update" 2022-11-03 (WordPress static export, sports news blog)
MTC = ('minhthc1997/Deploy', '802ef76a15e7eb87438a6ecebbd444f6f3f34ff8')
# XuanHieu1508/Nhom5_WebDongHoFreeFive, 2024-08-15 (WordPress + WooCommerce watch shop, static export)
WATCH = ('XuanHieu1508/Nhom5_WebDongHoFreeFive', '714d475fc949964144e35bd9657be64c4b6abc2f')
# galaway/mywordpress, 2021-07-02 ("Khang's Wordpress": WooCommerce shop + blog, static export)
KHANG = ('galaway/mywordpress', 'f32c8a8251db79a468a6fbe68d03d895de21bb69')
# duongan1405/mysport, 2021-07-09 (WordPress + WooCommerce sports-gear shop with blog, static export)
MYSPORT = ('duongan1405/mysport', '7c511597df4c6a242a558572eca1ea281851b7b9')

SEEDS = {
    'webthethao-wp': [
        WTT + ('2023/08/22/bruno-fernandes-khong-nen-lam-doi-truong-man-united/index.html', 'w3m', 'webthethao_1.txt'),
        WTT + ('2023/08/22/cantho-catfish-nguoc-dong-kho-tin-noi-dai-con-ac-mong-khong-thang-cua-danang-dragons/index.html', 'w3m', 'webthethao_2.txt'),
        WTT + ('2023/08/22/cong-bo-doi-hinh-chinh-thuc-08-doi-tuyen-tham-du-dau-truong-danh-vong-mua-dong-2023-cung-lich-thi-dau-vong-bang-luot-di-saigon-phantom-va-v-gaming-ra-quan-ngay-khai-mac-24-08/index.html', 'w3m', 'webthethao_3.txt'),
        WTT + ('2023/08/22/tien-long-khong-danh-van-thang-viet-nam-gianh-hcv-o-giai-vo-dich-mma-chau-a/index.html', 'w3m', 'webthethao_4.txt'),
        WTT + ('2023/08/23/ba-dieu-luat-moi-ve-cac-pha-pham-loi-duoc-ap-dung-tai-ufc-la-gi/index.html', 'w3m', 'webthethao_5.txt'),
        WTT + ('2023/08/22/doi-hinh-vi-dai-nhat-lich-su-nba-cua-stephen-curry-vang-bong-lebron-james/index.html', 'w3m', 'webthethao_6.txt'),
    ],
    'minhthc-sport-wp': [
        MTC + ('2022/09/09/danh-sach-chinh-thuc-cac-mon-esports-tai-sea-games-32/index.html', 'lynx', 'minhthc_1.txt'),
        MTC + ('2022/09/09/hanh-trinh-len-boxing-nha-nghe-o-viet-nam-doi-mat-nhung-thach-thuc-nao/index.html', 'lynx', 'minhthc_2.txt'),
        MTC + ('2022/09/09/gan-180-vdv-dam-mua-xuat-phat-o-cu-ly-sieu-khung-160-km-giua-nui-rung-sapa/index.html', 'lynx', 'minhthc_3.txt'),
        MTC + ('2022/09/09/sau-can-tho-cau-thu-clb-phu-dong-keu-cuu-vi-no-luong-5-thang/index.html', 'lynx', 'minhthc_4.txt'),
        MTC + ('2022/09/30/phong-vien-phap-quang-hai-khong-nen-du-aff-cup/index.html', 'lynx', 'minhthc_5.txt'),
        MTC + ('2022/09/09/dtcl-12-17-chi-tiet-ban-cap-nhat-moi-tft/index.html', 'lynx', 'minhthc_6.txt'),
    ],
    'freefive-watch-wp': [
        WATCH + ('chuyen-gia-chia-se-4-cach-phan-biet-dong-ho-hang-hieu-that-va-gia/index.html', 'w3m', 'freefive_1.txt'),
        WATCH + ('3-mau-dong-ho-chronograph-6-kim-muc-gia-trung-binh-dang-mua-nhat/index.html', 'w3m', 'freefive_2.txt'),
        WATCH + ('manh-me-cuon-hut-voi-dong-ho-mat-ran-lduchen-silver-snake/index.html', 'w3m', 'freefive_3.txt'),
        WATCH + ('tai-sao-ban-nen-yeu-cong-viec-cua-minh/index.html', 'w3m', 'freefive_4.txt'),
    ],
    'khang-shop-wp': [
        KHANG + ('lukaku-khoi-dau-hoan-hao-cho-cuoc-dua-vua-pha-luoi-euro-2020/bong-da/index.html', 'html2text', 'khang_1.txt'),
        KHANG + ('viet-nam-thang-kien-cuong-malaysia-mo-toang-cua-di-tiep-tai-vl-world-cup/bong-da/index.html', 'html2text', 'khang_2.txt'),
        KHANG + ('oneplus-nord-2-chinh-la-phien-ban-doi-ten-cua-realme-x9-pro-du-kien-dung-chip-dimensity-1200-va-co-man-hinh-90hz/congnghe/index.html', 'html2text', 'khang_3.txt'),
    ],
    'mysport-shop-wp': [
        MYSPORT + ('sport/giay-da-bong-cua-top-10-trung-phong-hay-nhat-the-gioi-2019/index.html', 'lynx', 'mysport_1.txt'),
        MYSPORT + ('sport/huyen-thoai-bong-da/index.html', 'lynx', 'mysport_2.txt'),
        MYSPORT + ('sport/top-5-mau-giay-da-banh-mau-hong-chat-nhat-moi-2020/index.html', 'lynx', 'mysport_3.txt'),
        MYSPORT + ('sport/top-cac-hang-giay-sneaker-noi-tieng-duoc-ua-chuong-nhat-2021/index.html', 'lynx', 'mysport_4.txt'),
        MYSPORT + ('product/giay-nike-phantom-gt-pro-white/index.html', 'lynx', 'mysport_5.txt'),
        MYSPORT + ('product/giay-asics-ds-black/index.html', 'lynx', 'mysport_6.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'html2text': [VENV_PY, '-c', "import sys,html2text;h=html2text.HTML2Text();h.body_width=80;"
                  "sys.stdout.buffer.write(h.handle(open(sys.argv[1],'rb').read().decode('utf-8')).encode('utf-8'))"],
}
PAGE = '/tmp/heldout72-scratch/page/page.html'


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

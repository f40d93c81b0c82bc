#!/usr/bin/env python3
"""Build the heldout94 seeds: whole saved pages (git blobs at pinned commits) rendered by one text converter each.

heldout93's build.py with new SEEDS, the scratch path /tmp/heldout94-scratch, and pandoc added.
usage: python3 build.py [OUT_DIR]   (default OUT_DIR = the directory of this file)
Blobs are read with `git --git-dir=/work/.mirror/<owner>+<name>/repo cat-file -p <commit>:<path>`.
No page text is written in this script."""
import os
import subprocess
import sys


def gitdir(repo):
    return '/work/.mirror/' + repo.replace('/', '+') + '/repo'


SINV = ('truongthanhweb/sinvoice', '13d09375f74e9e9234dec01b8158ca1f28bcd0ec')
FOOT = ('hoanganh732/footballworld3', '56e6692727fa127847960199c91dea0aa84da917')
NAM = ('LeCongNam/namlem4u.github.io', 'cba6b1e747f7914d0b1df387400c570b7e22d178')
CAM = ('nguyenthanhtra1901/camnangit', '314964c4b59b4936e091deaf43860d680c54dbc9')
TRI = ('minhtri5613/tuilatri', '552ca82e742f07e1337336b68ad8f3f5a9b57231')

SEEDS = {
    'sinvoice-w3m': [
        SINV + ('2020/09/chu-ky-so-co-gia-tri-phap-ly-hay-khong.html', 'w3m', 'sinv_1.txt'),
        SINV + ('2020/11/xuat-hoa-don-dien-tu-lui-ngay-co-hop-phap-khong.html', 'w3m', 'sinv_2.txt'),
        SINV + ('2020/11/chu-ky-so-tren-hoa-don-dien-tu-co-bat-buoc-hay-khong.html', 'w3m', 'sinv_3.txt'),
        SINV + ('2022/10/tem-ve-the-co-menh-gia-co-phai-chuyen-doi-sang-hoa-don-dien-tu.html', 'w3m', 'sinv_4.txt'),
        SINV + ('2023/02/nhung-quy-dinh-ve-chung-tu-khau-tru-thue-tncn-dien-tu.html', 'w3m', 'sinv_5.txt'),
        SINV + ('2024/05/hoa-don-dien-tu-khoi-tao-tu-may-tinh-tien-la-gi.html', 'w3m', 'sinv_6.txt'),
        SINV + ('2024/05/rut-gpkd-vang-neu-cua-hang-vang-khong-xuat-hoa-don-dien-tu.html', 'w3m', 'sinv_7.txt'),
    ],
    'football-lynx': [
        FOOT + ('khong-phan-loai/dau-an-trong-hoang-trong-chien-thang-lich-su-cua-viettel-tai-dau-truong-lon-nhat-chau-a-nam-2021/index.html', 'lynx', 'foot_1.txt'),
        FOOT + ('khong-phan-loai/dien-bien-kho-luong-bang-g-vi-sao-tuyen-viet-nam-buoc-phai-thang-tuyen-malaysia/index.html', 'lynx', 'foot_2.txt'),
        FOOT + ('khong-phan-loai/messi-va-doi-truong-cac-doi-du-copa-america-tu-choi-gap-tong-thong-brazil/index.html', 'lynx', 'foot_3.txt'),
        FOOT + ('khong-phan-loai/van-toan-se-toa-sang-giup-tuyen-viet-nam-quat-nga-nhung-chu-rong-komodo/index.html', 'lynx', 'foot_4.txt'),
        FOOT + ('khong-phan-loai/world-cup-2022-hlv-cua-tuyen-indonesia-len-tieng-viec-bi-dong-huong-park-hang-seo-do-tham/index.html', 'lynx', 'foot_5.txt'),
        FOOT + ('khong-phan-loai/world-cup-2022-qatar-vung-ngoi-dau-thap-them-co-hoi-lich-su-cho-tuyen-viet-nam/index.html', 'lynx', 'foot_6.txt'),
    ],
    'namlem4u-html2text': [
        NAM + ('6-tieu-chi-chon-smartphone/6-tieu-chi-de-ban-chon-duoc-mot-chiec-smartphone-phu-hop-nhat/index.html', 'html2text', 'nam_1.txt'),
        NAM + ('da-lat/du-lich-da-lat-thang-nao-dep-nhat-trong-nam/index.html', 'html2text', 'nam_2.txt'),
        NAM + ('tim-hieu-ve-dien-thoai/dien-thoai-thong-minh-tim-hieu-ve-dien-thoai/index.html', 'html2text', 'nam_3.txt'),
        NAM + ('meo-vat/loi-lock-xung-nhip-windows-10-tren-laptop/index.html', 'html2text', 'nam_4.txt'),
        NAM + ('tim-hieu-ve-dien-thoai/5-thu-thuat-bi-mat-tren-samsung-giup-ban-dung-dien-thoai-nhu-hacker-cuc-ky-hay-ma-khong-phai-ai-cung-biet/index.html', 'html2text', 'nam_5.txt'),
        NAM + ('tim-hieu-ve-dien-thoai/so-sanh-chip-snap-710-va-snap-660-su-cai-thien-dang-ke-ve-moi-mat/index.html', 'html2text', 'nam_6.txt'),
    ],
    'camnangit-links': [
        CAM + ('autolode/nhung-dieu-chua-biet-ve-dan-it/index.html', 'links', 'cam_1.txt'),
        CAM + ('khong-phan-loai/nhung-thu-thuat-trong-windows-10-co-the-ban-chua-biet/index.html', 'links', 'cam_2.txt'),
        CAM + ('quicks/cam-nang-triet-ly-song-khien-ban-gat-gu-khen-hay/index.html', 'links', 'cam_3.txt'),
        CAM + ('quicks/thuthuat-chiamanhinh-maytinhwin10/index.html', 'links', 'cam_4.txt'),
        CAM + ('travel/du-lich-tay-bac-cam-nang-kinh-nghiem-tu-a-den-z/index.html', 'links', 'cam_5.txt'),
    ],
    'tuilatri-pandoc': [
        TRI + ('adidas/5-cach-nhan-biet-quan-ao-the-thao-adidas-nam-nu-chinh-hang-chuan-nhat/index.html', 'pandoc', 'tri_1.txt'),
        TRI + ('adidas/kinh-nghiem-de-nhan-biet-adidas-real/index.html', 'pandoc', 'tri_2.txt'),
        TRI + ('domixi_tamsu/do-mixi-tam-su-se-nghi-stream-vai-nam-toi/index.html', 'pandoc', 'tri_3.txt'),
        TRI + ('genshin/genshin-impact-va-nhung-ly-do-tua-game-rpg-nay-khien-cong-dong-game-thu-phat-sot-trong-nhung-ngay-qua/index.html', 'pandoc', 'tri_4.txt'),
        TRI + ('adidas/cach-nhan-biet-do-adidas-chinh-hang/index.html', 'pandoc', 'tri_5.txt'),
    ],
}

BROWSER = {
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=auto', '--columns=80'],
}
PAGE = '/tmp/heldout94-scratch/page/page.html'


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


def h2t(raw):
    import html2text
    return html2text.HTML2Text().handle(raw.decode('utf-8')).encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            data = h2t(raw) if conv == 'html2text' else browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout140 seed from pinned git blobs (Python 3 stdlib + git + markitdown + elinks + lynx).

usage: python3 build.py [OUT_DIR]     (default: /work/evaldata/heldout140)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole published HTML page (UTF-8) of a Vietnamese site committed to GitHub:
  - nhatphi1515/nhatphi1515.github.io: a static export (WordPress + WooCommerce + Elementor, OceanWP theme) of a
    student clone of the Bibica confectionery shop: its four blog posts (Mid-Autumn cakes, breakfast cereal), the
    "Giới thiệu về Bibica" page and two product pages, each with top bar, the menu twice, breadcrumb, share buttons,
    "Có thể bạn sẽ thích" related posts / "Có thể bạn thích…" and "Sản phẩm tương tự" products, comment / review
    form, sidebar ("BÀI VIẾT MỚI", "CHIA SẺ", "NHẬN THÔNG TIN") and footer;
  - quanbka/theholidayhalong.vn: a mirror of the WordPress site of the condotel project The Holiday Ha Long
    (batdongsan.quangninh.vn): five news articles, each with menu, hotline, "Trở lại danh sách tin tức", a
    "Tin liên quan" box of three posts with dates and teasers, distributor list, advice form and footer;
  - VoHieu/novabeach_html: an HTTrack mirror (2019) of the WordPress site of the resort project NovaBeach Cam Ranh
    (novabeachcamranh.com.vn): three news articles (a fourth, du-an-nao-chao-san-..., repeats nb_2's body under
    another headline and is left out), the "Giới thiệu", "Đối tác vận hành" and villa-types pages, each with menu,
    hotline, the "Nhận Thông Tin Dự Án" form, a "Tin tức" box of three other posts (articles) and the address
    footer.
Converters (one per source, see SEEDS):
  markitdown  markitdown 0.1.9 (venv /tmp/h2tvenv) : /tmp/h2tvenv/bin/markitdown FILE
  elinks      ELinks 0.13.2                 : elinks -dump FILE
  lynx        Lynx 2.9.0dev.12              : lynx -dump FILE   (with the link list)
The blob's bytes are written unchanged to the fixed file /tmp/heldout140-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte (stderr discarded).
(heldout136's build.py with new SEEDS and BROWSER entries.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# nhatphi1515/nhatphi1515.github.io, commit "upload" 2021-12-14 (the later commits "Create bibica.zip" and "1" leave
# only a zip in the tree): static export of a WordPress / WooCommerce clone of the Bibica shop
BB = ('nhatphi1515/nhatphi1515.github.io', 'a411eb1f58c04721e2c277648f4da7c1f30a0aa1')
# quanbka/theholidayhalong.vn, commit "Thay link fanpage" 2022-03-08, head of master (17 commits): mirror of the
# WordPress site of The Holiday Ha Long (batdongsan.quangninh.vn)
HH = ('quanbka/theholidayhalong.vn', '560eb2f630cb0209e239aa6dd0f53676f451fe43')
# VoHieu/novabeach_html, commit "first" 2019-09-23, the only commit: mirror of the WordPress site of NovaBeach Cam Ranh
NB = ('VoHieu/novabeach_html', '784e55b695e9974834065e44dfca0cb947f1e4e4')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'bibica-markitdown': [
        BB + ('2021/10/18/y-nghia-cua-banh-trung-thu/index.html', 'markitdown', 'bb_1.txt'),
        BB + ('2021/10/18/cach-lam-banh-trung-thu-truyen-thong/index.html', 'markitdown', 'bb_2.txt'),
        BB + ('2021/10/18/su-khac-biet-giua-banh-trung-thu-truyen-thong-va-hien-dai/index.html', 'markitdown',
              'bb_3.txt'),
        BB + ('2021/10/18/7-cach-lam-ngu-coc-an-sang-tai-nha-giup-ban-thon-tha-hon/index.html', 'markitdown',
              'bb_4.txt'),
        BB + ('gioi-thieu-ve-bibica/index.html', 'markitdown', 'bb_5.txt'),
        BB + ('san-pham/banh-cao-cap-anh-nguyet/index.html', 'markitdown', 'bb_6.txt'),
        BB + ('san-pham/banh-kem-xop-socola-dua-roppy/index.html', 'markitdown', 'bb_7.txt'),
    ],
    'holidayhalong-elinks': [
        HH + ('gia-tri-can-bang-kep-cua-ngoi-nha-thu-hai-the-holiday-ha-long-ben-vinh-bien/index.html', 'elinks',
              'hh_1.txt'),
        HH + ('ha-long-xuat-hien-toa-thap-doi-landmark-nghi-duong-dang-cap/index.html', 'elinks', 'hh_2.txt'),
        HH + ('ihg-hotels-resorts-va-cong-ty-co-phan-khach-san-vinh-ha-long-ky-hop-tac-phat-trien-holiday-inn-'
              'resort-halong-bay/index.html', 'elinks', 'hh_3.txt'),
        HH + ('so-huu-second-homes-the-holiday-ha-long-chi-tu-30-trieu-dong-thang/index.html', 'elinks', 'hh_4.txt'),
        HH + ('tu-13-ty-dong-so-huu-can-ho-suc-khoe-the-holiday-ha-long/index.html', 'elinks', 'hh_5.txt'),
    ],
    'novabeach-lynx': [
        NB + ('article/dich-vu-du-lich-la-mot-trong-hai-chien-luoc-trong-tam-cua-novaland-nam-2019/index.html', 'lynx',
              'nb_1.txt'),
        NB + ('article/ly-do-cam-ranh-tro-thanh-diem-den-hot-nam-2019/index.html', 'lynx', 'nb_2.txt'),
        NB + ('article/vi-tri-vang-tai-bai-dai-ben-vinh-ngoc-cam-ranh/index.html', 'lynx', 'nb_3.txt'),
        NB + ('gioi-thieu/index.html', 'lynx', 'nb_4.txt'),
        NB + ('doi-tac-van-hanh/index.html', 'lynx', 'nb_5.txt'),
        NB + ('danh-sach-kieu-kien-truc/villas/index.html', 'lynx', 'nb_6.txt'),
    ],
}

BROWSER = {
    'markitdown': ['/tmp/h2tvenv/bin/markitdown'],
    'elinks': ['elinks', '-dump'],
    'lynx': ['lynx', '-dump'],
}
PAGE = '/tmp/heldout140-scratch/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else '/work/evaldata/heldout140'
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

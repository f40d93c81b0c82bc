#!/usr/bin/env python3
"""Re-create every heldout113 seed from pinned git blobs (Python 3 stdlib + git + Debian links / lynx / w3m / pandoc).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout113)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole HTML page (UTF-8) of a Vietnamese site as committed to GitHub: a wget copy
of a WordPress restaurant site, a NoCodeExport copy of a Framer site, a wget copy of a WordPress company site, and the
built pages of a hand-made static community site.  Converters (one per source, see SEEDS):
  links   Links 2.28 (Debian 2.28-1+b2)        : links -dump -width 100 -codepage utf-8 FILE
  lynx    lynx 2.9.0dev.12 (Debian 2.9.0dev.12-1): lynx -dump -nolist -width=100 -display_charset=utf-8
                                                 -assume_charset=utf-8 FILE
  w3m     w3m 0.5.3+git20230121-2              : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  pandoc  pandoc 2.17.1.1 (Debian 2.17.1.1-2~deb12u1): pandoc -f html -t plain FILE   (default wrap, 72 columns)
The blob's bytes are written unchanged to the fixed file /tmp/heldout113-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS, the pandoc converter added, lynx with -nolist, widths 100.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# vinkay215/Marinaseafood-Site, "first commit" 2023-12-25 (wget copy of marina-club.com.vn, the WordPress site of the
# restaurant Marina Seafood, Vũng Tàu / HCMC)
MARINA = ('vinkay215/Marinaseafood-Site', 'c8477d7c07df2a393cc2f59e9c93e1407526e92c')
# khangng2209/katluufengshumaster, "chore: export from https://colorful-cake-647575.framer.app/ via NoCodeExport"
# 2026-07-10 (static export of the Framer site of the feng-shui master Kat Lưu)
KAT = ('khangng2209/katluufengshumaster', 'aed344e7ba6af59318180349268100db6619c544')
# minhtk1/phelieurenew, "INIT" 2025-09-14 (wget copy of phelieuminhkhangphat.com, the WordPress / Flatsome site of the
# scrap dealer Phế liệu Minh Khang Phát, HCMC)
PHELIEU = ('minhtk1/phelieurenew', '3d7a0830c3c148f1b884f0072e3ff2dbe2a7939c')
# plynirvana-max/song-khon-o-han, "auto update events 2026-08-03" (the hand-made static site songkhonohan.com,
# "Sống Khôn ở Hàn", guides for Vietnamese people living in Korea)
SONGKHON = ('plynirvana-max/song-khon-o-han', 'b4abd013d43e47578d4ffeb02c02a956649c294e')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'marina-links': [
        MARINA + ('ve-chung-toi/index.html', 'links', 'marina_1.txt'),
        MARINA + ('thuong-thuc-dai-tiec-buffet-hai-san-cao-cap-ben-bo-bien/index.html', 'links', 'marina_2.txt'),
        MARINA + ('cac-chuong-trinh-uu-dai/index.html', 'links', 'marina_3.txt'),
        MARINA + ('tuyen-dung/index.html', 'links', 'marina_4.txt'),
        MARINA + ('dich-vu/tiec-ca-nhan/index.html', 'links', 'marina_5.txt'),
        MARINA + ('dich-vu/tiec-cong-ty/index.html', 'links', 'marina_6.txt'),
    ],
    'katluu-lynx': [
        KAT + ('doanh-nhan-kat-luu-giam-khao-manhunt-vietnam-2025/index.html', 'lynx', 'kat_1.txt'),
        KAT + ('thang-7-am-lich-mo-cua-am-gioi-chuan-bi-gi/index.html', 'lynx', 'kat_2.txt'),
        KAT + ('phong-thuy-phong-khach-bi-quyet-bo-tri-hop-ly-de-thu-hut-tai-loc/index.html', 'lynx', 'kat_3.txt'),
        KAT + ('tham-my-hoai-van-chua-dep-xem-lai-tuong-so/index.html', 'lynx', 'kat_4.txt'),
        KAT + ('han-thai-tue-la-gi-cach-hoa-giai-han-thai-tue-hieu-qua-nhat/index.html', 'lynx', 'kat_5.txt'),
        KAT + ('chon-ngay-khai-truong-hop-tuoi-gia-chu-bi-quyet-mang-lai-may-man-va-thanh-cong/index.html', 'lynx', 'kat_6.txt'),
        KAT + ('dien-tuong-sinh-tai-su-kien-khep-lai-hanh-trinh-khai-van-chi-moi-bat-dau/index.html', 'lynx', 'kat_7.txt'),
    ],
    'phelieu-w3m': [
        PHELIEU + ('thu-mua-phe-lieu-dong/index.html', 'w3m', 'phelieu_1.txt'),
        PHELIEU + ('thu-mua-phe-lieu-nhom/index.html', 'w3m', 'phelieu_2.txt'),
        PHELIEU + ('thu-mua-phe-lieu-sat/index.html', 'w3m', 'phelieu_3.txt'),
        PHELIEU + ('thu-mua-phe-lieu-nhua/index.html', 'w3m', 'phelieu_4.txt'),
        PHELIEU + ('thu-mua-phe-lieu-inox/index.html', 'w3m', 'phelieu_5.txt'),
        PHELIEU + ('thu-mua-phe-lieu-vai/index.html', 'w3m', 'phelieu_6.txt'),
        PHELIEU + ('thu-mua-phe-lieu-can-tho/index.html', 'w3m', 'phelieu_7.txt'),
    ],
    'songkhon-pandoc': [
        SONGKHON + ('bai-viet/thue-phong-o-han.html', 'pandoc', 'songkhon_1.txt'),
        SONGKHON + ('bai-viet/kham-benh-o-han.html', 'pandoc', 'songkhon_2.txt'),
        SONGKHON + ('bai-viet/lam-them-du-hoc-sinh.html', 'pandoc', 'songkhon_3.txt'),
        SONGKHON + ('bai-viet/gui-tien-ve-viet-nam.html', 'pandoc', 'songkhon_4.txt'),
        SONGKHON + ('bai-viet/khi-hon-nhan-kho-khan.html', 'pandoc', 'songkhon_5.txt'),
        SONGKHON + ('bai-viet/cat-toc-o-han.html', 'pandoc', 'songkhon_6.txt'),
    ],
}

CONVERTER = {
    'links': ['links', '-dump', '-width', '100', '-codepage', 'utf-8'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=100', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain'],
}
PAGE = '/tmp/heldout113-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def convert(cmd, raw):
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
            data = convert(CONVERTER[conv], blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

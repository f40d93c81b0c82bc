#!/usr/bin/env python3
"""Re-create every heldout130 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx / pandoc).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout130)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved HTML page (UTF-8) of a Vietnamese business site, committed to GitHub
(an HTTrack copy, or the site's own published HTML).  Converters (one per source, see SEEDS):
  w3m     w3m 0.5.3+git20230121  : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  lynx    lynx 2.9.0dev.12       : lynx -dump -nolist -width=100 -display_charset=utf-8 -assume_charset=utf-8 FILE
  pandoc  pandoc 2.17.1.1        : pandoc -f html -t plain --wrap=none FILE   (stderr discarded)
The blob's bytes are written unchanged to the fixed file /tmp/heldout130-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS, w3m / lynx at 100 columns, lynx with -nolist, pandoc added, links / html2text
dropped.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# jsc2017605097/van-chuyen-trung-viet, commit "update v2" 2023-04-17 (HTTrack copy of soituyet.vn, "Sói Tuyết", a
# Hanoi China-import / ordering service; pages say "Mirrored from soituyet.vn/... by HTTrack ..., 13 Apr 2023")
ST = ('jsc2017605097/van-chuyen-trung-viet', 'f5dc8676c8d87a167e5197e6aa9e244349479f34')
# nclong1976/central, "Create azure-webapps-node.yml" 2025-10-04 (HTTrack copy of central2025.com, CENTRAL, a
# Ho Chi Minh City construction contractor; pages say "Mirrored from central2025.com/... by HTTrack ..., 30 Sep 2025")
CT = ('nclong1976/central', 'ba7527ac94bbacaecef2cbf0e07767cf505cf4d7')
# npt1225/vantaitnn, "fix" 2024-11-18 (the published HTML of vantaitnn.com, Công ty TNHH TMDV Vận Tải T&N, a HCMC
# cross-border freight company: service pages and news)
TN = ('npt1225/vantaitnn', '7933c9db00069f1ea30deb5e01f45acf043f0d70')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'soituyet-w3m': [
        ST + ('chuyen-muc/tuyen-dung/cong-ty-soi-tuyet-tuyen-dung-nhan-vien-dat-hang.html', 'w3m', 'st_1.txt'),
        ST + ('chuyen-muc/tuyen-dung/cong-ty-soi-tuyet-tuyen-dung-nhan-vien-kinh-doanh.html', 'w3m', 'st_2.txt'),
        ST + ('chuyen-muc/tim-hieu-thu-tuc-nhap-khau-tq/thu-tuc-nhap-khau-vali.html', 'w3m', 'st_3.txt'),
        ST + ('chuyen-muc/tim-hieu-thu-tuc-nhap-khau-tq/thu-tuc-nhap-khau-ghe-massage.html', 'w3m', 'st_4.txt'),
        ST + ('chuyen-muc/nhap-khau/xuat-nhap-khau-la-gi.html', 'w3m', 'st_5.txt'),
        ST + ('chuyen-muc/chinh-sach/danh-muc-hang-cam.html', 'w3m', 'st_6.txt'),
        ST + ('chuyen-muc/tin-tuc/thong-bao-nang-cap-he-thong.html', 'w3m', 'st_7.txt'),
        ST + ('chuyen-muc/nhap-khau/quy-trinh-nhap-khau-chinh-ngach-.html', 'w3m', 'st_8.txt'),
    ],
    'central-lynx': [
        CT + ('thong-diep-chu-tich.html', 'lynx', 'ct_1.txt'),
        CT + ('chinh-sach-nhan-su.html', 'lynx', 'ct_2.txt'),
        CT + ('phat-trien-nguon-nhan-luc.html', 'lynx', 'ct_3.txt'),
        CT + ('cong-nghe-bim.html', 'lynx', 'ct_4.txt'),
        CT + ('tong-quan.html', 'lynx', 'ct_5.txt'),
        CT + ('quan-ly-erp.html', 'lynx', 'ct_6.txt'),
    ],
    'vantaitnn-pandoc': [
        TN + ('dich-vu/van-chuyen-chinh-ngach-vietnam-lao.html', 'pandoc', 'tn_1.txt'),
        TN + ('dich-vu/van-chuyen-chinh-ngach-vietnam-campuchia.html', 'pandoc', 'tn_2.txt'),
        TN + ('dich-vu/van-chuyen-tieu-ngach-tu-viet-nam-den-lao.html', 'pandoc', 'tn_3.txt'),
        TN + ('dich-vu/van-chuyen-tieu-ngach-tu-viet-nam-den-thailan.html', 'pandoc', 'tn_4.txt'),
        TN + ('dich-vu/van-chuyen-tieu-ngach-tu-viet-nam-den-campuchia.html', 'pandoc', 'tn_5.txt'),
        TN + ('tin-tuc/theo-ban-logicstic-la-gi.html', 'pandoc', 'tn_6.txt'),
        TN + ('ve-chung-toi.html', 'pandoc', 'tn_7.txt'),
        TN + ('dich-vu/kho-van-va-phan-phoi-hang-hoa-2.html', 'pandoc', 'tn_8.txt'),
    ],
}

BROWSER = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=100', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'],
}
PAGE = '/tmp/heldout130-scratch/page/page.html'


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

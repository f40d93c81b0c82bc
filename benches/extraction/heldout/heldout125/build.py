#!/usr/bin/env python3
"""Re-create every heldout125 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout125)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole static HTML page (UTF-8) of a Vietnamese organisation's website as it was
committed to GitHub.  Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  lynx       lynx 2.9.0dev.12         : lynx -dump -width=100 -nolist -display_charset=utf-8 -assume_charset=utf-8 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout125-scratch/page/page.html and the browser runs
on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS, width 100 and lynx -nolist; the code below SEEDS is unchanged apart from PAGE.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# baodaigov/baodaigov.github.io, master "Commit" 2023-07-05 (hand-written GitHub Pages site styled as the
# "Cổng thông tin điện tử Chính phủ Quốc gia Bảo Đại", an online micronation / role-play group; news pages 2022-2023)
BDG = ('baodaigov/baodaigov.github.io', '47b32138387594cc724ee5c4566c0d870eecb364')
# factactive/dndhd.org, master "new index" 2020-06-24 (saved copy of dndhd.org, the site of Đảng Nhân Dân Hành Động,
# an overseas Vietnamese political party: TYPOlight-CMS pages under index.php/ and older FrontPage pages (*.htm))
NDHD = ('factactive/dndhd.org', '0d0670cc4d3634f6015242cc90f1c2b385646f17')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'baodaigov-w3m': [
        BDG + ('tintuc/my_ban_ha_khinh_khi_cau_trung_quoc.html', 'w3m', 'bdg_1.txt'),
        BDG + ('tintuc/dong_dat_o_tho_nhi_ky_va_syria.html', 'w3m', 'bdg_2.txt'),
        BDG + ('tintuc/chatgpt_cua_trung_cong_khong_dam_tra_loi_cac_cau_hoi_ve_tap_can_binh.html', 'w3m', 'bdg_3.txt'),
        BDG + ('tintuc/tap_can_binh_tai_dac_cu_chu_tich_trung_quoc.html', 'w3m', 'bdg_4.txt'),
        BDG + ('tintuc/tong_thong_dao_thanh_minh_chuc_mung_nam_moi.html', 'w3m', 'bdg_5.txt'),
        BDG + ('tintuc/dao_thanh_minh_noi_se_phang_csbd_cung_voi_cac_dong_minh_neu_tiep_tuc_si_nhuc_chinh_quyen.html', 'w3m', 'bdg_6.txt'),
        BDG + ('tintuc/tong_thong_quoc_gia_bao_dai_keu_goi_phap_vien_tro_quan_su.html', 'w3m', 'bdg_7.txt'),
    ],
    'dndhd-lynx': [
        NDHD + ('index.php/loimodau.html', 'lynx', 'dndhd_1.txt'),
        NDHD + ('index.php/ynghia.html', 'lynx', 'dndhd_2.txt'),
        NDHD + ('index.php/chutruong.html', 'lynx', 'dndhd_3.txt'),
        NDHD + ('index.php/duongloi.html', 'lynx', 'dndhd_4.txt'),
        NDHD + ('Files/thongbao1.htm', 'lynx', 'dndhd_5.txt'),
        NDHD + ('tintuc.htm', 'lynx', 'dndhd_6.txt'),
        NDHD + ('nhan_dinh2.htm', 'lynx', 'dndhd_7.txt'),
        NDHD + ('nhan_dinh3.htm', 'lynx', 'dndhd_8.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-width=100', '-nolist', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
}
PAGE = '/tmp/heldout125-scratch/page/page.html'


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

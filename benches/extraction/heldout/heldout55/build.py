#!/usr/bin/env python3
"""Re-create every heldout55 seed from pinned git blobs (Python 3 standard library + git + Debian w3m).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout55)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Every blob is one whole Vietnamese web page as a static copy of the site holds it
(WordPress "Simply Static" exports, HTTrack / wget site mirrors, Wayback-Machine captures committed to GitHub
Pages repositories).  Converter:
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
         (the blob's bytes are written unchanged to the fixed file /tmp/heldout55-scratch/page/page.html and the
         browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte)
Mirrors are the bare snapshots brought by the `fetch` tool: /work/.mirror/<owner>+<name>/repo[/.git].
(heldout46's build.py with new SEEDS and paths.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# ltvaran/uptin-blog-wp, master "Updated simply-static-1-1672106102" 2022-12-27 (WordPress Simply Static export)
UPTIN = ('ltvaran/uptin-blog-wp', '74b3e3e09a1de75485cc4432d35e9bb33d3e79b3')
# gasbinhminh/gasbinhminh.github.io, main "fix image error on pixel 2" 2021-03-04 (static WordPress copy, gas-binhminh.com)
GAS = ('gasbinhminh/gasbinhminh.github.io', 'b67e35c7becdb5f9f005e58426a14fa781213585')
# xreduvn/xreduvn.github.io, main "hide contact" 2021-08-15 (static WordPress copy of XR Lab / Monster Lab, www.xr.edu.vn)
XR = ('xreduvn/xreduvn.github.io', '05d3af13115ecba4541257e35edc93c1670fdfba')
# sonphan0910/thanhdo, master "final" 2025-06-24 (static WordPress copy of the Thanh Do University admissions site)
THANHDO = ('sonphan0910/thanhdo', '8b85e4f23c840b48407932ebaca348f60dd1fd7f')
# ewh-support/sgtvt.daknong, gh-pages "Thu 08/01/2019 10:36:42.77" (Wayback-Machine captures of sgtvt.daknong.gov.vn)
SGTVT = ('ewh-support/sgtvt.daknong', '949fede01718609d5da31635b3af05ffbaf3cdd5')
# duyetdev/jvn-static, gh-pages "u" 2016-09-19 (HTTrack-style static copy of www.jvn.edu.vn, WordPress)
JVN = ('duyetdev/jvn-static', 'de188b057e4ff6a3f1e201be9b0cc2296780b5b1')
# thienhieu213/piano-house-nhaccodien, main "push code" 2023-01-31 (static WordPress copy of nhaccodien.info)
NCD = ('thienhieu213/piano-house-nhaccodien', 'dfa1d95432b1f8e4d5399eb28dd6f86752a0bc75')
# 21ts444/hanoipok, main "Create CNAME" 2021-10-19 (static WordPress copy of the THPT Nhan Chinh school portal)
NHANCHINH = ('21ts444/hanoipok', '432f3438adddd5fc2d1462c179fe80fb8ac5d39e')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'uptin-blog': [
        UPTIN + ('cach-lam-moi-gioi-nha-dat/index.html', 'w3m', 'uptin_1.txt'),
        UPTIN + ('soan-tin-dang-tin-len-lich/index.html', 'w3m', 'uptin_2.txt'),
        UPTIN + ('tu-duy-su-dung-uptin/index.html', 'w3m', 'uptin_3.txt'),
        UPTIN + ('update-bo-sung-danh-muc-phong-tro/index.html', 'w3m', 'uptin_4.txt'),
        UPTIN + ('tai-app-uptin-tren-dien-thoai/index.html', 'w3m', 'uptin_5.txt'),
    ],
    'gas-binhminh': [
        GAS + ('thong-bao-gia-ban-gas-thay-doi-tu-ngay-01-01-2019/index.html', 'w3m', 'gas_1.txt'),
        GAS + ('thong-bao-gia-ban-gas-thay-doi-tu-ngay-02-03-2020/index.html', 'w3m', 'gas_2.txt'),
        GAS + ('thong-bao-gia-ban-gas-thay-doi-tu-ngay-01-11-2020/index.html', 'w3m', 'gas_3.txt'),
    ],
    'xr-academy': [
        XR + ('art-director-khac-designer-nhu-the-nao/index.html', 'w3m', 'xr_1.txt'),
        XR + ('lam-viec-voi-khach-hang-khi-khach-hang-khong-biet-minh-muon-gi/index.html', 'w3m', 'xr_2.txt'),
        XR + ('giai-phau-hoc-nghe-thuat/index.html', 'w3m', 'xr_3.txt'),
        XR + ('tong-ket-su-kien-nghe-ve-truyen-tranh-o-viet-nam/index.html', 'w3m', 'xr_4.txt'),
        XR + ('ky-thuat-su-dung-co-trong-ve-mau-nuoc/index.html', 'w3m', 'xr_5.txt'),
    ],
    'thanhdo-univ': [
        THANHDO + ('3-dieu-ban-can-hieu-ro-truoc-khi-lua-chon-nganh-luat/index.html', 'w3m', 'thanhdo_1.txt'),
        THANHDO + ('hoc-giao-duc-hoc-la-hoc-lam-giao-vien/index.html', 'w3m', 'thanhdo_2.txt'),
        THANHDO + ('laptop-trao-tay-tro-thanh-thadoer-chinh-hieu/index.html', 'w3m', 'thanhdo_3.txt'),
        THANHDO + ('hoc-trai-nganh-cho-nguoi-di-lam-tai-sao-khong/index.html', 'w3m', 'thanhdo_4.txt'),
        THANHDO + ('truong-dai-hoc-thanh-do-tiep-tuc-tang-hang-tren-bang-xep-hang-webometrics-ky-thang-7-2023/'
                   'index.html', 'w3m', 'thanhdo_5.txt'),
    ],
    'sgtvt-daknong-wayback': [
        SGTVT + ('dak-sin-da-dang-hoa-cay-trong-de-phat-trien-nong-nghiep-on-dinh/index.html', 'w3m', 'sgtvt_1.txt'),
        SGTVT + ('khoi-cong-xay-dung-3-can-nha-mai-am-cho-nguoi-ngheo-noi-bien-gioi-tai-xa-quang-truc/index.html',
                 'w3m', 'sgtvt_2.txt'),
        SGTVT + ('nam-2018-hoat-dong-nhan-dao-xa-hoi-tu-thien-thuc-hien-dat-tren-393-ty-dong/index.html', 'w3m',
                 'sgtvt_3.txt'),
        SGTVT + ('hoi-nghi-trien-khai-nhiem-vu-quan-su-quoc-phong-dia-phuong-nam-2019/index.html', 'w3m',
                 'sgtvt_4.txt'),
        SGTVT + ('thanh-lap-trung-tam-dao-tao-va-sat-hach-lai-xe-loai-i-tai-dak-rlap/index.html', 'w3m',
                 'sgtvt_5.txt'),
    ],
    'jvn-institute': [
        JVN + ('bung-no-cuoc-thi-entropy-khai-pha-du-lieu/index.html', 'w3m', 'jvn_1.txt'),
        JVN + ('gs-ngo-bao-chau-tro-chuyen-toan-hoc-voi-hoc-vien-trung-tam-xuat-sac-jvn/index.html', 'w3m',
               'jvn_2.txt'),
        JVN + ('hoi-tu-chat-xam-viet-toan-the-gioi/index.html', 'w3m', 'jvn_3.txt'),
        JVN + ('thong-cao-bao-chi-ve-hop-tac-giua-vien-jvn-va-tenpoint7/index.html', 'w3m', 'jvn_4.txt'),
        JVN + ('buoi-gioi-thieu-cua-vien-john-von-neumann-tai-truong-dai-hoc-van-lang/index.html', 'w3m',
               'jvn_5.txt'),
    ],
    'nhaccodien-magazine': [
        NCD + ('aida-bi-kich-ben-dong-song-nil/index.html', 'w3m', 'ncd_1.txt'),
        NCD + ('bravo-hay-brava-vo-tay-hay-la-khong/index.html', 'w3m', 'ncd_2.txt'),
        NCD + ('string-quartet-tu-tau-dan-day/index.html', 'w3m', 'ncd_3.txt'),
        NCD + ('lullaby-hat-ru/index.html', 'w3m', 'ncd_4.txt'),
        NCD + ('viola/index.html', 'w3m', 'ncd_5.txt'),
        NCD + ('kempff-wilhelm-1895-1991/index.html', 'w3m', 'ncd_6.txt'),
    ],
    'nhanchinh-school': [
        NHANCHINH + ('mo-hinh-sinh-hoat-cac-cau-lac-bo-trong-nha-truong-tao-hieu-qua-cao-cho-hoat-dong-doan-va-phong-'
                     'trao-thanh-nien/index.html', 'w3m', 'nhanchinh_1.txt'),
        NHANCHINH + ('dai-hoi-doan-tncs-ho-chi-minh-nhiem-ki-2020-2021/index.html', 'w3m', 'nhanchinh_2.txt'),
        NHANCHINH + ('truong-thpt-nhan-chinh-huong-ung-phong-trao-may-tinh-cho-em-chuong-trinh-da-cham-den-trai-tim-'
                     'moi-nguoi/index.html', 'w3m', 'nhanchinh_3.txt'),
        NHANCHINH + ('chuc-mung-nhung-guong-mat-xuat-sac-tu-thpt-nhan-chinh-gianh-hoc-bong-tu-buv/index.html',
                     'w3m', 'nhanchinh_4.txt'),
        NHANCHINH + ('bua-sang-danh-tang-mien-trung/index.html', 'w3m', 'nhanchinh_5.txt'),
    ],
}

BROWSER = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout55-scratch/page/page.html'


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

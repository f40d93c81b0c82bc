#!/usr/bin/env python3
"""Re-create every heldout76 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx + PyPI html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this script, /work/evaldata/heldout76)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>` from the bare
mirrors under /work/.mirror/<owner>+<name>/; nothing is edited by hand.  Every blob is one whole HTML page of a
Vietnamese public-sector portal as committed to the repository:
  * ewh-support/stc.daknong, ewh-support/stp.daknong: static output (EasyWebHub / Metalsmith site builder, branch
    gh-pages) of the web portals of two Đắk Nông provincial departments (Finance, Justice);
  * 21ts444/ptsaoviet, 21ts444/thcshoangluong, 21ts444/thcsanhoa: HTTrack mirrors of three school portals.
Converters (the blob's bytes are written unchanged to PAGE; the browsers run with LC_ALL=C.UTF-8, TERM=dumb and
their stdout is the seed, byte for byte):
  w3m        w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 PAGE
  lynx       lynx 2.9.0dev.12        : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 PAGE
  html2text  Python html2text 2025.4.15 (pip) : h = html2text.HTML2Text(); h.body_width = 80;
             h.handle(blob.decode('utf-8')) written as UTF-8 (Markdown-ish text; links kept inline as
             [text](url), images as ![alt](src))."""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'
PAGE = '/tmp/heldout76-scratch/page/page.html'
PYLIB = '/tmp/heldout76-scratch/py'   # where `pip install --target` put html2text 2025.4.15


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# ewh-support/stc.daknong, gh-pages "Mon 08/05/2019 15:56:03.10" (Sở Tài chính tỉnh Đắk Nông portal, EasyWebHub output)
STC = ('ewh-support/stc.daknong', '1fe5c0e2f01f7ce430ad02ec7778f357b350dffc')
# ewh-support/stp.daknong, gh-pages "Mon 08/05/2019 16:35:07.24" (Sở Tư pháp tỉnh Đắk Nông portal, EasyWebHub output)
STP = ('ewh-support/stp.daknong', 'aaf1e7cabb91c84a041fea10acc2c4c152307cf2')
# 21ts444/ptsaoviet, main "Create CNAME" 2021-10-25 (HTTrack mirror, Trường TH-THCS-THPT Sao Việt, Gia Lai)
SAOVIET = ('21ts444/ptsaoviet', 'eac4e19ee0b30ff67062798775b4631556ee75f7')
# 21ts444/thcshoangluong, main "Create CNAME" 2021-10-13 (HTTrack mirror, Trường THCS Hoàng Lương, Bắc Giang)
HOANGLUONG = ('21ts444/thcshoangluong', '37a94ab88351704ca0213d0dca02120310530c2f')
# 21ts444/thcsanhoa, main "Create CNAME" 2021-10-07 (HTTrack mirror, Trường THCS An Hóa, Bến Tre)
ANHOA = ('21ts444/thcsanhoa', '0581d4a0d399e58aa863ae16374bbca3ab24c0cd')

T = 'tin-tuc-su-kien/'
# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'stc-daknong': [
        STC + ('thuan-hanh-cong-trinh-cap-nuoc-gan-10-ty-vua-ban-giao-da-hu-hong/index.html', 'w3m', 'stc_1.txt'),
        STC + ('ngan-chan-hieu-qua-tinh-trang-nhung-nhieu-gay-phien-ha-cho-nguoi-dan-dn/index.html', 'w3m', 'stc_2.txt'),
        STC + ('thi-cong-duong-vanh-dai-phia-tay-nam-huyen-dak-song-phat-sinh-nhieu-van-de-anh-huong-den-dan-sinh/'
               'index.html', 'w3m', 'stc_3.txt'),
        STC + ('nong-dan-phan-khoi-buoc-vao-mua-vu-thu-hoach-ca-phe/index.html', 'w3m', 'stc_4.txt'),
        STC + ('gia-nghia-tiem-nang-va-phat-trien/index.html', 'w3m', 'stc_5.txt'),
        STC + ('hoat-dong-san-xuat-kinh-doanh-ruou-nhieu-van-de-can-giai-quyet/index.html', 'w3m', 'stc_6.txt'),
    ],
    'stp-daknong': [
        STP + ('nhung-an-tuong-dep-ve-mot-vi-tuong/index.html', 'lynx', 'stp_1.txt'),
        STP + ('sap-xep-he-thong-bao-chi-gan-voi-doi-moi-mo-hinh-to-chuc-nang-cao-hieu-qua/index.html', 'lynx',
               'stp_2.txt'),
        STP + ('tap-trung-tuyen-truyen-tinh-hinh-kinh-te-xa-hoi-cac-ngay-le-lon-cua-dat-nuoc/index.html', 'lynx',
               'stp_3.txt'),
        STP + ('nam-2019-trien-khai-moi-61-tthc-tren-co-che-mot-cua-quoc-gia/index.html', 'lynx', 'stp_4.txt'),
        STP + ('dak-glong-chu-trong-giam-ngheo-vung-dong-bao-dan-toc-thieu-so/index.html', 'lynx', 'stp_5.txt'),
    ],
    'saoviet-httrack': [
        SAOVIET + (T + 'hoat-dong-ngoai-gio-len-lop/chuyen-di-hoc-tap-trai-nghiem-cua-hoc-sinh-truong-sao-viet-t.html',
                   'html2text', 'saoviet_1.txt'),
        SAOVIET + (T + 'hoat-dong-ngoai-gio-len-lop/tiet-chao-co-dau-tuan-than-thien-gioi-thieu-sach-chu-de-chao.html',
                   'html2text', 'saoviet_2.txt'),
        SAOVIET + (T + 'hoat-dong-doan-the/le-khai-giang-nam-hoc-2021-2022-cua-truong-th-thcs-thpt-sao-.html',
                   'html2text', 'saoviet_3.txt'),
        SAOVIET + (T + 'hoat-dong-su-kien/truong-thpt-le-hoan-can-lam-nhung-tam-long-.html', 'html2text',
                   'saoviet_4.txt'),
        SAOVIET + (T + 'hoat-dong-doan-the/-doi-giay-lay-cay-hanh-dong-nho-y-nghia-lon.html', 'html2text',
                   'saoviet_5.txt'),
    ],
    'hoangluong-httrack': [
        HOANGLUONG + ('tin-tuc-thong-bao/hoat-dong/le-ky-niem-ngay-nha-giao-viet-nam-20-11-2020.html', 'w3m',
                      'hoangluong_1.txt'),
        HOANGLUONG + ('tin-tuc-thong-bao/trao-doi-kn-ppdh/nhung-thuan-loi-va-kho-khan-trong-viec-ung-dung-cong-nghe-th'
                      '.html', 'w3m', 'hoangluong_2.txt'),
        HOANGLUONG + ('tin-tuc-thong-bao/khuyen-hoc-guong-sang/kinh-nghiem-trong-cong-tac-khuyen-hoc.html', 'w3m',
                      'hoangluong_3.txt'),
        HOANGLUONG + ('tin-tuc-thong-bao/hoat-dong/phong-gd-dt-hiep-hoa-to-chuc-sinh-hoat-chuyen-mon-truc-tuyen.html',
                      'w3m', 'hoangluong_4.txt'),
        HOANGLUONG + ('tin-tuc-su-kien/khi-the-tung-bung-trong-ngay-le-khai-giang-nam-hoc-2021-2022.html', 'w3m',
                      'hoangluong_5.txt'),
    ],
    'anhoa-httrack': [
        ANHOA + ('chi-tiet-tin828a.html', 'lynx', 'anhoa_1.txt'),
        ANHOA + ('chi-tiet-tin258f.html', 'lynx', 'anhoa_2.txt'),
        ANHOA + ('chi-tiet-tin-cong-thanh-vien9a5f.html', 'lynx', 'anhoa_3.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}


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
    if PYLIB not in sys.path:
        sys.path.insert(0, PYLIB)
    import html2text
    h = html2text.HTML2Text()
    h.body_width = 80
    return h.handle(raw.decode('utf-8')).encode('utf-8')


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

#!/usr/bin/env python3
"""Re-create every heldout88 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx + Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout88)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole HTML page (UTF-8) of a Vietnamese education-department / school web portal as
HTTrack Website Copier 3.x saved it ("Mirrored from <host>/... by HTTrack Website Copier/3.x [XR&CO'2014]") and its
owner committed it to GitHub.  Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx 2.9.0dev.12        : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
For w3m / lynx the blob's bytes are written unchanged to the fixed file /tmp/heldout88-scratch/page/page.html and the
browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For html2text the blob is
decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout87's build.py with new SEEDS.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# 21ts444/thnguyentrai-tp, main "Create CNAME" 2021-10-12 (HTTrack mirror, 12 Oct 2021, of the ASP.NET portal
# (VNPT, Default.aspx?sname=sgdhagiang...) of the Sở GD&ĐT Hà Giang as served under thnguyentrai-tp.hagiang.edu.vn)
HAGIANG = ('21ts444/thnguyentrai-tp', 'f7bca07947611ef30f413f774bd109847f500841')
# 21ts444/thtanhong, main "Create CNAME" 2021-10-06 (HTTrack mirror of thtanhong.bacninh.edu.vn, EduPortal / Viettel)
TANHONG = ('21ts444/thtanhong', 'a9e1b8ddea648e64e1347d070431ca68a996abbc')
# 21ts444/thcshoahongbach, main "Create CNAME" 2021-10-20 (HTTrack mirror of thcshoahongbach.pgddonghung.edu.vn)
HOAHONGBACH = ('21ts444/thcshoahongbach', '3126a1eab75b6cc77460e53777bda16ec562cf7a')
# HowRYouBoy/TanThanh2, main "Create CNAME" 2022-01-07 (HTTrack mirror of c2tanthanh.laivung.edu.vn)
TANTHANH = ('HowRYouBoy/TanThanh2', '593758361b3dac75e4574b91e2cd56c8917cf505')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'hagiang-aspx': [
        HAGIANG + ('Default04fa.html', 'lynx', 'hagiang_1.txt'),
        HAGIANG + ('Default076c.html', 'lynx', 'hagiang_2.txt'),
        HAGIANG + ('Defaultd229.html', 'lynx', 'hagiang_3.txt'),
        HAGIANG + ('Defaultd8c8.html', 'lynx', 'hagiang_4.txt'),
        HAGIANG + ('Defaultb945.html', 'lynx', 'hagiang_5.txt'),
        HAGIANG + ('Default6bc0.html', 'lynx', 'hagiang_6.txt'),
        HAGIANG + ('Defaulte543.html', 'lynx', 'hagiang_7.txt'),
    ],
    'tanhong-eduportal': [
        TANHONG + ('tin-tuc-su-kien/hoat-dong-ngoai-gio-len-lop/'
                   'mot-ngay-trai-nghiem-thu-vi-tai-bat-trang-va-trang-trai-giao.html', 'w3m', 'tanhong_1.txt'),
        TANHONG + ('tin-tuc-su-kien/hoat-dong-doi-tntp-hcm/'
                   'lien-doi-truong-tan-hong-to-chuc-ngay-hoi-thieu-nhi-vui-khoe.html', 'w3m', 'tanhong_2.txt'),
        TANHONG + ('tin-tuc-su-kien/cong-tac-don-hoc-sinh-quay-tro-lai-cua-truong-tieu-hoc-tan-h.html', 'w3m',
                   'tanhong_3.txt'),
        TANHONG + ('tin-tuc-su-kien/guong-sang-giao-duc/nghi-luc-cua-thu-khoa.html', 'w3m', 'tanhong_4.txt'),
        TANHONG + ('tin-tuc-su-kien/hoat-dong-su-kien/mua-tuu-truong-dac-biet.html', 'w3m', 'tanhong_5.txt'),
        TANHONG + ('tin-tuc-su-kien/hoat-dong-su-kien/xuc-cam-ngay-khai-truong-online.html', 'w3m', 'tanhong_6.txt'),
    ],
    'hoahongbach-eduportal': [
        HOAHONGBACH + ('tin-tuc-su-kien/hoat-dong-su-kien/tham-lai-truong-xua.html', 'html2text', 'hoahongbach_1.txt'),
        HOAHONGBACH + ('tin-tuc-su-kien/hoat-dong-su-kien/dung-cam-cuu-nguoi-bi-duoi-nuoc-tren-song-kien-giang.html',
                       'html2text', 'hoahongbach_2.txt'),
        HOAHONGBACH + ('tin-tuc-su-kien/chia-tay-co-giao-vu-thi-minh-nguyet-ve-nghi-che-do.html', 'html2text',
                       'hoahongbach_3.txt'),
        HOAHONGBACH + ('tin-tuc-su-kien/hoat-dong-su-kien/'
                       'hoc-sinh-truong-hoa-hong-bach-cham-soc-di-tich-lich-su-van-h.html', 'html2text',
                       'hoahongbach_4.txt'),
        HOAHONGBACH + ('tin-tuc-su-kien/vui-tet-trung-thu-an-toan-y-nghia-tai-truong-thcs-trong-quan.html',
                       'html2text', 'hoahongbach_5.txt'),
        HOAHONGBACH + ('tin-tuc-su-kien/hoat-dong-su-kien/lam-cho-the-gioi-sach-hon.html', 'html2text',
                       'hoahongbach_6.txt'),
    ],
    'tanthanh-eduportal': [
        TANTHANH + ('tin-tuc-thong-bao/tin-tuc/giai-phap-nang-cao-chat-luong-day-hoc-thich-ung-tinh-hinh-di.html',
                    'lynx', 'tanthanh_1.txt'),
        TANTHANH + ('tin-tuc-thong-bao/tin-tuc/hoi-nghi-cha-me-hoc-sinh-nam-hoc-2019-2020.html', 'lynx',
                    'tanthanh_2.txt'),
        TANTHANH + ('tin-tuc-thong-bao/tin-tuc/hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2021-2022.html', 'lynx',
                    'tanthanh_3.txt'),
        TANTHANH + ('tin-tuc-thong-bao/tin-tuc/hoi-thao-phan-luong-huong-nghiep-nam-2019.html', 'lynx',
                    'tanthanh_4.txt'),
        TANTHANH + ('tin-tuc-thong-bao/tin-tuc/truong-thcs-tan-thanh-doi-thoai-giua-lanh-dao-voi-hoc-sinh-n.html',
                    'lynx', 'tanthanh_5.txt'),
        TANTHANH + ('tin-tuc-thong-bao/tin-tuc/tuyen-truyen-dam-bao-an-ninh-trat-tu-va-phong-chong-toi-pham.html',
                    'lynx', 'tanthanh_6.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout88-scratch/page/page.html'


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

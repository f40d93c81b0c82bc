#!/usr/bin/env python3
"""Re-create every heldout78 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx + PyPI html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this script, /work/evaldata/heldout78)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole HTML page of a Vietnamese site (static-site output or HTTrack mirror
committed to GitHub).  Converters:
  w3m        w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx 2.9.0dev.12 : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
             (for both browsers the blob's bytes are written unchanged to /tmp/heldout78-scratch/page/page.html and
             the browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte)
  html2text  PyPI html2text 2025.4.15 (pip install --target /tmp/heldout78-scratch/py html2text):
             h = HTML2Text(); h.body_width = 80; h.handle(blob.decode('utf-8')) -> written as UTF-8
(heldout46's build.py with new SEEDS and the html2text branch added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'
PYDIR = '/tmp/heldout78-scratch/py'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# ewh-support/krongno.daknong, gh-pages "Tue 07/30/2019 18:00:40.51" (EasyWebHub static output, Krông Nô district portal)
KRONGNO = ('ewh-support/krongno.daknong', '95afcf2551cd2179d938ba674edd6d6b39f0abe8')
# 21ts444/thquangtrung, main "v1.0" 2021-10-10 (HTTrack mirror of thquangtrung.tpcamau.edu.vn, vnEdu portal)
QUANGTRUNG = ('21ts444/thquangtrung', '613f2db886501663cec91448c11f99f5500e2685')
# 21ts444/thcsthanhminh, main "v1.0" 2021-10-05 (HTTrack mirror of thcsthanhminh.phutho.edu.vn, vnEdu portal)
THANHMINH = ('21ts444/thcsthanhminh', '9122ac0a606329c27ceee5d284106cd8913ee24a')
# Liam-and-Son-Group/baoviet-danang, main "Auto-deploy: Add new article ..." 2026-01-27 (self-made static site of an
# insurance agency in Đà Nẵng, articles generated from a template and committed)
BAOVIET = ('Liam-and-Son-Group/baoviet-danang', '98d7d9bfbe70fc8a5a516b55f379c040f76ac55d')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'krongno-ewh': [
        KRONGNO + ('nam-n-dir-tich-cuc-xay-dung-nong-thon-moi/index.html', 'w3m', 'krongno_1.txt'),
        KRONGNO + ('krong-no-quan-tam-dau-tu-ha-tang-giao-thong-de-phat-trien-du-lich/index.html', 'w3m',
                   'krongno_2.txt'),
        KRONGNO + ('krong-no-phat-dong-huong-ung-ngay-moi-truong-the-gioi-nam-2019/index.html', 'w3m',
                   'krongno_3.txt'),
        KRONGNO + ('hoi-nong-dan-huyen-ho-tro-von-vay-cho-hoi-vien-nguyen-thi-nhat-thon-07-xa-nam-binh/index.html',
                   'w3m', 'krongno_4.txt'),
        KRONGNO + ('mat-ong-hoa-phat/index.html', 'w3m', 'krongno_5.txt'),
        KRONGNO + ('phong-chong-benh-dich-ta-lon-chau-phi-tap-trung-thuc-hien-tot-ngay-tu-dau/index.html', 'w3m',
                   'krongno_6.txt'),
    ],
    'quangtrung-httrack': [
        QUANGTRUNG + ('chuyen-mon/cho-doan-lien-doi/hoat-dong-phien-cho-tet-.html', 'lynx', 'quangtrung_1.txt'),
        QUANGTRUNG + ('chuyen-mon/hoat-dong-nha-truong2/thang-ba-ve.html', 'lynx', 'quangtrung_2.txt'),
        QUANGTRUNG + ('chuyen-mon/cho-doan-lien-doi/vieng-nghia-trang-10-liet-si-khoi-nghia-hon-khoai-..html', 'lynx',
                      'quangtrung_3.txt'),
        QUANGTRUNG + ('chuyen-mon/cong-doan-truong-tieu-hoc-quang-trung-tp-ca-mau-chung-tay-ch.html', 'lynx',
                      'quangtrung_4.txt'),
        QUANGTRUNG + ('chuyen-mon/thong-bao-nha-truong/cau-hoc-tro-nhieu-thanh-tich.html', 'lynx', 'quangtrung_5.txt'),
        QUANGTRUNG + ('chuyen-mon/hoat-dong-nha-truong2/nhung-ngay-thang-4-soi-noi.html', 'lynx', 'quangtrung_6.txt'),
    ],
    'thanhminh-httrack': [
        THANHMINH + ('tin-tuc-su-kien/guong-sang/nghi-luc-dang-quy-cua-co-hoc-tro-ngheo.html', 'html2text',
                     'thanhminh_1.txt'),
        THANHMINH + ('tin-tuc-su-kien/guong-sang/tran-cam-tu-co-hoc-tro-vuot-kho-hoc-gioi.html', 'html2text',
                     'thanhminh_2.txt'),
        THANHMINH + ('tin-tuc-su-kien/hoat-dong-su-kien/xuan-son-mua-suong-trang-nang-vang.html', 'html2text',
                     'thanhminh_3.txt'),
        THANHMINH + ('tin-tuc-su-kien/hoat-dong-su-kien/huyen-thanh-son-to-chuc-hoi-khoe-cap-huyen.html', 'html2text',
                     'thanhminh_4.txt'),
        THANHMINH + ('tin-tuc-su-kien/hoc-sinh-that-su-hanh-phuc-khi-co-duoc-mot-giao-vien-chu-nhi.html',
                     'html2text', 'thanhminh_5.txt'),
        THANHMINH + ('tin-tuc-su-kien/guong-sang/nhung-tam-guong-hoc-sinh-doi-vien-vuot-kho-hoc-gioi.html',
                     'html2text', 'thanhminh_6.txt'),
    ],
    'baoviet-static': [
        BAOVIET + ('chung-tay-vi-cong-dong-bao-viet-da-nang-va-hanh-trinh-nhan-ai-tren-moi-neo-duong.html', 'w3m',
                   'baoviet_1.txt'),
        BAOVIET + ('huong-dan-quy-trinh-boi-thuong-bao-hiem-bao-viet-tai-da-nang-tu-a-z.html', 'w3m', 'baoviet_2.txt'),
        BAOVIET + ('kinh-nghiem-mua-bao-hiem-vat-chat-xe-o-to-tai-da-nang-tranh-bay-gia-re.html', 'w3m',
                   'baoviet_3.txt'),
        BAOVIET + ('bao-hiem-chay-no-chung-cu-tai-da-nang-quyen-loi-trach-nhiem-cu-dan.html', 'w3m', 'baoviet_4.txt'),
        BAOVIET + ('giua-nhip-song-do-thi-hoa-nguoi-viet-can-them-gi-de-that-su-an-cu.html', 'w3m', 'baoviet_5.txt'),
        BAOVIET + ('mua-bao-hiem-du-lich-quoc-te-tai-da-nang-thu-tuc-nhanh-the-lay-ngay.html', 'w3m', 'baoviet_6.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout78-scratch/page/page.html'


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
    if PYDIR not in sys.path:
        sys.path.insert(0, PYDIR)
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

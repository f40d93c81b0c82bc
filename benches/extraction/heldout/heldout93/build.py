#!/usr/bin/env python3
"""Re-create every heldout93 seed from pinned git blobs (Python 3 stdlib + git + Debian links / lynx / w3m + Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout93)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved HTML page (UTF-8) of a Vietnamese site as a mirroring tool (HTTrack,
or a browser/site copier) saved it and its owner committed it to GitHub.  Converters (one per source, see SEEDS):
  links      Links 2.28               : links -dump -width 80 -codepage utf-8 FILE
  lynx       lynx 2.9.0dev.12         : lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
                                         (with its numbered link list, i.e. without -nolist)
  w3m        w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
For links / lynx / w3m the blob's bytes are written unchanged to the fixed file /tmp/heldout93-scratch/page/page.html
and the browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For html2text the
blob is decoded as UTF-8 (a leading BOM kept as decoded) and the returned str is written encoded as UTF-8.
(heldout87's build.py with new SEEDS and the links converter added; lynx without -nolist.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# perrythedev/thpt-nguyenbinhkhiem-angiang.edu.vn, main "Nov 8, 2024, 9:28 PM" (saved copy of the school portal of
# Trường THPT Nguyễn Bỉnh Khiêm, An Giang; the school-portal platform with the "vhv" font and A-/A/A+ widgets)
NBK = ('perrythedev/thpt-nguyenbinhkhiem-angiang.edu.vn', '41864e89d74db9c0a52346070b09ce6aa13678a4')
# NguyenChiQuang/vaci, "first commit" 2019-07-29 (HTTrack copy of boa.gov.vn, Drupal 7 site of the Bureau of
# Accreditation / Viện Công nhận Chất lượng Việt Nam, mirrored 2019-07-12)
BOA = ('NguyenChiQuang/vaci', '4b27c23e2fab40dfa76f39f037f49858a638d4cf')
# luuquangtri/lss, commit ";" 2019-04-06 (HTTrack copy of lss.tabweb.vn, the site of CTY CP Dịch vụ Giải pháp Cảnh
# quan LSS, a Saigon landscape-architecture company, on the web agency's staging host; mirrored 2019-04-04)
LSS = ('luuquangtri/lss', 'dbdcffe1c0b50bfaf552972ba4a4d981cf1bbe75')
# tta2246q/the, commit "the" 2024-10-14 (HTTrack copy of bean-water.mysapo.net, the Sapo (Bizweb) drinking-water
# store "Bean Water", mirrored 2024-10-14)
WATER = ('tta2246q/the', '161ce312e72cb2c6d224dcb377fb4e839f61000e')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'nbk-links': [
        NBK + ('tin-tuc-su-kien/tin-tuc-giao-duc/an-giang-thuc-hien-quy-doi-chung-chi-ngoai-ngu-tin-hoc.html', 'links', 'nbk_1.txt'),
        NBK + ('tin-tuc-su-kien/tin-tuc-giao-duc/so-giao-duc-va-dao-tao-an-giang-trien-khai-ke-hoach-dieu-chi.html', 'links', 'nbk_2.txt'),
        NBK + ('tin-tuc-su-kien/tin-tuc-giao-duc/so-giao-duc-va-dao-tao-an-giang-huong-dan-trien-khai-day-hoc.html', 'links', 'nbk_3.txt'),
        NBK + ('hoat-dong/hoat-dong-chuyen-mon/hoat-dong-stem-bo-mon-tin-hoc-nam-hoc-2022-2023.html', 'links', 'nbk_4.txt'),
        NBK + ('hoat-dong/chuong-trinh-he/giai-bong-chuyen-trong-he-nam-2022.html', 'links', 'nbk_5.txt'),
        NBK + ('hoat-dong/chuong-trinh-he/giao-luu-bong-da-tu-hung.html', 'links', 'nbk_6.txt'),
        NBK + ('hoat-dong/chuong-trinh-he/ngay-thuong-binh-liet-si-27-7-1947-27-7-2023-.html', 'links', 'nbk_7.txt'),
        NBK + ('tin-tuc/tin-tuc-cua-truong/dai-hoi-cha-me-hoc-sinh-nam-hoc-2024-2025.html', 'links', 'nbk_8.txt'),
    ],
    'boa-lynx': [
        BOA + ('vi/boa-don-nhan-huan-chuong-lao-dong-hang-nhi-va-ky-niem-20-nam-thanh-lap.html', 'lynx', 'boa_1.txt'),
        BOA + ('vi/hoat-dong-cong-nhan-20-nam-lon-manh-tam-quoc-te.html', 'lynx', 'boa_2.txt'),
        BOA + ('vi/hoi-nghi-dien-hinh-tien-tien-khoi-van-phong-vien.html', 'lynx', 'boa_3.txt'),
        BOA + ('vi/hoi-thao-cong-nhan-mang-lai-mot-gioi-toan-hon.html', 'lynx', 'boa_4.txt'),
        BOA + ('vi/van-phong-cong-nhan-chat-luong-chuyen-doi-he-thong-quan-ly-chat-luong-theo-chuan-muc-moi.html', 'lynx', 'boa_5.txt'),
        BOA + ('vi/hoi-thao-hoat-dong-cong-nhan-ho-tro-dac-luc-cho-cong-tac-quan-ly-trong-linh-vuc-xay-dung.html', 'lynx', 'boa_6.txt'),
        BOA + ('vi/le-cong-bo-quyet-dinh-thanh-lap-hoi-dong-cong-nhan.html', 'lynx', 'boa_7.txt'),
    ],
    'lss-w3m': [
        LSS + ('xu-huong-kien-truc-ngoai-that.html', 'w3m', 'lss_1.txt'),
        LSS + ('dua-khong-gian-xanh-vao-du-an.html', 'w3m', 'lss_2.txt'),
        LSS + ('doi-moi-phuong-phap-quy-hoach.html', 'w3m', 'lss_3.txt'),
        LSS + ('cay-xanh-loc-khong-khi-trong-nha.html', 'w3m', 'lss_4.txt'),
        LSS + ('phong-thuy-khong-phai-la-phep-mau.html', 'w3m', 'lss_5.txt'),
        LSS + ('hoa-giai-sat-khi-cho-ngoi-nha-tu-ban-cong.html', 'w3m', 'lss_6.txt'),
        LSS + ('chuyen-van-phong-cong-ty-canh-quan-lss.html', 'w3m', 'lss_7.txt'),
    ],
    'beanwater-html2text': [
        WATER + ('8-thoi-diem-uong-nuoc-ly-tuong-trong-ngay.html', 'html2text', 'water_1.txt'),
        WATER + ('bi-viem-hong-nen-hay-khong-nen-uong-nuoc-da-lanh.html', 'html2text', 'water_2.txt'),
        WATER + ('cach-uong-nuoc-khi-bi-say-nang-de-phuc-hoi-nhanh-nhat.html', 'html2text', 'water_3.txt'),
        WATER + ('phuong-phap-uong-nuoc-giup-he-tim-mach-luon-khoe-manh.html', 'html2text', 'water_4.txt'),
        WATER + ('khac-biet-giua-nuoc-tinh-khiet-aquafina-va-victory-la-gi.html', 'html2text', 'water_5.txt'),
    ],
}

BROWSER = {
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8'],
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout93-scratch/page/page.html'


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

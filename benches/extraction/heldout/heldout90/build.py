#!/usr/bin/env python3
"""Re-create every heldout90 seed from pinned git blobs (Python 3 stdlib + git + the converters named below).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout90)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved / generated HTML page (UTF-8) of a Vietnamese site, committed to
GitHub: an HTTrack mirror of a WordPress job-agency site, EasyWeb (easywebhub) static copies of a news-portal site and
of a company site, a Publii blog, a Vite-built school anniversary site.  Converters (one per source, see SEEDS):
  bs4        BeautifulSoup 4.15.0 (Python): BeautifulSoup(text, 'html.parser').get_text('\\n')   -- every text node
             on its own line, the usual scraper habit; run in-process on the blob decoded as UTF-8
  elinks     ELinks 0.13.2 (Debian 0.13.2-1+b4): elinks -no-home 1 -dump 1 -dump-width 80 -no-references
             -no-numbering -dump-charset utf-8 FILE
  pandoc     pandoc 2.17.1.1 (Debian 2.17.1.1-2~deb12u1): pandoc --sandbox -f html -t plain FILE
             (defaults otherwise: --wrap=auto, --columns=72; --sandbox keeps it from fetching iframes / images)
  inscriptis inscriptis 2.7.6 (Python): inscriptis.get_text(text), default ParserConfig; run in-process
  links      Links 2.28 (Debian 2.28-1+b2): links -dump -width 80 -codepage utf-8 -html-assume-codepage utf-8 FILE
For elinks / pandoc / links the blob's bytes are written unchanged to the fixed file
/tmp/heldout90-scratch/page/page.html and the program runs on it with LC_ALL=C.UTF-8, TERM=dumb and
HOME=/tmp/heldout90-scratch/home (an empty directory, so no user configuration is read); its stdout is the seed,
byte for byte (stderr, e.g. pandoc's warnings about iframes it did not fetch, is discarded).  For bs4 / inscriptis the
returned str is written encoded as UTF-8.
(heldout87's build.py with new SEEDS and new converters.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'
SCRATCH = '/tmp/heldout90-scratch'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# alexvu5/hr, main "init project" 2026-05-20 (HTTrack 3.x mirror, 2026-05-07, of vieclamxanhgw.com.vn,
# WordPress + Flatsome theme; job agency "Nhân Lực Đỉnh Thịnh", its "Tin tức" / "Kỹ năng" posts)
HR = ('alexvu5/hr', '2d0d2989fd6c8227c37192f79f1dc56a7d9973dd')
# ewh-support/baophuongdong.leanhdudu, gh-pages "09/10/2017  8:28:51.32" (EasyWeb / easywebhub static site of the
# news portal "Báo Phương Đông", CNAME demo.thoibaophuongdong.vn, built on a copy of the Boston Globe page template;
# Vietnamese news items of August 2017)
BPD = ('ewh-support/baophuongdong.leanhdudu', 'bb652cdb7ac63561bfb2bdc9e7456bf4603d9ce8')
# travisle/songlanh, main "Updated from Publii" 2024-10-14 (Publii output of the blog "Sống Lành", songlanh.com)
SONGLANH = ('travisle/songlanh', '9a9d516b1b65663d91569e0533bc4dcbaa56b711')
# leducmanh120/80namhungvuong, main "refactor: Tái cấu trúc dependencies và optimize JS" 2025-11-27
# (Vite build output, dist/, of the site for the 80th anniversary of Trường THPT Hùng Vương)
HV = ('leducmanh120/80namhungvuong', 'e49e2126840da70e8f8904c8b7bf255e90ff0f19')
# ewh-support/tindat.thien, gh-pages "20/12/2017  7:38:43.15" (EasyWeb static copy of the ISO consulting company
# site cqi.com.vn, CNAME cqi.com.vn)
CQI = ('ewh-support/tindat.thien', 'f83dba0e1da319bd8952eb38a9d361a85edf636b')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'hr-httrack': [
        HR + ('4-quy-dinh-ve-viec-tang-ca-ma-ban-nen-biet/index.html', 'bs4', 'hr_1.txt'),
        HR + ('7-ky-nang-van-phong-khong-phai-nhan-vien-nao-cung-hoi-tu-du/index.html', 'bs4', 'hr_2.txt'),
        HR + ('ban-da-biet-cach-sap-xep-cong-viec-theo-thu-tu-uu-tien/index.html', 'bs4', 'hr_3.txt'),
        HR + ('cach-tra-loi-cau-hoi-muc-luong-mong-muon-cua-em-la-bao-nhieu-sao-cho-hay/index.html', 'bs4', 'hr_4.txt'),
        HR + ('cap-nhat-moi-nhat-cach-tinh-bao-hiem-that-nghiep-2021/index.html', 'bs4', 'hr_5.txt'),
        HR + ('top-5-cau-hoi-ban-nen-tu-hoi-ban-than-truoc-khi-bat-dau-mot-cong-viec-moi/index.html', 'bs4',
              'hr_6.txt'),
        HR + ('top-nhung-ky-nang-viet-email-chuyen-nghiep-ban-can-phai-biet/index.html', 'bs4', 'hr_7.txt'),
    ],
    'phuongdong-ewh': [
        BPD + ('dao-tao-giao-vien-khong-chi-vi-cac-truong-su-pham/index.html', 'elinks', 'bpd_1.txt'),
        BPD + ('trong-con-cung-quan-giac-minh-pha-huy-2-bao-vat-cua-dai-viet/index.html', 'elinks', 'bpd_2.txt'),
        BPD + ('bien-tuong-cuoc-goi-rac/index.html', 'elinks', 'bpd_3.txt'),
        BPD + ('tp-hcm-tang-hon-59-000-hoc-sinh-van-dam-bao-du-cho-hoc/index.html', 'elinks', 'bpd_4.txt'),
        BPD + ('xin-do-them-24-trieu-m3-bun-thai-xuong-bien-binh-thuan/index.html', 'elinks', 'bpd_5.txt'),
        BPD + ('sau-3-nam-nuoc-ta-co-tren-5-600-htx-duoc-thanh-lap/index.html', 'elinks', 'bpd_6.txt'),
    ],
    'songlanh-publii': [
        SONGLANH + ('first-post/index.html', 'pandoc', 'songlanh_1.txt'),
        SONGLANH + ('chanh-dao-ngam-mat-ong-duong-phen-nau/index.html', 'pandoc', 'songlanh_2.txt'),
        SONGLANH + ('nen-ngu-trua-bao-nhieu-phut/index.html', 'pandoc', 'songlanh_3.txt'),
        SONGLANH + ('nguoi-tre-chua-lanh-tinh-than-bang-tam-rung-2/index.html', 'pandoc', 'songlanh_4.txt'),
        SONGLANH + ('viet-nam-co-loai-hat-quy-nhu-vang-cuc-giau-dinh-duong-lai-dang-bi-lang-quen/index.html', 'pandoc',
                    'songlanh_5.txt'),
        SONGLANH + ('mon-an-tu-hat-sau-rieng/index.html', 'pandoc', 'songlanh_6.txt'),
    ],
    'hungvuong-vite': [
        HV + ('dist/bai-viet/truong-thpt-hung-vuong-giai-doan-1945-1954.html', 'inscriptis', 'hv_1.txt'),
        HV + ('dist/bai-viet/truong-thpt-hung-vuong-giai-doan-1954-1975.html', 'inscriptis', 'hv_2.txt'),
        HV + ('dist/bai-viet/truong-thpt-hung-vuong-giai-doan-1975-1990.html', 'inscriptis', 'hv_3.txt'),
        HV + ('dist/bai-viet/truong-thpt-hung-vuong-buoc-vao-nam-hoc-2025-2026.html', 'inscriptis', 'hv_4.txt'),
        HV + ('dist/bai-viet/truong-thpt-hung-vuong-to-chuc-tap-huan-phat-trien-nang-luc-so-cho-hon-1400-hoc-sinh-'
              'toan-truong.html', 'inscriptis', 'hv_5.txt'),
        HV + ('dist/bai-viet/phat-trien-nang-luc-so-cho-hoc-sinh.html', 'inscriptis', 'hv_6.txt'),
    ],
    'cqi-ewh': [
        CQI + ('mot-so-thuc-pham-lam-tang-nguy-co-benh-buou-co/index.html', 'links', 'cqi_1.txt'),
        CQI + ('nguy-kich-vi-tu-y-dung-thuoc/index.html', 'links', 'cqi_2.txt'),
        CQI + ('tien-trinh-con-pha-huy-co-the-nguoi-nghien-ruou/index.html', 'links', 'cqi_3.txt'),
        CQI + ('khach-hang-vinamilk-dau/index.html', 'links', 'cqi_4.txt'),
        CQI + ('hop-tac-thuc-hien-chuong-trinh-nang-cao-chat-luong-quoc-gia/index.html', 'links', 'cqi_5.txt'),
    ],
}

PROGRAM = {
    'elinks': ['elinks', '-no-home', '1', '-dump', '1', '-dump-width', '80', '-no-references', '-no-numbering',
               '-dump-charset', 'utf-8'],
    'pandoc': ['pandoc', '--sandbox', '-f', 'html', '-t', 'plain'],
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8', '-html-assume-codepage', 'utf-8'],
}
PAGE = os.path.join(SCRATCH, 'page', 'page.html')
HOME = os.path.join(SCRATCH, 'home')


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def run_program(cmd, raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    os.makedirs(HOME, exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True, stdin=subprocess.DEVNULL,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb', HOME=HOME)).stdout
    finally:
        os.remove(PAGE)


def bs4_text(raw):
    from bs4 import BeautifulSoup
    return BeautifulSoup(raw.decode('utf-8'), 'html.parser').get_text('\n').encode('utf-8')


def inscriptis_text(raw):
    import inscriptis
    return inscriptis.get_text(raw.decode('utf-8')).encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            if conv == 'bs4':
                data = bs4_text(raw)
            elif conv == 'inscriptis':
                data = inscriptis_text(raw)
            else:
                data = run_program(PROGRAM[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

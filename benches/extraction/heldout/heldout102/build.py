#!/usr/bin/env python3
"""Re-create every heldout102 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / elinks).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout102)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved HTML page (UTF-8) of a Vietnamese online shop's blog / news post, as a
site copier (HTTrack, or a similar downloader) saved it and its owner committed it to GitHub.  Converters (one per
source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  elinks     ELinks 0.13.2-1+b4      : elinks -dump -dump-width 100 -dump-charset utf-8 -no-references FILE
                                       (link numbers "[n]" kept, the trailing "References" list left out)
  elinks-plain  ELinks 0.13.2-1+b4   : elinks -dump -dump-width 100 -dump-charset utf-8 -no-references -no-numbering FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout102-scratch/page/page.html and the browser runs
on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS, 100 columns, and elinks in place of links / lynx / html2text.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# namanhz/giaythuongdinh, commit "Add files via upload" 2024-11-05 (HTTrack copy, 2024-11-04, of
# www.giaythuongdinh.com.vn, the Sapo (Bizweb) store "Tổng đại lý phía bắc giầy Thượng Đình", a Hanoi shoe dealer)
GTD = ('namanhz/giaythuongdinh', 'd8194a4b9bbc9f0419e1f896af7b28c134f5c69c')
# nguyennhuyy/freshhomelab_truongmkt, commit "first init" 2023-11-02 (downloaded copy of freshhomelab.com, the Haravan
# store of Fresh Home Lab, a Saigon maker of candles / essential oils / natural cosmetics; later commits re-downloaded
# and patched the pages, so the first commit is pinned)
FHL = ('nguyennhuyy/freshhomelab_truongmkt', 'f20c537dc6f37571f632f15714abfca941b66a47')
# HuyVue/anhhoabakery, commit "f" 2022-08-14 (HTTrack 3.49-2 copy, 2022-08-14, of anhhoabakery.vn, the Haravan store of
# Anh Hòa Bakery, a Hanoi French-pastry chain; the next and last commit only adds a CNAME file)
AHB = ('HuyVue/anhhoabakery', '8cd80c5c8a95bda567950fe34653ab4ac3e7b10e')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'giaythuongdinh-w3m': [
        GTD + ('main/cach-bao-quan-giay-da-luon-moi.html', 'w3m', 'gtd_1.txt'),
        GTD + ('main/6-buoc-chon-giay-dinh-phu-hop-1.html', 'w3m', 'gtd_2.txt'),
        GTD + ('main/cach-giat-giay-the-thao-giay-vai-giay-da-sach-nhu-moi.html', 'w3m', 'gtd_3.txt'),
        GTD + ('main/giay-dep-sandals-kien-thuc-cac-tin-do-thoi-trang-phai-biet.html', 'w3m', 'gtd_4.txt'),
        GTD + ('main/kinh-nghiem-mua-giay-the-thao-tot-nhat-gia-re-cho-ca-nam-va-nu.html', 'w3m', 'gtd_5.txt'),
        GTD + ('main/loai-giay-tap-the-duc-nao-se-phu-hop-voi-ban.html', 'w3m', 'gtd_6.txt'),
        GTD + ('main/giay-sneaker-la-gi.html', 'w3m', 'gtd_7.txt'),
    ],
    'freshhomelab-elinks': [
        FHL + ('blogs/cham-soc-nha-cua/top-5-con-trung-nguy-hiem-tiem-an-trong-moi-gia-dinh.html', 'elinks', 'fhl_1.txt'),
        FHL + ('blogs/cham-soc-da/giai-ma-6-vi-tri-thuong-noi-mun.html', 'elinks', 'fhl_2.txt'),
        FHL + ('blogs/nen-thom/sap-ong-la-gi-tai-sao-phai-can-sap-ong-de-lam-nen-thom.html', 'elinks', 'fhl_3.txt'),
        FHL + ('blogs/news/tinh-dau-tram-tra-bi-quyet-cham-soc-co-the-tu-thien-nhien.html', 'elinks', 'fhl_4.txt'),
        FHL + ('blogs/su-kien/aia-x-fresh-home-lab-workshop-xa-phong-tai-landmark81.html', 'elinks', 'fhl_5.txt'),
        FHL + ('blogs/tinh-dau/4-tinh-dau-tang-su-tap-trung-cai-thien-nang-suat-lam-viec.html', 'elinks', 'fhl_6.txt'),
        FHL + ('blogs/news/5-cach-giup-tre-ren-luyen-tinh-kien-nhan-hieu-qua-me-nen-doc.html', 'elinks', 'fhl_7.txt'),
        FHL + ('blogs/cham-soc-da/lieu-ban-co-dang-lam-sach-da-dung-va-du.html', 'elinks', 'fhl_8.txt'),
    ],
    'anhhoabakery-elinks': [
        AHB + ('data/blogs/news/men-no-yeast-va-nhung-dieu-can-biet.html', 'elinks-plain', 'ahb_1.txt'),
        AHB + ('data/blogs/news/red-velvet-cake-chiec-banh-me-hoac.html', 'elinks-plain', 'ahb_2.txt'),
        AHB + ('data/blogs/news/lich-su-ra-doi-nhung-chiec-banh-kem.html', 'elinks-plain', 'ahb_3.txt'),
        AHB + ('data/blogs/news/huong-dan-su-dung-gelatin-trong-lam-banh.html', 'elinks-plain', 'ahb_4.txt'),
        AHB + ('data/blogs/news/cach-phan-biet-cac-loai-banh-au-theo-ten-goi.html', 'elinks-plain', 'ahb_5.txt'),
        AHB + ('data/blogs/news/chang-duong-15-nam-hinh-thanh-va-phat-trien-cua-anh-hoa-bakery.html', 'elinks-plain', 'ahb_6.txt'),
        AHB + ('data/blogs/news/tan-man-ve-banh-bong-lan.html', 'elinks-plain', 'ahb_7.txt'),
        AHB + ('data/blogs/news/cau-chuyen-thu-vi-ve-nhung-chiec-banh-cuoi-tai-phuong-tay.html', 'elinks-plain', 'ahb_8.txt'),
    ],
}

BROWSER = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'elinks': ['elinks', '-dump', '-dump-width', '100', '-dump-charset', 'utf-8', '-no-references'],
    'elinks-plain': ['elinks', '-dump', '-dump-width', '100', '-dump-charset', 'utf-8', '-no-references',
                     '-no-numbering'],
}
PAGE = '/tmp/heldout102-scratch/page/page.html'


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

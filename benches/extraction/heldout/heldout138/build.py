#!/usr/bin/env python3
"""Re-create every heldout138 seed from pinned git blobs (Python 3 stdlib + git + lynx + links + inscriptis).

usage: python3 build.py [OUT_DIR]     (default: /work/evaldata/heldout138)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole published HTML page (UTF-8) of a Vietnamese site committed to GitHub:
  - ductu67/DowinVN: the hand-built static site of DOWIN Việt Nam (dowinvietnam.com), a seller of sand-mould pressing
    machines and casting lines: its five Vietnamese blog posts under vi/blog/ (maintenance schedule, case study,
    buying advice, automated casting process, servo vs hydraulic), each with breadcrumb, category tag, date / author
    line, closing call-to-action box and a "Bài viết liên quan" box (header / footer are loaded by JavaScript and so
    are absent); lynx prints its link list ("References") after the page;
  - khuatanhdung/khuatanhdung.com: the hand-built static personal blog of Khuất Anh Dũng, a Nha Trang real-estate
    broker and bia-hơi restaurant owner: seven Vietnamese posts under blog/, each with the site bar ("KAD Khuất Anh
    Dũng ← Tất cả bài viết"), category / date line, the motto line, a call-to-action box and the footer links;
  - VangCoder/mywordpress: a static export (branch gh-pages) of a student's WordPress + WooCommerce computer-
    accessories shop "This is my website" (Vietnamese product texts taken from GearVN): seven product pages under
    san-pham/, each with the menu twice, breadcrumb, price, add-to-cart, category / tag line, tabs, the review
    form ("Chưa có đánh giá nào."), "Có thể bạn thích…" / "Sản phẩm tương tự" product boxes and the theme footer.
Converters (one per source, see SEEDS):
  lynx        Lynx 2.9.0dev.12            : lynx -dump FILE              (with its numbered link list)
  links       Links 2.28                  : links -dump FILE
  inscriptis  inscriptis 2.7.6 (h2tvenv)  : /tmp/h2tvenv/bin/inscript FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout138-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte (stderr discarded).
(heldout136's build.py with new SEEDS and BROWSER entries.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# ductu67/DowinVN, commit "final version" 2026-05-12, head of main (16 commits): hand-built static site of DOWIN Việt
# Nam (dowinvietnam.com); Vietnamese blog posts under vi/blog/
DW = ('ductu67/DowinVN', 'ab9d58662fc1bb4e8ea63b216f3b03040ddead30')
# khuatanhdung/khuatanhdung.com, commit "Bai 21/08 cao toc thu phi + bai 22/08 khach quen URAA" 2026-08-22, head of
# main (13 commits): hand-built static personal blog (khuatanhdung.com); posts under blog/
KD = ('khuatanhdung/khuatanhdung.com', '2850027ab628a83abcf25c9cbfa19d130f3e83a4')
# VangCoder/mywordpress, commit "Initial Generated Site" 2021-09-29, head of gh-pages (2 commits on that branch):
# static export of a WordPress + WooCommerce shop; product pages under san-pham/
VC = ('VangCoder/mywordpress', '584bfa8cee3549021c193cc7948d08ebc53a011c')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'dowin-lynx': [
        DW + ('vi/blog/bao-tri-may-ep-khuon.html', 'lynx', 'dw_1.txt'),
        DW + ('vi/blog/case-study-hai-duong.html', 'lynx', 'dw_2.txt'),
        DW + ('vi/blog/chon-may-ep-khuon-cat.html', 'lynx', 'dw_3.txt'),
        DW + ('vi/blog/quy-trinh-duc-tu-dong.html', 'lynx', 'dw_4.txt'),
        DW + ('vi/blog/servo-vs-thuy-luc.html', 'lynx', 'dw_5.txt'),
    ],
    'khuatanhdung-inscriptis': [
        KD + ('blog/bia-hoi-ha-noi-nha-trang.html', 'inscriptis', 'kad_1.txt'),
        KD + ('blog/3-cau-hoi-moi-ngay.html', 'inscriptis', 'kad_2.txt'),
        KD + ('blog/chuan-an-ngon-ngu-yen.html', 'inscriptis', 'kad_3.txt'),
        KD + ('blog/trail-35km-dau-doi-tuoi-37.html', 'inscriptis', 'kad_4.txt'),
        KD + ('blog/vega-city-libera-nha-trang.html', 'inscriptis', 'kad_5.txt'),
        KD + ('blog/5-sai-lam-mua-dat-lan-dau.html', 'inscriptis', 'kad_6.txt'),
        KD + ('blog/sau-42km-la-gi.html', 'inscriptis', 'kad_7.txt'),
    ],
    'vangshop-links': [
        VC + ('san-pham/webcam-logitech-ptz-pro-2/index.html', 'links', 'vs_1.txt'),
        VC + ('san-pham/webcam-va-thiet-bi-thu-am-logitech-bcc950/index.html', 'links', 'vs_2.txt'),
        VC + ('san-pham/macbook-air-2020-m1-8gb-256gb/index.html', 'links', 'vs_3.txt'),
        VC + ('san-pham/macbook-pro-13-2020-m1-16gb-512gb/index.html', 'links', 'vs_4.txt'),
        VC + ('san-pham/ghe-choi-game-e-dra-medusa-series/index.html', 'links', 'vs_5.txt'),
        VC + ('san-pham/webcam-razer-kiyo-pro/index.html', 'links', 'vs_6.txt'),
        VC + ('san-pham/sac-nhanh-innostyle-usb-c-pd-20w-minigo-iii-white/index.html', 'links', 'vs_7.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump'],
    'links': ['links', '-dump'],
    'inscriptis': ['/tmp/h2tvenv/bin/inscript'],
}
PAGE = '/tmp/heldout138-scratch/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else '/work/evaldata/heldout138'
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

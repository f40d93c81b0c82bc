#!/usr/bin/env python3
"""Re-create every heldout108 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx / links + Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout108)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved HTML page (UTF-8) of the 'Tin tức' / blog section of a Vietnamese web
shop or product company, as a site copier / browser saved it (or, for aquabay, as the site's static front end was
committed).  Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx 2.9.0dev.12         : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  links      Links 2.28               : links -dump -width 80 -codepage utf-8 FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
For w3m / lynx / links the blob's bytes are written unchanged to the fixed file /tmp/heldout108-scratch/page/page.html
and the browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For html2text the
blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS; lynx here with -nolist.  Links is used for juno only: on the khanganh pages it
writes NUL bytes for the invalid UTF-8 of the site's cut-off related-post teasers, lynx drops them.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# nguyennhuyy/biluxury.vn, "init" 2023-10-05 (first commit: the raw whole-site download of biluxury.vn, the Haravan
# web shop of the men's fashion chain Biluxury / CÔNG TY CỔ PHẦN THỜI TRANG BIMART; later commits re-download)
BILUX = ('nguyennhuyy/biluxury.vn', '185898575005379adf28a671dc9b258548673fb1')
# luongvancong/juno, "first commit" 2017-04-13 (saved copy of juno.vn, the Haravan shop of the shoe / bag chain JUNO,
# its "JUNO Magazine" blog; committed next to the owner's PHP re-implementation of the theme)
JUNO = ('luongvancong/juno', '32f7763cc9b40a95e9ddfb49ccd09b5773e4e35f')
# HuyVue/khanganhwine.tech, "dfzf" 2022-06-05 (first commit: HTTrack 3.x copy of khanganhwine.vn, the wine importer /
# shop Khang Anh Luxury Wine, mirrored 2022-06-05; the later "update" commit rewrites the e-mail address)
WINE = ('HuyVue/khanganhwine.tech', '3bd8df259794f662a83f72c8289d470b6dca73e3')
# Tedydev-web/aquabay.vn, "first commit" 2024-07-29 (static front end of aquabay.vn, the bottled-water brand AQUABAY
# of CÔNG TY TNHH TM DV VÕ HÂN, Long An: its "Nước và sức khỏe" articles)
AQUA = ('Tedydev-web/aquabay.vn', 'f12dfa9950f384604a56c1752c2e0995702d02e0')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'biluxury-w3m': [
        BILUX + ('blogs/cate/gore-tex.html', 'w3m', 'bilux_1.txt'),
        BILUX + ('blogs/cate/vai-linen-la-gi.html', 'w3m', 'bilux_2.txt'),
        BILUX + ('blogs/cate1/barber-la-gi.html', 'w3m', 'bilux_3.txt'),
        BILUX + ('blogs/bang-tin-biluxury/van-hoa-doanh-nghiep-giai-ma-su-thanh-cong-cua-biluxury.html', 'w3m', 'bilux_4.txt'),
        BILUX + ('blogs/news/biluxury-tien-phong-thoi-trang-khang-khuan.html', 'w3m', 'bilux_5.txt'),
        BILUX + ('blogs/tu-van-phoi-do/5-cach-phoi-quan-au-ao-so-mi-lich-lam-di-lam.html', 'w3m', 'bilux_6.txt'),
        BILUX + ('blogs/the-gioi-thoi-trang/tieu-chi-chon-ao-khoac-gio-cho-nam.html', 'w3m', 'bilux_7.txt'),
    ],
    'juno-links': [
        JUNO + ('blogs/khoe/vi-sao-di-bo-giup-nang-khoe-hon.html', 'links', 'juno_1.txt'),
        JUNO + ('blogs/meo/3-cach-bao-quan-giay-dep-ben-sieu-don-gian.html', 'links', 'juno_2.txt'),
        JUNO + ('blogs/dep/vi-sao-nang-nen-co-mot-chiec-tui-toi-gian.html', 'links', 'juno_3.txt'),
        JUNO + ('blogs/em/vi-sao-con-gai-cu-mua-moi-la-mua-sam.html', 'links', 'juno_4.txt'),
        JUNO + ('blogs/meo/giu-quan-ao-luon-moi-voi-4-meo-don-gian.html', 'links', 'juno_5.txt'),
        JUNO + ('blogs/mot/hazelnut-mau-hat-phi-mau-sac-trung-tinh-chu-chot-cua-nam-2017.html', 'links', 'juno_6.txt'),
        JUNO + ('blogs/khoe/nhung-ly-do-day-som-giup-nang-khoe-hon.html', 'links', 'juno_7.txt'),
    ],
    'khanganh-lynx': [
        WINE + ('ruou-vang-chile-de-duoc-bao-lau-b35.html', 'lynx', 'wine_1.txt'),
        WINE + ('5-giong-nho-lam-ruou-vang-duoc-hang-trieu-nguoi-yeu-thich-b8.html', 'lynx', 'wine_2.txt'),
        WINE + ('co-that-ban-da-biet-cach-rot-ruou-vang-dung-chuan-b15.html', 'lynx', 'wine_3.txt'),
        WINE + ('trai-nghiem-bat-tan-voi-le-hoi-ruou-vang-beaujolais-nouveau-day-b18.html', 'lynx', 'wine_4.txt'),
        WINE + ('ruou-vang-phap-chia-lam-may-loai-b41.html', 'lynx', 'wine_5.txt'),
        WINE + ('y-nghia-tang-ruou-vang-b44.html', 'lynx', 'wine_6.txt'),
    ],
    'aquabay-html2text': [
        AQUA + ('nuoc-va-suc-khoe/4-loai-nuoc-uong-vao-buoi-sang-gay-hai-cho-suc-khoe-ban-nen-tranh.html', 'html2text', 'aqua_1.txt'),
        AQUA + ('nuoc-va-suc-khoe/bi-quyet-tang-suc-de-khang-cho-co-the-khi-thoi-tiet-thay-doi-that-thuong.html', 'html2text', 'aqua_2.txt'),
        AQUA + ('nuoc-va-suc-khoe/co-the-thieu-nuoc-keo-dai-co-the-mac-mot-so-benh-man-tinh.html', 'html2text', 'aqua_3.txt'),
        AQUA + ('nuoc-va-suc-khoe/nang-nong-tap-the-duc-sao-cho-an-toan-chong-soc-nhiet.html', 'html2text', 'aqua_4.txt'),
        AQUA + ('nuoc-va-suc-khoe/nguoi-tao-bon-can-co-che-do-an-uong-nhu-the-nao.html', 'html2text', 'aqua_5.txt'),
        AQUA + ('nuoc-va-suc-khoe/top-15-thuc-pham-lanh-manh-cho-bua-an-ngay-he.html', 'html2text', 'aqua_6.txt'),
    ],
}

BROWSER = {
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout108-scratch/page/page.html'


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

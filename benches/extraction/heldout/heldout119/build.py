#!/usr/bin/env python3
"""Re-create every heldout119 seed from pinned git blobs (Python 3 stdlib + git + Debian lynx / w3m / links + Python inscriptis).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout119)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole page written by a static-site generator (Hugo, Jekyll, Hexo, Publii) of a
Vietnamese blog, as its owner committed it to GitHub.  Converters (one per source, see SEEDS):
  lynx       lynx 2.9.0dev.12         : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  w3m        w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 90 FILE
  links      Links 2.28               : links -dump -width 90 -codepage utf-8 FILE
  inscriptis Python inscriptis 2.7.6, default ParserConfig (inscriptis.get_text(text)), run in-process
For lynx / w3m / links the blob's bytes are written unchanged to the fixed file /tmp/heldout119-scratch/page/page.html
and the browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For inscriptis the
blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS, lynx with -nolist, widths changed and the inscriptis converter added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# trinhngocthuyen/trinhngocthuyen.github.io, main "deploy new changes at Tue Feb 21 09:23:51 UTC 2023" (the last Hugo
# build before the site moved to Next.js; "Thuyen's corner", trinhngocthuyen.com; the "Misc (Tạp bút)" section)
THUYEN = ('trinhngocthuyen/trinhngocthuyen.github.io', 'c32127ca88264fa5d8bf98af6495dcdd28547be8')
# phamdinhkhanh/phamdinhkhanh.github.io, master "Bai 48 Mobilenetv3" 2020-09-19 (the last commit holding the Jekyll
# `_site/` build; "Khoa học dữ liệu - Khanh's blog", phamdinhkhanh.github.io)
KHANH = ('phamdinhkhanh/phamdinhkhanh.github.io', 'f60393ca1fed82388c1c6b926cca9a2c00c0b021')
# thiennguyen93/thiennguyen93.github.io, gh-pages "Site updated/Cập nhật lúc: 2026-06-20 04:31:48" (Hexo 4.2.0 deploy,
# theme Icarus; "Thien Nguyen's Blog", thiennguyen.dev)
THIEN = ('thiennguyen93/thiennguyen93.github.io', 'f1f6cc874bd2d48ece3bcd5079f781aac3e26afc')
# longzenn/giadinhbanhmi, main "Updated from Publii" 2025-11-17 (Publii static-site CMS; "Bánh Mì Bờ-lốc",
# giadinhbanhmi.net)
BANHMI = ('longzenn/giadinhbanhmi', '071ab73e971ccf2f4be56524c2bba17f83ec3fce')

_T = 'posts/misc/%s/index.html'
_K = '_site/%s.html'
_B = '%s/index.html'

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'thuyen-lynx': [
        THUYEN + (_T % 'review-sach-tren-duong-bang', 'lynx', 'thuyen_1.txt'),
        THUYEN + (_T % 'chuyen-kfc', 'lynx', 'thuyen_2.txt'),
        THUYEN + (_T % 'chuyen-mua', 'lynx', 'thuyen_3.txt'),
        THUYEN + (_T % 'tan-man-ganh-tau-hu', 'lynx', 'thuyen_4.txt'),
        THUYEN + (_T % 'ly-son-tap-1', 'lynx', 'thuyen_5.txt'),
        THUYEN + (_T % 'tan-man-chuyen-thuyet-trinh', 'lynx', 'thuyen_6.txt'),
        THUYEN + (_T % 'chuyen-nghe-luoc-su-4-nam-nghe', 'lynx', 'thuyen_7.txt'),
    ],
    'khanh-w3m': [
        KHANH + (_K % '2019/05/10/Hypothesis_Statistic', 'w3m', 'khanh_1.txt'),
        KHANH + (_K % '2020/05/31/CNNHistory', 'w3m', 'khanh_2.txt'),
        KHANH + (_K % '2019/09/29/OverviewObjectDetection', 'w3m', 'khanh_3.txt'),
        KHANH + (_K % '2020/08/13/ModelMetric', 'w3m', 'khanh_4.txt'),
        KHANH + (_K % '2019/11/08/RFMModel', 'w3m', 'khanh_5.txt'),
        KHANH + (_K % '2020/04/15/TransferLearning', 'w3m', 'khanh_6.txt'),
    ],
    'thien-links': [
        THIEN + ('2020/05/27/nhat-ky/2020-05-27-viet-ve-nhung-to-tap-chi-ngay-xua/index.html', 'links', 'thien_1.txt'),
        THIEN + ('2020/07/13/nhat-ky/2020-07-13-vua-di-vua-ngay/index.html', 'links', 'thien_2.txt'),
        THIEN + ('2020/08/30/nhat-ky/2020-08-30-ve-nha/index.html', 'links', 'thien_3.txt'),
        THIEN + ('2021/01/03/nhat-ky/2021-01-03-nguoi-thay-nam-xua/index.html', 'links', 'thien_4.txt'),
        THIEN + ('2023/09/16/nhat-ky/2023-09-16-ca-can-nuoc-dev-can-cafe/index.html', 'links', 'thien_5.txt'),
        THIEN + ('2024/01/28/nhat-ky/2024-01-28-am-thanh-hanh-phuc/index.html', 'links', 'thien_6.txt'),
        THIEN + ('2024/11/12/nhat-ky/2024-11-12-chao-em-ca-phao-cua-ba-me/index.html', 'links', 'thien_7.txt'),
    ],
    'banhmi-inscriptis': [
        BANHMI + (_B % 'trai-nghiem-6-nam-su-dung-kindle-paperwhite-3-nguoi-ban-trung-thanh-cua-minh', 'inscriptis', 'banhmi_1.txt'),
        BANHMI + (_B % 'di-da-lat-ma-khong-co-gau-hanh-trinh-tu-suong-cua-dan-fa', 'inscriptis', 'banhmi_2.txt'),
        BANHMI + (_B % 'mot-ngay-o-can-tho-cho-nguoi-me-song-nuoc', 'inscriptis', 'banhmi_3.txt'),
        BANHMI + (_B % 'phan-1-wordpress-va-hanh-trinh-20-nam', 'inscriptis', 'banhmi_4.txt'),
        BANHMI + (_B % 'nha-trang-bien-xanh-cat-trang-va-drama-danh-nhau-voi-ghe', 'inscriptis', 'banhmi_5.txt'),
        BANHMI + (_B % 'kinh-nghiem-du-lich-hue-cho-nguoi-thich-an-uong', 'inscriptis', 'banhmi_6.txt'),
        BANHMI + (_B % 'an-gi-di-dau-khi-du-lich-ha-noi-vao-mua-thu', 'inscriptis', 'banhmi_7.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '90'],
    'links': ['links', '-dump', '-width', '90', '-codepage', 'utf-8'],
}
PAGE = '/tmp/heldout119-scratch/page/page.html'


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


def insc(raw):
    import inscriptis
    return inscriptis.get_text(raw.decode('utf-8')).encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            data = insc(raw) if conv == 'inscriptis' else browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout92 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx / pandoc + Python
html2text / BeautifulSoup).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout92)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole HTML page (UTF-8) of a Vietnamese WordPress site as a static exporter
(WP2Static, Simply Static, or the site owner's own copy of the generated pages) wrote it and its owner committed it to
GitHub; the pages are blog posts with their WordPress comment section (reader comments, pingbacks, "N Bình luận",
reply links, the comment form) or with an empty one.  Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx 2.9.0dev.12-1      : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  pandoc     pandoc 2.17.1.1-2~deb12u1 : pandoc -f html -t plain --wrap=auto --columns=80 FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
  bs4        Python BeautifulSoup 4.15.0 with the stdlib "html.parser": BeautifulSoup(text, "html.parser").get_text("\\n"),
             run in-process (script / style / template strings are skipped by bs4 itself)
For w3m / lynx / pandoc the blob's bytes are written unchanged to the fixed file /tmp/heldout92-scratch/page/page.html
and the tool runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For html2text / bs4
the blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout87's build.py with new SEEDS and the pandoc / bs4 converters added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# Nochin204/sakura1, "complete" 2021-10-15 (20 commits): generated pages of two WordPress sites of one student owner
# kept side by side in one repository -- the succulent-plant shop "Hinculent" (WooCommerce + blog, OceanWP theme) and
# the fashion blog "Sakura" (Hestia theme) -- posts with 0 or 1 reader comment
SAKURA = ('Nochin204/sakura1', '0c4203d9a48820a8ae6e311e381a5702dae2dfc8')
# minhducanhhuy/My-blog, "update-5" 2024-06-02 (6 commits): generated pages of a WordPress personal blog on
# self-development (Vietnamese posts + English copies under en/), posts with 0 or 1 reader comment
MYBLOG = ('minhducanhhuy/My-blog', '87c9477c7c684f9fee662bce7a1cba218664ce6e')
# NZW96/public, "Add GitHub Actions workflow for GitHub Pages deployment" 2025-12-03 (196 commits, WP2Static output):
# WordPress blog "NZW96 - Money is The Right Direction In Life" (DevOps / SRE, PC building, personal finance)
NZW = ('NZW96/public', '55a090a5205d5a99bb5ab9177d3b489cc5a4dc6d')
# nam3t/nam3t.com-static-page, "Updated/Added simply-static-1-1680757281" 2023-04-06 (272 commits, Simply Static
# output): WordPress crypto-education blog nam3t.com, comment sections listing pingbacks
NAM3T = ('nam3t/nam3t.com-static-page', 'c6810331816eafe95a93b159504142e7210df76b')
# phshung/hungwordpress, "Minamoto Shizuka" 2021-10-18 (31 commits): generated pages of a WordPress tech-news /
# phone-accessory shop site ("tintuclacai"), posts with an empty comment section
HUNG = ('phshung/hungwordpress', '6cd1f1b2821f14f03b170ebdae3a84f4d749d873')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'hinculent-wp': [
        SAKURA + ('cac-loai-sen-da-hiem-co-1-0-2/index.html', 'lynx', 'hinculent_1.txt'),
        SAKURA + ('top-5-sen-da-dep-va-day-y-nghia/index.html', 'lynx', 'hinculent_2.txt'),
        SAKURA + ('3-y-nghia-cua-sen-da/index.html', 'lynx', 'hinculent_3.txt'),
        SAKURA + ('kinh-nghiem-chon-chau-trong-sen-da-ma-ban-nhat-dinh-phai-nam-ro/index.html', 'lynx',
                  'hinculent_4.txt'),
        SAKURA + ('kinh-nghiem-trong-va-cham-soc-sen-da-len-mau-chuan-nhu-o-vuon/index.html', 'lynx',
                  'hinculent_5.txt'),
        SAKURA + ('y-nghia-khong-tuong-an-ben-trong-nhung-cay-sen-da-nho-xinh/index.html', 'lynx',
                  'hinculent_6.txt'),
    ],
    'sakura-wp': [
        SAKURA + ('10-kieu-phoi-do-theo-phong-cach-chat-nhu-nuoc-cat/index.html', 'w3m', 'sakura_1.txt'),
        SAKURA + ('nhung-bo-trang-suc-dang-cap-nhat-mua-he-nam-2021/index.html', 'w3m', 'sakura_2.txt'),
        SAKURA + ('rose-la-than-tuong-kpop-dau-tien-du-met-gala-2021/index.html', 'w3m', 'sakura_3.txt'),
        SAKURA + ('8-tuyet-chieu-de-cham-soc-cay-canh-vao-mua-he-nang-gat/index.html', 'w3m', 'sakura_4.txt'),
    ],
    'myblog-wp': [
        MYBLOG + ('lam-sao-de-thau-hieu-ban-than-hon/index.html', 'html2text', 'myblog_1.txt'),
        MYBLOG + ('tu-duy-logic-la-gi-vai-tro-va-phuong-phap-ren-luyen-kha-nang-tu-duy-logic/index.html',
                  'html2text', 'myblog_2.txt'),
        MYBLOG + ('dinh-nghia-dich-thuc-cua-su-giau-co/index.html', 'html2text', 'myblog_3.txt'),
        MYBLOG + ('voi-nhung-gia-tri-ma-phong-kinh-doanh-mang-lai-tai-sao-ban-chua-thu/index.html', 'html2text',
                  'myblog_4.txt'),
    ],
    'nzw96-wp2static': [
        NZW + ('site-reliability-engineering/devops-observability-ngay-1-tai-sao-observability-lai-quan-trong/'
               'index.html', 'w3m', 'nzw96_1.txt'),
        NZW + ('site-reliability-engineering/k8s-deployment-stratergies-chien-luoc-trien-khai-tren-k8s/index.html',
               'w3m', 'nzw96_2.txt'),
        NZW + ('chiec-pc/nguon-pc-non-modular-vs-full-modular-chon-nguon-pc-cho-phu-hop/index.html', 'w3m',
               'nzw96_3.txt'),
        NZW + ('farm-tien/can-dau-tu-ra-sao-de-co-20-ty-sau-10-nam/index.html', 'w3m', 'nzw96_4.txt'),
        NZW + ('life/minh-danh-59-phut-56-giay-de-xem-video-noi-tieng-nhat-ve-hoc-tap-lam-sao-de-hoc-nhanh/'
               'index.html', 'w3m', 'nzw96_5.txt'),
        NZW + ('farm-tien/tim-san-pham-tiktok-khong-can-doan-bua-hay-luot-trend-cam-tinh/index.html', 'w3m',
               'nzw96_6.txt'),
    ],
    'nam3t-simplystatic': [
        NAM3T + ('gioi-thieu-ve-cong-nghe-blockchain-moi-thu-ban-can-biet/index.html', 'bs4', 'nam3t_1.txt'),
        NAM3T + ('giao-dich-tien-dien-tu-can-ban/index.html', 'bs4', 'nam3t_2.txt'),
        NAM3T + ('smart-contract-la-gi-va-cach-no-hoat-dong/index.html', 'bs4', 'nam3t_3.txt'),
        NAM3T + ('vi-dien-tu-la-gi-va-cach-su-dung/index.html', 'bs4', 'nam3t_4.txt'),
        NAM3T + ('bao-mat-tien-dien-tu/index.html', 'bs4', 'nam3t_5.txt'),
        NAM3T + ('oracles-va-nguon-cap-du-lieu/index.html', 'bs4', 'nam3t_6.txt'),
    ],
    'hung-wp': [
        HUNG + ('apple-ra-mat-iphone-13-voi-pin-dai-ca-ngay-camera-moi/index.html', 'pandoc', 'hung_1.txt'),
        HUNG + ('5-sac-du-phong-tot-nhat-hien-nay/index.html', 'pandoc', 'hung_2.txt'),
        HUNG + ('dich-covid-19-o-tp-hcm/index.html', 'pandoc', 'hung_3.txt'),
        HUNG + ('su-dung-tu-lanh-may-lanh-tiet-kiem-dien/index.html', 'pandoc', 'hung_4.txt'),
    ],
}

TOOL = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=auto', '--columns=80'],
}
PAGE = '/tmp/heldout92-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def run_tool(cmd, raw):
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


def bs4_text(raw):
    from bs4 import BeautifulSoup
    return BeautifulSoup(raw.decode('utf-8'), 'html.parser').get_text('\n').encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            if conv == 'html2text':
                data = h2t(raw)
            elif conv == 'bs4':
                data = bs4_text(raw)
            else:
                data = run_tool(TOOL[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

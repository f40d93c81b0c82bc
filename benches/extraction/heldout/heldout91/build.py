#!/usr/bin/env python3
"""Re-create every heldout91 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx / pandoc +
Python html2text / BeautifulSoup).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout91)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole generated HTML page (UTF-8) of a Vietnamese personal blog / digital garden
as its static-site tool (Hugo FixIt, Astro, Hugo PaperMod, Hexo, Hugo) built it and committed it to GitHub.
Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx 2.9.0dev.12        : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  pandoc     pandoc 2.17.1.1         : pandoc -f html -t plain --columns=80 FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
  bs4        Python beautifulsoup4 4.15.0 with the stdlib 'html.parser': soup = BeautifulSoup(text, 'html.parser');
             every <script>, <style>, <noscript> and <template> element is decomposed (the usual scraper idiom);
             then soup.get_text('\\n') -- the returned str, unchanged
For w3m / lynx / pandoc the blob's bytes are written unchanged to the fixed file
/tmp/heldout91-scratch/page/page.html and the program runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the
seed, byte for byte.  For html2text / bs4 the blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout87's build.py with new SEEDS and the pandoc / bs4 converters added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# vanvuvuong/vanvuvuong.github.io, master "move to other domain" 2026-04-26 (Hugo + theme FixIt: "Kaizen - tốt hơn mỗi ngày")
KAIZEN = ('vanvuvuong/vanvuvuong.github.io', '3de4391cd0fff006e5b5876f51e1db0134f3db7b')
# hukadev/hukadev.github.io, "update" 2026-05-15 (Astro digital garden "Simply Huka", CNAME blog.huka.dev)
HUKA = ('hukadev/hukadev.github.io', 'f7f9077018b814effb5cecd8a2087e6e5fd514f0')
# robinhuy/robinhuy.github.io, branch gh-pages "deploy: 1bb69c9..." 2022-08-08 (Hugo + PaperMod, "HuyDQ's Blog" huydq.dev)
HUYDQ = ('robinhuy/robinhuy.github.io', 'fe34f1273b48d911024f0c2ec8daeaae927f1a52')
# MrL8199/f97.github.io, master "Site updated: 2020-11-26 09:54:22" (Hexo, "Dev Cùi", CNAME devcui.com)
DEVCUI = ('MrL8199/f97.github.io', 'd64a4032ddb2e72d722e416007365ca97041a778')
# Buinguyenhoangtho/Buinguyenhoangtho.github.io, "deploy: buinguyenhoangtho/hoangtho-blog@2ead8d8" 2021-06-12 (Hugo)
THO = ('Buinguyenhoangtho/Buinguyenhoangtho.github.io', 'd82937894ce6c6baa8d7df81299f2bb0cc9065ba')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'kaizen-hugo': [
        KAIZEN + ('bai-viet/cuoc-song/phuong-phap-orca/index.html', 'w3m', 'kaizen_1.txt'),
        KAIZEN + ('bai-viet/cuoc-song/3-ky-nang-quan-trong/giai-doan-1/index.html', 'w3m', 'kaizen_2.txt'),
        KAIZEN + ('bai-viet/khoa-hoc-may-tinh/10x-terminal/index.html', 'w3m', 'kaizen_3.txt'),
        KAIZEN + ('bai-viet/khoa-hoc-may-tinh/gpg-co-ban/index.html', 'w3m', 'kaizen_4.txt'),
        KAIZEN + ('sach-hay/cam-nang-cho-soi/quyen-4/index.html', 'w3m', 'kaizen_5.txt'),
        KAIZEN + ('sach-hay/nguyen-tac-dieu-huong-khung-hoang-no/1-acknowledgements-intro/index.html', 'w3m',
                  'kaizen_6.txt'),
    ],
    'huka-astro': [
        HUKA + ('blog/viet-cho-con-trai/index.html', 'lynx', 'huka_1.txt'),
        HUKA + ('blog/vi-sao-nguoi-ta-lai-ngoai-tinh/index.html', 'lynx', 'huka_2.txt'),
        HUKA + ('blog/quan-ly-thoi-gian/index.html', 'lynx', 'huka_3.txt'),
        HUKA + ('blog/tai-sao-va-lam-the-nao-chung-ta-lai-yeu/index.html', 'lynx', 'huka_4.txt'),
        HUKA + ('blog/quan-ly-tai-chinh-ca-nhan/index.html', 'lynx', 'huka_5.txt'),
        HUKA + ('blog/tu-ao-quan/index.html', 'lynx', 'huka_6.txt'),
    ],
    'huydq-papermod': [
        HUYDQ + ('blog/nhung-loi-co-ban-trong-lap-trinh-ma-developer-nen-tranh/index.html', 'html2text', 'huydq_1.txt'),
        HUYDQ + ('blog/starbucks-khong-su-dung-two-phase-commit/index.html', 'html2text', 'huydq_2.txt'),
        HUYDQ + ('blog/nhung-quan-niem-sai-lam-ve-cqrs/index.html', 'html2text', 'huydq_3.txt'),
        HUYDQ + ('blog/co-ban-ve-bao-mat-web/index.html', 'html2text', 'huydq_4.txt'),
        HUYDQ + ('blog/cookies-va-van-de-bao-mat/index.html', 'html2text', 'huydq_5.txt'),
        HUYDQ + ('blog/cach-tao-mot-trang-blog-ca-nhan-mien-phi-danh-cho-dev/index.html', 'html2text', 'huydq_6.txt'),
    ],
    'devcui-hexo': [
        DEVCUI + ('2019/06/cam-nhan-ve-ha-noi-sau-2-tuan-luu-lac-dat-khach/index.html', 'pandoc', 'devcui_1.txt'),
        DEVCUI + ('2019/02/doi-dong-cho-tuoi-22/index.html', 'pandoc', 'devcui_2.txt'),
        DEVCUI + ('2019/05/thang-luong-dau-tien-co-mot-loai-hanh-phuc-mang-ten-tu-lap/index.html', 'pandoc',
                  'devcui_3.txt'),
        DEVCUI + ('2020/05/goodbye-facebook/index.html', 'pandoc', 'devcui_4.txt'),
        DEVCUI + ('2020/05/the-gioi-alibaba-cua-jack-ma/index.html', 'pandoc', 'devcui_5.txt'),
        DEVCUI + ('2019/01/tieng-anh-oi/index.html', 'pandoc', 'devcui_6.txt'),
    ],
    'hoangtho-hugo': [
        THO + ('bai-viet/chao-ngay-moi-cung-javascript/index.html', 'bs4', 'hoangtho_1.txt'),
        THO + ('bai-viet/bing-wallpaper-clone/index.html', 'bs4', 'hoangtho_2.txt'),
        THO + ('bai-viet/do-lai-giao-dien-cmder-giong-ubuntu-den-95/index.html', 'bs4', 'hoangtho_3.txt'),
        THO + ('bai-viet/javascript-array-objects/index.html', 'bs4', 'hoangtho_4.txt'),
        THO + ('bai-viet/tao-thong-bao-cho-web-bang-toasty/index.html', 'bs4', 'hoangtho_5.txt'),
        THO + ('bai-viet/wsl2-fish-tmux-awsome-terminal/index.html', 'bs4', 'hoangtho_6.txt'),
    ],
}

TOOL = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--columns=80'],
}
PAGE = '/tmp/heldout91-scratch/page/page.html'


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
    soup = BeautifulSoup(raw.decode('utf-8'), 'html.parser')
    for el in soup(['script', 'style', 'noscript', 'template']):
        el.decompose()
    return soup.get_text('\n').encode('utf-8')


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

#!/usr/bin/env python3
"""Re-create every heldout86 seed from pinned git blobs (Python 3 + git + Debian w3m / lynx + PyPI html2text).

usage: python3 build.py [OUT_DIR]     (default: the heldout86 directory that holds this script)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`
(mirrors as brought by the search tool's fetch under /work/.mirror/<owner>+<name>/); nothing is edited by
hand.  Every blob is one whole saved / generated HTML page of a Vietnamese site (HTTrack mirrors and
static-site output committed to GitHub).  Converters (one per source):
  w3m       w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx      lynx 2.9.0dev.12-1      : lynx -dump -nolist -width=80 -display_charset=utf-8 FILE
  html2text Python html2text 2025.4.15 (PyPI), in-process: blob decoded as UTF-8, HTML2Text() with
            body_width=80, ignore_links=True, ignore_images=True, unicode_snob=True; .handle(text)
For w3m / lynx the blob's bytes are written unchanged to the fixed file /tmp/heldout86-scratch/page/page.html
and the browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout46's build.py, extended with the html2text converter and new SEEDS.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# completejavascript/the-algorithms-blog, branch gh-pages "Update dependencies" 2019-06-09 (Gatsby output of
# thuattoan.phamvanlam.com, "Algorithms Blog" of Phạm Văn Lâm)
ALGO = ('completejavascript/the-algorithms-blog', '40f20ef61d432577fb0175aa9fb12f87b0fccd19')
# acscoder/rustvietnam, branch main "update" 2021-12-28 (static copy of the WordPress site rustvietnam.com)
RUST = ('acscoder/rustvietnam', 'b78a4bab69028dd98ec09d05f7d5f411ec140b57')
# CodeEduVN/codeeduvn.github.io, branch fnix 2020-04-05 (HTTrack mirror of funix.edu.vn, 03 Apr 2020)
FUNIX = ('CodeEduVN/codeeduvn.github.io', '284d12c4e73cf2af647d080ef9e6cdc8d7196944')
# Coder-vn/Coder-vn.github.io, master "no message" 2020-09-24 (HTTrack mirror of the WordPress blog CoderVN)
CODERVN = ('Coder-vn/Coder-vn.github.io', '6a58f3b52c21601906c1710e06f82367dc008aa9')
# Hoangnph/hanph_vinhomeorrg, main "move to root" 2024-07-10 (HTTrack mirror of halander.vn / vinhome.org, Jun 2024)
HALANDER = ('Hoangnph/hanph_vinhomeorrg', '1c65cc6f49ee391546ae4e27f83842b5ab67cada')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'thuattoan-phamvanlam': [
        ALGO + ('tong-hop-mot-so-thuat-toan-co-ban/index.html', 'lynx', 'thuattoan_1.txt'),
        ALGO + ('tong-hop-mot-so-thuat-toan-co-ban-ve-sap-xep-phan-1/index.html', 'lynx', 'thuattoan_2.txt'),
        ALGO + ('spoj-com-thuat-toan-bai-fctrl-factorial/index.html', 'lynx', 'thuattoan_3.txt'),
        ALGO + ('spoj-com-thuat-toan-bai-acode-alphacode/index.html', 'lynx', 'thuattoan_4.txt'),
        ALGO + ('spoj-com-thuat-toan-bai-buglife-a-bugs-life/index.html', 'lynx', 'thuattoan_5.txt'),
        ALGO + ('spoj-com-thuat-toan-bai-hotels-hotels-along-the-croatian-coast/index.html', 'lynx',
                'thuattoan_6.txt'),
    ],
    'rustvietnam': [
        RUST + ('lap-trinh-co-ban-rust/threads/index.html', 'w3m', 'rustvietnam_1.txt'),
        RUST + ('lap-trinh-co-ban-rust/ownership-va-borrowing/index.html', 'w3m', 'rustvietnam_2.txt'),
        RUST + ('thu-vien-chuan/chuong-2-lam-viec-voi-collections/index.html', 'w3m', 'rustvietnam_3.txt'),
        RUST + ('lap-trinh-web-voi-rust/quan-li-sessions/index.html', 'w3m', 'rustvietnam_4.txt'),
        RUST + ('blockchain/holochain/bat-dau-voi-holochain/index.html', 'w3m', 'rustvietnam_5.txt'),
        RUST + ('lap-trinh-nhung/tong-quan-ve-lap-trinh-he-thong-nhung-voi-rust/index.html', 'w3m',
                'rustvietnam_6.txt'),
    ],
    'funix-edu': [
        FUNIX + ('blog/chia-se-kien-thuc/7-meo-tu-hoc-lap-trinh-hieu-qua/index.html', 'w3m', 'funix_1.txt'),
        FUNIX + ('blog/chia-se-kien-thuc/chuyen-gia-google-nguyen-thanh-nhan-tu-van-viec-tim-nguoi-nguoi-tim-'
                 'viec-tai-funix/index.html', 'w3m', 'funix_2.txt'),
        FUNIX + ('blog/goc-nhin/outsourcing-hay-product/index.html', 'w3m', 'funix_3.txt'),
        FUNIX + ('blog/hoi-dap-cntt/nen-chu-y-gi-khi-khi-hoc-java/index.html', 'w3m', 'funix_4.txt'),
        FUNIX + ('blog/nguyen-thanh-nam/hat-giong/index.html', 'w3m', 'funix_5.txt'),
        FUNIX + ('blog/goc-xter/chuyen-phong-van/index.html', 'w3m', 'funix_6.txt'),
    ],
    'codervn': [
        CODERVN + ('2020/09/21/iot-esp8266-01/index.html', 'html2text', 'codervn_1.txt'),
        CODERVN + ('2020/09/21/iot-esp8266-02-chuong-trinh-nhay-led/index.html', 'html2text', 'codervn_2.txt'),
        CODERVN + ('2020/09/22/iot-esp8266-03-dieu-khien-do-sang-mo-led-voi-pwm/index.html', 'html2text',
                   'codervn_3.txt'),
        CODERVN + ('2020/09/22/iot-esp8266-04-doc-tin-hieu-bien-tro/index.html', 'html2text', 'codervn_4.txt'),
        CODERVN + ('2020/09/23/iot-esp8266-05-ngat-va-timer/index.html', 'html2text', 'codervn_5.txt'),
    ],
    'halander-vinhome': [
        HALANDER + ('huyen-dan-phuong-ha-noi-len-quan/index.html', 'lynx', 'halander_1.txt'),
        HALANDER + ('duong-vanh-dai-4-ha-noi/index.html', 'lynx', 'halander_2.txt'),
        HALANDER + ('tai-sao-nguoi-giau-ua-chuong-biet-thu-vinhomes/index.html', 'lynx', 'halander_3.txt'),
        HALANDER + ('dien-tich-thong-thuy-tim-tuong/index.html', 'lynx', 'halander_4.txt'),
        HALANDER + ('phi-dich-vu-vinhomes-ocean-park/index.html', 'lynx', 'halander_5.txt'),
        HALANDER + ('masterise-land/index.html', 'lynx', 'halander_6.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout86-scratch/page/page.html'


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
    h = html2text.HTML2Text()
    h.body_width = 80
    h.ignore_links = True
    h.ignore_images = True
    h.unicode_snob = True
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

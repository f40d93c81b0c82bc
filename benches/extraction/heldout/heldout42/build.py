#!/usr/bin/env python3
"""Re-create every heldout42 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout42 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Converters:
  lynx   lynx 2.9.0dev.12-1 : lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
         (the blob's bytes are written unchanged to the fixed file /tmp/heldout42/page/page.html -- lynx
         prints that path in its References list -- and the browser runs on it with LC_ALL=C.UTF-8,
         TERM=dumb; its stdout is the seed, byte for byte)
(heldout41's build.py, reduced to the two browser converters.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


YEUSONG = ('doanha1982/yeusong_live', '3dfa65ef4be41e397e32ff61c86557c74954bef7')
AGRI = ('AgribankCN5/Archive', '3401bc752d3e72c552bd5ae9862d4a11b103db85')
NARGA = ('Narga/narga-octopress', '1304ba3c1e15961bb913e2feed3756ccafffa205')
VTP = ('lychanhdarit/viettpost', 'a17a45c91d22adcad05afbeea30facd86890dffe')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'yeusong-wpstatic': [
        YEUSONG + ('10-loi-ich-suc-khoe-an-tuong-cua-tao/index.html', 'w3m', 'yeusong_1.txt'),
        YEUSONG + ('28-07-2020-them-7-ca-mac-covid-19-tai-quang-nam-da-nang/index.html', 'lynx', 'yeusong_2.txt'),
        YEUSONG + ('7-loai-tra-giup-giam-hen-suyen/index.html', 'w3m', 'yeusong_3.txt'),
        YEUSONG + ('cach-lam-thach-vai-ngot-mat/index.html', 'lynx', 'yeusong_4.txt'),
        YEUSONG + ('xoa-bop-giam-beo-bung/index.html', 'w3m', 'yeusong_5.txt'),
        YEUSONG + ('thuoc-va-ruou-nhung-he-luy-khon-luong/index.html', 'lynx', 'yeusong_6.txt'),
    ],
    'agribank-httrack': [
        AGRI + ('9-trieu-usd-trong-the-atm-bi-an-trom-trong-mot-gio/index.html', 'w3m', 'agribank_1.txt'),
        AGRI + ('atm-dau-tien-co-mat-tai-huyen-dao-ly-son/index.html', 'lynx', 'agribank_2.txt'),
        AGRI + ('chinh-phu-cpi-nam-2011-tang-khoang-7/index.html', 'w3m', 'agribank_3.txt'),
        AGRI + ('cam-di-duong-vong-de-ban-ngoai-te-gia-cao/index.html', 'lynx', 'agribank_4.txt'),
        AGRI + ('10-nam-toi-tang-gap-ba-thu-nhap-cho-dan/index.html', 'w3m', 'agribank_5.txt'),
    ],
    'narga-octopress': [
        NARGA + ('2005/10/nghe-thuat-tu-choi/index.html', 'w3m', 'narga_1.txt'),
        NARGA + ('2005/12/nhung-tro-lua-dao-cua-spyware-trong-nam-2005/index.html', 'lynx', 'narga_2.txt'),
        NARGA + ('2006/01/tai-sao-meo-roi-tu-tren-cao-khong-chet/index.html', 'w3m', 'narga_3.txt'),
    ],
    'viettelpost-httrack': [
        VTP + ('tin-tuc/4-chuyen-dich-chien-luoc-cua-viettel-post-trong-chang-duong-moi/index.html', 'w3m',
               'viettelpost_1.txt'),
        VTP + ('tin-tuc/ra-mat-ung-dung-giao-hang-viettelpost-phien-ban-moi-tich-hop-tri-tue-nhan-tao/index.html',
               'lynx', 'viettelpost_2.txt'),
        VTP + ('tin-tuc/viettel-post-ra-mat-dich-vu-chuyen-phat-quoc-te-ups/index.html', 'w3m', 'viettelpost_3.txt'),
        VTP + ('tin-tuc/viettel-post-thuc-hien-mobile-hoa-100-hoat-dong-chuyen-phat/index.html', 'lynx',
               'viettelpost_4.txt'),
        VTP + ('tin-khuyen-mai/ship-toan-da-nang-dong-gia-12k/index.html', 'w3m', 'viettelpost_5.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout42/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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

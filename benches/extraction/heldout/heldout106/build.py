#!/usr/bin/env python3
"""Re-create every heldout106 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx / links + pandoc).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout106)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole HTML page (UTF-8) of a Vietnamese website as its owner committed it to GitHub
(two small-business sites deployed from the repository, a WordPress 4.3 static copy of a dental clinic's site, and a
built Hugo blog).  Converters (one per source, see SEEDS):
  w3m     w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx    lynx 2.9.0dev.12         : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  links   Links 2.28               : links -dump -width 80 -codepage utf-8 FILE
  pandoc  pandoc 2.17.1.1          : pandoc -f html -t plain --columns=80 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout106-scratch/page/page.html and the converter runs
on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS, lynx with -nolist and the pandoc converter added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# quang3215/minh-duc, commit 0229163 (2026-04-19 by the machine's clock): the static site of "Thu Mua Cáp Đồng Đức
# Minh", a scrap-metal / used-cable buyer in Hóc Môn, TP.HCM (hand-built HTML deployed with GitHub Pages)
MINHDUC = ('quang3215/minh-duc', '02291630b27ce05efd0c97a1a9c7fa4428c06547')
# Man-Henry/FPT-TELECOM, commit 1fec159 (the only commit of the snapshot): fpttelecomvn.click, an FPT Telecom sales
# agent's site; its "Tin tức" posts re-publish FPT Telecom's own news items
FPT = ('Man-Henry/FPT-TELECOM', '1fec1593246800bd0a3cc92acf835b88060b10b5')
# HoangDuonng/Blog, commit ada125a: the built Hugo (Stack theme) site of Hoàng Dương's Vietnamese DevOps blog
HD = ('HoangDuonng/Blog', 'ada125ab128e6478c40a5ec07f68b1c5a93afa9a')
# thangngoc89/wpnhakhoaphuocbinh, commit 1402867 (2015-11-01): static copy of the WordPress 4.3.1 site of Nha khoa
# Phước Bình (a dental clinic)
PB = ('thangngoc89/wpnhakhoaphuocbinh', '14028672a94478dfbb654416eaafc94584978e99')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'minhduc-w3m': [
        MINHDUC + ('tin-tuc/meo-phan-biet-inox-304-201-430/index.html', 'w3m', 'minhduc_1.txt'),
        MINHDUC + ('tin-tuc/cach-phan-biet-dong-do-dong-vang-dong-cap/index.html', 'w3m', 'minhduc_2.txt'),
        MINHDUC + ('tin-tuc/huong-dan-thanh-ly-sat-thep-cong-trinh/index.html', 'w3m', 'minhduc_3.txt'),
        MINHDUC + ('tin-tuc/sai-lam-khi-ban-phe-lieu-so-luong-lon/index.html', 'w3m', 'minhduc_4.txt'),
        MINHDUC + ('tin-tuc/tai-che-nhom-hanh-trinh-tu-vat-lieu-cu/index.html', 'w3m', 'minhduc_5.txt'),
        MINHDUC + ('tin-tuc/kinh-nghiem-thanh-ly-phe-lieu-nha-xuong/index.html', 'w3m', 'minhduc_6.txt'),
        MINHDUC + ('tin-tuc/thu-mua-binh-ac-quy-cu-phe-lieu-chi/index.html', 'w3m', 'minhduc_7.txt'),
    ],
    'fpt-lynx': [
        FPT + ('pages/posts/ky-thuat-vien-fpt-telecom-dung-cam-lao-xuong-song-cuu-song-be-trai-duoi-nuoc-tai-hai-phong.html', 'lynx', 'fpt_1.txt'),
        FPT + ('pages/posts/fpt-camera-ra-mat-goi-an-tam-khi-cam-viet-hieu-nguoi-viet.html', 'lynx', 'fpt_2.txt'),
        FPT + ('pages/posts/cong-ty-cua-musk-bat-dau-ban-internet-ve-tinh-tai-viet-nam.html', 'lynx', 'fpt_3.txt'),
        FPT + ('pages/posts/combo-internet-vvip-gia-sap-san-tron-ngoai-hang-anh-va-ca-kho-giai-tri-cho-ca-nha.html', 'lynx', 'fpt_4.txt'),
        FPT + ('pages/posts/viet-nam-thang-thai-lan-2-ban-fpt-tang-voucher-200k-cho-khach-lap-internet.html', 'lynx', 'fpt_5.txt'),
        FPT + ('pages/posts/co-nen-bat-wifi-lien-tuc-24-7.html', 'lynx', 'fpt_6.txt'),
        FPT + ('pages/posts/khuyen-mai-lap-mang-fpt-thang-8-nhan-camera-voucher-50k-tv-giam-43.html', 'lynx', 'fpt_7.txt'),
    ],
    'hoangduong-pandoc': [
        HD + ('posts/devops/devops-intro/index.html', 'pandoc', 'hd_1.txt'),
        HD + ('posts/devops/devops-roadmap/index.html', 'pandoc', 'hd_2.txt'),
        HD + ('posts/website/domain-to-hosting-setup/index.html', 'pandoc', 'hd_3.txt'),
        HD + ('posts/website/nginx-introduction-guide/index.html', 'pandoc', 'hd_4.txt'),
        HD + ('posts/devops/devops-step-nineteen/index.html', 'pandoc', 'hd_5.txt'),
        HD + ('posts/devops/devops-step-twenty-two/index.html', 'pandoc', 'hd_6.txt'),
    ],
    'phuocbinh-links': [
        PB + ('dich-vu/benh-nha-chu-va-cach-phong-ngua/index.html', 'links', 'pb_1.txt'),
        PB + ('dich-vu/nha-khoa-phong-ngua/index.html', 'links', 'pb_2.txt'),
    ],
}

CONVERTER = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--columns=80'],
}
PAGE = '/tmp/heldout106-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def convert(cmd, raw):
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
            data = convert(CONVERTER[conv], blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

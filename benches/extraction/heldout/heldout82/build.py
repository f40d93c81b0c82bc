#!/usr/bin/env python3
"""Re-create every heldout82 seed from pinned git blobs (Python 3 standard library + git + Debian lynx / w3m).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this script, /work/evaldata/heldout82)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole HTML page saved by HTTrack Website Copier from a Vietnamese public-sector
portal and committed to a GitHub repository (see SOURCES.md).  Converters (one per source):
  lynx   Lynx 2.9.0dev.12 : lynx -dump -nolist -width=80 -display_charset=utf-8 FILE      (sotttt-liferay)
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE           (nguyenhue-eduportal)
The blob's bytes are written unchanged to the fixed file /tmp/heldout82-scratch/page/page.html and the browser runs
on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout46's build.py, with new SEEDS and the lynx command of the brief.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# fontaineha1281/capstone2, main "Update Dockerfile" 2023-05-22: web/source/ holds an HTTrack copy of
# sotttt.hanoi.gov.vn (Liferay portal of the Hanoi Department of Information and Communications)
SOTTTT = ('fontaineha1281/capstone2', 'c096a81417a91dc852df2d0092f1a6719caa77ec')
# Nhat0301/nguyenhue-clone, main "Create CNAME" 2025-05-20: HTTrack copy of edu.viettel.vn/vtu-longdien-thcsnguyenhue/
# (EduPortal site of THCS Nguyen Hue, Long Dien district, Ba Ria - Vung Tau)
NGUYENHUE = ('Nhat0301/nguyenhue-clone', '86cb7306e81f90b7d6b1fb5056916e75cf4b2f37')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'sotttt-liferay': [
        SOTTTT + ('web/source/chuc-nang-nhiem-vu.html', 'lynx', 'sotttt_1.txt'),
        SOTTTT + ('web/source/phong-bao-chi-xuat-ban.html', 'lynx', 'sotttt_2.txt'),
        SOTTTT + ('web/source/phong-buu-chinh-vien-thong.html', 'lynx', 'sotttt_3.txt'),
        SOTTTT + ('web/source/phong-cong-nghe-thong-tin.html', 'lynx', 'sotttt_4.txt'),
        SOTTTT + ('web/source/phong-ke-hoach-tai-chinh.html', 'lynx', 'sotttt_5.txt'),
        SOTTTT + ('web/source/phong-thanh-tra.html', 'lynx', 'sotttt_6.txt'),
        SOTTTT + ('web/source/phong-cong-nghiep-cong-nghe-thong-tin.html', 'lynx', 'sotttt_7.txt'),
        SOTTTT + ('web/source/don-vi-su-nghiep.html', 'lynx', 'sotttt_8.txt'),
    ],
    'nguyenhue-eduportal': [
        NGUYENHUE + ('tin-tuc-su-kien/giao-duc-atgt-cho-hoc-sinh-truong-thcs-nguyen-hue.html', 'w3m', 'nguyenhue_1.txt'),
        NGUYENHUE + ('tin-tuc-su-kien/su-kien-noi-bat/lien-doi-truong-thcs-nguyen-hue-ky-niem-80-nam-ngay-hy-sinh-'
                     'anh-kim-dong.html', 'w3m', 'nguyenhue_2.txt'),
        NGUYENHUE + ('tin-tuc-su-kien/su-kien-noi-bat/hoc-sinh-truong-thcs-nguyen-hue-huong-ung-chien-dich-diet-lang-'
                     'quang-phong-benh-sot-xuat-huyet.html', 'w3m', 'nguyenhue_3.txt'),
        NGUYENHUE + ('tin-tuc-su-kien/su-kien-noi-bat/lien-doi-thcs-nguyen-hue-tham-tang-qua-ba-me-viet-nam-anh-hu.html',
                     'w3m', 'nguyenhue_4.txt'),
        NGUYENHUE + ('tin-tuc-su-kien/su-kien-noi-bat/to-su-dia-gdcd-truong-thcs-nguyen-hue-voi-hoat-dong-giao-duc-'
                     'stem-chu-de-tai-che-vat-lieu-trong-cuoc-song-hang-ngay-gop-.html', 'w3m', 'nguyenhue_5.txt'),
        NGUYENHUE + ('tin-tuc-su-kien/su-kien-noi-bat/lien-doi-truong-thcs-nguyen-hue-to-chuc-phong-trao-doc-va-la.html',
                     'w3m', 'nguyenhue_6.txt'),
        NGUYENHUE + ('tin-tuc-su-kien/lien-doi-truong-tieu-hoc-dang-van-duc-to-chuc-dang-huong-tuo.html', 'w3m',
                     'nguyenhue_7.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout82-scratch/page/page.html'


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

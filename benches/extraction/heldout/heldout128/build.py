#!/usr/bin/env python3
"""Re-create every heldout128 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx / pandoc + Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout128)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved HTML page (UTF-8) of a Vietnamese company site, as a web-design
agency saved the sites of its clients into branches of one repository (anhtruong1209/web-soundton_2, one branch per
site).  Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  lynx       lynx 2.9.0dev.12         : lynx -dump -nolist -width=100 -display_charset=utf-8 -assume_charset=utf-8 FILE
  pandoc     pandoc 2.17.1.1          : pandoc -f html -t plain --wrap=none FILE
  html2text  Python html2text 2025.4.15, module defaults, in-process (kept from heldout93; no seed of this set uses it)
For w3m / lynx / pandoc the blob's bytes are written unchanged to the fixed file /tmp/heldout128-scratch/page/page.html
and the tool runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For html2text the
blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS, the pandoc converter added and w3m / lynx options changed.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


R = 'anhtruong1209/web-soundton_2'
# branch kithuatviet, "done" 2023-10-26: saved WordPress (Flatsome) site of CÔNG TY TNHH MTV PHÁT TRIỂN CÔNG NGHỆ
# DỊCH VỤ KỸ THUẬT VIỆT ("Kĩ Thuật Việt", Hanoi; Enerpac hydraulic tools dealer), its "Tin tức" posts
KTV = (R, 'eb6daeae1bdd40a39033f8664986b5e64ab29800')
# branch phunglong, "update" 2023-10-26: saved site of CÔNG TY TNHH THƯƠNG MẠI PHÙNG LONG (phunglongvn.com, Hanoi)
PL = (R, '2193d20f5191d6f8d7c0cffabf8e070906cbe8e7')
# branch BAT, "UPDATE" 2023-10-26: saved site of Công ty TNHH Dịch vụ kỹ thuật B.A.T Việt Nam (industrial automation)
BAT = (R, 'a485337f92ccac446f8b717eb8942014bd4628ca')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'ktv-w3m': [
        KTV + ('eps-thanh-tuu-sau-1-nam-hoat-dong/index.html', 'w3m', 'ktv_1.txt'),
        KTV + ('bo-nguon-thuy-luc-moi-cho-may-cong-cu-cam-tay/index.html', 'w3m', 'ktv_2.txt'),
        KTV + ('bom-thuy-luc-va-phan-loai/index.html', 'w3m', 'ktv_3.txt'),
        KTV + ('dong-thiet-bi-co-le-thuy-luc-model-hmt-moi/index.html', 'w3m', 'ktv_4.txt'),
        KTV + ('kich-thuy-luc-rc-series-duoc-nang-cap-moi/index.html', 'w3m', 'ktv_5.txt'),
        KTV + ('may-bom-dien-ze2-zw2-series-moi-tinh-te-voi-do-on-thap-va-thiet-ke-phu-hop-voi-tung-ung-dung/index.html', 'w3m', 'ktv_6.txt'),
    ],
    'phunglong-lynx': [
        PL + ('hoat-dong-thien-nguyen-nhip-cau-nhan-ai-nam-2022-n11875.html', 'lynx', 'pl_1.txt'),
        PL + ('tang-qua-cho-benh-nhan-tai-benh-vien-ung-buou-ha-noi-n7985.html', 'lynx', 'pl_2.txt'),
        PL + ('thong-diep-cua-chu-tich.html', 'lynx', 'pl_3.txt'),
        PL + ('gia-tri-cot-loi-n7377.html', 'lynx', 'pl_4.txt'),
        PL + ('gioithieu.html', 'lynx', 'pl_5.txt'),
    ],
    'bat-pandoc': [
        BAT + ('ung-dung-can-truc-nang-ha-container.html', 'pandoc', 'bat_1.txt'),
        BAT + ('ung-dung-cau-truc-chan-de.html', 'pandoc', 'bat_2.txt'),
        BAT + ('bien-tan-cho-cong-truc.html', 'pandoc', 'bat_3.txt'),
        BAT + ('bien-tan-cho-cau-truc.html', 'pandoc', 'bat_4.txt'),
        BAT + ('bien-tan-cho-may-dieu-hoa.html', 'pandoc', 'bat_5.txt'),
        BAT + ('bien-tan-cho-bom-dieu-ap.html', 'pandoc', 'bat_6.txt'),
    ],
}

BROWSER = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=100', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'],
}
PAGE = '/tmp/heldout128-scratch/page/page.html'


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

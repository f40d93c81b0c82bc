#!/usr/bin/env python3
"""Re-create every heldout61 seed from pinned git blobs (Python 3 + git + Debian w3m / lynx + html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this script)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Every blob is one whole saved/generated HTML page (UTF-8).  Converters:
  w3m        w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  html2text  Python html2text 2025.4.15 (pip, in a venv; interpreter taken from $HTML2TEXT_PY, default
             /tmp/heldout61-scratch/venv/bin/python): h = html2text.HTML2Text(); h.body_width = 80;
             seed = h.handle(blob.decode('utf-8'))  (all other options at their defaults)
The blob's bytes are written unchanged to the fixed file /tmp/heldout61-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout46's build.py with new SEEDS and the html2text converter added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# ewh-support/cujut_demo.daknong, branch gh-pages, "Mon 08/12/2019 15:28:02.77" (static copy of the Cư Jút district portal)
CUJUT = ('ewh-support/cujut_demo.daknong', '85a0f29072cda209ad4560aa367ff97e98a31d11')
# KusaMeowk/TrongTruongHop, "'Init'" 2024-11-27 (static copy of the THCS-THPT Hồng Hà school site)
HONGHA = ('KusaMeowk/TrongTruongHop', '5799d5a2c25d629a42f9e27a126106a370113979')
# thaison-code/wildact, "Create CNAME" 2025-05-13 (static export of the WildAct Vietnam NGO WordPress site)
WILDACT = ('thaison-code/wildact', '081c7103ffec9471afb6a5aa11782a12eeab00d2')
# kieumanh/minhtrietthiendinh.com, "Delete CNAME" 2025-12-01 (Publii static output, meditation site)
MINHTRIET = ('kieumanh/minhtrietthiendinh.com', 'd1e66d4d5ff7f3ff6a70e00fb8117bd83d3772f5')
# dongthinhlong/dongthinhlong.github.io, "Deploy Hugo site [skip ci]" 2026-07-02 (Hugo output)
DONGTHINH = ('dongthinhlong/dongthinhlong.github.io', '976fc342d7a3487ba8232796ac21d19acaea204f')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'cujut-portal': [
        CUJUT + ('giu-huong-vi-ruou-can-truyen-thong/index.html', 'w3m', 'cujut_1.txt'),
        CUJUT + ('ing-puot-nhac-cu-doc-dao-cua-nguoi-e-de/index.html', 'w3m', 'cujut_2.txt'),
        CUJUT + ('cay-khoai-lang-nhat-ben-duyen-voi-dat-dak-d-rong/index.html', 'w3m', 'cujut_3.txt'),
        CUJUT + ('khoi-nghiep-thanh-cong-tu-nuoi-lan-cay-mo/index.html', 'w3m', 'cujut_4.txt'),
        CUJUT + ('cu-jut-quan-tam-tuyen-truyen-phong-chong-xam-hai-tinh-duc-tre-em/index.html', 'w3m', 'cujut_5.txt'),
        CUJUT + ('dao-ly-uong-nuoc-nho-nguon/index.html', 'w3m', 'cujut_6.txt'),
    ],
    'hongha-school': [
        HONGHA + ('nu-sinh-truong-sa-va-uoc-mo-thanh-chien-si-hai-quan.html', 'lynx', 'hongha_1.txt'),
        HONGHA + ('hoc-sinh-hay-buoc-vao-nam-hoc-moi-voi-niem-say-me-hung-khoi.html', 'lynx', 'hongha_2.txt'),
        HONGHA + ('nong-trai-hong-ha.html', 'lynx', 'hongha_3.txt'),
        HONGHA + ('tpho-chi-minh-ngay-dau-tien-ky-thi-thpt-dien-ra-an-toan-nghiem-tuc.html', 'lynx', 'hongha_4.txt'),
        HONGHA + ('bai-hoc-cua-cho-va-nhan.html', 'lynx', 'hongha_5.txt'),
        HONGHA + ('truong-thcsthpt-hong-ha-trao-tang-100-phan-qua-tet-cho-phu-nu-ngheo-huyen-can-gio.html', 'lynx',
                  'hongha_6.txt'),
    ],
    'wildact-ngo': [
        WILDACT + ('vi/bao-ton-quan-the-vuon-den-ma-vang-tai-vqg-chu-yang-sin/index.html', 'html2text', 'wildact_1.txt'),
        WILDACT + ('vi/bao-ve-chim-hoang-da-giai-phap-nao-cho-hien-tai-va-tuong-lai/index.html', 'html2text',
                   'wildact_2.txt'),
        WILDACT + ('vi/cap-nhat-tuan-tra-quy-i-2025-thu-thach-khac-nghiet-quyet-tam-khong-lui/index.html', 'html2text',
                   'wildact_3.txt'),
        WILDACT + ('vi/cung-doi-cct-tuan-tra-xuyen-man-mua/index.html', 'html2text', 'wildact_4.txt'),
        WILDACT + ('vi/ngay-hoi-cong-dong-ve-bao-ton-chim-di-cu-tai-huyen-kim-son-ninh-binh/index.html', 'html2text',
                   'wildact_5.txt'),
        WILDACT + ('vi/trai-nghiem-mot-ngay-lam-nha-bao-ton-nhi-cung-hoc-sinh-unis/index.html', 'html2text',
                   'wildact_6.txt'),
    ],
    'minhtriet-publii': [
        MINHTRIET + ('thien-dinh-la-gi/index.html', 'lynx', 'minhtriet_1.txt'),
        MINHTRIET + ('boi-canh-ra-doi-va-tinh-quan-trong-cua-thien-dinh/index.html', 'lynx', 'minhtriet_2.txt'),
        MINHTRIET + ('thien-dinh-thoi-so-khai-lich-su-va-nguon-goc/index.html', 'lynx', 'minhtriet_3.txt'),
        MINHTRIET + ('ebook-ban-do-thien-dinh/index.html', 'lynx', 'minhtriet_4.txt'),
        MINHTRIET + ('gioi-thieu-2/index.html', 'lynx', 'minhtriet_5.txt'),
    ],
    'dongthinh-hugo': [
        DONGTHINH + ('posts/2026-07-02-tntt-management-gioi-thieu/index.html', 'w3m', 'dongthinh_1.txt'),
        DONGTHINH + ('posts/2026-07-02-tntt-management-su-dung/index.html', 'w3m', 'dongthinh_2.txt'),
        DONGTHINH + ('posts/2026-07-02-tntt-management-backend/index.html', 'w3m', 'dongthinh_3.txt'),
        DONGTHINH + ('posts/2026-07-02-tntt-management-frontend/index.html', 'w3m', 'dongthinh_4.txt'),
    ],
}

H2T = ('import html2text,sys\nh=html2text.HTML2Text(); h.body_width=80\n'
       'sys.stdout.write(h.handle(open(sys.argv[1],encoding="utf-8").read()))')
BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'html2text': [os.environ.get('HTML2TEXT_PY', '/tmp/heldout61-scratch/venv/bin/python'), '-c', H2T],
}
PAGE = '/tmp/heldout61-scratch/page/page.html'


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

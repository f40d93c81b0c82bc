#!/usr/bin/env python3
"""Re-create every heldout63 seed from pinned git blobs (Python 3 + git + Debian w3m / lynx + Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Every blob is one whole saved / statically exported HTML page (UTF-8) of a
Vietnamese site.  Converters (the converter is varied per source on purpose):
  w3m        w3m 0.5.3+git20230121 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       Lynx 2.9.0dev.12      : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  html2text  Python html2text 2025.4.15 (pip, in a venv; HTML2TEXT_PY names its python, default
             /tmp/heldout63-scratch/venv/bin/python): HTML2Text() with body_width=80, unicode_snob=True,
             all other options default (Markdown output with inline links and images)
For w3m and lynx the blob's bytes are written unchanged to the fixed file /tmp/heldout63-scratch/page/page.html
and the browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For html2text
the blob is decoded as UTF-8 and handle()'s return value is written UTF-8-encoded.
(Structure of heldout46's build.py, with new SEEDS and the html2text converter added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# vitconproduction/cobida.com, "Initial commit" 2021-08-31 (static copy of a billiard-cue shop, CNAME cobida.com)
COBIDA = ('vitconproduction/cobida.com', '67f53b0594a2f25b6aff572a507581c7daaca727')
# truongphan13/storelammoc, "truong" 2021-07-22 (WordPress + WooCommerce static export, "Store Làm Mộc")
LAMMOC = ('truongphan13/storelammoc', '71c53cc36b836549a582f4a95c5df253968269da')
# Hasakiiiiiii/TheFelix, "360" 2025-04-25 (WordPress static copy of thefelixcholdings.com, a condo-project site)
FELIX = ('Hasakiiiiiii/TheFelix', '849b608aa180dbde2157290843426ad4643f66f1')
# nguyenvanuoc/ldtbxh, "update" 2023-06-14 (hand-coded HTML front-end of the MOLISA ministry portal)
MOLISA = ('nguyenvanuoc/ldtbxh', '0f78effba4b4964093c75dc758d2c43580ce41e5')
# nguyenvanuoc/khongianmang311, "update" 2025-02-04 (hand-coded HTML front-end of the Youth Union's "Tổng đài 311")
TD311 = ('nguyenvanuoc/khongianmang311', '4d90a43052d9e55d44fad98de990aef5f94b09f1')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'cobida-shop': [
        COBIDA + ('blogs/tin-tuc/index.html', 'w3m', 'cobida_1.txt'),
        COBIDA + ('products/amalia/index.html', 'w3m', 'cobida_2.txt'),
        COBIDA + ('products/longoni-armonia/index.html', 'w3m', 'cobida_3.txt'),
        COBIDA + ('products/galaxy-maple/index.html', 'w3m', 'cobida_4.txt'),
        COBIDA + ('products/evoluzione/index.html', 'w3m', 'cobida_5.txt'),
        COBIDA + ('products/collection-lux/index.html', 'w3m', 'cobida_6.txt'),
        COBIDA + ('products/intuition/index.html', 'w3m', 'cobida_7.txt'),
        COBIDA + ('products/black-pearl-ii/index.html', 'w3m', 'cobida_8.txt'),
    ],
    'lammoc-woo': [
        LAMMOC + ('bai-viet/5-cach-su-dung-cua-may-mai-goc-ma-ban-nen-biet/index.html', 'lynx', 'lammoc_1.txt'),
        LAMMOC + ('bai-viet/cac-thuong-hieu-may-dung-cu-cam-tay-o-viet-nam-ma-ban-nen-biet/index.html', 'lynx',
                  'lammoc_2.txt'),
        LAMMOC + ('khuyen-mai/freeship-thang-07-2021-tai-store-lam-moc/index.html', 'lynx', 'lammoc_3.txt'),
        LAMMOC + ('khuyen-mai/mua-1-may-khoan-tang-1-mui-khoan-bat-ky-tri-gia-len-den-110k-so-luong-co-han/'
                  'index.html', 'lynx', 'lammoc_4.txt'),
        LAMMOC + ('khuyen-mai/ngung-kinh-doanh-cac-may-khoan-tot-nhat/index.html', 'lynx', 'lammoc_5.txt'),
    ],
    'felix-condo': [
        FELIX + ('c-holdings-mo-ban-toa-thap-felina/index.html', 'html2text', 'felix_1.txt'),
        FELIX + ('can-ho-the-felix-binh-duong/index.html', 'html2text', 'felix_2.txt'),
        FELIX + ('chu-dau-tu-c-holdings/index.html', 'html2text', 'felix_3.txt'),
        FELIX + ('the-felix-cuong-do-la/index.html', 'html2text', 'felix_4.txt'),
    ],
    'molisa-portal': [
        MOLISA + ('thoi-ki-phat-trien.html', 'lynx', 'molisa_1.txt'),
        MOLISA + ('su-kien-hoi-thao--chitiet.html', 'lynx', 'molisa_2.txt'),
    ],
    'tongdai311-portal': [
        TD311 + ('tin-tuc--chi-tiet.html', 'lynx', 'td311_1.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout63-scratch/page/page.html'
HTML2TEXT_PY = os.environ.get('HTML2TEXT_PY', '/tmp/heldout63-scratch/venv/bin/python')
H2T = ('import sys, html2text\n'
       'h = html2text.HTML2Text(); h.body_width = 80; h.unicode_snob = True\n'
       'sys.stdout.buffer.write(h.handle(sys.stdin.buffer.read().decode("utf-8")).encode("utf-8"))\n')


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def browse(conv, raw):
    if conv == 'html2text':
        return subprocess.run([HTML2TEXT_PY, '-c', H2T], input=raw, check=True, capture_output=True).stdout
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(BROWSER[conv] + [PAGE], check=True, capture_output=True,
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
            data = browse(conv, raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

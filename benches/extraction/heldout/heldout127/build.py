#!/usr/bin/env python3
"""Re-create every heldout127 seed from pinned git blobs (Python 3 stdlib + git + Debian elinks / lynx / w3m / pandoc).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout127)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole built HTML page (UTF-8) of a Vietnamese documentation / course-notes / book
site as its generator wrote it and its owner committed it to GitHub (Jupyter Book, Docusaurus, MkDocs Material,
bookdown gitbook).  Converters (one per source, see SEEDS):
  elinks     ELinks 0.13.2 (Debian 0.13.2-1+b4)          : elinks -dump -dump-width 100 FILE
                                                           (defaults: numbered links + "References" list)
  lynx       lynx 2.9.0dev.12 (Debian 2.9.0dev.12-1)     : lynx -dump -nolist -width=100 -display_charset=utf-8
                                                           -assume_charset=utf-8 FILE
  pandoc     pandoc 2.17.1.1 (Debian 2.17.1.1-2~deb12u1) : pandoc -f html -t plain --wrap=none FILE
  w3m        w3m 0.5.3+git20230121 (Debian ...-2)        : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout127-scratch/page/page.html and the program runs
on it with LC_ALL=C.UTF-8, TERM=dumb, stdin /dev/null; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS and converters.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# tiepvupsu/tabml_book, gh-pages ":rocket: Deploy at 2021-08-16_20:06:18" (Jupyter Book build of "Machine Learning
# cho dữ liệu dạng bảng", Vũ Hữu Tiệp's Vietnamese book on machine learning for tabular data)
TAB = ('tiepvupsu/tabml_book', 'f44d4aac25ca9a20c81b90dbb1fb98f05fdf4feb')
# anhpw/caofamily.docs, gh-pages "deploy: a951cb2…" 2023-09-07 (Docusaurus site docs.cao.id.vn of the Cao family's
# genealogy digitisation project "Dự Án Số Hóa Gia Phả")
CAO = ('anhpw/caofamily.docs', '11632591a1d7ec76c3b50e5715f2f6aadfe73e04')
# luubinhan/web-fundamentals, gh-pages "Deployed 8c5cf80 with MkDocs version: 1.2.2" 2021-08-29 (MkDocs Material site
# "Kiến thức nền tảng của Web": Vietnamese write-ups / translations of web fundamentals articles)
WF = ('luubinhan/web-fundamentals', '12f63fc3afbd95b3ba12591521d503bb2ae0d2ca')
# phapduyen/chuyen-hoa-thanh-phuc, main/gh-pages "initialize" 2023-06-27 (bookdown gitbook build in docs/ of
# "Chuyển họa thành phúc", Nguyễn Minh Tiến's Vietnamese translation with notes of Liễu Phàm tứ huấn and more)
CH = ('phapduyen/chuyen-hoa-thanh-phuc', '4eb2e26d5d2992b35c1a5826e594b7b5ea23b904')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'tabml-elinks': [
        TAB + ('ch_intro/why_pipeline.html', 'elinks', 'tab_1.txt'),
        TAB + ('ch_intro/properties.html', 'elinks', 'tab_2.txt'),
        TAB + ('ch_data_processing/eda_purpose.html', 'elinks', 'tab_3.txt'),
        TAB + ('ch_recommendation_system/introduction.html', 'elinks', 'tab_4.txt'),
        TAB + ('ch_model/random_forest.html', 'elinks', 'tab_5.txt'),
        TAB + ('ch_intro/main_contents.html', 'elinks', 'tab_6.txt'),
        TAB + ('ch_intro/pipeline.html', 'elinks', 'tab_7.txt'),
    ],
    'caogiapha-lynx': [
        CAO + ('giai-phap/index.html', 'lynx', 'cao_1.txt'),
        CAO + ('cap-nhap-du-lieu/index.html', 'lynx', 'cao_2.txt'),
        CAO + ('tra-cuu-offline/tong-quan/index.html', 'lynx', 'cao_3.txt'),
        CAO + ('tra-cuu-offline/tra-cuu/index.html', 'lynx', 'cao_4.txt'),
        CAO + ('tra-cuu-online/tao-tai-khoan/index.html', 'lynx', 'cao_5.txt'),
        CAO + ('tra-cuu-offline/cai-dat/index.html', 'lynx', 'cao_6.txt'),
        CAO + ('index.html', 'lynx', 'cao_7.txt'),
    ],
    'webfund-pandoc': [
        WF + ('ui-ux/mot-website-tot-tren-mobile-la-nhu-the-nao/index.html', 'pandoc', 'wf_1.txt'),
        WF + ('audit/overview/index.html', 'pandoc', 'wf_2.txt'),
        WF + ('ui-ux/install-pwa/index.html', 'pandoc', 'wf_3.txt'),
        WF + ('audit/cong-cu-danh-gia/index.html', 'pandoc', 'wf_4.txt'),
        WF + ('security/phan-biet-same-site-same-origin/index.html', 'pandoc', 'wf_5.txt'),
        WF + ('security/tai-sao-can-https/index.html', 'pandoc', 'wf_6.txt'),
        WF + ('ui-ux/font/index.html', 'pandoc', 'wf_7.txt'),
    ],
    'chuyenhoa-w3m': [
        CH + ('docs/loi-noi-dau.html', 'w3m', 'ch_1.txt'),
        CH + ('docs/tu-sua-loi-lam.html', 'w3m', 'ch_2.txt'),
        CH + ('docs/giu-duc-khiem-ha.html', 'w3m', 'ch_3.txt'),
        CH + ('docs/so-luoc-tieu-su-vien-lieu-pham.html', 'w3m', 'ch_4.txt'),
        CH + ('docs/lam-lanh-gap-du.html', 'w3m', 'ch_5.txt'),
        CH + ('docs/than-bep-giao-huan.html', 'w3m', 'ch_6.txt'),
        CH + ('docs/chuyen-y-thanh-tinh.html', 'w3m', 'ch_7.txt'),
    ],
}

BROWSER = {
    'elinks': ['elinks', '-dump', '-dump-width', '100'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=100', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
}
PAGE = '/tmp/heldout127-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def browse(cmd, raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True, stdin=subprocess.DEVNULL,
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

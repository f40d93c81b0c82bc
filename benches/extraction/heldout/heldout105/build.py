#!/usr/bin/env python3
"""Re-create every heldout105 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m + Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout105)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved or generated HTML page (UTF-8) of a Vietnamese personal / teaching
blog committed to GitHub (an HTTrack copy of a Blogspot blog, and three Hugo builds: the Zdoc, LoveIt and zzo themes).
Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2 (Debian)   : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  html2text  Python html2text 2025.4.15          : python3 -m html2text FILE   (command-line defaults: input decoded
                                                    as utf-8, Markdown, links with targets, body width 78)
The blob's bytes are written unchanged to the fixed file /tmp/heldout105-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb (and PYTHONIOENCODING=utf-8 for html2text); its stdout is the seed, byte
for byte.  (heldout93's build.py with new SEEDS; html2text run as its command-line tool instead of in-process.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# tanhongit/phuongtanitblogspot, master "Update README.md" 2020-08-19 (HTTrack 3.x copy, 2020-03-09, of
# phuongtanit.blogspot.com, "Tân Hồng IT", a Vietnamese personal IT-tips blog on Blogger with the TemplatesYard theme)
PT = ('tanhongit/phuongtanitblogspot', '0d386ba6411474d844af94c40e2d92580c37265c')
# DungSherlock/v2.dung.men, "deploy: DungSherlock/Clarity-ZDoc@1485f7c" 2021-03-08 (Hugo build, zdoc theme, of
# v2.dung.men "OM", a personal site of lessons on Tâm Linh (spiritual studies) and acupuncture notes)
DM = ('DungSherlock/v2.dung.men', '95d5b95eb84f2374b6f323ef2b70d5e70da72d61')
# lehanget154/lehanget154.github.io, "deploy: lehanget154/hang-blog@7153148" 2022-04-11 (Hugo build, LoveIt theme,
# of "Chloe's study hub", a personal HR / labour-law / book-note blog)
LH = ('lehanget154/lehanget154.github.io', 'e165e0e7d8a2bc4b30a7032af929f4ae3cd8f8c9')
# Hai-Nguyen-21/Hai-Nguyen-21.github.io, "rebuilding site Fri, Dec 3, 2021 9:54:25 PM" (Hugo build, zzo theme, of
# "Hải Nguyễn Blog", a Vietnamese IT student's blog: Java / OOP / algorithm lessons and a "tâm sự" essay)
HN = ('Hai-Nguyen-21/Hai-Nguyen-21.github.io', 'c13bf0527bbaab96fa878c3f5254099fc27d3293')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'phuongtanit-w3m': [
        PT + ('phuongtanit.blogspot.com/2017/08/ban-la-mot-ky-thuat-vien-ban-la-nguoi.html', 'w3m', 'pt_1.txt'),
        PT + ('phuongtanit.blogspot.com/2018/01/giai-phap-ngan-chan-viec-ao-tien-ao.html', 'w3m', 'pt_2.txt'),
        PT + ('phuongtanit.blogspot.com/2018/06/dmca-la-gi-dmca-bao-ve-ban-nhung-gi.html', 'w3m', 'pt_3.txt'),
        PT + ('phuongtanit.blogspot.com/2017/11/tong-hop-cac-cach-don-dep-rac-tren.html', 'w3m', 'pt_4.txt'),
        PT + ('phuongtanit.blogspot.com/2017/07/cach-khoi-ong-may-ao-vmware-workstation.html', 'w3m', 'pt_5.txt'),
        PT + ('phuongtanit.blogspot.com/2018/05/huong-dan-bat-khien-bao-ve-anh-ai-dien.html', 'w3m', 'pt_6.txt'),
        PT + ('phuongtanit.blogspot.com/2018/04/microsoft-office-2019-la-phien-ban-moi.html', 'w3m', 'pt_7.txt'),
    ],
    'dungmen-html2text': [
        DM + ('dialythanlinh/index.html', 'html2text', 'dm_1.txt'),
        DM + ('cauchuyenlatma/index.html', 'html2text', 'dm_2.txt'),
        DM + ('khuvuontamlinh/index.html', 'html2text', 'dm_3.txt'),
        DM + ('phuocduc/index.html', 'html2text', 'dm_4.txt'),
        DM + ('tauhoanhapma/index.html', 'html2text', 'dm_5.txt'),
        DM + ('trucgiactamlinh/index.html', 'html2text', 'dm_6.txt'),
        DM + ('thongdiepcoivohinh/index.html', 'html2text', 'dm_7.txt'),
    ],
    'chloe-w3m': [
        LH + ('ban-dat-gia-bao-nhieu/index.html', 'w3m', 'chloe_1.txt'),
        LH + ('phan-biet-nguoi-phu-hop-va-gioi-phong-van/index.html', 'w3m', 'chloe_2.txt'),
        LH + ('nhung-truong-hop-khong-nen-dau-tu/index.html', 'w3m', 'chloe_3.txt'),
        LH + ('cong-doan-va-thoa-uoc-lao-dong-tap-the/index.html', 'w3m', 'chloe_4.txt'),
        LH + ('do-over/index.html', 'w3m', 'chloe_5.txt'),
        LH + ('khai-quat-luat-lao-dong-vietnam/index.html', 'w3m', 'chloe_6.txt'),
    ],
    'hainguyen-html2text': [
        HN + ('posts/công-nghệ-thông-tin/index.html', 'html2text', 'hn_1.txt'),
        HN + ('posts/oop1/index.html', 'html2text', 'hn_2.txt'),
        HN + ('posts/oop2/index.html', 'html2text', 'hn_3.txt'),
        HN + ('posts/so-sánh-lớp-abtract-và-inteface/index.html', 'html2text', 'hn_4.txt'),
        HN + ('posts/giaithuat1/index.html', 'html2text', 'hn_5.txt'),
        HN + ('posts/giaithuat/index.html', 'html2text', 'hn_6.txt'),
    ],
}

CMD = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
    'html2text': [sys.executable, '-m', 'html2text'],
}
PAGE = '/tmp/heldout105-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def convert(cmd, raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb',
                                       PYTHONIOENCODING='utf-8')).stdout
    finally:
        os.remove(PAGE)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            data = convert(CMD[conv], blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

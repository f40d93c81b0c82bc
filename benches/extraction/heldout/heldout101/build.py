#!/usr/bin/env python3
"""Re-create every heldout101 seed from pinned git blobs (Python 3 stdlib + git + Debian lynx / links).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout101)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole post page (UTF-8) of a Vietnamese personal / tech / travel blog as its
static-site generator (Hugo, Hexo) wrote it and its owner committed it to GitHub (GitHub Pages output).
Converters (one per source, see SEEDS):
  lynx   Lynx 2.9.0dev.12 (Debian 2.9.0dev.12-1) : lynx -dump -nolist -width=80 -display_charset=utf-8
                                                     -assume_charset=utf-8 FILE
  links  Links 2.28 (Debian 2.28-1+b2)           : links -dump -width 80 -codepage utf-8 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout101-scratch/page/page.html and the browser runs
on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.
(heldout93's build.py with new SEEDS; lynx with -nolist; no w3m / html2text.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# chidokun/chidokun.github.io, branch gh-pages "deploy: 7137a04..." 2023-03-25 (Hugo output of "Nguyễn Tuấn's Blog",
# a Saigon software engineer's Vietnamese programming / data / life blog, with Staticman reader comments)
TUAN = ('chidokun/chidokun.github.io', 'bfaf3c3f4fa36b53a6842fc15c32f7edb81c8ef8')
# hoalv/hoalv.github.io, master "add post" 2021-08-01 (Hugo output of "The BookThief", Lê Việt Hòa's blog:
# life essays, several marked "sưu tầm", and data-engineering notes)
HOA = ('hoalv/hoalv.github.io', '0f628b3b3df11784321ae0db790048577a1ecb7e')
# longbkit/longbkit.github.io, master "Update testqrcode.html" 2023-05-25 (Hugo MemE output of LEARN2CODE,
# learn2code.dev, Lương Ngọc Long's blog on soft skills for developers, books and online courses; posts of 2020)
LONG = ('longbkit/longbkit.github.io', '8e5cbe8fc3bcae17e981d8a27648401db30ac57f')
# htr3n/htr3n.github.io, master "updates from latitus" 2024-03-23 (Hugo hyde-hyde output of "Alex T.", a
# Vietnamese researcher's blog; its "VN" section holds Vietnamese essays of 2006-2016)
ALEX = ('htr3n/htr3n.github.io', 'a9f66ef899f7b7f9c33396b2cbfdecf9ddb3f058')
# thephucit/thephucit.github.io, master "add new post" 2023-04-03 (GitHub Pages root of "Tunblo" / "Peter's Blog",
# Phuc Nguyen's blog: Hexo 6.0.0 pages of 2019-2020 (last rebuilt 2022-01-02) and Hugo pages of 2023 side by side)
PHUC = ('thephucit/thephucit.github.io', 'a760191f167d7b23c1825f9a9d3adce761415a56')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'tuan-lynx': [
        TUAN + ('2013/11/tan-man-ve-lucid-dream/index.html', 'lynx', 'tuan_1.txt'),
        TUAN + ('2020/04/review-book-deep-work/index.html', 'lynx', 'tuan_2.txt'),
        TUAN + ('2021/02/box-and-whisker-plot/index.html', 'lynx', 'tuan_3.txt'),
        TUAN + ('2021/06/graph-overview/index.html', 'lynx', 'tuan_4.txt'),
        TUAN + ('2021/07/console-progress-bar/index.html', 'lynx', 'tuan_5.txt'),
        TUAN + ('2021/08/clean-code-meaningful-name/index.html', 'lynx', 'tuan_6.txt'),
        TUAN + ('2020/01/pie-chart-and-how-to-use/index.html', 'lynx', 'tuan_7.txt'),
    ],
    'bookthief-links': [
        HOA + ('post/tet-nguoi-truong-thanh/index.html', 'links', 'hoa_1.txt'),
        HOA + ('post/du-ngay-tho-de-tan-huong/index.html', 'links', 'hoa_2.txt'),
        HOA + ('post/hien-thuc-ve-xu-mong-mo/index.html', 'links', 'hoa_3.txt'),
        HOA + ('post/nhung-cay-cau-vuot/index.html', 'links', 'hoa_4.txt'),
        HOA + ('post/nhung-chuyen-tau-khong-ve-noi-xa/index.html', 'links', 'hoa_5.txt'),
        HOA + ('post/xin-ba-dung-cam-con-hoc-van/index.html', 'links', 'hoa_6.txt'),
        HOA + ('post/hyper-log-log/index.html', 'links', 'hoa_7.txt'),
    ],
    'learn2code-lynx': [
        LONG + ('posts/10x-engineer-part-3/index.html', 'lynx', 'long_1.txt'),
        LONG + ('posts/10x-engineer-part-4/index.html', 'lynx', 'long_2.txt'),
        LONG + ('posts/danh-gia-top-10-cuon-sach-goi-dau-giuong-cho-ban-tre-viet/index.html', 'lynx', 'long_3.txt'),
        LONG + ('posts/event-chuyen-nghe-lap-trinh/index.html', 'lynx', 'long_4.txt'),
        LONG + ('posts/quan-ly-su-xao-nhang/index.html', 'lynx', 'long_5.txt'),
        LONG + ('posts/vi-sao-can-doc-sach-moi-ngay-va-cach-doc-sach-chuan/index.html', 'lynx', 'long_6.txt'),
        LONG + ('posts/nga-re-nganh-cong-nghe/index.html', 'lynx', 'long_7.txt'),
    ],
    'alext-links': [
        ALEX + ('2008/12/du-hoc-sinh/index.html', 'links', 'alex_1.txt'),
        ALEX + ('2008/12/quy-luat-tien-hoa/index.html', 'links', 'alex_2.txt'),
        ALEX + ('2008/12/mot-cach-dao-mo/index.html', 'links', 'alex_3.txt'),
        ALEX + ('2008/12/nguoi-lon-hay-tu-te-hon/index.html', 'links', 'alex_4.txt'),
        ALEX + ('2009/01/hai-mat-cua-mot-van-de/index.html', 'links', 'alex_5.txt'),
        ALEX + ('2008/12/quyen-va-nghia-vu-im-lang/index.html', 'links', 'alex_6.txt'),
    ],
    'tunblo-lynx': [
        PHUC + ('2019/05/27/trai-nghiem-thu-vi-ngay-cuoi-tuan/index.html', 'lynx', 'phuc_1.txt'),
        PHUC + ('2019/06/03/vinh-biet-chrome-brave-se-la-su-lua-chon-tiep-theo-cua-toi/index.html', 'lynx', 'phuc_2.txt'),
        PHUC + ('2020/06/01/cac-yeu-to-anh-huong-den-chi-so-forex/index.html', 'lynx', 'phuc_3.txt'),
        PHUC + ('2020/06/01/chi-bao-macd/index.html', 'lynx', 'phuc_4.txt'),
        PHUC + ('2020/06/01/chi-bao-ema/index.html', 'lynx', 'phuc_5.txt'),
        PHUC + ('review-home-stay-huong-dong-quan/index.html', 'lynx', 'phuc_6.txt'),
        PHUC + ('cach-minh-chien-thang-thi-truong-ngoai-hoi/index.html', 'lynx', 'phuc_7.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8'],
}
PAGE = '/tmp/heldout101-scratch/page/page.html'


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
            data = browse(BROWSER[conv], blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout116 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / elinks / pandoc + Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout116)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole page of the built output of a static-site generator (Jekyll `_site/`, Hexo
`public/` deployed to a <user>.github.io repository, Hugo `public/`) that its owner committed to GitHub.
Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2   : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  elinks     ELinks 0.13.2-1+b4        : elinks -no-home 1 -dump -dump-width 100 -dump-charset utf-8 FILE
                                         (its numbered "References" link list kept, as ELinks prints it by default)
  pandoc     pandoc 2.17.1.1-2~deb12u1 : pandoc -f html -t plain --wrap=none FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
For w3m / elinks / pandoc the blob's bytes are written unchanged to the fixed file /tmp/heldout116-scratch/page/page.html
and the program runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For html2text the
blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS and converters.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# kklot/nghiencuu, master "Up" 2016-10-10 (Jekyll blog "Y tế Công cộng" / www.ytecongcong.com: public-health research
# notes; its built `_site/` was committed until 2017-09-15, when "remove site and draft" deleted it)
YTCC = ('kklot/nghiencuu', '0a0e9495a8e341608f7ba22eac74de24bf2d67c8')
# blogk/blogk.github.io, master "Site updated: 2018-02-20 23:21:07" (Hexo deploy of BlogK / blogk.xyz, a student
# web developer's personal blog, theme after Hux Blog)
BLOGK = ('blogk/blogk.github.io', '88952241a85a748530268d084065b9dfa5528695')
# ngoalongtb/luantm.github.io, master "Site updated: 2020-02-27 16:24:16" (Hexo deploy, theme landscape, of the personal
# blog of Tạ Minh Luận: study notes, book notes, "Linh tinh")
LUAN = ('ngoalongtb/luantm.github.io', '6c0b9e0f25bd6daacd6aa42c2b0d151b53680c70')
# phuclesg/hugoblog, main "update" 2026-04-24 (Hugo build of "Nam Kỳ Xưa" / namkyxua.com, a small magazine on the
# old South: places, food, people; `public/` was deleted in the next commit)
NKX = ('phuclesg/hugoblog', '05d7d3a9a3db20f06f61af497eca5afdf426a78e')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'ytecongcong-w3m': [
        YTCC + ('_site/2012/11/cam-vao-nao/index.html', 'w3m', 'ytcc_1.txt'),
        YTCC + ('_site/2012/11/y-duc-khong-co-toi/index.html', 'w3m', 'ytcc_2.txt'),
        YTCC + ('_site/2012/11/trinh-duoc-vien-bac-si-hoa-hong-hay-con-gi-nua/index.html', 'w3m', 'ytcc_3.txt'),
        YTCC + ('_site/2012/09/hut-thuoc-la-va-ung-thu-phoi-troi-keu-ai-nay-da/index.html', 'w3m', 'ytcc_4.txt'),
        YTCC + ('_site/2012/09/lam-de-tai-tot-nghiep-bat-dau-tu-dau/index.html', 'w3m', 'ytcc_5.txt'),
        YTCC + ('_site/2012/11/huong-dan-tranh-ngo-doc-khi-carbon-monoxide/index.html', 'w3m', 'ytcc_6.txt'),
        YTCC + ('_site/2012/11/o-nhiem-anh-sang-va-nguy-co-ung-thu-vu/index.html', 'w3m', 'ytcc_7.txt'),
    ],
    'blogk-elinks': [
        BLOGK + ('khong-ngu-duoc-ngoi-lan-man/index.html', 'elinks', 'blogk_1.txt'),
        BLOGK + ('chien-binh-cau-vong/index.html', 'elinks', 'blogk_2.txt'),
        BLOGK + ('lan-dau-trai-nghiem-nodejs/index.html', 'elinks', 'blogk_3.txt'),
        BLOGK + ('ngan-mat-troi-ruc-ro/index.html', 'elinks', 'blogk_4.txt'),
        BLOGK + ('tet-khong-ban-phao-hoa-u-chuyen-don-gian-p/index.html', 'elinks', 'blogk_5.txt'),
        BLOGK + ('web-caching-la-cai-gi/index.html', 'elinks', 'blogk_6.txt'),
        BLOGK + ('gitignore-la-gi-no-co-quan-trong-khong/index.html', 'elinks', 'blogk_7.txt'),
    ],
    'luantm-pandoc': [
        LUAN + ('blog/blog-8-ngay-lam-youtuber/index.html', 'pandoc', 'luan_1.txt'),
        LUAN + ('blog/blog-2020-02-27-Lam-sao-de-tra-luong-lap-trinh-vien-it-hon/index.html', 'pandoc', 'luan_2.txt'),
        LUAN + ('blog/blog-sach-da-doc/index.html', 'pandoc', 'luan_3.txt'),
        LUAN + ('blog/blog-wolfram-alpha-su-dot-pha-ve-giai-thuat-tri-thuc-co-ban-va-cong-nghe-tri-tue-nhan-tao/index.html', 'pandoc', 'luan_4.txt'),
        LUAN + ('blog/blog-cac-muc-tieu-vo-van/index.html', 'pandoc', 'luan_5.txt'),
        LUAN + ('blog/blog-machine-learning-hoat-dong-nhu-the-nao-than-thoai-va-su-that/index.html', 'pandoc', 'luan_6.txt'),
        LUAN + ('blog/blog-tai-sao-toi-khong-con-dung-d3-js/index.html', 'pandoc', 'luan_7.txt'),
    ],
    'namkyxua-html2text': [
        NKX + ('public/cuoc-song-nguoi-nam-ky/xe-tho-mo-ky-uc-mot-thoi-mien-nam-xua/index.html', 'html2text', 'nkx_1.txt'),
        NKX + ('public/cuoc-song-nguoi-nam-ky/cho-ba-chieu-khu-cho-sam-uat-bac-nhat-binh-thanh/index.html', 'html2text', 'nkx_2.txt'),
        NKX + ('public/cuoc-song-nguoi-nam-ky/cho-ben-thanh-bieu-tuong-sai-gon-xua/index.html', 'html2text', 'nkx_3.txt'),
        NKX + ('public/cuoc-song-nguoi-nam-ky/lang-cha-ca-di-tich-dia-danh-chuyen-minh-sai-gon-xua/index.html', 'html2text', 'nkx_4.txt'),
        NKX + ('public/cuoc-song-nguoi-nam-ky/nha-tho-duc-ba-chung-nhan-tram-nam-giua-sai-gon/index.html', 'html2text', 'nkx_5.txt'),
        NKX + ('public/cuoc-song-nguoi-nam-ky/tet-mien-nam-xua-nhung-ky-uc-khong-bao-gio-phai/index.html', 'html2text', 'nkx_6.txt'),
        NKX + ('public/cuoc-song-nguoi-nam-ky/tieng-rao-giua-khua-ky-uc-khong-quen/index.html', 'html2text', 'nkx_7.txt'),
    ],
}

PROGRAM = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'elinks': ['elinks', '-no-home', '1', '-dump', '-dump-width', '100', '-dump-charset', 'utf-8'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'],
}
PAGE = '/tmp/heldout116-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def run_program(cmd, raw):
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
            data = h2t(raw) if conv == 'html2text' else run_program(PROGRAM[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

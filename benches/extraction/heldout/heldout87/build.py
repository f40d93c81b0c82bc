#!/usr/bin/env python3
"""Re-create every heldout87 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx + Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout87)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole generated HTML page (UTF-8) of a Vietnamese personal / meditation-group / tech-magazine blog
as its static-site tool exported it and committed it to GitHub.  Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
  lynx       lynx 2.9.0dev.12        : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
For w3m / lynx the blob's bytes are written unchanged to the fixed file /tmp/heldout87-scratch/page/page.html and the
browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For html2text the blob is
decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout46's build.py with new SEEDS and the html2text converter added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# thanhlmm/nlug.github.io, master "Merge branch 'master' of https://github.com/nlug/nlug.github.io" 2017-11-29
# (static export of the WordPress 4.8.3 personal blog "Blog của CuThanh" (cuthanh.com), theme "Readable")
NLUG = ('thanhlmm/nlug.github.io', '27bc2f658cc6a1ab1e930c32678083f927701fa3')
# minhlucvan/minhlucvan.github.io, master "Site updated: 2019-10-14 10:00:39" (Hexo output, theme Tranquilpeak)
MINHLUC = ('minhlucvan/minhlucvan.github.io', 'e4ecbe19e1948b73bcf3dc47ed65842047c8d16a')
# jordanmanh2712/thienvoithiennhien, main "Delete CNAME" 2021-10-08 (Publii static-site CMS output)
THIEN = ('jordanmanh2712/thienvoithiennhien', '71e376aa87960b305b6568883577641ed67f7a24')
# codechozui/codechozui.github.io, main "Update blog" 2025-03-18 (Hugo output)
CODECHO = ('codechozui/codechozui.github.io', '75629dc9d419981c57a40b92ef3cddf287953eb4')
# trannamquan/namquan.github.io, master "Site updated: 2018-09-09 12:16:03" (Hexo output)
NAMQUAN = ('trannamquan/namquan.github.io', '64173c7e144007074173d7a0098c3b781957276a')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'nlug-wp': [
        NLUG + ('server/session-may-song-duoc-bao-lau/index.html', 'w3m', 'nlug_1.txt'),
        NLUG + ('react/react-native-su-dang-sau-anh-hao-quang/index.html', 'w3m', 'nlug_2.txt'),
        NLUG + ('life/chuc-mung-nam-moi/index.html', 'w3m', 'nlug_3.txt'),
        NLUG + ('technology/hack-thong-captcha-cua-truong/index.html', 'w3m', 'nlug_4.txt'),
        NLUG + ('nodejs/event-emitter-x-goi-500-anh-em-tra-loi/index.html', 'w3m', 'nlug_5.txt'),
        NLUG + ('startup/tuong-lai-ve-facebook-video-va-start/index.html', 'w3m', 'nlug_6.txt'),
        NLUG + ('startup/gioi-thieu-dich-vu-chat-voi-nguoi-la-inboxtui/index.html', 'w3m', 'nlug_7.txt'),
        NLUG + ('life/dich-den-cua-mot-coder/index.html', 'w3m', 'nlug_8.txt'),
    ],
    'minhluc-hexo': [
        MINHLUC + ('2016/07/26/Yahoo-360-cai-chet-cua-mot-con-thien-nga/index.html', 'lynx', 'minhluc_1.txt'),
        MINHLUC + ('2016/08/01/khong-ai-la-vo-dung/index.html', 'lynx', 'minhluc_2.txt'),
        MINHLUC + ('2016/08/06/BOOK-ca-phe-cung-Tony-ly-ca-phe-dam-da-huong-vi-cuoc-song/index.html', 'lynx',
                   'minhluc_3.txt'),
        MINHLUC + ('2016/07/24/Design-vs-User-Experience-nhung-con-duong-tat/index.html', 'lynx', 'minhluc_4.txt'),
        MINHLUC + ('2016/10/21/SEO-vs-React-Google-thong-minh-hon-ban-tuong/index.html', 'lynx', 'minhluc_5.txt'),
        MINHLUC + ('2019/10/13/ke-hoach-phat-trien-ban-than/index.html', 'lynx', 'minhluc_6.txt'),
        MINHLUC + ('2019/10/13/doi-dieu-ve-ux-ex-cx/index.html', 'lynx', 'minhluc_7.txt'),
    ],
    'thien-publii': [
        THIEN + ('ban-chat-cua-thien-la-gi/index.html', 'html2text', 'thien_1.txt'),
        THIEN + ('tai-sao-ben-trong-chung-ta-lai-cam-thay-kho/index.html', 'html2text', 'thien_2.txt'),
        THIEN + ('giai-dap-tinh-trang-ngoi-thien-bi-dau-lung-cho-cac-ban-moi-bat-dau-thuc-hanh/index.html',
                 'html2text', 'thien_3.txt'),
        THIEN + ('review-phim-mr-deeds-2002-tim-lai-con-nguoi-thuc-trong-chinh-ban/index.html', 'html2text',
                 'thien_4.txt'),
        THIEN + ('tai-sao-dich-covid-mai-chua-ket-thuc/index.html', 'html2text', 'thien_5.txt'),
        THIEN + ('y-nghia-thuc-su-trong-viec-tho-cung/index.html', 'html2text', 'thien_6.txt'),
    ],
    'codechozui-hugo': [
        CODECHO + ('tin-cong-nghe/tuong-lai-cua-giao-thong-xe-bay-va-taxi-tren-khong/index.html', 'w3m',
                   'codechozui_1.txt'),
        CODECHO + ('tin-cong-nghe/amazon-kien-cpsc-ve-trach-nhiem-thu-hoi-san-pham-nguy-hiem/index.html', 'w3m',
                   'codechozui_2.txt'),
        CODECHO + ('tin-cong-nghe/huong-dan-chon-mua-apple-watch-moi-nhat-series-10-9-va-se/index.html', 'w3m',
                   'codechozui_3.txt'),
        CODECHO + ('tin-cong-nghe/roku-va-chien-luoc-quang-cao-moi-bai-hoc-tu-phan-ung-khach-hang/index.html', 'w3m',
                   'codechozui_4.txt'),
        CODECHO + ('tin-cong-nghe/canh-tranh-trong-thi-truong-cong-cu-tim-kiem-ai-perplexity-va-google/index.html',
                   'w3m', 'codechozui_5.txt'),
        CODECHO + ('web-development/git/huong-dan-su-dung-git-de-an-va-hien-cac-thay-doi-khong-can-thiet/index.html',
                   'w3m', 'codechozui_6.txt'),
    ],
    'namquan-hexo': [
        NAMQUAN + ('2018/08/06/Nhung-nam-thang-dai-hoc-Part1/index.html', 'html2text', 'namquan_1.txt'),
        NAMQUAN + ('2018/09/06/Vai-dong-suy-ngam/index.html', 'html2text', 'namquan_2.txt'),
        NAMQUAN + ('2018/09/09/vai-dong-suy-ngam-2/index.html', 'html2text', 'namquan_3.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout87-scratch/page/page.html'


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

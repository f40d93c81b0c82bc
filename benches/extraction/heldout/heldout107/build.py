#!/usr/bin/env python3
"""Re-create every heldout107 seed from pinned git blobs (Python 3 + git + Debian elinks / pandoc + pinned Python
packages inscriptis, beautifulsoup4, markitdown).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout107)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole page (UTF-8) of a Vietnamese site as its static-site generator built it
(Jekyll _site output, Hugo public/ output, VuePress dist output) and its owner committed it to GitHub.
Converters (one per source, see SEEDS):
  elinks     ELinks 0.13.2 (Debian 0.13.2-1+b4): elinks -no-home -no-connect -dump -dump-width 80
             -dump-charset utf-8 FILE   (with its numbered link list)
  pandoc     pandoc 2.17.1.1 (Debian 2.17.1.1-2~deb12u1): pandoc -f html -t plain --wrap=none  (blob on stdin;
             http_proxy / https_proxy point at the closed port 127.0.0.1:9 so that any remote resource pandoc's
             HTML reader might try to fetch fails the same way on every machine)
  bs4        BeautifulSoup 4.15.0 (html.parser): BeautifulSoup(blob_bytes, 'html.parser').get_text('\\n'), in-process
  inscriptis inscriptis 2.7.6: inscriptis.get_text(blob.decode('utf-8')) with default options, in-process
  markitdown markitdown 0.1.9 (markdownify 1.2.3): MarkItDown(enable_plugins=False).convert_stream(BytesIO(blob),
             stream_info=StreamInfo(extension='.html', mimetype='text/html', charset='utf-8')).text_content
For elinks the blob's bytes are written unchanged to the fixed file /tmp/heldout107-scratch/page/page.html and elinks
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For the in-process converters the
returned str is written encoded as UTF-8.  (heldout93's build.py with new SEEDS and converters.)"""
import io
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# kinhsach/kinhsach.github.io, main "Create robots.txt" 2025-09-17 (Jekyll 'Chirpy' build of "Kinh Sách", a site of
# religious teachings — "Cha giáng trần dạy tu Đạo" — and Buddhist sutras, committed as built output at the root)
KS = ('kinhsach/kinhsach.github.io', '92ec4db0b76d41a5ee1ac295d5619bfc8de0dd31')
# lap-trinh-de-om/aptrinhdeom.github.io, "Add page \"Number vs parseInt in javascript\"" 2021-12-22 (Hugo public/
# output, theme Stack, of "Lập Trình Dễ Òm", www.laptrinhdeom.xyz, a Vietnamese programming blog)
LT = ('lap-trinh-de-om/aptrinhdeom.github.io', 'cf8012f3de63449450ead32073cfa5df9aa34f47')
# CreatiPath/CreatiPath.github.io, branch deploy "depl" 2024-04-16 (VuePress 2 build of "CreatiPath", a Vietnamese
# student team's site on graphic-design software; its "Thiết kế" articles)
CP = ('CreatiPath/CreatiPath.github.io', '6582b65dd137b49a4ac51cae4bbfbf444fe1dee8')
# vuduynhiennn/vuduynhiennn.github.io, master "dit me hugo" 2023-03-21 (Hugo public/ output, theme Toha, of
# "Vu Duy Nhien Blog", vuduynhien.com, a student's programming notes)
VD = ('vuduynhiennn/vuduynhiennn.github.io', '08e3de39f8adfb331525f3f922cd6da92d5a7bd9')
# blogcuatui/blogcuatui.github.io, main "Deploy web lúc: 2026-06-12 20:46:56" (Hugo public/ output of "blogcuatui",
# blogcuatui.xyz, a personal minimalist-lifestyle blog; commit dates as recorded by the owner's machine)
BC = ('blogcuatui/blogcuatui.github.io', 'ffa169657f2d829c47843a316a26aec7b954da68')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'kinhsach-elinks': [
        KS + ('posts/khong-nen-phe-phan/index.html', 'elinks', 'ks_1.txt'),
        KS + ('posts/khong-ai-tranh-khoi/index.html', 'elinks', 'ks_2.txt'),
        KS + ('posts/hay-rang-an-chay/index.html', 'elinks', 'ks_3.txt'),
        KS + ('posts/khong-the-tha-thu/index.html', 'elinks', 'ks_4.txt'),
        KS + ('posts/lam-lan-quan-niem/index.html', 'elinks', 'ks_5.txt'),
        KS + ('posts/dieu-kien-thanh-tuu/index.html', 'elinks', 'ks_6.txt'),
        KS + ('posts/san-trong-tam-hon/index.html', 'elinks', 'ks_7.txt'),
    ],
    'laptrinhdeom-pandoc': [
        LT + ('bai-viet/jwt-la-gi-tat-tan-tat-ve-jwt/index.html', 'pandoc', 'lt_1.txt'),
        LT + ('bai-viet/clean-code-la-gi-loi-ich-cua-clean-code-la-gi/index.html', 'pandoc', 'lt_2.txt'),
        LT + ('bai-viet/clean-code-la-gi-quy-tat-voi-bien-variable/index.html', 'pandoc', 'lt_3.txt'),
        LT + ('bai-viet/html-co-ban-danh-cho-nguoi-chua-biet-gi-phan-1/index.html', 'pandoc', 'lt_4.txt'),
        LT + ('bai-viet/javascript/hoisting-trong-javascript-la-gi/index.html', 'pandoc', 'lt_5.txt'),
        LT + ('bai-viet/javascript/scope-cua-bien-trong-javascript/index.html', 'pandoc', 'lt_6.txt'),
        LT + ('bai-viet/vim-la-cai-quai-gi-cach-cai-dat-va-su-dung-vim-nhu-vscode-phan-1/index.html', 'pandoc', 'lt_7.txt'),
    ],
    'creatipath-bs4': [
        CP + ('post/design-core/design-trends-in-the-future/index.html', 'bs4', 'cp_1.txt'),
        CP + ('post/design-core/essential-elements-of-design/index.html', 'bs4', 'cp_2.txt'),
        CP + ('post/design-core/meaning-of-colors-and-color-application-in-design/index.html', 'bs4', 'cp_3.txt'),
        CP + ('post/design-core/standards-for-a-poster/index.html', 'bs4', 'cp_4.txt'),
        CP + ('post/design-core/the-importance-of-acoustic-space-in-design/index.html', 'bs4', 'cp_5.txt'),
        CP + ('post/design-core/timeless-design-principles/index.html', 'bs4', 'cp_6.txt'),
    ],
    'vuduynhien-markitdown': [
        VD + ('post/backend/posts/handlebars/index.html', 'markitdown', 'vd_1.txt'),
        VD + ('post/backend/posts/huong-dan-ve-redis/index.html', 'markitdown', 'vd_2.txt'),
        VD + ('post/backend/posts/jwt-la-gi/index.html', 'markitdown', 'vd_3.txt'),
        VD + ('post/pweb/react_js/redux/index.html', 'markitdown', 'vd_4.txt'),
        VD + ('post/pbasic/cbs/posts/logicalexpression/index.html', 'markitdown', 'vd_5.txt'),
    ],
    'blogcuatui-inscriptis': [
        BC + ('posts/loi-song-tinh-gon/index.html', 'inscriptis', 'bc_1.txt'),
        BC + ('posts/mua-de-dung-khong-phai-de-giu/index.html', 'inscriptis', 'bc_2.txt'),
        BC + ('posts/tac-hai-cua-may-lanh/index.html', 'inscriptis', 'bc_3.txt'),
        BC + ('posts/tan-man-chuyen-viet-lach/index.html', 'inscriptis', 'bc_4.txt'),
        BC + ('posts/uong-tra-moi-luc/index.html', 'inscriptis', 'bc_5.txt'),
        BC + ('posts/bon-dieu-cam-ky-khi-di-ngu/index.html', 'inscriptis', 'bc_6.txt'),
    ],
}

PAGE = '/tmp/heldout107-scratch/page/page.html'
ENV = dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb', http_proxy='http://127.0.0.1:9', https_proxy='http://127.0.0.1:9',
           HTTP_PROXY='http://127.0.0.1:9', HTTPS_PROXY='http://127.0.0.1:9', no_proxy='', NO_PROXY='')


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def elinks(raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(['elinks', '-no-home', '-no-connect', '-dump', '-dump-width', '80',
                               '-dump-charset', 'utf-8', PAGE], check=True, capture_output=True, env=ENV).stdout
    finally:
        os.remove(PAGE)


def pandoc(raw):
    return subprocess.run(['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'], input=raw, check=True,
                          capture_output=True, env=ENV).stdout


def bs4(raw):
    from bs4 import BeautifulSoup
    return BeautifulSoup(raw, 'html.parser').get_text('\n').encode('utf-8')


def inscriptis(raw):
    from inscriptis import get_text
    return get_text(raw.decode('utf-8')).encode('utf-8')


def markitdown(raw):
    from markitdown import MarkItDown, StreamInfo
    md = MarkItDown(enable_plugins=False)
    res = md.convert_stream(io.BytesIO(raw), stream_info=StreamInfo(extension='.html', mimetype='text/html',
                                                                     charset='utf-8'))
    return res.text_content.encode('utf-8')


CONV = {'elinks': elinks, 'pandoc': pandoc, 'bs4': bs4, 'inscriptis': inscriptis, 'markitdown': markitdown}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            data = CONV[conv](blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

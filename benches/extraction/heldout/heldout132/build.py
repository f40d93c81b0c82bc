#!/usr/bin/env python3
"""Re-create every heldout132 seed from pinned git blobs (Python 3 stdlib + git + Debian links + the inscriptis /
markitdown command-line tools installed in /tmp/h2tvenv).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout132)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole published HTML page (UTF-8) of a Vietnamese site committed to GitHub as a
static build / static export (a law-and-business-services site's guide posts, a personal Hugo blog, a small WordPress
shop's blog posts exported with their comment form).  Converters (one per source, see SEEDS):
  inscriptis  inscriptis 2.7.6 (Python 3.11, /tmp/h2tvenv) : /tmp/h2tvenv/bin/inscript FILE
  markitdown  markitdown 0.1.9 (Python 3.11, /tmp/h2tvenv) : /tmp/h2tvenv/bin/markitdown FILE
  links       Links 2.28                                   : links -dump -width 100 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout132-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte (stderr discarded).
(heldout130's build.py with new SEEDS and BROWSER entries: inscriptis, markitdown and links instead of w3m / lynx /
pandoc.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# luatthienbinh/luatthienbinh.github.io, commit "Add files via upload" 2026-04-09 (head of 7 commits 2026-04-08 ..
# 2026-04-09; the published static HTML of "Luật Thiên Bình", a HCMC law / business-registration service:
# guide posts under blog/<category>/<slug>/index.html)
LT = ('luatthienbinh/luatthienbinh.github.io', '9c3cee1a69eea22b9d832dcaca68d53acf51f40f')
# nguyenhuyvinh12a15-unclevinh/VinhBlog, commit "Fix image7" 2025-10-25 (head of 16 commits, all 2025-10-25; a
# personal Hugo blog "HuyVinh's Blog" (Congo theme) with its built site committed under public/: Java / JavaScript
# tutorial posts)
VB = ('nguyenhuyvinh12a15-unclevinh/VinhBlog', 'fbff4515aaa512f1b423160c696681868555eeb4')
# Linhmon999/shop_with_us, commit "edit lần 15" 2021-09-21 (head of 17 commits 2021-09-14 .. 2021-09-21; a static
# export of a small WordPress / WooCommerce shop, "Linh Mon Jewelry / Clothing & Shoes", with five life-advice blog
# posts that carry the WordPress comment form)
LM = ('Linhmon999/shop_with_us', '4bfed331f679b9c66b23e1cb70dacba5f80d126d')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'luatthienbinh-inscriptis': [
        LT + ('blog/doanh-nghiep/5-loi-thuong-gap-khi-thay-doi-dang-ky-kinh-doanh/index.html', 'inscriptis', 'lt_1.txt'),
        LT + ('blog/doanh-nghiep/can-chuan-bi-gi-truoc-khi-thanh-lap-cong-ty-tnhh-2-thanh-vien/index.html', 'inscriptis', 'lt_2.txt'),
        LT + ('blog/dat-dai-hon-nhan-thua-ke/ho-so-thua-ke-thuong-thieu-gi-khien-viec-xu-ly-bi-cham/index.html', 'inscriptis', 'lt_3.txt'),
        LT + ('blog/dat-dai-hon-nhan-thua-ke/khi-nao-nen-moi-luat-su-dat-dai-ra-ho-so-truoc-khi-lam-viec/index.html', 'inscriptis', 'lt_4.txt'),
        LT + ('blog/giay-phep/ho-so-xin-giay-phep-an-toan-thuc-pham-can-ra-gi-truoc-khi-nop/index.html', 'inscriptis', 'lt_5.txt'),
        LT + ('blog/ke-toan-van-hanh/khi-nao-can-gia-han-hoac-thay-moi-chu-ky-so/index.html', 'inscriptis', 'lt_6.txt'),
        LT + ('blog/so-huu-tri-tue/truoc-khi-nop-ho-so-dang-ky-nhan-hieu-can-tra-cuu-gi/index.html', 'inscriptis', 'lt_7.txt'),
        LT + ('blog/so-huu-tri-tue/vi-sao-nen-dang-ky-nhan-hieu-som-khi-da-chot-ten-thuong-hieu/index.html', 'inscriptis', 'lt_8.txt'),
    ],
    'vinhblog-markitdown': [
        VB + ('public/posts/java/java-cai-dat-moi-truong-hello-world/index.html', 'markitdown', 'vb_1.txt'),
        VB + ('public/posts/java/java-bien-va-kieu-du-lieu/index.html', 'markitdown', 'vb_2.txt'),
        VB + ('public/posts/java/java-dieu-kien-vong-lap/index.html', 'markitdown', 'vb_3.txt'),
        VB + ('public/posts/java/java-class-object/index.html', 'markitdown', 'vb_4.txt'),
        VB + ('public/posts/javascript/javascript-bien-kieu-du-lieu/index.html', 'markitdown', 'vb_5.txt'),
        VB + ('public/posts/javascript/javascript-dom-interaction/index.html', 'markitdown', 'vb_6.txt'),
        VB + ('public/posts/javascript/javascript-events/index.html', 'markitdown', 'vb_7.txt'),
        VB + ('public/posts/javascript/javascript-mang-arrays/index.html', 'markitdown', 'vb_8.txt'),
    ],
    'linhmon-links': [
        LM + ('yeu-thuong-lieu-co-gian-don/index.html', 'links', 'lm_1.txt'),
        LM + ('lam-nguoi-ngoc-mot-chut-moi-la-hanh-phuc-thong-minh-qua-chi-met-moi-than-minh/index.html', 'links', 'lm_2.txt'),
        LM + ('gia-tri-cuoc-song-ton-tai-o-dau-xung-quanh-chung-ta/index.html', 'links', 'lm_3.txt'),
        LM + ('tu-duy-tich-cuc-moi-ngay/index.html', 'links', 'lm_4.txt'),
        LM + ('gia-tri-cuoc-song/index.html', 'links', 'lm_5.txt'),
    ],
}

BROWSER = {
    'inscriptis': ['/tmp/h2tvenv/bin/inscript'],
    'markitdown': ['/tmp/h2tvenv/bin/markitdown'],
    'links': ['links', '-dump', '-width', '100'],
}
PAGE = '/tmp/heldout132-scratch/page/page.html'


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

#!/usr/bin/env python3
"""Re-create every heldout121 seed from pinned git blobs (Python 3 stdlib + git + Debian w3m / lynx / links + Python inscriptis).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout121)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole built HTML page (UTF-8) of a Vietnamese blog as its generator wrote it and
its owner committed it to GitHub (Hugo output, Jekyll output, AzerothJS output, a WordPress static export).
Converters (one per source, see SEEDS):
  w3m        w3m 0.5.3+git20230121-2  : w3m -dump -T text/html -O UTF-8 -cols 90 FILE
  lynx       lynx 2.9.0dev.12         : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  links      Links 2.28               : links -dump -width 80 -codepage utf-8 FILE
  inscriptis Python inscriptis 2.7.6, module defaults (inscriptis.get_text(text)), run in-process
For w3m / lynx / links the blob's bytes are written unchanged to the fixed file /tmp/heldout121-scratch/page/page.html
and the browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For inscriptis the
blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS, the inscriptis converter added and lynx run with -nolist.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# tortoise10h/huytd.github.io, master "update license" 2017-05-17 (a fork holding Huy Tran's own commits of his blog
# huytd.github.io, built by his AzerothJS static blog engine; the last commit before the posts were emptied out)
HUY = ('tortoise10h/huytd.github.io', 'e638246b608e3e91c8c0617532eb43b10c316d2d')
# WeAreNoDev/wearenodev.github.io, master "Deploy github page" 2020-12-05 (Hugo 0.79 output of the blog "We Are No Dev")
WAND = ('WeAreNoDev/wearenodev.github.io', 'b4427808b4d729098e148847b60e20ecaaadd57b')
# qcam/qcam.github.io, branch master "Update website" 2017-05-26 (Jekyll _site output of hqc.io, Cẩm Huỳnh's blog)
HQC = ('qcam/qcam.github.io', 'eec8b08d6fc1691251d9818a71c85ee824941bb8')
# qvanphong/blog2static, main "change domain to ipfs gateway domain" 2021-12-25 (static export of the WordPress 5.8.2 /
# Astra blog "Phong")
PHONG = ('qvanphong/blog2static', '0c989b5bf3b06138100cd498019d55a741839e10')

_P = 'post/tutorial/'
# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'huytd-w3m': [
        HUY + ('posts/chuyen-viet-lach.html', 'w3m', 'huy_1.txt'),
        HUY + ('posts/dan-it-doc-sach.html', 'w3m', 'huy_2.txt'),
        HUY + ('posts/lam-the-nao-viet-blog-ki-thuat.html', 'w3m', 'huy_3.txt'),
        HUY + ('posts/nihilism.html', 'w3m', 'huy_4.txt'),
        HUY + ('posts/chau-chau-da-voi.html', 'w3m', 'huy_5.txt'),
        HUY + ('posts/math-as-a-hobby.html', 'w3m', 'huy_6.txt'),
        HUY + ('posts/design-for-coder.html', 'w3m', 'huy_7.txt'),
        HUY + ('posts/pragmatic-programmer.html', 'w3m', 'huy_8.txt'),
    ],
    'wearenodev-lynx': [
        WAND + (_P + 'security/tong-hop-top-10-loi-bao-mat-owasp-2017/index.html', 'lynx', 'wand_1.txt'),
        WAND + (_P + 'network/tom-tat-su-khac-biet-giua-cac-version-cua-http-1.0-1.1-2.0/index.html', 'lynx', 'wand_2.txt'),
        WAND + (_P + 'elasticsearch/discord-da-thiet-lap-elasticsearch-ntn-de-index-hang-ty-messages/index.html', 'lynx', 'wand_3.txt'),
        WAND + (_P + 'database/memcached-la-gi-va-cach-luu-tru-trong-memcached/index.html', 'lynx', 'wand_4.txt'),
        WAND + (_P + 'java/basic/thread/thread-pooled-server-trong-java/index.html', 'lynx', 'wand_5.txt'),
        WAND + (_P + 'java/basic/thread/singlethreaded-server-trong-java/index.html', 'lynx', 'wand_6.txt'),
        WAND + (_P + 'javascript/advance/vietnamese-search-in-datatables/index.html', 'lynx', 'wand_7.txt'),
        WAND + (_P + 'java/basic/thread/multithreaded-server-trong-java/index.html', 'lynx', 'wand_8.txt'),
    ],
    'hqc-links': [
        HQC + ('2014/08/18/thoi-xau-cua-dev-viet.html', 'links', 'hqc_1.txt'),
        HQC + ('2016/07/28/man-dam-ve-tay-tang.html', 'links', 'hqc_2.txt'),
        HQC + ('2017/03/12/buu-dien-o-thuy-dien.html', 'links', 'hqc_3.txt'),
        HQC + ('2017/05/19/fc-barcelona-villarreal.html', 'links', 'hqc_4.txt'),
    ],
    'phong-inscriptis': [
        PHONG + ('posts/di-ben-dinh-xi-in-chec-xinh-la-cai-gi-dependency-injection/index.html', 'inscriptis', 'phong_1.txt'),
        PHONG + ('posts/floating-point-error-la-gi-tai-sao-0-1-0-2-0-30000000000000004/index.html', 'inscriptis', 'phong_2.txt'),
        PHONG + ('posts/hibernate-co-phai-la-ngu-dong/index.html', 'inscriptis', 'phong_3.txt'),
        PHONG + ('posts/javabean-la-cai-khi-kho-gi/index.html', 'inscriptis', 'phong_4.txt'),
        PHONG + ('posts/servlet-la-gi/index.html', 'inscriptis', 'phong_5.txt'),
    ],
}

BROWSER = {
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '90'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8'],
}
PAGE = '/tmp/heldout121-scratch/page/page.html'


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


def insc(raw):
    import inscriptis
    return inscriptis.get_text(raw.decode('utf-8')).encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            data = insc(raw) if conv == 'inscriptis' else browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

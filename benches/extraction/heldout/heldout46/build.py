#!/usr/bin/env python3
"""Re-create every heldout46 seed from pinned git blobs (Python 3 standard library + git + Debian w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout46 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Every blob is a whole generated HTML page of a Vietnamese personal blog
(static-site output committed to the repository: Hugo, Hexo, Gatsby).  Converter:
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
         (the blob's bytes are written unchanged to the fixed file /tmp/heldout46/page/page.html and the
         browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte)
  lynx   (kept from the model, not used by any heldout46 seed)
(heldout45's build.py with new SEEDS.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# hoangmnsd/hoangmnsd.github.io, master "Push to hoangmnsd/hoangmnsd.github.io.git by [CircleCI]" (Hugo output)
HOANG = ('hoangmnsd/hoangmnsd.github.io', '0cde320272a1e93baa3370e9d03423ecd8d7e576')
# squalle0nhart/blog, master "Site updated: 2018-10-03 00:44:12" (Hexo output, theme Tranquilpeak)
SQUALLE = ('squalle0nhart/blog', 'e9b4a5105519feced9086514f1fb17665f448eec')
# minhnh94/minhnh94.github.io, master "Updates" 2021-02-23 (Gatsby output, "Tsukie" blog)
TSUKIE = ('minhnh94/minhnh94.github.io', '8f76e1f67fd8655e83f0ef95af772c9f6ecef8a9')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'hoangmnsd-hugo': [
        HOANG + ('posts/review-buy-ticket-to-wach-football-match-tokyo/index.html', 'w3m', 'hoangmnsd_1.txt'),
        HOANG + ('posts/git-different-rebase-merge/index.html', 'w3m', 'hoangmnsd_2.txt'),
        HOANG + ('posts/monty-hall-problem-demo/index.html', 'w3m', 'hoangmnsd_3.txt'),
        HOANG + ('posts/oracle-cloud-signup-and-enable-mfa/index.html', 'w3m', 'hoangmnsd_4.txt'),
        HOANG + ('posts/home-assistant-import-new-dashboard-minimalist/index.html', 'w3m', 'hoangmnsd_5.txt'),
        HOANG + ('posts/create-a-github-blog-by-hugo/index.html', 'w3m', 'hoangmnsd_6.txt'),
        HOANG + ('posts/aws-lambda-get-current-date-time-wrong/index.html', 'w3m', 'hoangmnsd_7.txt'),
        HOANG + ('posts/enable-docker-command-for-ubuntu-subsytem-wsl/index.html', 'w3m', 'hoangmnsd_8.txt'),
        HOANG + ('posts/using-circleci-in-github-blog/index.html', 'w3m', 'hoangmnsd_9.txt'),
        HOANG + ('posts/git-tutor-rebase-stash-reset/index.html', 'w3m', 'hoangmnsd_10.txt'),
    ],
    'squalle-hexo': [
        SQUALLE + ('2017/04/18/guide-create-hexo-blog/index.html', 'w3m', 'squalle_1.txt'),
        SQUALLE + ('2017/04/26/git-basic/index.html', 'w3m', 'squalle_2.txt'),
        SQUALLE + ('2017/06/12/game-and-life/index.html', 'w3m', 'squalle_3.txt'),
        SQUALLE + ('2017/05/10/song-de-lam-gi/index.html', 'w3m', 'squalle_4.txt'),
        SQUALLE + ('2017/05/16/broken-dream/index.html', 'w3m', 'squalle_5.txt'),
        SQUALLE + ('2017/05/31/chasing-superios/index.html', 'w3m', 'squalle_6.txt'),
        SQUALLE + ('2017/12/29/tan-man-cuoc-song/index.html', 'w3m', 'squalle_7.txt'),
        SQUALLE + ('2018/10/03/binh-thuong-nhung-khong-tam-thuong/index.html', 'w3m', 'squalle_8.txt'),
    ],
    'tsukie-gatsby': [
        TSUKIE + ('vi/cuoc-song/cai-ghe/index.html', 'w3m', 'tsukie_1.txt'),
        TSUKIE + ('vi/cong-nghe/cai-dat-ssl-cho-website-mien-phi-de-dang-nhanh-chong-voi-cloudflare-chi-vai-buoc-'
                  'click-chuot/index.html', 'w3m', 'tsukie_2.txt'),
        TSUKIE + ('vi/cong-nghe/li-do-ban-nen-viet-technical-blog-bang-tieng-anh/index.html', 'w3m', 'tsukie_3.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout46/page/page.html'


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
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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

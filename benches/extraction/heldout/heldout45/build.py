#!/usr/bin/env python3
"""Re-create every heldout45 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout45 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Every blob is a whole generated / exported HTML page of a Vietnamese blog
(static-site output committed to the repository).  Converters:
  lynx   lynx 2.9.0dev.12-1 : lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
         (the blob's bytes are written unchanged to the fixed file /tmp/heldout45/page/page.html -- lynx
         prints that path in its References list -- and the browser runs on it with LC_ALL=C.UTF-8,
         TERM=dumb; its stdout is the seed, byte for byte)
(heldout41's build.py reduced to its two browser converters, with new SEEDS.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# hoatle/blog.hoatle.info, branch gh-pages "Site updated at 2014-04-30 19:34:31 UTC" (Octopress output)
HOATLE = ('hoatle/blog.hoatle.info', '5db3f889c9d3a057d994572b68fb3ad955ffc80c')
# ktmt/ktmtblog-octopress, master "Site updated at 2013-05-26 15:13:41 UTC" (Octopress output)
KTMT = ('ktmt/ktmtblog-octopress', '47137f8bd27167010da790c3fbc0acf349e19597')
# daynhauhoc/blog, branch gh-pages "Updates" 2016-04-27 (Statinamic output)
DNH = ('daynhauhoc/blog', '4c61b1b4bf2acb9526f00b35897e53396999d356')
# teracyhq/blog, branch gh-pages "Site updated at 2017-10-19 04:13:29 UTC" (Octopress output)
TERACY = ('teracyhq/blog', 'c29f6a494b47c462ed1ea2b7e7e19c6d66579304')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'hoatle-octopress': [
        HOATLE + ('2007/09/11/september-11-2007-ajax-series-gioi-thieu/index.html', 'w3m', 'hoatle_1.txt'),
        HOATLE + ('2008/02/27/february-27-2008-nhieu-chuyen-nhieu-chuyen/index.html', 'w3m', 'hoatle_2.txt'),
        HOATLE + ('2007/06/16/june-16-2007-hom-nay-thuc-khoe-that/index.html', 'w3m', 'hoatle_3.txt'),
        HOATLE + ('2007/08/30/august-30-2007-het-y-dinh-bo-hoc-roi/index.html', 'w3m', 'hoatle_4.txt'),
        HOATLE + ('2007/10/27/october-27-2007-di-du-dai-hoi-doan-khoa-hi-hi/index.html', 'w3m', 'hoatle_5.txt'),
        HOATLE + ('2007/04/24/earth-day-22-4/index.html', 'w3m', 'hoatle_6.txt'),
        HOATLE + ('2007/12/23/december-23-2007-tin-hoc-thuc-hanh/index.html', 'w3m', 'hoatle_7.txt'),
        HOATLE + ('2007/06/15/june-13-2007-ngay-mua-hoi-buon/index.html', 'w3m', 'hoatle_8.txt'),
        HOATLE + ('2007/10/08/october-08-2007-bad-mood/index.html', 'w3m', 'hoatle_9.txt'),
        HOATLE + ('2009/04/01/lam-viec-cho-exo-platform-hay-google-day/index.html', 'w3m', 'hoatle_10.txt'),
    ],
    'ktmt-octopress': [
        KTMT + ('blog/2013/04/24/happy-programmer/index.html', 'w3m', 'ktmt_1.txt'),
        KTMT + ('blog/2013/04/01/gioi-thieu-ve-unix-process/index.html', 'w3m', 'ktmt_2.txt'),
        KTMT + ('blog/2013/05/07/storageenginemysql/index.html', 'w3m', 'ktmt_3.txt'),
        KTMT + ('blog/2013/05/12/closure-va-scope-cua-javascript/index.html', 'w3m', 'ktmt_4.txt'),
        KTMT + ('blog/2013/05/13/exclusivelock-sharedlock/index.html', 'w3m', 'ktmt_5.txt'),
        KTMT + ('blog/2013/05/18/web-beacon/index.html', 'w3m', 'ktmt_6.txt'),
        KTMT + ('blog/2013/05/21/co-ban-ve-arduino-platform-for-physical-computing/index.html', 'w3m',
                'ktmt_7.txt'),
        KTMT + ('blog/2013/05/09/y-nghia-cua-tu-khoa-volatile-trong-c/index.html', 'w3m', 'ktmt_8.txt'),
    ],
    'daynhauhoc-statinamic': [
        DNH + ('chung-ta-nen-dung-viec-dich-thuat-ngu-tieng-anh-sang-tieng-viet-vi-mot-nen-giao-duc-tot-hon/'
               'index.html', 'lynx', 'daynhauhoc_1.txt'),
        DNH + ('cach-hoc-lap-trinh-that-bai/index.html', 'lynx', 'daynhauhoc_2.txt'),
        DNH + ('tai-sao-mot-so-nguoi-lai-thich-xin-facebook-de-hoi-bai/index.html', 'lynx', 'daynhauhoc_3.txt'),
        DNH + ('viet-nam-sao-khong-phai-la-cuong-quoc/index.html', 'lynx', 'daynhauhoc_4.txt'),
        DNH + ('lau-lau-mot-quyen-sach-toi-di-hoc-cua-nha-giao-uu-tu-nguyen-ngoc-ky/index.html', 'lynx',
               'daynhauhoc_5.txt'),
        DNH + ('hoc-lap-trinh-the-nao-de-khong-that-nghiep/index.html', 'lynx', 'daynhauhoc_6.txt'),
        DNH + ('trai-long-1-thang-hoc-tieng-anh/index.html', 'lynx', 'daynhauhoc_7.txt'),
        DNH + ('review-kinh-thuc-tai-ao-smilecardboard/index.html', 'lynx', 'daynhauhoc_8.txt'),
    ],
    'teracy-octopress': [
        TERACY + ('2014/09/24/hoat-dong-team-building-dau-tien-cua-teracy/index.html', 'w3m', 'teracy_1.txt'),
        TERACY + ('2017/03/15/3-meo-quan-ly-thoi-gian-thuc-su-hieu-qua/index.html', 'w3m', 'teracy_2.txt'),
        TERACY + ('2017/04/25/hay-danh-ra-5-phut-suy-nghi/index.html', 'w3m', 'teracy_3.txt'),
        TERACY + ('2017/04/17/vi-sao-ngat-ket-noi-intetnet-se-giup-ban-tap-trung-hon-vao-cong-viec/index.html',
                  'w3m', 'teracy_4.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout45/page/page.html'


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

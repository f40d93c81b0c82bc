#!/usr/bin/env python3
"""Re-create every heldout110 seed from pinned git blobs (Python 3 stdlib + git + Debian lynx / links + Python
html2text / inscriptis).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout110)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole HTML page (UTF-8) that a static-site generator (Hugo, Jekyll, VuePress)
wrote and its owner committed to a GitHub Pages repository.  Converters (one per source, see SEEDS):
  lynx       lynx 2.9.0dev.12         : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  links      Links 2.28               : links -dump -width 80 -codepage utf-8 FILE
  html2text  Python html2text 2025.4.15: HTML2Text() with body_width = 0 (no re-wrapping), other options default,
             run in-process
  inscriptis Python inscriptis 2.7.6  : inscriptis.get_text(html) with its default ParserConfig, run in-process
For lynx / links the blob's bytes are written unchanged to the fixed file /tmp/heldout110-scratch/page/page.html and the
browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For html2text / inscriptis
the blob is decoded as UTF-8 and the returned str is written encoded as UTF-8.
(heldout93's build.py with new SEEDS, lynx with -nolist, html2text with body width 0 and the inscriptis converter added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# AlexBlack2202/alexblack2202.github.io, master "rebuilding site Wed Aug  5 19:20:34 +07 2026" (Hugo build of
# "Phạm Duy Tùng Machine Learning Blog", www.phamduytung.com: machine-learning, data and career essays)
PDT = ('AlexBlack2202/alexblack2202.github.io', 'c5ca5162de94e95a2a49ab6f2601ec8cc357ea49')
# leeminkan/leeminkan.github.io, branch gh-pages "[Automation] Site update No.10" 2021-03-07 (Jekyll build, theme
# Chirpy, of "Kan", a young IT worker's diary blog)
KAN = ('leeminkan/leeminkan.github.io', 'b7f604e83bacb69cec0a60c9abc9e42b1a9520ad')
# japananh/japananh.github.io, master "Update CNAME" 2024-11-29 (Hugo build, theme Stack, of "The Writer At Heart",
# a backend developer's personal blog: reading, podcasts, career, daily life)
JA = ('japananh/japananh.github.io', '8914d5e6a2bb931eeda7151e62fadc9a8588a77f')
# namkyodai/namkyodai.github.io, master 2025-03-12 (Hugo build, Academic theme, of "Nam's blog" by Lê Thanh Nam,
# an engineer: book notes, Buddhism, history, travel; Vietnamese section vi/post/)
NAM = ('namkyodai/namkyodai.github.io', '65c3aeb15232372c6dbf91f4a949c2867d7e83ef')
# heavietnam/dist, main "update" 2023-01-17 (VuePress 2 build, theme reco, of "heavietnam", a Vietnamese Hackintosh
# guide site: basics, install, fixes)
HEA = ('heavietnam/dist', '740abfaa702572ed10e3ab154e7f178dd5cd6928')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'phamduytung-lynx': [
        PDT + ('blog/2023-07-23-product-mindset/index.html', 'lynx', 'pdt_1.txt'),
        PDT + ('blog/2019-02-07-china-social-creadit-system/index.html', 'lynx', 'pdt_2.txt'),
        PDT + ('blog/2019-04-02-deep-learning-view/index.html', 'lynx', 'pdt_3.txt'),
        PDT + ('blog/2024-02-13-mo-hinh-phat-trien-phan-mem/index.html', 'lynx', 'pdt_4.txt'),
        PDT + ('blog/2020-04-16-two-important-machine-learning-concepts-to-improve-every-model/index.html', 'lynx', 'pdt_5.txt'),
        PDT + ('blog/2023-02-18-symbolic-vs-connectionist/index.html', 'lynx', 'pdt_6.txt'),
    ],
    'kan-links': [
        KAN + ('posts/ve-que-an-tet-2020/index.html', 'links', 'kan_1.txt'),
        KAN + ('posts/chuyen-di-can-tho-khong-co-trong-ke-hoach/index.html', 'links', 'kan_2.txt'),
        KAN + ('posts/mot-ngay-met-moi/index.html', 'links', 'kan_3.txt'),
        KAN + ('posts/nhung-ngay-cuoi-nam-2020/index.html', 'links', 'kan_4.txt'),
        KAN + ('posts/nhat-ky-ngay-tet-2021/index.html', 'links', 'kan_5.txt'),
        KAN + ('posts/ngay-dau-nhan-viec/index.html', 'links', 'kan_6.txt'),
        KAN + ('posts/tuan-lam-viec-dau-tien/index.html', 'links', 'kan_7.txt'),
    ],
    'writerheart-inscriptis': [
        JA + ('p/bon-cham-khong/index.html', 'inscriptis', 'ja_1.txt'),
        JA + ('p/loi-khuyen-cho-cac-ban-chuyen-tu-cac-nganh-khac-qua-it/index.html', 'inscriptis', 'ja_2.txt'),
        JA + ('p/toi-hoc-duoc-gi-trong-6-thang-dau-nam-2022/index.html', 'inscriptis', 'ja_3.txt'),
        JA + ('p/de-doc-sach-khong-con-la-mot-thoi-quen-xa-voi/index.html', 'inscriptis', 'ja_4.txt'),
        JA + ('p/cu-giao-lai-moi-tiep-lay/index.html', 'inscriptis', 'ja_5.txt'),
        JA + ('p/burnout-phan-2/index.html', 'inscriptis', 'ja_6.txt'),
        JA + ('p/mot-ngay-chu-nhat-dep-troi/index.html', 'inscriptis', 'ja_7.txt'),
    ],
    'namblog-html2text': [
        NAM + ('vi/post/carljung-modernmaninsearhofasoult/index.html', 'html2text', 'nam_1.txt'),
        NAM + ('vi/post/thichnhathanh-hanhphuccamtay/index.html', 'html2text', 'nam_2.txt'),
        NAM + ('vi/post/maytinh-kinhtehoc-kyoto/index.html', 'html2text', 'nam_3.txt'),
        NAM + ('vi/post/vjse2018/index.html', 'html2text', 'nam_4.txt'),
        NAM + ('vi/post/thichnhathanh-daophatngaynay/index.html', 'html2text', 'nam_5.txt'),
    ],
    'heavietnam-links': [
        HEA + ('guide/basic/2021-09-29-tim-hieu-hackintosh.html', 'links', 'hea_1.txt'),
        HEA + ('guide/basic/2021-09-30-tim-hieu-phan-cung.html', 'links', 'hea_2.txt'),
        HEA + ('guide/basic/2021-10-01-convert-bootloader.html', 'links', 'hea_3.txt'),
        HEA + ('guide/basic/2021-10-03-boot-argument.html', 'links', 'hea_4.txt'),
        HEA + ('guide/issue/2021-11-01-fix-kaslr.html', 'links', 'hea_5.txt'),
        HEA + ('fix/2022-01-02-fix_sleep.html', 'links', 'hea_6.txt'),
    ],
}

BROWSER = {
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
}
PAGE = '/tmp/heldout110-scratch/page/page.html'


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
    h = html2text.HTML2Text()
    h.body_width = 0
    return h.handle(raw.decode('utf-8')).encode('utf-8')


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
            if conv == 'html2text':
                data = h2t(raw)
            elif conv == 'inscriptis':
                data = insc(raw)
            else:
                data = browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

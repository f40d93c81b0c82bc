#!/usr/bin/env python3
"""Re-create the heldout24 seed files from bare git mirrors under /work/.mirror.

usage: python3 build.py OUTDIR

Rendering rule (all slugs): every source is a crawler record (one JSON object per file) committed
by a student of the VinUni AI20k "Day08 RAG pipeline" lab. The seed <slug>/<name>.txt is the
record's page-text field ("content_markdown" for the tvtnoname and danielngo03 repositories,
"content" for Haitriu), encoded UTF-8 and written byte for byte: no newline added or stripped,
nothing else of the record used. Python 3 stdlib only; sources read with `git cat-file -p COMMIT:PATH`.
"""
import json, os, subprocess, sys

MIRROR = '/work/.mirror'
TVT = ('tvtnoname/Day08_2A202600605_TranVanToan', '7236f55bbf1b886dfdb20c0b32f5d029d9807f8a')
DN = ('danielngo03/Day08-2A202600933-NgoAnhTuan', 'b1ac7f4d28f1594389d93d3959d3f848e5caca08')
HX = ('Haitriu/K4-Day08-RAG-E403', 'f2919a8a6317e63571b3f39505d78a330d7c02bb')
TP = 'personal_project/2A202600605-TranVanToan/data/landing/news/article_%02d.json'
DP = 'data/landing/news/'
# (slug, output name, (repo, commit), path, field)
SEEDS = [
    ('vov', 'article_01.txt', TVT, TP % 1, 'content_markdown'),
    ('vov', 'article_02.txt', TVT, TP % 2, 'content_markdown'),
    ('vov', 'article_05.txt', TVT, TP % 5, 'content_markdown'),
    ('dantri', 'article_03.txt', TVT, TP % 3, 'content_markdown'),
    ('vtv', 'article_04.txt', TVT, TP % 4, 'content_markdown'),
    ('vtv', 'article_06_chubin.txt', DN, DP + 'article_06_vtv_ca-si-chu-bin-bi-bat-vi-lien-quan-ma-tuy-20240607115007528.json', 'content_markdown'),
    ('tuoitre', 'article_02.txt', DN, DP + 'article_02_tuoitre_rapper-binh-gold-bi-bat-vi-cuop-tai-san-duong-tinh-voi-ma-tuy-20250726185902989.json', 'content_markdown'),
    ('kenh14', 'article_04.txt', DN, DP + 'article_04_kenh14_ca-si-chi-dan-ru-ban-hun-tien-mua-ma-tuy-nguoi-mau-an-tay-ru-tro-ly-quay-tiktok-.json', 'content_markdown'),
    ('vnexpress', 'article_01.txt', DN, DP + 'article_01_vnexpress_ca-si-miu-le-bi-bat-voi-cao-buoc-to-chuc-su-dung-ma-tuy-5074769.json', 'content_markdown'),
    ('vnexpress', 'article_03.txt', DN, DP + 'article_03_vnexpress_nguoi-mau-andrea-aybar-cung-tro-ly-lam-tiec-ma-tuy-trong-can-ho-cao-cap-5059429.json', 'content_markdown'),
    ('xaydungchinhsach', 'article_05.txt', DN, DP + 'article_05_xaydungchinhsach_khoi-to-bat-tam-giam-long-nhat-son-ngoc-minh-cung-69-bi-can-119260520124509053.json', 'content_markdown'),
    ('aztax', 'cach-tinh-luong-lam-them-gio.txt', HX, DP + 'cach-tinh-luong-lam-them-gio.json', 'content'),
    ('fastwork', 'quy-dinh-thoi-gian-thu-viec.txt', HX, DP + 'quy-dinh-thoi-gian-thu-viec.json', 'content'),
]


def gitdir(repo):
    return os.path.join(MIRROR, repo.replace('/', '+'), 'repo')


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    for slug, name, (repo, commit), path, field in SEEDS:
        raw = subprocess.run(['git', '--git-dir', gitdir(repo), 'cat-file', '-p', '%s:%s' % (commit, path)],
                             check=True, capture_output=True).stdout
        rec = json.loads(raw.decode('utf-8'))
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        with open(os.path.join(out, slug, name), 'wb') as f:
            f.write(rec[field].encode('utf-8'))
    print('wrote', len(SEEDS), 'files to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout29 seed from pinned git blobs (Python 3 standard library only).

usage: python3 build.py [OUT_DIR]     (default: the heldout29 directory that holds this build/ folder)

Each seed = one renderer (see conv.py) applied to one JSON record (the whole blob, or one element of a blob
holding a JSON array) of a git blob read with
`git --git-dir=<mirror> cat-file -p <commit>:<path>`.  Nothing is edited by hand."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conv  # noqa: E402

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


SHP = ('thanhvinh0702/DAY08_2A202601124_HoangThanhVinh', 'ef26d79effcf36513769440b82497bdc5a9c88ab')
VIN = ('thanhnamle2k4/DAY08_2A202601397_LeThanhNam', '6eb306a5982bd5444f5767b58777d92e9ffdaf68')
HCT = ('hacaothu03/Day08_2A202600765_CaoThiThuHa', '4dbd0a9d97a392a1b3dc8c7feb1c989f8eb16b65')
VUA = ('Vuanh4569/Day08_RAG_pipeline_cohort2', '324c0f678192e918544c92458e980ab7bfac14ce')
IBH = ('ichbinhhuy/Day08-2A202600689-Nguyen_Binh_Huy', '648e352c0d0294bfde48bf474d758e04168eb43e')
VDK = ('Vu-Dang-Khiem/Day08_RAG_pipeline_cohort2', 'f9f9260f4c45b0e9955d713220be89f2e2edc9f7')
HXC = ('huyenxam/Crawling-data', '34c254f007e03f011b1a4fa6879f743bd22da850')
N = 'data/landing/news/'

# slug -> (renderer, [(repo, commit, path, output name[, index of the record when the blob is a JSON array]), ...])
SEEDS = {
    'shopeehelp': ('title_body', [SHP + (N + 'article_01.json', 'shopee_1.txt'),
                                  SHP + (N + 'article_03.json', 'shopee_2.txt'),
                                  SHP + (N + 'article_04.json', 'shopee_3.txt')]),
    'vinuni': ('fields', [VIN + (N + 'article_01.json', 'vinuni_1.txt'),
                          VIN + (N + 'article_04.json', 'vinuni_2.txt'),
                          VIN + (N + 'article_05.json', 'vinuni_3.txt')]),
    'hct-news': ('body_only', [HCT + (N + 'article_01.json', 'nld_1.txt'),
                               HCT + (N + 'article_03.json', 'dantri_1.txt'),
                               HCT + (N + 'article_05.json', 'tuoitre_1.txt')]),
    'vua-news': ('title_body', [VUA + (N + '04-ca-s-ch-u-vi-t-c-ng-b-kh-i-t-t-i-gi-t-ng-i.json', 'vnexpress_1.txt'),
                                VUA + (N + '05-sau-l-m-x-m-d-nh-ma-t-y-rapper-b-nh-gold-b-b-t-v-c-p-t-i-s-n.json',
                                       'dantri_2.txt')]),
    'ibh-news': ('fields', [IBH + (N + 'bao-dong-tinh-trang-nghe-si-dung-ma-tuy-va-nhung-he-luy-voi-xa-hoi-post900028.json',
                                   'baolaocai_1.txt'),
                            IBH + (N + 'khoi-to-le-anh-nhat-ca-si-miu-le-ve-hanh-vi-to-chuc-su-dung-trai-phep-chat-ma-tuy-102260516224626903.json',
                                   'baochinhphu_1.txt'),
                            IBH + (N + 'chuyen-an-bi-so-vn10-truy-to-nguoi-mau-an-tay-ca-si-chi-dan-truc-phuong-185260402125551927.json',
                                   'thanhnien_1.txt')]),
    'vdk-news': ('url_title_body', [VDK + (N + 'article_05_tienphong-vn.json', 'tienphong_1.txt')]),
    'fbgroup-jobs': ('post_comments', [HXC + ('Crawling data/data/face.json', 'fbjob_1.txt', 27),
                                       HXC + ('Crawling data/data/face.json', 'fbjob_2.txt', 39)]),
}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, (rname, items) in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, name, *sel in items:
            rec = json.loads(blob(repo, commit, path).decode('utf-8'))
            if sel:
                rec = rec[sel[0]]
            text = conv.RENDER[rname](rec)
            with open(os.path.join(out, slug, name), 'w', encoding='utf-8', newline='\n') as f:
                f.write(text)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

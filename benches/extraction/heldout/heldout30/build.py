#!/usr/bin/env python3
"""Re-create every heldout30 seed from pinned git blobs (Python 3 standard library only).

usage: python3 build.py [OUT_DIR]     (default: the heldout30 directory that holds this build/ folder)

Each seed is made from one whole git blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`:
a .md blob is copied byte for byte (renderer 'copy'); a JSON blob is parsed and one renderer of conv.py is
applied to it.  Nothing is edited by hand."""
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


RPA = ('royalpoinciana234/Day08_RAG_pipeline_cohort2', '198ed633542c018c87cfa7b9cc10a8f170993f18')
TKI = ('TranKien2005/Day08_RAG_pipeline_cohort2', '5cfe20661ed1363e18fc1f70793a5ec43deca389')
MQG = ('mquanggdev/Day08_2A202600924_TranMinhQuang', 'fa6c4db02e76e1d22d9c8d5004fe061cbeda0449')
HDL = ('hdlinhnguyen/2A202600567-NguyenHoDieuLinh-Lab-Day08-RAGpipeline', 'd10470810bf5ff2335b5488f12dde0515899a4f3')
DDG = ('dangduong2806/Day08_RAG_pipeline_cohort2', 'e9473ae5dbb59a2e45d455e84e52e63e6cc07746')
AQU = ('AnhQu4nn/Day08_RAG_pipeline_cohort2', '3d5d46440f877cb7a739046d975d883cc96f39a4')
NGH = ('nghieu19/Day08_RAG_pipeline_cohort2', 'a9dab8db5758823c5ec2b63209b2a26140a5bf9d')
N = 'data/landing/news/'
S = 'data/standardized/news/'

# slug -> (renderer, [(repo, commit, path, output name), ...])
SEEDS = {
    'royal-news': ('title_body', [RPA + (N + 'article_02.json', 'vtcnews_1.txt'),
                                  RPA + (N + 'article_03.json', 'congly_1.txt'),
                                  RPA + (N + 'article_04.json', 'vov_1.txt'),
                                  RPA + (N + 'article_05.json', 'baoquangninh_1.txt')]),
    'tk-news': ('copy', [
        TKI + (S + "'C\xf4ng b\u1ed1' danh s\xe1ch sao Vi\u1ec7t d\xednh nghi \xe1n d\xf9ng ma t\xfay "
                   "'\u0111\xe1'.md", 'congluan_1.txt'),
        TKI + (S + 'Danh ti\u1ebfng ngh\u1ec7 s\u0129 v\xe0 tr\xe1ch nhi\u1ec7m x\xe3 h\u1ed9i trong '
                   'v\u1ea5n \u0111\u1ec1 ma t\xfay.md', 'khoahocdoisong_1.txt'),
        TKI + (S + 'bat-tam-giam-ca-si-nguoi-mau-lien-quan-den-ma-tuy-lien-quan-den-ma-tuy-B47E39A7E.md',
               'thanhtra_1.txt'),
        TKI + (S + 'gia-dat-phai-tra-cua-nghe-si-viet-vuong-nghi-an-ma-tuy-post1616458.md', 'kienthuc_1.txt'),
        TKI + (S + 'rung-dong-vu-2-nam-ca-si-bi-bat-vi-ma-tuy-chu-dong-khai-bao-120-ban-nghien-la-nghe-si-'
                   '2-nguoi-dep-showbiz-lien-quan-198260521073143114.md', 'soha_1.txt')]),
    'mq-news': ('url_title_body', [
        MQG + (N + '01-ngo-i-nguy-n-c-ng-tr-nh-ng-ngh-s-n-o-t-ng-b-b-t-v-ma-tu.json', 'vietnamnet_1.txt'),
        MQG + (N + '03-nh-ng-ngh-s-vi-t-ng-ng-a-v-ma-t-y-ng-i-sao.json', 'ngoisao_1.txt')]),
    'hdl-portals': ('title_body', [HDL + (N + 'article_06.json', 'sotp_langson_1.txt'),
                                   HDL + (N + 'article_05.json', 'congan_phutho_1.txt')]),
    'ddg-news': ('fields', [DDG + (N + 'article_05.json', 'laodong_1.txt')]),
    'aq-news': ('url_title_body', [AQU + (N + 'article_01_kh-i-t-b-t-giam-ng-i-m-u-an-t-y-ca-s-chi-d-n.json',
                                          'viettimes_1.txt')]),
    'ngh-news': ('fields', [NGH + (N + '05_ntk-nguyen-cong-tri-bi-bat-qua-tang-to-chuc-su-dung-ma-tuy-tai-nha-rieng.json',
                                   'vtv_1.txt')]),
}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, (rname, items) in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, name in items:
            raw = blob(repo, commit, path)
            dest = os.path.join(out, slug, name)
            if rname == 'copy':
                raw.decode('utf-8')  # must be UTF-8 text
                with open(dest, 'wb') as f:
                    f.write(raw)
            else:
                text = conv.RENDER[rname](json.loads(raw.decode('utf-8')))
                with open(dest, 'w', encoding='utf-8', newline='\n') as f:
                    f.write(text)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

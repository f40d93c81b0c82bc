#!/usr/bin/env python3
"""Re-create the heldout33 seeds from git blobs at pinned commits.

usage: python3 build/build.py [OUT_DIR]     (default: the heldout33 directory itself)

Each seed is one whole git blob read with
  git --git-dir=/work/.mirror/<owner>+<name>/repo cat-file -p <commit>:<path>
and either written byte for byte ('copy') or rendered to text by a Debian text browser
(see build/conv.py: 'lynx' = lynx -dump -nolist -width=80, 'w3m' = w3m -dump -cols 80).
No text is edited afterwards.  Needs: Python 3 standard library, git, Debian lynx 2.9.0dev.12-1
and w3m 0.5.3+git20230121-2 (checked at run time)."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conv  # noqa: E402

MTC = 'quangminh1212/MTC_Download'
CT = '2251162071/crawl_truyen'
CN = 'minhduc1212/Crawl_Novel'

# slug -> list of (repo, commit, path, renderer, seed name)
SEEDS = {
    'mtc-saved': [
        (MTC, 'b7e78770ae93e10ced998dc8c93b61ad017ae8ac',
         'Trinh Quan Hiền Vương - Chương 141.html', 'lynx', 'metruyencv_1.txt'),
        (MTC, 'b7e78770ae93e10ced998dc8c93b61ad017ae8ac',
         'Ta Có Một Tòa Thành Phố Ngày Tận Thế - Chương 1.html', 'w3m', 'metruyencv_2.txt'),
        (MTC, 'b7e78770ae93e10ced998dc8c93b61ad017ae8ac',
         'Trinh Quan Hiền Vương - Chương 207.html', 'w3m', 'metruyencv_3.txt'),
    ],
    'ct-mirror': [
        (CT, '8543c3bf064fa19e010c96bf734e36f2eeb66f48',
         'httrack_output/de-vuong-thu_chuong-1/truyenfull.io/de-vuong-thu/chuong-1/index.html',
         'w3m', 'truyenfull_1.txt'),  # lynx cuts a UTF-8 char inside a <select> field on this page
        (CT, '84d63484ed171196d7c0b030b4295899b1f6f5a0',
         'dtruyen.net/code/luoc-thien-ky.html', 'w3m', 'dtruyen_1.txt'),
        (CT, '61b542f1668524db88b15d3406fbaa4a42c07871',
         'truyenfull.bio/update_truyeninfo/truyen_info/truyenfull.bio/chi-thien-vi-minh-em-mo-nghia/index.html',
         'w3m', 'truyenfull_2.txt'),
    ],
    'cn-dump': [
        (CN, '7858cbb64cac5f7c4a166df19f4dc61deb3b35f0',
         'mtcv/yeu-nu-xin-dung-buoc-chuong-1.txt', 'copy', 'metruyencv_1.txt'),
    ],
}


def gitdir(repo):
    return '/work/.mirror/%s/repo' % repo.replace('/', '+')


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    conv.check_versions()
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, rname, name in items:
            raw = blob(repo, commit, path)
            data = conv.RENDER[rname](raw)
            data.decode('utf-8')  # every seed must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout28 seed from pinned git blobs.

usage: /tmp/h28/venv/bin/python build.py [OUT_DIR]   (default: the heldout28 directory holding this build/ folder)
Needs html2text==2025.4.15 and inscriptis==2.7.6 (pip install html2text==2025.4.15 inscriptis==2.7.6).

Each seed = one converter (see conv.py: md / plainmd / layout) applied to one whole git blob read with
`git --git-dir=<mirror> cat-file -p <commit>:<path>` (a *.gz blob is gunzipped first).  Nothing is edited by hand."""
import gzip
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conv  # noqa: E402

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


AST = ('minh3102011/Astyles', 'f8c5649e1a529211dca55b42a058806e03649273')
VOZ = ('millionsun93/Vozforums', '63b1c2eb8aad5916a97fc5b156ffa01cf2173463')
FUN = ('flairNLP/fundus', '18da6e53592f99cf0ac5770dc63d6ba99ba63ae8')
ITV = 'kieuvantuyen01/scrape_data_itviec'  # files later deleted: each pinned to the commit that added it
T = '@4rum/threads/'

# slug -> (converter, [(repo, commit, path, output name), ...])
SEEDS = {
    'astyles-nhancuoi': ('plainmd', [AST + (T + '10068-6-nguyen-tac-chon-nhan-cuoi/index.html', 'nhancuoi_1.txt')]),
    'astyles-yeuquai': ('layout', [AST + (T + '8046-Nhung-con-ma-trong-truyen-thuyet-Nhat-Ban-Ki-III-het-/index.html',
                                          'yeuquai_1.txt')]),
    'astyles-ram': ('md', [AST + (T + '1697-Dung-tuong-cu-nhieu-RAM-la-may-chay-nhanh-/index.html', 'ram_1.txt')]),
    'astyles-visualnovel': ('plainmd', [AST + (T + '9834-Visual-Novel-Mot-cai-nhin-khac-va-nhung-dinh-kien-bat-cong-/'
                                                    'index.html', 'visualnovel_1.txt')]),
    'vozforums-ps4': ('layout', [VOZ + ('app/src/sharedTest/resources/thread_normal.html', 'ps4_1.txt')]),
    'fundus-vnexpress': ('md', [FUN + ('tests/resources/parser/test_data/vn/VnExpress_2025_10_22.html.gz',
                                       'vnexpress_1.txt')]),
    'itviec-mbbank': ('plainmd', [(ITV, '1e623a161b8dc9bad272b962bfb4da4abe0c4f43', 'debug-mb-bank.html', 'mbbank_1.txt')]),
    'itviec-d2m': ('md', [(ITV, '84593f0dbd6c86abb2334ba5303ce3460f05a71d', 'debug_company.html', 'd2m_1.txt')]),
}


def blob(repo, commit, path):
    raw = subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                         check=True, capture_output=True).stdout
    return gzip.decompress(raw) if path.endswith('.gz') else raw


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, (cname, items) in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, name in items:
            text = conv.CONVERTERS[cname](conv.decode(blob(repo, commit, path)))
            with open(os.path.join(out, slug, name), 'w', encoding='utf-8', newline='\n') as f:
                f.write(text)
            n += 1
    print('wrote', n, 'seeds to', out, conv.VERSIONS)


if __name__ == '__main__':
    main()

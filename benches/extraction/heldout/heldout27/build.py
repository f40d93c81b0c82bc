#!/usr/bin/env python3
"""Re-create every heldout27 seed from pinned git blobs (Python 3 standard library only).

usage: python3 build.py [OUT_DIR]     (default: the heldout27 directory that holds this build/ folder)

Each seed = one converter (see conv.py: blocks / lines / wrapped) applied to one whole git blob read with
`git --git-dir=<mirror> cat-file -p <commit>:<path>`.  Nothing is edited by hand."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conv  # noqa: E402

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


CD = ('chuhieu311/crawl-data', '9be85b42224097d26bd62471c59ef6ab056fc4d5')
DVC = ('DinoRacured/Cong-Thong-Tin-Quoc-Gia', '8447618c01bb7722bd141c9d81c4867a03e02d38')
VB1 = ('Minh0511/vbpl-web-crawl', '811b9771561aae9da207dfb4329eaf4b9b5469a5')
VB0 = ('Minh0511/vbpl-web-crawl', '4164acd677c8ae9ae837a1b0ac618a15f3322c0d')
BBB = ('Kenidaso/bbb', 'ca8ecce13ccbf5717805f224119fe1dc033377bd')

# slug -> (converter, [(repo, commit, path, output name), ...])
SEEDS = {
    'crawldata-fahasa': ('blocks', [CD + ('src/structure/FAHASA_book_detail.html', 'fahasa_1.txt')]),
    'crawldata-lazada': ('lines', [CD + ('src/structure/Lazada_book_detail.html', 'lazada_1.txt')]),
    'crawldata-tiki': ('wrapped', [CD + ('src/structure/book-detail.html', 'tiki_1.txt')]),
    'dvcqg-dichvucong': ('lines', [DVC + ('page_source.html', 'dichvucong_1.txt')]),
    'vbplcrawl-vbpl': ('wrapped', [VB1 + ('misc/vbpl_v1.html', 'vbpl_1.txt'),
                                   VB1 + ('misc/vbpl_v3.html', 'vbpl_2.txt'),
                                   VB0 + ('misc/vbpl.html', 'vbpl_3.txt')]),
    'bbb-zingnews': ('blocks', [BBB + ('data_sample/parse_zingnews.html', 'zingnews_1.txt')]),
    'bbb-vov': ('lines', [BBB + ('data_sample/parse_vov.html', 'vov_1.txt')]),
    'bbb-thethao247': ('wrapped', [BBB + ('data_sample/parse_thethao247.html', 'thethao247_1.txt')]),
    'bbb-tinthethao': ('blocks', [BBB + ('data_sample/parse_tinthethao.html', 'tinthethao_1.txt')]),
    'bbb-laodong': ('lines', [BBB + ('data_sample/parse_laodong.html', 'laodong_1.txt')]),
    'bbb-nld': ('wrapped', [BBB + ('data_sample/parse_nguoilaodong.html', 'nld_1.txt')]),
    'bbb-kenh14': ('blocks', [BBB + ('data_sample/parse_kenh14.html', 'kenh14_1.txt')]),
}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


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
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

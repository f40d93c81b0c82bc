#!/usr/bin/env python3
"""Re-create every heldout14 seed byte for byte from bare mirrors (pinned commits).
usage: build.py OUTDIR
Seeds are byte copies of the crawler's Markdown files (git show COMMIT:path), saved as .txt."""
import os, random, subprocess, sys
SRC = {
 'ninicom-day08': ('/work/.mirror/ninicom+Day08_RAG_pipeline_cohort2/repo',
                   '34487b5e5b7978be0c0885d4fb07a05746a4e905'),
 'nmhongtram-day08': ('/work/.mirror/nmhongtram+Day08_RAG_pipeline_cohort2/repo',
                      '99fbafa7af0fdde29bb9d2c5e8568e1fa95c090a'),
 'persjavu-day08': ('/work/.mirror/PersjaVu+Day08_RAG_pipeline_cohort2/repo',
                    'fe85c35cedf6e9ba733266c2ab1793edfa047fea'),
 'oggishi-day08': ('/work/.mirror/oggishi+Day08_RAG_pipeline_cohort2/repo',
                   'cc6ae0cf8c3ea22477b6cf3ae8e795d6a887c11b'),
 'duyenworks-day08': ('/work/.mirror/duyenworks+Day08_RAG_pipeline_cohort2/repo',
                      'bdd2227145560beec6ca3a938f72dd9d7c1d64a0'),
}
def news_md(gd, c):
    """The `.md` files under data/standardized/news/ at commit `c` of the bare mirror `gd`, sorted."""
    names = subprocess.run(['git', '--git-dir=' + gd, 'ls-tree', '-r', '-z', '--name-only', c, 'data/standardized/news/'],
                           check=True, capture_output=True).stdout.decode('utf-8').split('\0')
    return sorted(n for n in names if n.endswith('.md'))


def show(gd, c, p):
    return subprocess.run(['git', '--git-dir=' + gd, 'show', f'{c}:{p}'], check=True, capture_output=True).stdout
def jobs():
    out = []
    # ninicom: every scraped article page among article_NN.md, i.e. NN=01..18 and 20 (news_N.md are byte
    # duplicates of article_18..22; article_19/21/22 are VnE-GO video pages holding no article text, only
    # player/menu furniture; article_23..27 are hand-written placeholder notes, not scraped pages)
    gd, c = SRC['ninicom-day08']
    elig = [f'data/standardized/news/article_{i:02d}.md' for i in list(range(1, 19)) + [20]]
    for p in elig:
        out.append(('ninicom-day08', gd, c, p, os.path.basename(p)[:-3] + '.txt'))
    # nmhongtram: the 15 individual_assignments/<student>/data/standardized/news/article_NN.md minus 3 that hold
    # no article: NguyenNgocAnh/01 (header only), NguyenMaiHongTram/03 and /05 (site home pages, not the article)
    gd, c = SRC['nmhongtram-day08']
    for st in ('2A202600618-NgoThiNgocAnh', '2A202600842-NguyenNgocAnh', '2A202600957-NguyenMaiHongTram'):
        for i in range(1, 6):
            if (st.endswith('NguyenNgocAnh') and i == 1) or (st.endswith('HongTram') and i in (3, 5)):
                continue
            p = f'individual_assignments/{st}/data/standardized/news/article_{i:02d}.md'
            out.append(('nmhongtram-day08', gd, c, p, f'{st.split("-")[1]}_article_{i:02d}.txt'))
    # persjavu: all 7 data/standardized/news/0N_<slug>.md files
    gd, c = SRC['persjavu-day08']
    for p in news_md(gd, c):
        out.append(('persjavu-day08', gd, c, p, 'article_' + os.path.basename(p)[:2] + '.txt'))
    # oggishi: all 5 data/standardized/news/article_0N.md
    gd, c = SRC['oggishi-day08']
    for i in range(1, 6):
        p = f'data/standardized/news/article_{i:02d}.md'
        out.append(('oggishi-day08', gd, c, p, f'article_{i:02d}.txt'))
    # duyenworks: all 6 data/standardized/news/article_0N_<slug>.md (Vietnamese names) -> article_0N.txt
    gd, c = SRC['duyenworks-day08']
    for p in news_md(gd, c):
        out.append(('duyenworks-day08', gd, c, p, os.path.basename(p)[:10] + '.txt'))
    return out
if __name__ == '__main__':
    od = sys.argv[1]
    J = jobs()
    for slug, gd, c, p, fn in J:
        os.makedirs(os.path.join(od, slug), exist_ok=True)
        open(os.path.join(od, slug, fn), 'wb').write(show(gd, c, p))
    print(len(J), 'files written to', od)

#!/usr/bin/env python3
"""Re-create every heldout89 seed from pinned git blobs (Python 3 stdlib + git only).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout89)

Every seed is the text that a public Vietnamese scraper itself saved (Scrapy JSON output committed to GitHub),
rendered the way the scraper's own dump reads -- nothing is edited, reordered inside a field, stripped or
re-encoded.  Each blob is read with `git --git-dir=<mirror> cat-file -p <commit>:<path>` and parsed with the
stdlib json module (json.loads on the UTF-8 bytes); the field values are written out unchanged:

  voz      laduygaga/scrapy_voz, voz.json: ONE JSON array of 500 post records that the Scrapy spider
           voz/spiders/voz.py yielded while following the "next page" links of one voz.vn (XenForo) thread
           (t/bo-vo-tuong-lai-cua-cong-phuong-...59142); keys per record, in stored order: time, username,
           message (','.join of the post's text nodes, with the scraper's own commas, newlines and tabs),
           img (str() of the avatar src, i.e. a path or the string 'None').  voz.vn shows 20 posts per page and
           500 = 25 x 20, so thread page k is records[20*(k-1) : 20*k]; records 481-500 repeat records 1-20 exactly
           (the spider followed the last page's link back to page 1), so the thread has 24 pages; one seed = one page.  Only page 1 is used: pages 2-24 hold
           replies only, which are reader comments by this project's conventions, so they have no main text.
           Render: for each record, its four values in stored order, one per line (a value keeps its own
           newlines); records separated by one empty line; the file ends with '\\n'.
  baomoi   thuy4tbn99/TranTruongThuy_17021178_Nhom4_Crawler, baomoicrawl/baomoi/baomoi/spiders/data/<id>.json:
           one JSON object per baomoi.com article page (written by spiders/baomoi_collect.py), keys in stored
           order: id, header, datetime, summary, content, topic, tag (list), link.
           Render: header, an empty line, then every other key in stored order, one value per line (a list:
           one line per item; null: an empty line); the file ends with '\\n'.
Output: UTF-8, LF."""
import json
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# laduygaga/scrapy_voz, master "first" 2020-06-04 (Scrapy spider + its output voz.json)
VOZ = ('laduygaga/scrapy_voz', 'fc3108d16dc49ddba4f8de6ca163de076941b031')
# thuy4tbn99/TranTruongThuy_17021178_Nhom4_Crawler, master "Update README.md" 2020-08-11 (Scrapy spider + 15,996 JSON files)
BAOMOI = ('thuy4tbn99/TranTruongThuy_17021178_Nhom4_Crawler', '87c8c07433466bbc43a24ea089f75baeb467c356')
BM = 'baomoicrawl/baomoi/baomoi/spiders/data/'

# slug -> [(repo, commit, path, renderer, argument, output name), ...]
SEEDS = {
    'voz-scrapy': [VOZ + ('voz.json', 'voz_page', k, 'voz_p%02d.txt' % k)
                   for k in (1,)],
    'baomoi-scrapy': [BAOMOI + (BM + i + '.json', 'baomoi', None, 'baomoi_%s.txt' % i)
                      for i in ('35947907', '35976791', '35964459', '35972705',
                                '35956457', '35964396', '35917151', '35945996')],
}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def s(v):
    return '' if v is None else str(v)


def voz_page(raw, k):
    recs = json.loads(raw.decode('utf-8'))
    assert len(recs) == 500
    out = []
    for r in recs[20 * (k - 1):20 * k]:
        out.append('\n'.join(s(v) for v in r.values()))
    return '\n\n'.join(out) + '\n'


def baomoi(raw, _):
    r = json.loads(raw.decode('utf-8'))
    lines = [s(r['header']), '']
    for key, v in r.items():
        if key == 'header':
            continue
        if isinstance(v, list):
            lines.extend(s(x) for x in v)
        else:
            lines.append(s(v))
    return '\n'.join(lines) + '\n'


RENDER = {'voz_page': voz_page, 'baomoi': baomoi}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, arg, name in items:
            text = RENDER[conv](blob(repo, commit, path), arg)
            with open(os.path.join(out, slug, name), 'w', encoding='utf-8', newline='\n') as f:
                f.write(text)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

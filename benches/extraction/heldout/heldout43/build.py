#!/usr/bin/env python3
"""Re-create every heldout43 seed from pinned git blobs (Python 3 standard library + git + Debian w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout43 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Converter:
  bmrec  one article record written in 2014 by a Java/Jsoup crawler of baomoi.com (the news aggregator) --
         a hand-written JSON object per file {url, time, title, category, description, content, key[],
         trends[{word, weith}]} in which the writer left a comma after the last element of each list
         (not valid JSON).  The blob is decoded as UTF-8, every comma that is followed only by white space
         and a closing ] or } is removed (re.sub(r',(\\s*[\\]}])', r'\\1', text)) and the text is parsed
         with json.loads.  Then every field is written in the record's stored key order, each followed by
         one blank line:
           - a string field as it is, except `content`, which holds the article body as the crawler copied
             it from the page's articleBody element (raw HTML: <tr><td><div><p>..., photo <span>s) -- its
             bytes are written unchanged to the fixed file /tmp/heldout43/page/page.html and dumped with
             w3m 0.5.3+git20230121-2 `w3m -dump -T text/html -O UTF-8 -cols 80 FILE` (LC_ALL=C.UTF-8,
             TERM=dumb); the dump, minus its trailing newlines, stands in the seed
           - a list field one element per line; a dict element (the `trends` tag cloud) gives its values in
             stored order, one per line (word, then weight)
         nothing is added or dropped (no key names)."""
import json
import os
import re
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


BAOMOI = ('thanhcan/ArticleFromBaoMoi', '5992e1be4ae6b945925d5fb376cf94820c83b3b7')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'baomoi-jsoup': [
        BAOMOI + ('tintuc/thethao/bongda/6.json', 'bmrec', 'baomoi_1.txt'),
        BAOMOI + ('tintuc/giaoduc/3.json', 'bmrec', 'baomoi_2.txt'),
        BAOMOI + ('tintuc/suckhoe/tinhyeugioitinh/13.json', 'bmrec', 'baomoi_3.txt'),
        BAOMOI + ('tintuc/suckhoe/22.json', 'bmrec', 'baomoi_4.txt'),
        BAOMOI + ('tintuc/phapluat/hinhsu/4.json', 'bmrec', 'baomoi_5.txt'),
        BAOMOI + ('tintuc/nhadat/5.json', 'bmrec', 'baomoi_6.txt'),
        BAOMOI + ('tintuc/oto-xemay/17.json', 'bmrec', 'baomoi_7.txt'),
        BAOMOI + ('tintuc/nhadat/dautu-quyhoach/18.json', 'bmrec', 'baomoi_8.txt'),
        BAOMOI + ('tintuc/thethao/20.json', 'bmrec', 'baomoi_9.txt'),
        BAOMOI + ('tintuc/giaitri/amnhac/10.json', 'bmrec', 'baomoi_10.txt'),
    ],
}

W3M = ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80']
PAGE = '/tmp/heldout43/page/page.html'


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


def bm_record(raw):
    rec = json.loads(re.sub(r',(\s*[\]}])', r'\1', raw.decode('utf-8')))
    out = []
    for key, val in rec.items():  # stored key order
        if key == 'content':
            out.append(browse(W3M, val.encode('utf-8')).decode('utf-8').rstrip('\n'))
        elif isinstance(val, list):
            for el in val:
                if isinstance(el, dict):
                    out.extend(str(v) for v in el.values())
                else:
                    out.append(el)
        else:
            out.append(val)
        out.append('')
    return '\n'.join(out).encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            if conv == 'bmrec':
                data = bm_record(raw)
            else:
                raise ValueError(conv)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout64 seed from pinned git blobs (Python 3 standard library + git; no browser).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py)

Every seed is crawler OUTPUT as the crawler stored it in its repository; nothing is edited by hand.
Two converters:
  md    the blob is one crawl4ai `result.markdown` file (one page per file); its bytes are the seed, unchanged.
  jrec  the blob is a scraper's JSON export; one record (a JSON object) is selected by its 1-based line number in
        the blob (the export writes one record per line; line 1 is '[') and written as text: its fields in stored
        order, joined with '\\n'; a string is written as stored, a number with str(), null is skipped, a list or
        an object is expanded element by element (values in stored order) with the same rule.  The only fields
        left out are those that hold commenters' e-mail addresses (keys 'SenderEmail', 'Email', and the 'wtf'
        field, a JSON string that repeats one comment with its e-mail).  No other field is dropped or changed.
        When the whole blob is valid JSON and the record index is given as ('idx', n), record n (0-based) of the
        parsed list is used instead of a line.
"""
import json
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# Tuprott991/UniAdvise_Machine_Learning_Final_Project: data/crawl_results/crawl_<n>.md, crawl4ai markdown of
# dsdaihoc.com university profile pages (commit "70bed8d", data/craw4AI.py writes result.markdown per URL)
UNI = ('Tuprott991/UniAdvise_Machine_Learning_Final_Project', '70bed8d37dd5bc2b28d4419dfd4342806a3bd5a2')
# marcohatran/news-scraping: scrapy export files dantri.json / zing.json at the root (initial commit 84d9f18)
NEWS = ('marcohatran/news-scraping', '84d9f1826fc90e174f6e0c28042b9dae90483457')

SEEDS = {
    'dsdaihoc-crawl4ai': [
        UNI + ('data/crawl_results/crawl_3.md', 'md', None, 'dsdaihoc_1.txt'),
        UNI + ('data/crawl_results/crawl_12.md', 'md', None, 'dsdaihoc_2.txt'),
        UNI + ('data/crawl_results/crawl_35.md', 'md', None, 'dsdaihoc_3.txt'),
        UNI + ('data/crawl_results/crawl_46.md', 'md', None, 'dsdaihoc_4.txt'),
        UNI + ('data/crawl_results/crawl_78.md', 'md', None, 'dsdaihoc_5.txt'),
        UNI + ('data/crawl_results/crawl_126.md', 'md', None, 'dsdaihoc_6.txt'),
        UNI + ('data/crawl_results/crawl_137.md', 'md', None, 'dsdaihoc_7.txt'),
        UNI + ('data/crawl_results/crawl_162.md', 'md', None, 'dsdaihoc_8.txt'),
    ],
    'newsscraping-json': [
        NEWS + ('dantri.json', 'jrec', ('idx', 0), 'newsjson_1.txt'),
        NEWS + ('zing.json', 'jrec', ('line', 6), 'newsjson_2.txt'),
        NEWS + ('zing.json', 'jrec', ('line', 11), 'newsjson_3.txt'),
        NEWS + ('zing.json', 'jrec', ('line', 23), 'newsjson_4.txt'),
        NEWS + ('zing.json', 'jrec', ('line', 38), 'newsjson_5.txt'),
        NEWS + ('zing.json', 'jrec', ('line', 50), 'newsjson_6.txt'),
    ],
}

OMIT = {'SenderEmail', 'Email', 'wtf'}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def flat(v, out):
    if v is None:
        return
    if isinstance(v, str):
        out.append(v)
    elif isinstance(v, bool) or isinstance(v, (int, float)):
        out.append(str(v))
    elif isinstance(v, list):
        for x in v:
            flat(x, out)
    elif isinstance(v, dict):
        for k, x in v.items():
            if k not in OMIT:
                flat(x, out)


def record(raw, sel):
    text = raw.decode('utf-8')
    if sel[0] == 'idx':
        rec = json.loads(text)[sel[1]]
    else:
        rec = json.loads(text.split('\n')[sel[1] - 1].rstrip().rstrip(','))
    out = []
    flat(rec, out)
    return ('\n'.join(out) + '\n').encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, sel, name in items:
            raw = blob(repo, commit, path)
            data = raw if conv == 'md' else record(raw, sel)
            data.decode('utf-8')
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

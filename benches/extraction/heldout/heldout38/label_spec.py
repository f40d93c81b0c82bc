#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

Per seed: title = line number of the main headline (markdown '#' markers and surrounding blanks are dropped);
title may be (first, last) when the headline is wrapped over lines (joined with '\\n' exactly as in
the seed); region = (first, last) line of the main content (article body incl. lead/sapo and in-body subheads / portal
notice); picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200 chars); a pair
(n, k) takes the k-th consecutive piece of line n when line n is split at spaces into pieces of <= 200 chars;
neutral = lines outside the region labelled neither way (record field lines, header lines written by the
student's converter, byline, date, duplicate headline, source attribution, photo credit); bp_in = lines inside the
region that are furniture (share/photo-widget bars between paragraphs).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept).
url = (n, k): the k-th http(s) URL token of line n -- given only where the article's own URL occurs in the seed;
else null.  No page text is written in this script."""
import json
import os
import re

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SPEC = {
    # imneit06/Chatbot-Tu-Van-Tuyen-Sinh---SE104: browser-saved UIT pages, lynx (uit_news_1) / w3m
    ('uit-saved', 'uit_news_1.txt'): dict(title=144, region=(149, 245), picks=[149, 162, 178, 202, 220, 242],
                                          neutral=[146, 247], bp_in=[]),
    ('uit-saved', 'uit_faq_1.txt'): dict(title=23, region=(25, 168), picks=[25, 48, 75, 103, 133, 167],
                                         neutral=[], bp_in=[]),
    ('uit-saved', 'uit_daa_1.txt'): dict(title=(82, 83), region=(85, 330), picks=[89, 104, 119, 186, 192, 329],
                                         neutral=[], bp_in=[]),
    # nguyenkhaihiep1999-beep/huit-chatbot: crawler records {url, title, markdown}, `record` renderer
    ('huit-md', 'huit_1.txt'): dict(title=18, region=(22, 66), picks=[22, 28, 40, 52, 60, 66],
                                    neutral=[1, 2, 20], bp_in=[], url=(1, 0)),
    ('huit-md', 'huit_2.txt'): dict(title=18, region=(22, 44), picks=[22, 28, 30, 36, 40, 44],
                                    neutral=[1, 2, 20], bp_in=[], url=(1, 0)),
    ('huit-md', 'sforum_1.txt'): dict(title=56, region=(64, 230), picks=[64, 80, 102, 137, 213, 223],
                                      neutral=[1, 2, 58, 60, 62], bp_in=[131, 133, 217], url=(1, 0)),
    ('huit-md', 'fptshop_1.txt'): dict(title=24, region=(26, 123), picks=[26, 54, 58, 76, 89, 102],
                                       neutral=[1, 2, (20, 22)], bp_in=[(28, 48)], url=(1, 0)),
    # truonghoangkhiem/Chatbot-UIT-public: crawler text dump of a student.uit.edu.vn page (copy)
    ('uit-txt', 'uit_prog_1.txt'): dict(title=68, region=(69, 1295), picks=[73, 101, 540, 1076, 1284, 1295],
                                        neutral=[1, 2, 3, 4, 5, 7], bp_in=[], url=(1, 0)),
}

REF_RE = re.compile(r'^\d+\. (https?|file|javascript):')
URL_RE = re.compile(r'https?://[^\s)\]"\'<>]+')


def cut(s, n=200):
    if len(s) <= n:
        return s
    s = s[:n]
    return s[:s.rfind(' ')] if ' ' in s else s


def pieces(line, n=200):
    """Split a line at spaces into consecutive pieces of <= n chars (original spacing kept inside a piece)."""
    out, s = [], line.strip()
    while s:
        if len(s) <= n:
            out.append(s)
            break
        j = s.rfind(' ', 0, n + 1)
        j = j if j > 0 else n
        out.append(s[:j].strip())
        s = s[j:].strip()
    return out


def locate(L, s):
    for i, l in enumerate(L, 1):
        if l.strip() == s:
            return i
    for i, l in enumerate(L, 1):
        if s in l:
            return i
    return None


def expand(items):
    out = set()
    for it in items:
        if isinstance(it, tuple):
            out.update(range(it[0], it[1] + 1))
        else:
            out.add(it)
    return out


def run():
    out = {}
    for (slug, fn), sp in SPEC.items():
        L = open(os.path.join(BASE, slug, fn), encoding='utf-8').read().split('\n')
        text = '\n'.join(L)
        t0, t1 = sp['title'] if isinstance(sp['title'], tuple) else (sp['title'], sp['title'])
        title = '\n'.join(L[t0 - 1:t1]).strip().lstrip('#').strip()
        title_lines = set(range(t0, t1 + 1))
        assert title and title in text, (slug, fn)
        art = []
        for p in sp['picks']:
            a = cut(L[p - 1].strip()) if isinstance(p, int) else pieces(L[p[0] - 1])[p[1]]
            assert 40 <= len(a) <= 200 and text.count(a) == 1, (slug, fn, p, a, text.count(a))
            art.append(a)
        r0, r1 = sp['region']
        neutral = expand(sp['neutral'])
        bp_in = expand(sp['bp_in'])
        region_lines = [L[i - 1] for i in range(r0, r1 + 1) if i not in bp_in]
        protect = region_lines + [title]
        bp = []
        for i, l in enumerate(L, 1):
            if not l.strip() or not re.search(r'\w', l):
                continue
            inside = r0 <= i <= r1
            if inside and i not in bp_in:
                continue
            if not inside and (i in neutral or i in title_lines):
                continue
            c = cut(l.strip())
            if c == title or c in bp or any(c in p for p in protect):
                continue
            if locate(L, c) != i:  # a validator would place it on another line: leave it out
                continue
            bp.append(c)
        if len(bp) > 150:  # drop lynx References entries first, then keep the 150 longest, in file order
            ref = [b for b in bp if REF_RE.match(b)]
            if len(bp) - len(ref) >= 150:
                bp = [b for b in bp if not REF_RE.match(b)]
            else:
                ref_keep = set(sorted(ref, key=lambda b: (-len(b), bp.index(b)))[:150 - (len(bp) - len(ref))])
                bp = [b for b in bp if not REF_RE.match(b) or b in ref_keep]
            keep = set(sorted(range(len(bp)), key=lambda k: (-len(bp[k]), k))[:150])
            bp = [b for k, b in enumerate(bp) if k in keep]
        url = None
        if sp.get('url'):
            url = URL_RE.findall(L[sp['url'][0] - 1])[sp['url'][1]]
            assert url in text
        out.setdefault(slug, []).append(dict(file=fn, title=title, url=url, boilerplate=bp, article=art))
        print(slug, fn, 'bp', len(bp), 'art', len(art))
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    for slug, recs in out.items():
        with open(os.path.join(BASE, 'labels', slug + '.jsonl'), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    run()

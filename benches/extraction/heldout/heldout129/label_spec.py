#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from the line-number specs below (chosen by hand after reading each seed).

heldout93's label_spec.py (itself heldout87's / heldout46's) with a new SPEC and BASE = /work/evaldata/heldout129 only;
the code below the SPEC is unchanged.
Per seed: title = line number of the main headline; title may be (first, last) when the headline is wrapped over
lines (joined with '\\n' exactly as in the seed); region = (first, last) line of the main content (the article / lesson
body, incl. in-body subheads, lists, tables, quotes, tip / warning boxes, image placeholders / captions and the
author's own closing lines); picks = article labels: an int n takes line n (stripped, cut at a word boundary to <= 200
chars); 'auto' takes 6 region lines spread evenly over the region (candidates: region lines not in bp_in, not
starting with '![', '[![', '|', '#', '[' or '<digits><space>' and holding no Markdown link '](', whose stripped, cut
text has >= 40 chars and occurs once in the seed; the first, the last and 4 evenly spaced ones in between); neutral =
lines outside the region labelled neither way (byline "bởi ... | vào ngày ..." of a translated blog post, the
translated post's author bio, "Thời gian:" / "Địa điểm:" lines of an event write-up, an in-body repeat of the
headline); bp_in = lines inside the region that are furniture (none here).
Boilerplate = every other non-empty line outside the region (stripped, cut to 200 chars), minus lines that occur
inside a region line or the headline, minus lines without a letter/digit, minus (cut) lines whose text first
occurs on an earlier line, deduplicated; when more than 150 remain, lynx 'References' entries (numbered URL lines)
are dropped first, then the shortest (file order kept); cap=None (per seed) keeps them all.
url = null everywhere (the pages' own URLs are not printed whole on one line as the page's address).
No page text is written in this script."""
import json
import os
import re

BASE = '/work/evaldata/heldout129'


def CW(region, neutral=(), picks='auto'):
    # AWS-First-Cloud-Journey/000008-CloudWatch @c099f14 (FCJ lab course "AWS CloudWatch Workshop", Hugo learn theme),
    # lynx -dump -nolist: search box, chapter menu (7 chapters with sub-lessons), "More" / "AWS Study Group", language
    # switch "[Tiếng Việtệt]" / "Clear History", "Workshop web counter Cloud Journey web counter", "Last Updated
    # 15-04-2025", "Team" + 3 names, breadcrumb "AWS CloudWatch Workshop > ...", empty TOC bullets, headline 41,
    # (a repeat of the headline at 43 in cw_3..6: neutral), lesson body (steps, screenshot numbers, tip boxes).
    return dict(title=41, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def DZ(title, region, neutral=(), picks='auto'):
    # DazielNguyen/aws-fcj-report @1ec66e6 (an FCJ intern's report site, Hugo learn theme), w3m -dump: search box,
    # report menu (Worklog weeks 1-12, proposal, translated blogs, events, workshop chapters, self-evaluation,
    # feedback), "More" / "AWS Study Group", language switch, web counters, "Last Updated", "Team First Cloud Journey",
    # breadcrumb "Báo cáo thực tập > ...", in-page TOC, page label "Blog n" / "Event n", headline, byline (neutral),
    # body, author bio box of the translated post (neutral).
    return dict(title=title, region=region, picks=picks, url=None, neutral=list(neutral), bp_in=[])


def AA(title, region):
    # AnAn-Aster/AWS_Intern-Report @a05fc8e (another FCJ intern's report site, Hugo learn theme), pandoc plain: search
    # box, report menu (worklog, proposal, blogs, events, workshop chapters 4.x / 5.x ...), "More", language switch,
    # "[web counter]" x2, "Last Updated 18-04-2026", "Team First Cloud Journey", "Edit this page", breadcrumb
    # "Báo Cáo Thực Tập > Các events đã tham gia > Sự Kiện n", in-page TOC, page label "Sự Kiện n", headline (event
    # name), "Thời gian:" / "Địa điểm:" (neutral), rule, write-up body.
    return dict(title=title, region=region, picks='auto', url=None, neutral=[title + 2, title + 3], bp_in=[])


def VPC(region, picks='auto'):
    # FCJ-DNTU/000003-WorkingwithVPC @ebdde92 (lab course "Bắt đầu với Amazon VPC và AWS VPN Site to Site", Hugo learn
    # theme), links -dump: search box, course menu (6 chapters with sub-lessons), "More" (AWS Study Group - Blog /
    # Nhóm FB), language switch "English / Tiếng Việt", "Clear History", web counters, "Last Updated 26-11-2023",
    # "Team Gia Hưng", breadcrumb, in-page TOC, headline 65, lesson body (ends with the diagram's alt text).
    return dict(title=65, region=region, picks=picks, url=None, neutral=[], bp_in=[])


SPEC = {
    ('fcjcloudwatch-lynx', 'cw_1.txt'): CW((43, 63)),
    ('fcjcloudwatch-lynx', 'cw_2.txt'): CW((43, 110)),
    ('fcjcloudwatch-lynx', 'cw_3.txt'): CW((45, 150), [43]),
    ('fcjcloudwatch-lynx', 'cw_4.txt'): CW((45, 184), [43]),
    ('fcjcloudwatch-lynx', 'cw_5.txt'): CW((45, 131), [43]),
    ('fcjcloudwatch-lynx', 'cw_6.txt'): CW((45, 98), [43]),
    ('fcjreport-daziel-w3m', 'dz_1.txt'): DZ(79, (84, 382), [(81, 82), (384, 389)]),
    ('fcjreport-daziel-w3m', 'dz_2.txt'): DZ(79, (84, 328), [(81, 82)]),
    ('fcjreport-daziel-w3m', 'dz_3.txt'): DZ((72, 73), (79, 171), [(75, 77), (175, 180)]),
    ('fcjreport-daziel-w3m', 'dz_4.txt'): DZ(77, (79, 215)),
    ('fcjreport-daziel-w3m', 'dz_5.txt'): DZ((77, 78), (80, 502)),
    ('fcjreport-daziel-w3m', 'dz_6.txt'): DZ(75, (77, 316)),
    ('fcjreport-daziel-w3m', 'dz_7.txt'): DZ(70, (72, 117), picks=[72, 76, 82, 85, 110, 116]),  # not the rating-table rows
    ('fcjreport-ananaster-pandoc', 'aa_1.txt'): AA(75, (80, 144)),
    ('fcjreport-ananaster-pandoc', 'aa_2.txt'): AA(74, (79, 133)),
    ('fcjreport-ananaster-pandoc', 'aa_3.txt'): AA(74, (79, 156)),
    ('fcjreport-ananaster-pandoc', 'aa_4.txt'): AA(74, (79, 132)),
    ('fcjreport-ananaster-pandoc', 'aa_5.txt'): AA(74, (79, 134)),
    ('fcjvpc-links', 'vpc_1.txt'): VPC((67, 99)),
    ('fcjvpc-links', 'vpc_2.txt'): VPC((67, 92)),
    ('fcjvpc-links', 'vpc_3.txt'): VPC((67, 82)),
    ('fcjvpc-links', 'vpc_4.txt'): VPC((67, 86)),
    ('fcjvpc-links', 'vpc_5.txt'): VPC((67, 105)),
    ('fcjvpc-links', 'vpc_6.txt'): VPC((67, 107)),
    ('fcjvpc-links', 'vpc_7.txt'): VPC((67, 92)),
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
        r0, r1 = sp['region']
        neutral = expand(sp['neutral'])
        bp_in = expand(sp['bp_in'])
        art = []
        if sp['picks'] == 'auto':
            cand = []
            for i in range(r0, r1 + 1):
                if i in bp_in:
                    continue
                raw = L[i - 1].strip()
                if raw.startswith(('![', '[![', '|', '#', '[')) or '](' in raw or re.match(r'\d+\s', raw):
                    continue  # image, table-row, heading and link-markup lines are not used as article labels
                a = cut(raw)
                if len(a) >= 40 and text.count(a) == 1 and a not in cand:
                    cand.append(a)
            k = min(6, len(cand))
            idx = sorted({round(j * (len(cand) - 1) / (k - 1)) for j in range(k)}) if k > 1 else [0]
            art = [cand[j] for j in idx]
            assert len(art) >= 3, (slug, fn, len(cand))
        else:
            for p in sp['picks']:
                a = cut(L[p - 1].strip()) if isinstance(p, int) else pieces(L[p[0] - 1])[p[1]]
                assert 40 <= len(a) <= 200 and text.count(a) == 1, (slug, fn, p, a, text.count(a))
                art.append(a)
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
        cap = sp.get('cap', 150)
        if cap is None:
            pass
        elif len(bp) > 150:  # drop lynx References entries first, then keep the 150 longest, in file order
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

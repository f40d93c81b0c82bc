#!/usr/bin/env python3
"""Re-create every heldout11 seed file byte for byte from the bare mirrors.

usage: python3 build.py OUTDIR
Reads only /work/.mirror/<owner>+<name>/repo at the commits recorded below.
"""
import json, os, random, re, subprocess, sys

SEED = 11

def git_show(gitdir, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir, 'show', f'{commit}:{path}'],
                          check=True, capture_output=True).stdout

def git_ls(gitdir, commit, path):
    out = subprocess.run(['git', '--git-dir=' + gitdir, 'ls-tree', '-r', '--name-only', '-z',
                          commit, '--', path], check=True, capture_output=True).stdout
    return sorted(p for p in out.decode('utf-8').split('\0') if p)

def write(outdir, slug, name, text):
    d = os.path.join(outdir, slug)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'wb') as f:
        f.write(text.encode('utf-8'))

# ---- source 1: youmed.vn (Tiendung3tzz/youmed_medical_ragGraph) ----
YM_GIT = '/work/.mirror/Tiendung3tzz+youmed_medical_ragGraph/repo'
YM_COMMIT = '04524c41f18c8fa30989efb63ce46df088109e04'
YM_PATH = 'backend/data/youmed_articles.jsonl'
YM_N = 30
YM_N_CUE = 25
YM_CUE = re.compile(r'(^|\n)\s*(>+\s*)?(Xem thêm|Có thể bạn quan tâm|Tham khảo thêm|Bạn có thể tham khảo thêm|Mời bạn đọc tham khảo)'
                    r'|Tham khảo thêm bài viết|wp:[a-z]|Hình ảnh có chứa nội dung nhạy cảm', re.I)

def youmed(outdir):
    raw = git_show(YM_GIT, YM_COMMIT, YM_PATH).decode('utf-8')
    recs = [json.loads(l) for l in raw.split('\n') if l.strip()]
    # every record is an article page; index = 0-based line number.
    # Stratified pick so that the sample is mostly documents that carry furniture:
    # 25 records whose content matches the furniture-cue regex YM_CUE, 5 that do not.
    rnd = random.Random(SEED)
    cue = [i for i, r in enumerate(recs) if YM_CUE.search(r['content'])]
    nocue = [i for i, r in enumerate(recs) if not YM_CUE.search(r['content'])]
    pick = sorted(rnd.sample(cue, YM_N_CUE) + rnd.sample(nocue, YM_N - YM_N_CUE))
    for i in pick:
        r = recs[i]
        # rendering rule: title line, newline, content field verbatim, final newline
        text = r['metadata']['title'] + '\n' + r['content'] + '\n'
        write(outdir, 'youmed-tiendung3tzz', f'youmed-r{i:03d}.txt', text)
    return pick

# ---- source 2: tamanhhospital.vn (windyaz374/AI_Chatbot) ----
TA_GIT = '/work/.mirror/windyaz374+AI_Chatbot/repo'
TA_COMMIT = '4b66ca32fdb7ae77ea62640a5bfcfd5a5682fddc'
TA_DIR = '.DOCS'
TA_N = 30

def tamanh(outdir):
    files = [p for p in git_ls(TA_GIT, TA_COMMIT, TA_DIR) if p.endswith('.json')]
    seen = set()
    cand = []
    for fi, p in enumerate(files):
        data = json.loads(git_show(TA_GIT, TA_COMMIT, p).decode('utf-8'))
        for ri, r in enumerate(data):
            link = r.get('link', '')
            if link in seen:
                continue           # same page stored again under another category
            seen.add(link)
            if r['content'].strip() == 'Không tìm thấy nội dung':
                continue           # crawler failure page, not an article
            cand.append((fi, ri, r))
    pick = sorted(random.Random(SEED).sample(range(len(cand)), TA_N))
    for k in pick:
        fi, ri, r = cand[k]
        # rendering rule: title, link, created_date (verbatim), blank line, content verbatim, final newline
        text = r['title'] + '\n' + r['link'] + '\n' + r['created_date'] + '\n\n' + r['content'] + '\n'
        write(outdir, 'tamanhhospital-windyaz374', f'tamanh-f{fi:02d}-r{ri:03d}.txt', text)
    return [cand[k][:2] for k in pick], len(cand)

if __name__ == '__main__':
    out = sys.argv[1]
    print('youmed', youmed(out))
    print('tamanh', tamanh(out))

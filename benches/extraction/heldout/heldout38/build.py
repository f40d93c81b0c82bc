#!/usr/bin/env python3
"""Re-create every heldout38 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout38 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Converters:
  lynx   lynx 2.9.0dev.12-1 : lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
         (browser converters: the blob's bytes are written unchanged to the fixed file
         /tmp/heldout38/page/page.html -- lynx prints that path in its References list -- and the
         browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte)
  copy   a .txt blob: its bytes are the seed unchanged (checked to be UTF-8).
  record a JSON blob holding a list of crawler records {url, title, markdown}: record number N (0-based) is
         rendered as `url: <url>`, `title: <title>`, a blank line, then the stored `markdown` exactly as
         stored (own line breaks kept, nothing stripped), plus a final newline when it lacks one.
         Same layout as the `fields` renderer of heldout30/34/35."""
import json
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


UIT = ('imneit06/Chatbot-Tu-Van-Tuyen-Sinh---SE104', 'a07c4cb1ec29800201d488083c7a9a8460d6d060')
HUIT = ('nguyenkhaihiep1999-beep/huit-chatbot', 'e53b6b7702f019224b87f699a53a11f83d4b99f5')
UITP = ('truonghoangkhiem/Chatbot-UIT-public', 'a2face5922d7251fe570e11bff1dd9077f295226')
HUIT_JSON = 'huit_chatbot_handoff/huit_vs/scraped_pages.json'

# slug -> [(repo, commit, path, converter, record index or None, output name), ...]
SEEDS = {
    'uit-saved': [
        UIT + ('data/raw/html/Chính sách học bổng tại UIT.html', 'lynx', None, 'uit_news_1.txt'),
        UIT + ('data/raw/html/Câu hỏi thường gặp.html', 'w3m', None, 'uit_faq_1.txt'),
        UIT + ('data/raw/html/Cử nhân ngành Khoa học Máy tính (Chương trình liên kết với ĐH Birmingham City) '
               '(Áp dụng từ khóa 18 - 2023) _ Cổng thông tin đào tạo.html', 'w3m', None, 'uit_daa_1.txt'),
    ],
    'huit-md': [
        HUIT + (HUIT_JSON, 'record', 1, 'huit_1.txt'),
        HUIT + (HUIT_JSON, 'record', 14, 'huit_2.txt'),
        HUIT + (HUIT_JSON, 'record', 8, 'sforum_1.txt'),
        HUIT + (HUIT_JSON, 'record', 10, 'fptshop_1.txt'),
    ],
    'uit-txt': [
        UITP + ('services/rag_services/data/crawled_programs/cu-nhan-nganh-khoa-hoc-may-tinh-ap-dung-tu-khoa-19-2024.txt',
                'copy', None, 'uit_prog_1.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout38/page/page.html'


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


def record(raw, n):
    r = json.loads(raw.decode('utf-8'))[n]
    body = r['markdown']
    out = 'url: %s\ntitle: %s\n\n%s' % (r['url'], r['title'], body)
    return (out if out.endswith('\n') else out + '\n').encode('utf-8')


def convert(conv, raw, n):
    if conv in BROWSER:
        return browse(BROWSER[conv], raw)
    if conv == 'copy':
        raw.decode('utf-8')
        return raw
    if conv == 'record':
        return record(raw, n)
    raise ValueError(conv)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, idx, name in items:
            data = convert(conv, blob(repo, commit, path), idx)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

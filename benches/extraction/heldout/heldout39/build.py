#!/usr/bin/env python3
"""Re-create every heldout39 seed from pinned git blobs (Python 3 standard library + git + Debian lynx/w3m).

usage: python3 build.py [OUT_DIR]     (default: the heldout39 directory that holds this build/ folder)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`;
nothing is edited by hand.  Converters:
  lynx   lynx 2.9.0dev.12-1 : lynx -dump -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  w3m    w3m 0.5.3+git20230121-2 : w3m -dump -T text/html -O UTF-8 -cols 80 FILE
         (browser converters: the blob's bytes are written unchanged to the fixed file
         /tmp/heldout39/page/page.html -- lynx prints that path in its References list -- and the
         browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte)
  copy   a Markdown blob (crawler output): its bytes are the seed unchanged (checked to be UTF-8).
  text   a JSON blob holding a list of crawler records {_id, url, text, images, tables, attachments,
         markdown}: record number N (0-based) is rendered as `url: <url>`, a blank line, then the stored
         `text` field exactly as stored (the crawler's get_text-style dump of the whole page; the
         `markdown` field is empty in this file), plus a final newline when it lacks one."""
import json
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


OLY = ('zakran3504vn/doan-thi-diem', 'c7ef39cb228658e739d428d872ed1fafc8aaaca5')
OISP = ('danny2507/oispcrawl', 'a50356b627608715c1d826f613f3ca6a5fcd8dbe')
OISP_JSON = 'crawled_data.json'
EURO = ('khanhvy2022/eurowindowdoor', '0bc66328f79804405dc27a043c2b9e310932a54f')
EURO_DIR = 'docs/research/crawled_data/'
FPTC = ('NguyenAnhDuc/fptcloud_doc_new', '309a8147c2f6f14984189731300470ce22719b18')

# slug -> [(repo, commit, path, converter, record index or None, output name), ...]
SEEDS = {
    'olympia-httrack': [
        OLY + ('12-cach-tao-dung-thoi-quen-lanh-manh-trong-gia-dinh.html', 'w3m', None, 'olympia_1.txt'),
        OLY + ('cafef-tu-ha-noi-den-harvard-yale-stanford-columbia-sydney-hanh-trinh-toan-cau-cua-hoc-sinh-'
               'the-olympia-schools.html', 'lynx', None, 'olympia_2.txt'),
        OLY + ('100-hoc-sinh-ib-khoa-dau-tien-dat-diem-thi-vuot-muc-trung-binh-toan-the-gioi.html', 'w3m', None,
               'olympia_3.txt'),
        OLY + ('can-bang-tam-ly-cho-hoc-sinh-khi-tro-lai-truong-loi-khuyen-tu-phong-tam-ly-hoc-duong-olympia.html',
               'lynx', None, 'olympia_4.txt'),
        OLY + ('20-thu-vien-dau-tien-cua-du-an-tram-thu-vien-mot-uoc-mo-da-hoan-thanh.html', 'w3m', None,
               'olympia_5.txt'),
        OLY + ('afamily-cuoc-thi-dau-tien-ve-cong-nghe-va-phat-trien-ben-vung-danh-cho-hoc-sinh-lop-8-11-tai-'
               'viet-nam.html', 'lynx', None, 'olympia_6.txt'),
    ],
    'oisp-crawl': [
        OISP + (OISP_JSON, 'text', 12, 'oisp_1.txt'),
        OISP + (OISP_JSON, 'text', 14, 'oisp_2.txt'),
        OISP + (OISP_JSON, 'text', 1, 'oisp_3.txt'),
        OISP + (OISP_JSON, 'text', 9, 'oisp_4.txt'),
        OISP + (OISP_JSON, 'text', 6, 'oisp_5.txt'),
    ],
    'eurowindow-md': [
        EURO + (EURO_DIR + 'tu-van/cua-nhom-nao-tot-nhat-hien-nay-tieu-chi-chon-dung.md', 'copy', None, 'euro_1.txt'),
        EURO + (EURO_DIR + 'tin-du-an/eurowindow-trung-thau-thi-cong-he-cua-va-vach-nhom-kinh-du-an-fpt-telecom-tower.md',
                'copy', None, 'euro_2.txt'),
        EURO + (EURO_DIR + 'tin-tuc-su-kien/eurowindow-to-chuc-le-ky-ket-khai-xuan-khoi-dong-nam-2026-hanh-thong-but-pha.md',
                'copy', None, 'euro_3.txt'),
        EURO + (EURO_DIR + 'tin-khuyen-mai/the-le-chuong-trinh-khuyen-mai-don-ha-sang-nhan-uu-dai-vang.md', 'copy', None,
                'euro_4.txt'),
    ],
    'fptcloud-md': [
        FPTC + ('docs-vi/cloud-guard/index.md', 'copy', None, 'fptcloud_1.txt'),
        FPTC + ('docs-vi/object-storage/index.md', 'copy', None, 'fptcloud_2.txt'),
        FPTC + ('docs-vi/backup/index.md', 'copy', None, 'fptcloud_3.txt'),
    ],
}

BROWSER = {
    'lynx': ['lynx', '-dump', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '80'],
}
PAGE = '/tmp/heldout39/page/page.html'


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


def text_record(raw, n):
    r = json.loads(raw.decode('utf-8'))[n]
    out = 'url: %s\n\n%s' % (r['url'], r['text'])
    return (out if out.endswith('\n') else out + '\n').encode('utf-8')


def convert(conv, raw, n):
    if conv in BROWSER:
        return browse(BROWSER[conv], raw)
    if conv == 'text':
        return text_record(raw, n)
    if conv == 'copy':
        raw.decode('utf-8')
        return raw
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

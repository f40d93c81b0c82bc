#!/usr/bin/env python3
"""Re-create every seed of held-out set 16 from the bare git mirrors under /work/.mirror.
usage: python3 build.py OUTDIR      -> writes OUTDIR/<slug>/<name>.txt
Rendering rules are in render_html.py (HTML -> text) and SOURCES.md."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render_html

MIRROR = '/work/.mirror'

def blob(repo, commit, path):
    d = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    if os.path.isdir(os.path.join(d, '.git')):
        d = os.path.join(d, '.git')
    return subprocess.run(['git', '-C', d, 'show', f'{commit}:{path}'],
                          check=True, capture_output=True).stdout

# slug -> (repo, commit, rule, [(name, path), ...])
JAY = 'src/main/webapp/Views/'
SOURCES = {
    'dantri-jsp': ('JayBMF/eNewsWebApp', '185758f5bb59ef612d23042ac185257d29a8b31f', 'html', [
        ('dt-20221224083224103', JAY + 'the-gioi/chien-thuat-cua-nga-khi-dua-50-xe-tang-sat-thu-chien-truong-toi-donbass-20221224083224103.jsp'),
        ('dt-20221224191050762', JAY + 'xa-hoi/truyen-thong-ve-nguoi-tot-viec-tot-la-mot-su-menh-lon-lao-cua-bao-chi-20221224191050762.jsp'),
        ('dt-20221223144734383', JAY + 'the-gioi/5-vu-khi-dang-chu-y-trong-goi-vien-tro-moi-cua-my-cho-ukraine-20221223144734383.jsp'),
        ('dt-20221224190411575', JAY + 'the-gioi/trung-quoc-phan-doi-dao-luat-ngan-sach-quoc-phong-moi-cua-my-20221224190411575.jsp'),
        ('dt-20221224084259560', JAY + 'kinh-doanh/nam-khung-khiep-cua-tien-dien-tu-bitcoin-danh-bai-moi-du-doan-20221224084259560.jsp'),
        ('dt-20221223135201919', JAY + 'bat-dong-san/gia-chung-cu-van-neo-cao-nguoi-mua-kho-voi-20221223135201919.jsp'),
        ('dt-20221224192522724', JAY + 'xa-hoi/khoi-cong-nha-ga-t3-san-bay-tan-son-nhat-20221224192522724.jsp'),
        ('dt-20221224114853215', JAY + 'the-thao/dong-thai-bat-ngo-cua-hlv-ten-hag-voi-nha-vo-dich-world-cup-20221224114853215.jsp'),
        ('dt-20221224152117143', JAY + 'xa-hoi/cuc-hang-khong-tang-cuong-cac-chuyen-bay-tren-ca-nuoc-vao-dip-tet-20221224152117143.jsp'),
        ('dt-20221224100422289', JAY + 'kinh-doanh/thanh-tra-xang-dau-vach-ra-mot-loat-sai-pham-co-ca-loi-cua-nha-quan-ly-20221224100422289.jsp'),
        ('dt-20221223180348340', JAY + 'bat-dong-san/cao-toc-tuyen-quang-phu-tho-dieu-chinh-dau-tu-can-them-hon-4000-ty-dong-20221223180348340.jsp'),
        ('dt-20221224204141057', JAY + 'xa-hoi/khu-vuc-trung-tam-xom-dao-o-tphcm-ket-cung-trong-dem-noel-20221224204141057.jsp'),
    ]),
    # LoylP/Fense_System: SQLite file news_database.db, table news_table(id,title,content,date,source);
    # a seed = title + "\n\n" + content + "\n" of the row whose id is the part of the name after the dash.
    'fense-db': ('LoylP/Fense_System', 'd772d1ac1730f0c6e8f0db6ea7a59197669e454b', 'sqlite', [
        (n, 'news_database.db') for n in [
            'thanhnien-ID15185783', 'thanhnien-ID20330525', 'thanhnien-ID44186007',
            'congan-ID11662167', 'congan-ID24185627',
            'vnexpress-ID82339386', 'vnexpress-ID14549309', 'vnexpress-ID65442858',
            'vtv-ID57787507', 'vtv-ID10590362',
            'antv-ID10738390', 'antv-ID39028330',
            'dantri-ID38231508', 'dantri-ID87027378']]),
}

def render_sqlite(data, name):
    import sqlite3, tempfile
    with tempfile.NamedTemporaryFile(suffix='.db', delete=False) as t:
        t.write(data); tmp = t.name
    try:
        con = sqlite3.connect(tmp)
        rows = con.execute('SELECT title, content FROM news_table WHERE id = ?', (name.split('-', 1)[1],)).fetchall()
        con.close()
    finally:
        os.unlink(tmp)
    assert len(rows) == 1, (name, len(rows))
    title, content = rows[0]
    return (title + '\n\n' + content + '\n').encode('utf-8')

def render(rule, data, name=None):
    if rule == 'sqlite':
        return render_sqlite(data, name)
    if rule == 'html':
        return render_html.render(data.decode('utf-8')).encode('utf-8')
    if rule == 'copy':
        return data
    raise ValueError(rule)

def main(out):
    n = 0
    for slug, (repo, commit, rule, items) in SOURCES.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for name, path in items:
            with open(os.path.join(out, slug, name + '.txt'), 'wb') as f:
                f.write(render(rule, blob(repo, commit, path), name))
            n += 1
    print('wrote', n, 'seeds to', out)

if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

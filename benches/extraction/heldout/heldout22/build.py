#!/usr/bin/env python3
"""Re-create every heldout22 seed byte for byte from the bare git mirrors under /work/.mirror.

usage: python3 build.py OUTDIR      (writes OUTDIR/<slug>/<name>.txt)

Rendering rule (all three slugs): each source file is one crawler record (a JSON object) committed in the
repository; seed = the record's "content_markdown" string, exactly as json.loads() returns it, written as UTF-8
with no newline added or removed (newline='' so no translation). Python 3 stdlib only; commits are pinned.
"""
import json, os, subprocess, sys

MIRROR = os.environ.get('MIRROR_ROOT', '/work/.mirror')
SOURCES = {
    # slug: (mirror dir, pinned commit, [(seed name, path in repo), ...])
    'tuancoolboy-e403': ('Tuancoolboy+Day08_RAG_pipeline_E403', 'ba2420dfe4d879566fef614c2bbd9d947df269dd', [
        ('vnexpress_long_nhat.txt', 'individual/2A202600637_NguyenVanDuong/data/landing/news/article_01.json'),
        ('thanhnien_long_nhat.txt', 'individual/2A202600637_NguyenVanDuong/data/landing/news/article_02.json'),
        ('vnexpress_miu_le.txt', 'individual/2A202600637_NguyenVanDuong/data/landing/news/article_03.json'),
        ('laodong_chi_dan.txt', 'individual/2A202600637_NguyenVanDuong/data/landing/news/article_04.json'),
        ('ngoisao_nghe_si_nga_ngua.txt', 'individual/2A202600670-NguyenXuanHiep/data/landing/news/article_01.json'),
        ('ngoisao_chi_dan_ru_choi.txt', 'individual/2A202600670-NguyenXuanHiep/data/landing/news/article_02.json'),
        ('baobacninhtv_dien_vien_hai.txt', 'individual/2A202600670-NguyenXuanHiep/data/landing/news/article_03.json'),
        ('vtcnews_miu_le.txt', 'individual/2A202600670-NguyenXuanHiep/data/landing/news/article_04.json'),
    ]),
    'zeustakeshi-wiki': ('Zeustakeshi+K4-Day08-RAG-Pipeline', '91a053cb07c23a728d74b6de13e7a24b216823ce', [
        ('wikipedia_tet_nguyen_dan.txt', 'data/landing/news/article_01.json'),
        ('wikipedia_gio_to_hung_vuong.txt', 'data/landing/news/article_05.json'),
        ('wikipedia_ao_dai.txt', 'data/landing/news/article_06.json'),
    ]),
    'tutran-shopeehelp': ('tutran0401+K4-Day08-RAG-Pipeline-4idiots', '3eeefb9ffad8888883d911697b9d86f1ba786250', [
        ('shopee_tra_hang_hoan_tien.txt', 'data/landing/news/article_01.json'),
        ('shopee_thay_doi_thanh_toan.txt', 'data/landing/news/article_02.json'),
        ('shopee_article_79084.txt', 'data/landing/news/article_03.json'),
        ('shopee_bao_mat_tai_khoan.txt', 'data/landing/news/article_05.json'),
    ]),
    'notnbhd-e403': ('notnbhd+day08-e403-group101', 'd033130375fbade79ee060e2406e298841916a13', [
        ('vov_3_nghe_si.txt', 'group_project/data/landing/news/article_06_chua-day-1-thang-3-nghe-si-viet-bi-khoi-to-vi-lien-quan-ma-tuy-gay-chan-dong-pos.json'),
        ('tienphong_nhieu_nghe_si.txt', 'group_project/data/landing/news/article_08_nhieu-nghe-si-viet-bi-bat-vi-dinh-vao-ma-tuy-post1649760.json'),
        ('plo_truy_to_chi_dan.txt', 'personal_project/2A202600681-NguyenTienSi/data/landing/news/article_08_plo_vn_truy_t_ca_s_chi_d_n_ng_i_m_u_an_t_y_v_225_b_can_v_4_ti_p_vi_n_h_ng_kh__a58ec0066f.json'),
        ('dantri_miu_le.txt', 'personal_project/2A202600681-NguyenTienSi/data/landing/news/article_03_dantri_com_vn_ca_s_miu_l_b_b_t_qu_tang_s_d_ng_ma_t_y_h_i_ph_ng_b_o_d_n_tr_ee306dd2ea.json'),
        ('kenh14_son_ngoc_minh.txt', 'personal_project/LeVanNguyen - 2A202600569/Day08_RAG_pipeline_cohort2-main/data/landing/news/article_01.json'),
    ]),
}

def blob(mirror, commit, path):
    gitdir = os.path.join(MIRROR, mirror, 'repo')
    return subprocess.run(['git', '--git-dir', gitdir, 'cat-file', '-p', f'{commit}:{path}'],
                          check=True, capture_output=True).stdout

def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    n = 0
    for slug, (mirror, commit, files) in SOURCES.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for name, path in files:
            rec = json.loads(blob(mirror, commit, path).decode('utf-8'))
            with open(os.path.join(out, slug, name), 'w', encoding='utf-8', newline='') as f:
                f.write(rec['content_markdown'])
            n += 1
    print(f'wrote {n} seeds to {out}')

if __name__ == '__main__':
    main()

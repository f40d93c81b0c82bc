#!/usr/bin/env python3
"""Rebuild the heldout8 seed files byte for byte from the bare git mirrors.
Usage: build.py OUTDIR   (mirrors expected under /work/.mirror/, override with MIRRORS env var)
Selection was made once with random.Random(20261208).sample(...) over the eligible records
(see SOURCES.md); the chosen records are listed explicitly below so the build is deterministic."""
import csv, io, json, os, re, subprocess, sys
M = os.environ.get('MIRRORS', '/work/.mirror')
def show(repo, commit, path):
    return subprocess.run(['git', '--git-dir', os.path.join(M, repo, 'repo'), 'show', f'{commit}:{path}'],
                          capture_output=True, check=True).stdout
SONLU = 'sonlu3612+vietnamese-education-news-dataset'
TN_COMMIT = '79048795e277e3dbf59fceb3f7d2e7055df2cf65'
TT_COMMIT = 'f104b858cd16a2e208ae81c7512bf9afb17da430'
HUY = 'Huy1801214+DataWarehouse_BaoChi'
VN_COMMIT = 'f922418a4436c168108491f7200738a5b85b0d1e'
VN_PATH = 'source/article_151125.csv'
TN = [
 "dataset/https___thanhnien_vn_bat_ngo_diem_chuan_cua_truong_dh_co_diem_san_12_thap_nhat_ca_nuoc_185250820095952052_htm.json",
 "dataset/https___thanhnien_vn_co_gai_sinh_ra_de_lam_thu_khoa_185250831170410931_htm.json",
 "dataset/https___thanhnien_vn_diem_chuan_dh_co_nganh_du_kien_tang_vot_tren_295_185250820200208211_htm.json",
 "dataset/https___thanhnien_vn_giao_duc_chuyen_tu_cai_cach_chinh_sua_sang_kien_tao_185250906081912019_htm.json",
 "dataset/https___thanhnien_vn_gs_ts_nguyen_khac_quoc_bao_lam_chu_tich_hoi_dong_dh_kinh_te_tphcm_18525081918463254_htm.json",
 "dataset/https___thanhnien_vn_hon_1000_hoc_sinh_tu_binh_thuan_va_dak_nong_den_da_lat_hoc_tap_185250904113156212_htm.json",
 "dataset/https___thanhnien_vn_lao_cai_cho_hoc_sinh_toan_tinh_nghi_hoc_185250930073048787_htm.json",
 "dataset/https___thanhnien_vn_mon_tu_nguyen_o_at_vao_truong_hoc_vi_buoi_2_185250919224454025_htm.json",
 "dataset/https___thanhnien_vn_nghe_si_van_dong_vien_tham_gia_giang_day_hoc_sinh_mong_muon_dieu_gi_185250919100725972_htm.json",
 "dataset/https___thanhnien_vn_nguyen_vong_tang_nhung_ty_le_ao_lon_phut_cuoi_diem_chuan_se_ra_sao_185250819163342237_htm.json",
 "dataset/https___thanhnien_vn_quang_ninh_giam_50_so_truong_hoc_sau_sap_nhap_185251006142632888_htm.json",
 "dataset/https___thanhnien_vn_quang_tri_sau_vu_ngo_doc_hang_chuc_hoc_sinh_khong_den_lop_185250930190448024_htm.json",
 "dataset/https___thanhnien_vn_roi_vao_ma_tran_lua_dao_tuyen_dung_giang_vien_185251002131928384_htm.json",
 "dataset/https___thanhnien_vn_sap_nhap_tinh_thanh_co_anh_huong_sach_giao_khoa_185250521182755675_htm.json",
 "dataset/https___thanhnien_vn_suat_an_ban_tru_25000_dong_qua_so_sai_hieu_truong_viet_tam_thu_xin_loi_185251007112106175_htm.json",
 "dataset/https___thanhnien_vn_them_1_truong_dh_cong_lap_phia_nam_cong_bo_diem_chuan_185250822124441327_htm.json",
 "dataset/https___thanhnien_vn_them_van_bang_chung_chi_so_giam_thoi_gian_cap_bang_tot_nghiep_thpt_185251015182710218_htm.json",
 "dataset/https___thanhnien_vn_thi_sinh_2855_diem_thpt_trung_tuyen_dai_hoc_duy_tan_voi_1_nguyen_vong_duy_nhat_185250826155240262_htm.json",
 "dataset/https___thanhnien_vn_thu_khoa_diem_tuyet_doi_truong_dh_ngoai_thuong_dam_buoc_ra_khoi_vung_an_toan_185250914132051197_htm.json",
 "dataset/https___thanhnien_vn_thu_truong_gd_dt_noi_gi_ve_thu_nhap_giao_vien_giam_nhieu_sau_quy_dinh_day_them_185250821155134662_htm.json",
 "dataset/https___thanhnien_vn_to_chuc_quoc_te_dao_tao_giao_vien_tieng_anh_mien_phi_cap_chung_nhan_185251004141426681_htm.json",
 "dataset/https___thanhnien_vn_tphcm_chuan_bi_phuong_an_hoc_truc_tuyen_ung_pho_bao_lu_185250929155126158_htm.json",
 "dataset/https___thanhnien_vn_tphcm_phuong_phu_loi_kien_nghi_chuyen_doi_2_tru_so_co_quan_cu_lam_truong_hoc_185250922150912428_htm.json",
 "dataset/https___thanhnien_vn_truong_dai_hoc_cong_lap_dau_tien_o_ha_noi_cong_bo_diem_chuan_185250822143335972_htm.json",
 "dataset/https___thanhnien_vn_truong_dai_hoc_fpt_gianh_chien_thang_tai_giai_oscar_cua_nganh_giao_duc_toan_cau_185250907175124409_htm.json"
]
TT = [
 "real_articles/bao_khanh_vo_dich_chung_ket_duong_len_dinh_olympia_20251026033505523_htm.json",
 "real_articles/da_nang_khan_truong_xay_6_truong_noi_tru_vung_bien_gioi_tri_gia_1_500_ti_dong_20251027181809566_htm.json",
 "real_articles/dai_hoc_bach_khoa_ha_noi_du_kien_ba_phuong_thuc_11_to_hop_xet_tuyen_nam_2026_20251023222535428_htm.json",
 "real_articles/duong_len_dinh_olympia_2025_ban_tre_khanh_hoa_chay_cung_doan_thanh_tung_truoc_gio_g_20251025121655987_htm.json",
 "real_articles/gia_lai_ho_tro_hoc_phi_cho_hoc_sinh_truong_tu_toi_da_300_000_dong_thang_20251027092242998_htm.json",
 "real_articles/goc_nhin_cua_phu_huynh_trung_quoc_luc_nay_ve_viec_cho_con_du_hoc_tai_my_20251029153928697_htm.json",
 "real_articles/hieu_truong_noi_ve_cac_khoan_van_dong_xa_hoi_hoa_gay_xon_xao_20251024111207424_htm.json",
 "real_articles/hoc_sinh_pho_thong_tham_gia_ngay_hoi_viec_lam_o_dai_hoc_20251025142007126_htm.json",
 "real_articles/lap_khong_chung_tu_hieu_truong_va_ke_toan_truong_mam_non_an_binh_bi_bat_20251029125921591_htm.json",
 "real_articles/o_nha_noi_giong_dia_phuong_ra_ngoai_chuyen_giong_pho_thong_20251028111534296_htm.json",
 "real_articles/phat_hien_nhieu_vi_pham_tai_truong_cao_dang_ly_tu_trong_tp_hcm_20251025105835276_htm.json",
 "real_articles/phu_huynh_buc_xuc_vi_truong_gop_lop_doi_phong_hoc_tre_mam_non_dia_phuong_noi_gi_20251024093804899_htm.json",
 "real_articles/sinh_vien_dong_nam_a_do_sang_viet_nam_hoc_cao_dang_trung_cap_20251024083400507_htm.json",
 "real_articles/tan_sinh_vien_hao_hung_voi_robot_biet_tuong_tac_voi_nguoi_20251026131329938_htm.json",
 "real_articles/thang_11_co_phuong_an_sap_xep_sap_nhap_cac_truong_cao_dang_truong_nghe_20251023210437698_htm.json",
 "real_articles/thay_giao_khong_ro_ten_o_dh_tai_chinh_marketing_rut_vi_cho_sv_ngheo_muon_15_trieu_nhap_hoc_20251027081254939_htm.json",
 "real_articles/tp_hcm_cong_bo_du_thao_lan_4_quy_dinh_ve_day_them_cho_day_sau_20h_20251029111937119_htm.json",
 "real_articles/trao_345_hoc_bong_khuyen_tai_cho_sinh_vien_tp_hcm_20251026101131624_htm.json",
 "real_articles/truong_muon_gio_hoc_tu_6h30_keo_dai_tiet_hoc_sv_tranh_cai_an_sang_va_lam_them_kieu_gi_20251024162954123_htm.json",
 "real_articles/ung_dung_ai_trong_day_hoc_ra_sao_ky_2_hieu_ai_de_quan_hoc_tro_20251024221223386_htm.json"
]
VN = [
 "https://vnexpress.net/chu-tich-thai-nguyen-duoc-gioi-thieu-de-bau-lam-chu-tich-bac-ninh-4964160.html",
 "https://vnexpress.net/hai-nguoi-tu-vong-sau-va-cham-xe-tai-4963907.html",
 "https://vnexpress.net/san-bay-gia-binh-se-tai-cau-truc-mang-luoi-hang-khong-vung-thu-do-4963793.html",
 "https://vnexpress.net/my-giam-thue-cho-thuy-si-tu-39-ve-15-4964199.html",
 "https://vnexpress.net/5-luu-y-de-tranh-bay-trong-mua-bao-cao-tai-chinh-4875621.html",
 "https://vnexpress.net/tp-hcm-se-phat-trien-kinh-te-thong-minh-4963957.html",
 "https://vnexpress.net/thu-tuong-tao-dieu-kien-khi-doanh-nghiep-tu-nhan-tham-gia-cac-du-an-lon-4958808.html",
 "https://vnexpress.net/de-xuat-bo-sung-quy-dau-tu-trai-phieu-ha-tang-4963257.html",
 "https://vnexpress.net/nguoi-trung-quoc-bot-hao-hung-voi-mua-sam-le-doc-than-4962874.html",
 "https://vnexpress.net/noi-lo-bong-bong-ai-khi-softbank-ban-het-co-phan-nvidia-4962904.html",
 "https://vnexpress.net/tran-van-thao-tu-tin-thuong-dai-vo-si-thai-lan-4964275.html",
 "https://vnexpress.net/tuyen-thu-nhat-ban-sut-gay-chan-doi-thu-4964198.html",
 "https://vnexpress.net/mbappe-vuot-mot-ky-luc-cua-messi-4964081.html",
 "https://vnexpress.net/alcaraz-thang-khong-quan-trong-bang-kiem-soat-cam-xuc-4963880.html",
 "https://vnexpress.net/giai-mat-the-thao-khi-haaland-va-foden-chung-tan-so-4961902.html",
 "https://vnexpress.net/hagl-2-2-nam-dinh-4958516.html",
 "https://vnexpress.net/giai-mat-the-thao-lich-su-cua-khung-thanh-4958323.html",
 "https://vnexpress.net/lai-ly-huynh-thua-than-dong-co-tuong-trung-quoc-vi-mat-trang-phao-4964129.html",
 "https://vnexpress.net/nam-dinh-cong-bo-hlv-bo-dao-nha-4964157.html",
 "https://vnexpress.net/mbappe-dung-tieu-xao-pha-doi-thu-o-vong-loai-world-cup-4963944.html",
 "https://vnexpress.net/truyen-thong-the-gioi-soc-sau-cu-giat-cui-cho-cua-ronaldo-4963783.html",
 "https://vnexpress.net/xuan-son-cuoi-het-co-tren-san-tap-cua-tuyen-viet-nam-4963183.html",
 "https://vnexpress.net/italy-phai-thang-na-uy-chenh-lech-9-ban-de-du-world-cup-4963763.html",
 "https://vnexpress.net/barca-tinh-dung-tuong-messi-o-camp-nou-moi-4963756.html",
 "https://vnexpress.net/5-cau-thu-cam-dau-con-song-ngam-tai-real-4963286.html"
]
def write(out, slug, name, text):
    d = os.path.join(out, slug); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
def main(out):
    # news-please JSON: title, blank line, maintext verbatim, final newline
    for slug, commit, paths in (('thanhnien-sonlu3612', TN_COMMIT, TN), ('tuoitre-sonlu3612', TT_COMMIT, TT)):
        prefix = slug.split('-')[0]
        for p in paths:
            d = json.loads(show(SONLU, commit, p))
            num = re.search(r'_(\d+)_htm\.json$', p).group(1)
            write(out, slug, f'{prefix}-{num}.txt', d['title'] + '\n\n' + d['maintext'] + '\n')
    # CSV staging file: title_raw, blank, summary_raw, blank, content_raw, final newline
    csv.field_size_limit(10**9)
    rows = list(csv.DictReader(io.StringIO(show(HUY, VN_COMMIT, VN_PATH).decode('utf-8-sig'))))
    first = {}
    for r in rows:
        first.setdefault(r['article_url'], r)
    for u in VN:
        r = first[u]
        num = re.search(r'-(\d+)\.html', u).group(1)
        write(out, 'vnexpress-huy1801214', f'vnexpress-{num}.txt',
              r['title_raw'] + '\n\n' + r['summary_raw'] + '\n\n' + r['content_raw'] + '\n')
if __name__ == '__main__':
    if len(sys.argv) != 2: sys.exit(__doc__)
    main(sys.argv[1])

#!/usr/bin/env python3
"""Re-create every heldout15 seed byte for byte from the bare mirrors in /work/.mirror.
usage: build.py OUTDIR     (MIRRORS env var overrides /work/.mirror)
Seeds are verbatim blobs (`git show COMMIT:PATH`), saved as OUTDIR/<slug>/<name>.txt"""
import os, subprocess, sys
MIRRORS = os.environ.get('MIRRORS', '/work/.mirror')
COMMITS = {
    'VanTienDL/K3-Day08-RAG-Pipeline-B2': '012fb1b7f1c4f8b6ea22a4087ce8586648bc0dc8',
    'hoang2t2/K3-Day08-RAG-Pipeline': '6a711c7532cf90ddedeb685d31463fe647bd8587',
    'chapilcheapz/K4-Day08-RAG-Pipeline': '548bfdd1441fa8cc3cfe25d91d8a153ac4ebb9de',
    'Rin171104/K3-Day08-RAG-Pipeline-E403-B3-2': '7dd6a2edfddb4dc73adb466201b7604e51b56643',
    'phunh1901/K4-Day08-RAG-Pipeline': 'cce4f9713ae7f48111b99950b31c117bc51f1161',
    'Kawei313/K4-Day08-RAG-Pipeline-C6-2': '9dc6f5c106af836ed1f8994221df92d0aa7d44ac',
}
N = 'data/standardized/news/'
JOBS = [
 # (slug, repo, path, output name)
 ('edu-portals-day08k', 'VanTienDL/K3-Day08-RAG-Pipeline-B2', N+'article_1.md', 'fami-hust-a1.txt'),
 ('edu-portals-day08k', 'VanTienDL/K3-Day08-RAG-Pipeline-B2', N+'article_2.md', 'fami-hust-a2.txt'),
 ('edu-portals-day08k', 'VanTienDL/K3-Day08-RAG-Pipeline-B2', N+'article_3.md', 'fami-hust-a3.txt'),
 ('edu-portals-day08k', 'VanTienDL/K3-Day08-RAG-Pipeline-B2', N+'article_4.md', 'fami-hust-a4.txt'),
 ('edu-portals-day08k', 'VanTienDL/K3-Day08-RAG-Pipeline-B2', N+'article_5.md', 'fami-hust-a5.txt'),
 ('edu-portals-day08k', 'hoang2t2/K3-Day08-RAG-Pipeline', N+'article_01.md', 'vinuni-a01.txt'),
 ('edu-portals-day08k', 'hoang2t2/K3-Day08-RAG-Pipeline', N+'article_02.md', 'vinuni-a02.txt'),
 ('edu-portals-day08k', 'hoang2t2/K3-Day08-RAG-Pipeline', N+'article_03.md', 'vinuni-a03.txt'),
 ('edu-portals-day08k', 'hoang2t2/K3-Day08-RAG-Pipeline', N+'article_04.md', 'vinuni-a04.txt'),
 ('edu-portals-day08k', 'hoang2t2/K3-Day08-RAG-Pipeline', N+'article_05.md', 'vinuni-a05.txt'),
 ('edu-portals-day08k', 'chapilcheapz/K4-Day08-RAG-Pipeline', N+'diem-chuan-ftu-vietjack.md', 'chapil-diem-chuan-ftu-vietjack.txt'),
 ('edu-portals-day08k', 'chapilcheapz/K4-Day08-RAG-Pipeline', N+'diem-chuan-hus-vnu-2025.md', 'chapil-diem-chuan-hus-vnu-2025.txt'),
 ('edu-portals-day08k', 'chapilcheapz/K4-Day08-RAG-Pipeline', N+'diem-chuan-neu-2025.md', 'chapil-diem-chuan-neu-2025.txt'),
 ('edu-portals-day08k', 'chapilcheapz/K4-Day08-RAG-Pipeline', N+'diem-chuan-vnu-2025.md', 'chapil-diem-chuan-vnu-2025.txt'),
 ('edu-portals-day08k', 'chapilcheapz/K4-Day08-RAG-Pipeline', N+'tuyen-sinh-hust-2026.md', 'chapil-tuyen-sinh-hust-2026.txt'),
 ('edu-portals-day08k', 'chapilcheapz/K4-Day08-RAG-Pipeline', N+'tuyen-sinh-ptit-2026.md', 'chapil-tuyen-sinh-ptit-2026.txt'),
 ('edu-portals-day08k', 'chapilcheapz/K4-Day08-RAG-Pipeline', N+'tuyen-sinh-ussh-2026.md', 'chapil-tuyen-sinh-ussh-2026.txt'),
 ('law-gov-travel-day08k', 'Rin171104/K3-Day08-RAG-Pipeline-E403-B3-2', N+'ecommerce_startup_01_06-chinh-sach-uu-dai-cho-doanh-nghiep-nho-va-vua-theo-nghi-q.md', 'tvpl-es01.txt'),
 ('law-gov-travel-day08k', 'Rin171104/K3-Day08-RAG-Pipeline-E403-B3-2', N+'ecommerce_startup_04_doanh-nghiep-khoi-nghiep-sang-tao-la-gi-quy-dinh-ve-ho-tro-d.md', 'tvpl-es04.txt'),
 ('law-gov-travel-day08k', 'Rin171104/K3-Day08-RAG-Pipeline-E403-B3-2', N+'ecommerce_startup_06_dieu-kien-hoat-dong-thuong-mai-dien-tu.md', 'tvpl-es06.txt'),
 ('law-gov-travel-day08k', 'Rin171104/K3-Day08-RAG-Pipeline-E403-B3-2', N+'ecommerce_startup_07_tieu-chi-xac-dinh-doanh-nghiep-nho-va-vua-moi-nhat.md', 'tvpl-es07.txt'),
 ('law-gov-travel-day08k', 'phunh1901/K4-Day08-RAG-Pipeline', N+'01_quyen_loi_khi_nghi_viec.md', 'xdcs-01.txt'),
 ('law-gov-travel-day08k', 'phunh1901/K4-Day08-RAG-Pipeline', N+'02_xu_phat_vi_pham_tien_luong_gio_lam_viec.md', 'xdcs-02.txt'),
 ('law-gov-travel-day08k', 'phunh1901/K4-Day08-RAG-Pipeline', N+'03_muc_luong_toi_thieu.md', 'xdcs-03.txt'),
 ('law-gov-travel-day08k', 'phunh1901/K4-Day08-RAG-Pipeline', N+'04_can_cu_ty_le_dong_bhxh.md', 'xdcs-04.txt'),
 ('law-gov-travel-day08k', 'phunh1901/K4-Day08-RAG-Pipeline', N+'05_che_do_om_dau_dai_ngay.md', 'xdcs-05.txt'),
 ('law-gov-travel-day08k', 'Kawei313/K4-Day08-RAG-Pipeline-C6-2', N+'article_01.md', 'halong-a01.txt'),
 ('law-gov-travel-day08k', 'Kawei313/K4-Day08-RAG-Pipeline-C6-2', N+'article_02.md', 'halong-a02.txt'),
 ('law-gov-travel-day08k', 'Kawei313/K4-Day08-RAG-Pipeline-C6-2', N+'article_03.md', 'halong-a03.txt'),
 ('law-gov-travel-day08k', 'Kawei313/K4-Day08-RAG-Pipeline-C6-2', N+'article_04.md', 'halong-a04.txt'),
 ('law-gov-travel-day08k', 'Kawei313/K4-Day08-RAG-Pipeline-C6-2', N+'article_05.md', 'halong-a05.txt'),
]
def main():
    out = sys.argv[1]
    for slug, repo, path, name in JOBS:
        gitdir = os.path.join(MIRRORS, repo.replace('/', '+', 1), 'repo')
        data = subprocess.run(['git', '--git-dir=' + gitdir, 'show', f'{COMMITS[repo]}:{path}'],
                              check=True, capture_output=True).stdout
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        with open(os.path.join(out, slug, name), 'wb') as f:
            f.write(data)
    print(len(JOBS), 'files written to', out)
if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout100 seed from pinned git blobs (Python 3 + git + pip inscriptis 2.7.6 + pip html2text 2025.4.15).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout100)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved HTML page of a Vietnamese organisation's site as a site copier saved it
(HTTrack 3.49, or Cyotek WebCopy for nbkqna) and its owner committed it to GitHub.  The blob is decoded as UTF-8
(a leading BOM kept as decoded) and converted in-process; the returned str is written encoded as UTF-8.
Converters (one per source, see SEEDS):
  inscriptis   inscriptis 2.7.6, defaults: inscriptis.get_text(html)  (layout-preserving text; lists, tables)
  html2text0   html2text 2025.4.15: h = html2text.HTML2Text(); h.body_width = 0; h.handle(html)
               (Markdown, links with targets, no line wrapping; all other options default)
(heldout93's build.py layout with new SEEDS and two in-process converters instead of the text browsers.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# perrythedev/nbkqna.edu.vn, "Initial commit" e445eb5 2024-11-09 (+ a workflow file, HEAD 76a79a7): Cyotek WebCopy copy
# of nbkqna.edu.vn, the Joomla 1.5 site (template "jv-framework", generator TAVICO.NET) of Trường THPT Chuyên Nguyễn
# Bỉnh Khiêm, Tam Kỳ, Quảng Nam
NBK = ('perrythedev/nbkqna.edu.vn', '76a79a78254a1afcfb6c62ee2026b31b18829159')
# tieuhochoason/tieuhochoason, "first commit" 2021-11-23 (only commit): HTTrack 3.49-2 copy (2021-11-21) of
# tieuhocyenso.edu.vn, the school portal of Trường Tiểu học Yên Sở (Quận Hoàng Mai, Hà Nội)
YS = ('tieuhochoason/tieuhochoason', '826ab0cbe0b339462b5d8ad965a2bb8abaf07537')
# phanduong1232000/duhoc, "sdsd" 2022-12-05 (2 commits; the second only edits the HTTrack root index.html): HTTrack
# 3.x copy (2022-12-05) of duhoctinphat.edu.vn, the WordPress (Flatsome) site of Du học Tín Phát / Tín Phát Group
TP = ('phanduong1232000/duhoc', 'cd20f34774603fdf4bc8f347e60049532b4c4d95')
# ngotienpts/cap_treo_nui_sam, "4/9" 2024-09-04 (only commit): HTTrack 3.x copy (2024-08-29) of captreonuisam.com,
# the WordPress site of Khu du lịch Văn hóa Tâm linh Bà Chúa Xứ - Cáp treo Núi Sam (Công ty CP MGA Việt Nam)
NS = ('ngotienpts/cap_treo_nui_sam', 'a1eb7103107905e06b8f95cf0b0c2a1fc572cb3c')

NB = 'index.php (1)/tin-tuc/'
YT = 'tieuhocyenso.edu.vn/tin-tuc-su-kien/'
# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'nbkqna-inscriptis': [
        NBK + (NB + 'ban-tin-truong/323-t-huyn-thoi-everest-n-hc-tro-x-qung.html', 'inscriptis', 'nbk_1.txt'),
        NBK + (NB + 'ban-tin-truong/569-ky-niem-35-nam-ngay-nha-giao-viet-nam-20-11-thpt-chuyen-nguyen-binh-khiem-nhin-lai-mot-chang-duong.html', 'inscriptis', 'nbk_2.txt'),
        NBK + (NB + 'ban-tin-truong/577-nghien-cu-sinh-phm-th-huyn-pho-hiu-trng-bo-v-thanh-cong-lun-an-tin-s.html', 'inscriptis', 'nbk_3.txt'),
        NBK + (NB + 'ban-tin-truong/1128-doan-truong-voi-chien-dich-tinh-nguyen-hoa-phuong-do-nam-hoc-2020-2021.html', 'inscriptis', 'nbk_4.txt'),
        NBK + (NB + 'ban-tin-truong/408-l-ky-kt-hp-tac-gia-trng-thpt-chuyen-nguyn-bnh-khiem-va-trng-hth-kurgan.html', 'inscriptis', 'nbk_5.txt'),
        NBK + (NB + 'ban-tin-truong/421-cuoc-thi-giao-thong-hoc-duong-nam-hoc-2016-2017.html', 'inscriptis', 'nbk_6.txt'),
        NBK + (NB + 'tin-tu-internet/526-bo-giao-duc-giai-dap-hang-loat-cau-hoi-nong-trong-dieu-chinh-nguyen-vong.html', 'inscriptis', 'nbk_7.txt'),
    ],
    'yenso-html2text': [
        YS + (YT + 'tin-cua-truong/truong-tieu-hoc-yen-so-to-chuc-ngay-hoi-tham-tinh-thay-tro-n.html', 'html2text0', 'ys_1.txt'),
        YS + (YT + 'tin-cua-truong/truong-tieu-hoc-yen-so-lam-tot-cong-tac-tuyen-truyen-cham-so.html', 'html2text0', 'ys_2.txt'),
        YS + (YT + 'tin-cua-truong/dai-hoi-chi-bo-truong-tieu-hoc-yen-so-nhiem-ky-2020-2022.html', 'html2text0', 'ys_3.txt'),
        YS + (YT + 'tin-cua-truong/quyen-gop-ung-ho-hoc-sinh-hoang-vu-gia-bao-lop-4a1-bi-benh-h.html', 'html2text0', 'ys_4.txt'),
        YS + (YT + 'truong-tieu-hoc-yen-so-quyet-tam-thi-dua-xay-dung-doi-ngu-gi.html', 'html2text0', 'ys_5.txt'),
        YS + (YT + 'tin-cua-truong/don-xuan-canh-ty-tai-truong-tieu-hoc-yen-so.html', 'html2text0', 'ys_6.txt'),
        YS + (YT + 'tin-cua-truong/lien-doi-truong-tieu-hoc-yen-so-to-chuc-dai-hoi-chau-ngoan-b.html', 'html2text0', 'ys_7.txt'),
    ],
    'tinphat-inscriptis': [
        TP + ('duhoctinphat.edu.vn/cuoc-thi-video-mai-truong-cap-3-thanh-xuan-cua-chung-ta/index.html', 'inscriptis', 'tp_1.txt'),
        TP + ('duhoctinphat.edu.vn/vui-het-minh-cung-teambuilding-tin-phat-2020/index.html', 'inscriptis', 'tp_2.txt'),
        TP + ('duhoctinphat.edu.vn/su-kien-gioi-thieu-va-xet-hoc-bong-du-hoc-nhat-ban-han-quoc/index.html', 'inscriptis', 'tp_3.txt'),
        TP + ('duhoctinphat.edu.vn/5-meo-song-chung-trong-tap-the-moi-danh-cho-hoc-sinh/index.html', 'inscriptis', 'tp_4.txt'),
        TP + ('duhoctinphat.edu.vn/le-tong-ket-chia-tay-hoc-sinh-xuat-canh-09-04-2022/index.html', 'inscriptis', 'tp_5.txt'),
        TP + ('duhoctinphat.edu.vn/tong-ket-tat-nien-tin-phat-group-2019/index.html', 'inscriptis', 'tp_6.txt'),
        TP + ('duhoctinphat.edu.vn/tin-phat-group-nhan-bang-khen-cua-dai-su-quan-viet-nam-tai-nhat-ban/index.html', 'inscriptis', 'tp_7.txt'),
    ],
    'nuisam-html2text': [
        NS + ('captreonuisam.com/mga-viet-nam-tai-tro-giai-bong-da-va-giai-chay/index.html', 'html2text0', 'ns_1.txt'),
        NS + ('captreonuisam.com/hoi-cho-dem-tai-khu-du-lich-cap-treo-nui-sam/index.html', 'html2text0', 'ns_2.txt'),
        NS + ('captreonuisam.com/chuong-trinh-lo-to-show-tai-kdl-cap-treo-nui-sam/index.html', 'html2text0', 'ns_3.txt'),
        NS + ('captreonuisam.com/chuong-trinh-nhac-nuoc-tai-kdl-cap-treo-nui-sam/index.html', 'html2text0', 'ns_4.txt'),
        NS + ('captreonuisam.com/khuyen-mai-nhan-qua-tai-kdl-cap-treo-nui-sam/index.html', 'html2text0', 'ns_5.txt'),
        NS + ('captreonuisam.com/ca-sy-quach-tuan-du-hanh-trinh-cap-treo-nui-sam/index.html', 'html2text0', 'ns_6.txt'),
        NS + ('captreonuisam.com/cap-treo-nui-sam-phuc-vu-du-khach-xuyen-dem/index.html', 'html2text0', 'ns_7.txt'),
    ],
}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def convert(conv, raw):
    text = raw.decode('utf-8')
    if conv == 'inscriptis':
        import inscriptis
        return inscriptis.get_text(text)
    if conv == 'html2text0':
        import html2text
        h = html2text.HTML2Text()
        h.body_width = 0
        return h.handle(text)
    raise ValueError(conv)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            data = convert(conv, blob(repo, commit, path)).encode('utf-8')
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

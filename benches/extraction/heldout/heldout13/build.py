#!/usr/bin/env python3
"""Re-create every heldout13 seed byte for byte from the bare mirror of zw9/z.
usage: build.py OUTDIR   (needs /work/.mirror/zw9+z/repo, commit below)"""
import os, subprocess, sys
GITDIR = '/work/.mirror/zw9+z/repo'
COMMIT = '42d141381ade07db38491b908fc701bc0918d997'
NV = """binh-luan/bai-hoc-ve-trung-dong
binh-luan/toan-dan-thi-dua-bit-mui-tien-len
giai-tri/cuoi-tuan-xem-gi-nghe-gi-o-little-saigon-57
giai-tri/jason-momoa-muon-dong-voi-peter-dinklage-trong-twins
hoa-ky/california-o-nhiem-nuoc-vi-qua-dong-nguoi-homeless
hoa-ky/canh-sat-los-angeles-dieu-tra-vu-phu-nu-ky-thi-o-cvs
hoa-ky/cdc-805-nguoi-bi-benh-13-thiet-mang-do-thuoc-la-dien-tu
hoa-ky/chay-khu-thuong-mai-o-santa-ana-hon-50-linh-cuu-hoa-dap-lua
hoa-ky/mot-co-vao-so-canh-sat-california-rut-dao-phay-bat-nguoi-lam-con-tin
hoa-ky/orange-county-tich-thu-hang-tram-con-bo-sat-o-lake-forest
hoa-ky/ve-mat-thu-tuc-rat-kho-de-truat-phe-tt-trump
hoa-ky/xe-buyt-hoc-khu-los-angeles-bi-dung-9-hoc-sinh-bi-thuong-nhe
little-saigon/cal-state-fullerton-bat-sinh-vien-goc-viet-vi-cam-sung-vao-truong
little-saigon/ocean-vuong-nguoi-my-goc-viet-thu-nam-nhan-giai-thien-tai-macarthur
little-saigon/tu-houston-em-nhan-ra-anh-trai-trong-81-hai-cot-thien-than-mu-do
newarticle/nguoi-doi-so-phan-nguyen-thanh-giang
nguoi-viet-shop/ky-yeu-trien-lam-va-hoi-thao-truong-vinh-ky
nvtv-tin-trong-ngay/ban-van-dong-trump-gom-1-trieu-sau-ha-vien-luan-toi
photo/hinh-anh-joshua-wong-dieu-tran-truoc-quoc-hoi-hoa-ky
photo/hinh-anh-joshua-wong-gap-chu-tich-ha-vien-hoa-ky
photo/nuoc-my-khong-bao-gio-quen-vu-khung-bo-9-11
phu-nu/cach-lam-chao-tom-boc-mia
viet-nam/chin-thanh-vien-trong-doan-quoc-hoi-csvn-bo-tron-tai-nam-han
viet-nam/du-luan-che-nhao-phat-ngon-di-nho-chuyen-co-cua-nguyen-hanh-phuc
viet-nam/hue-bac-si-hiep-dam-danh-trong-thuong-nu-dong-nghiep-bi-bat
viet-nam/truong-gateway-qua-bao
xe-hoi-video/xe-limousine-putin-muon-phuc-vu-cac-lanh-dao-quoc-te
xe-hoi/ngam-huyen-thoai-ford-model-t-xe-co-my-duoc-ua-chuong-khap-the-gioi
xe-hoi/toyota-dung-dau-danh-sach-nhung-kieu-xe-chu-khong-biet-chan
xe-hoi/xe-hoi-con-chay-duoc-bao-xa-khi-den-bao-het-xang""".split()
JOBS = [('nguoiviet-zw9', f'daily/{p}.txt') for p in NV] + \
       [('vietbao-vvnm-zw9', f'daily/vvnmvietbaocom/a{n}.txt') for n in range(247310, 247316)]
out = sys.argv[1]
for slug, path in JOBS:
    data = subprocess.run(['git', '--git-dir=' + GITDIR, 'show', f'{COMMIT}:{path}'],
                          check=True, capture_output=True).stdout
    os.makedirs(os.path.join(out, slug), exist_ok=True)
    with open(os.path.join(out, slug, os.path.basename(path)), 'wb') as f:
        f.write(data)
print(len(JOBS), 'files written to', out)

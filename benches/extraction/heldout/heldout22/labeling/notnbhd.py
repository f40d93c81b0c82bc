import sys; sys.path.insert(0,'/tmp/lab'); from engine import *
S='notnbhd-e403'
def T(name,i):
    L=open(f'{BASE}/{S}/{name}',encoding='utf-8').read().split('\n'); return L[i].strip().lstrip('#').strip()
R=[]
n='vov_3_nghe_si.txt'; R.append(label(S,n,T(n,313),'https://vov.vn/giai-tri/chua-day-1-thang-3-nghe-si-viet-bi-khoi-to-vi-lien-quan-ma-tuy-gay-chan-dong-post1293496.vov',[(313,373)],inbp=[315,316]+list(range(367,373))))
n='tienphong_nhieu_nghe_si.txt'; R.append(label(S,n,T(n,125),'https://tienphong.vn/nhieu-nghe-si-viet-bi-bat-vi-dinh-vao-ma-tuy-post1649760.tpo',[(125,167)],inbp=[128]+list(range(159,167))))
n='plo_truy_to_chi_dan.txt'; R.append(label(S,n,T(n,138),'https://plo.vn/truy-to-ca-sy-chi-dan-nguoi-mau-an-tay-va-225-bi-can-vu-4-tiep-vien-hang-khong-bi-loi-dung-van-chuyen-ma-tuy-post902216.html',[(138,177)],inbp=[139,140,144,145,146,147,148,149,150,158]+list(range(171,177))))
n='dantri_miu_le.txt'; R.append(label(S,n,T(n,298),'https://dantri.com.vn/phap-luat/ca-si-miu-le-bi-bat-qua-tang-su-dung-ma-tuy-o-hai-phong-20260511185303149.htm',[(297,312)],inbp=[299]))
n='kenh14_son_ngoc_minh.txt'; R.append(label(S,n,T(n,111),'https://kenh14.vn/son-ngoc-minh-su-dung-ma-tuy-voi-ai-215260521140622858.chn',[(111,145)],inbp=[113,114,115,116,118,119,120,129,143,144,145]))
write(S,R)
for r in R: print(r['file'],'|',r['title'],'|',r['url']); print('   ',r['article'])

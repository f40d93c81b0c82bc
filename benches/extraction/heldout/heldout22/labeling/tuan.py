import sys; sys.path.insert(0,'/tmp/lab'); from engine import *
S='tuancoolboy-e403'
R=[]
R.append(label(S,'vnexpress_long_nhat.txt','Sự nghiệp Long Nhật trước khi bị bắt vì liên quan ma túy','https://vnexpress.net/su-nghiep-long-nhat-truoc-khi-bi-bat-vi-lien-quan-ma-tuy-5076081.html',[(44,74)],inbp=[46,48,49,50,51,52]))
R.append(label(S,'thanhnien_long_nhat.txt','Loạt ồn ào của Long Nhật trước khi bị bắt vì liên quan đến ma túy','https://thanhnien.vn/loat-on-ao-cua-long-nhat-truoc-khi-bi-bat-vi-lien-quan-den-ma-tuy-185260520125718027.htm',[(53,76)],inbp=[54,55,57,58]))
R.append(label(S,'vnexpress_miu_le.txt','Ca sĩ Miu Lê bị bắt với cáo buộc tổ chức sử dụng ma túy','https://vnexpress.net/ca-si-miu-le-bi-bat-voi-cao-buoc-to-chuc-su-dung-ma-tuy-5074769.html',[(48,72)],inbp=[50,52,53,54,55,56]))
R.append(label(S,'laodong_chi_dan.txt','Sự nghiệp Chi Dân trước khi bị truy tố','https://laodong.vn/van-hoa-giai-tri/su-nghiep-chi-dan-truoc-khi-bi-truy-to-1679307.ldo',[(71,88)],inbp=[73,75]))
R.append(label(S,'ngoisao_nghe_si_nga_ngua.txt',"Những nghệ sĩ Việt 'ngã ngựa' vì ma túy",'https://ngoisao.vnexpress.net/nhung-nghe-si-viet-nga-ngua-vi-ma-tuy-4816068.html',[(62,98)]))
R.append(label(S,'ngoisao_chi_dan_ru_choi.txt','Anh em ca sĩ Chi Dân rủ nhiều người chơi ma túy như thế nào','https://ngoisao.vnexpress.net/anh-em-ca-si-chi-dan-ru-nhieu-nguoi-choi-ma-tuy-nhu-the-nao-4929875.html',[(62,88)]))
R.append(label(S,'baobacninhtv_dien_vien_hai.txt',"Diễn viên hài bị tạm giữ vì 'liên quan ma tuý'",'http://baobacninhtv.vn/dien-vien-hai-bi-tam-giu-vi-lien-quan-ma-tuy.bbg',[(231,252)],inbp=[232,241,242,243,244,245,246,247,248]))
R.append(label(S,'vtcnews_miu_le.txt','Động thái của Miu Lê sau khi bị điều tra liên quan ma túy','https://vtcnews.vn/dong-thai-cua-miu-le-sau-khi-bi-dieu-tra-lien-quan-ma-tuy-ar1017516.html',[(122,137)]))
write(S,R)
for r in R: print(r['file'], r['article'])

import sys; sys.path.insert(0,'/tmp/lab'); from engine import *
S='tutran-shopeehelp'
R=[]
for name,title,url,a,b in [
 ('shopee_tra_hang_hoan_tien.txt','CHÍNH SÁCH TRẢ HÀNG VÀ HOÀN TIỀN','https://help.shopee.vn/portal/4/article/77251',13,236),
 ('shopee_thay_doi_thanh_toan.txt','[Thành viên mới] Shopee hiện đang có những phương thức thanh toán nào?','https://help.shopee.vn/portal/4/article/79198',13,185),
 ('shopee_article_79084.txt','[Đơn hàng] Tôi phải làm gì nếu đơn hàng bị cập nhật sai trạng thái/chưa nhận được hàng?','https://help.shopee.vn/portal/4/article/79084',13,80),
 ('shopee_bao_mat_tai_khoan.txt','[Bảo mật tài khoản] Hướng dẫn bảo vệ tài khoản Shopee','https://help.shopee.vn/portal/4/article/79290',13,86)]:
    R.append(label(S,name,title,url,[(a,b)],extra_bp=['| Shopee Trung tâm trợ giúp']))
write(S,R)
for r in R: print(r['file'], r['url'], r['boilerplate'], r['article'])

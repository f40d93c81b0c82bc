import re,glob,os,sys,json,random
sys.path.insert(0,'/tmp/build'); from common import *
pat=re.compile(r'(bản quyền (thuộc|của|©)|copyright|©|hotline|địa chỉ ?:|e-?mail ?:|điện thoại ?:|để lại bình luận|chia sẻ bài viết|xem thêm|bài viết liên quan|tin liên quan|đăng ký nhận|theo dõi (fanpage|chúng tôi|kênh)|liên hệ (ngay|với chúng tôi)|^nguồn ?:|tags? ?:|từ khóa ?:|đánh giá bài viết|bình luận|chia sẻ (lên|qua) facebook|bấm (vào|like)|click|đăng nhập|zalo|fanpage|website:|www\.|\.com\.vn|mọi thắc mắc)',re.I)
files=sorted(glob.glob('/tmp/vws/source/*/*.txt'))
cands=[]
for p in files:
    t=open(p,encoding='utf-8').read()
    m=re.match(r'keyword: (.*)\nurl: (.*)\ncontent:\n(.*)',t,re.S)
    if not m: continue
    c=m.group(3)
    if len(c)<1500 or len(c)>9000: continue
    sents=re.split(r'(?<=[.!?])\s+',c.strip())
    hits=[s for s in sents if pat.search(s) and len(s)<400]
    if len(hits)>=2: cands.append((p,hits))
random.seed(5); random.shuffle(cands)
print(len(cands))
json.dump(cands[:80],open('vws_cands.json','w'),ensure_ascii=False)
for i,(p,h) in enumerate(cands[:80]):
    print('####',i,p.split('source/')[1])
    for s in h: print('   -',s[:230])

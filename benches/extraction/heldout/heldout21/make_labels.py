import json, os, re, sys
BASE='/work/evaldata/heldout21'
SRC={'rmit':'BLonggg608+Day08-NoName','luatvn':'Huy0123+K4-Day08-HDHH','lqmnews':'LeQuangMien+Day08_RAG_pipeline_cohort2','mrnews':'MegaRayquaza21032005+Day08_RAG_pipeline_cohort2'}
import subprocess
def rec(slug,n):
    return json.loads(subprocess.run(['git','--git-dir',f'/work/.mirror/{SRC[slug]}/repo','show',f'HEAD:data/landing/news/article_{n:02d}.json'],capture_output=True).stdout)
END={
 'tuoitre.vn':[r'^\[ Đọc tiếp \]', r'^\*\*Trở thành người đầu tiên tặng sao', r'^Chia sẻ$'],
 'thanhnien.vn':[r'^##\s+\[\s*Tin liên quan', r'^##\s*$'],
 'vietnamnet.vn':[r'^\[!\[', r'^\s*\* ### \['],
 'vtv.vn':[r'^##\s+Tin liên quan'],
 'vnexpress.net':[r'^\[ Trở lại'],
 'rmit.edu.vn':[r'^## Chia sẻ', r'^## Share'],
 'luatvietnam.vn':[r'^\*\*Bạn chưa Đăng nhập thành viên', r'^## văn bản cùng lĩnh vực'],
}
INNER=[r'^\s*\* #{2,4} \[', r'^Đang theo dõi', r'^Đây là tiện ích dành cho', r'^\[ Chia sẻ \]', r'Chia sẻ bài viết lên', r'^\[ !\[news google\]', r'^\[ !\[img\]\(https://static\.mediacdn\.vn/VTV/web/images/gg\.png', r'^\[ !\[icon\]\(https://static\.vnncdn\.net/v1/icon/google-news', r'^\[ !\[tác giả\]', r'^\[ !\[news google', r'^\[\s*\]\(javascript', r'^\[ \]\(javas', r'^Tình trạng hiệu lực', r'^Hiệu lực: ', r'^Bắt tạm giam ca sĩ Chi Dân, người mẫu An Tây và .cô tiên. Trúc Phương$', r'^## Tải ', r'^Công văn .* (PDF|DOC) \(', r'^_Nội dung tóm tắt đang được cập nhật', r'^\[!\[.*tuoitre.*\]\(.*\)\]\(', ]
PROSE_BAD=('[','!','*','|','#','_','<')
def domain(url):
    for k in END:
        if k in url: return k
    raise Exception(url)
def build(slug,n):
    r=rec(slug,n); url=r['url']; dom=domain(url)
    name=f'article_{n:02d}.txt'
    text=open(os.path.join(BASE,slug,name),encoding='utf-8').read()
    L=text.split('\n')
    if dom=='rmit.edu.vn':
        t=L[0][2:].strip()
        start=[i for i,l in enumerate(L) if l.startswith('## ') and l[3:].strip()==t][0]
        title=t
    else:
        start=[i for i,l in enumerate(L) if l.startswith('# ')][0]
        title=L[start][2:].strip()
    end=None
    for i in range(start+2,len(L)):
        if any(re.search(p,L[i]) for p in END[dom]):
            end=i; break
    assert end, (slug,n)
    # article candidates
    prose=[i for i in range(start+1,end) if len(L[i].strip())>=70 and not L[i].lstrip().startswith(('[','!','|','#','<')) and not re.match(r'^\*\s',L[i].lstrip())]
    prose=[i for i in prose if not any(re.search(p,L[i]) for p in INNER)]
    assert len(prose)>=3,(slug,n,prose)
    k=len(prose); picks=sorted(set([prose[0],prose[k//4],prose[k//2],prose[(3*k)//4],prose[-1]]))
    art=[]
    for i in picks:
        s=L[i].strip()
        for ln in (90,120,160,60):
            cand=s[:ln].rstrip()
            if len(cand)>=40 and text.count(cand)==1: art.append(cand); break
    art=art[:6]
    assert len(art)>=3,(slug,n,art)
    artlines={i for i in range(len(L)) if any(a in L[i] for a in art)}
    protect=[L[i] for i in artlines]+[L[start]]+[l for l in L if l.strip()==title]
    def ok(s):
        if len(s)<3 or not re.search(r'\w',s): return False
        if any(s in p for p in protect): return False
        return True
    inner=[L[i].strip() for i in range(start+1,end) if i not in artlines and any(re.search(p,L[i]) for p in INNER)]
    outer=[L[i].strip() for i in list(range(0,start))+list(range(end,len(L)))]
    seen=set(); inn=[]; out=[]
    for s in inner:
        if s not in seen and ok(s): seen.add(s); inn.append(s)
    for s in outer:
        if s not in seen and ok(s): seen.add(s); out.append(s)
    room=150-len(inn)
    if len(out)>room:
        step=len(out)/room; out=[out[int(j*step)] for j in range(room)]
    bp=inn+out
    return {'file':name,'title':title,'url':url if url in text else None,'boilerplate':bp,'article':art}, (start,end,len(L))
os.makedirs(os.path.join(BASE,'labels'),exist_ok=True)
NUM={'rmit':range(1,7),'luatvn':range(1,6),'lqmnews':range(1,9),'mrnews':range(1,9)}
for slug,nums in NUM.items():
    with open(os.path.join(BASE,'labels',slug+'.jsonl'),'w',encoding='utf-8') as f:
        for n in nums:
            o,info=build(slug,n)
            print(slug,n,info,len(o['boilerplate']),len(o['article']),o['title'][:60])
            f.write(json.dumps(o,ensure_ascii=False)+'\n')

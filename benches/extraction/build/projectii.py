import sys,os,glob,random,re,json
sys.path.insert(0,'/tmp/build'); from common import *
random.seed(7)
D='/tmp/p2/Data'
files=sorted(glob.glob(D+'/*/*.txt'))
def lines(p): return open(p,encoding='utf-8').read().split('\n')
bpre=re.compile(r'^ ?>>|^Xem thêm')
special=[]; dapan=[]; luat=[]; clean=[]
for p in files:
    L=lines(p)
    b=[l for l in L if bpre.match(l)]
    if not b:
        clean.append(p); continue
    s=' '.join(b)
    if 'Đáp án' in s and all(('Đáp án' in x) for x in b): dapan.append(p)
    elif all('Luật sư' in x for x in b): luat.append(p)
    else: special.append(p)
sel = special + random.sample(luat,5) + random.sample(dapan,6)
sel = sel[:24] if len(sel)>24 else sel
sel += random.sample([p for p in clean if len(open(p,encoding='utf-8').read())>1500],30-len(sel))
out=[]
for p in sel:
    L=lines(p)
    name=os.path.basename(p)
    bp=[]
    for l in L:
        if bpre.match(l) and norm(l) and norm(l) not in [norm(x) for x in bp]: bp.append(l.strip())
    body=[l for l in L[1:] if norm(l) and not bpre.match(l)]
    long=[l for l in body if len(l)>70]
    art=[]
    if body: art.append(cut(body[0],0,110))
    if len(long)>2: art.append(cut(long[len(long)//2],0.3,100))
    if len(long)>1: art.append(cut(long[-1],0.4,100))
    if len(long)>3: art.append(cut(long[1],0.5,90))
    art=[a for a in dict.fromkeys(art) if len(a)>=25]
    out.append({"file":name,"title":L[0].strip() or None,"url":None,"boilerplate":bp,"article":art,"_src":p})
json.dump(out,open('/tmp/build/projectii.json','w'),ensure_ascii=False,indent=0)
print(len(out), sum(len(r['boilerplate']) for r in out), len(special), len(luat), len(dapan))

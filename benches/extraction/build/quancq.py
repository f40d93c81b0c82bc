import csv,re,random,os,sys,json
sys.path.insert(0,'/tmp/build'); from common import *
csv.field_size_limit(10**9)
def render(r):
    parts=[r['title'].strip()]
    if r['intro'].strip(): parts.append(r['intro'].strip())
    parts.append(r['content'].strip())
    return '\n\n'.join(parts)+'\n'
def arts(r, footer_start):
    c=r['content'].strip()[:footer_start] if footer_start else r['content'].strip()
    a=[]
    if r['intro'].strip(): a.append(cut(r['intro'],0,110))
    a.append(cut(c,0,100)); a.append(cut(c,0.45,100)); a.append(cut(c[-400:],0.3,100))
    return [x for x in dict.fromkeys(a) if len(x)>=30]
def build(slug, csvname, n, kind, seed):
    rows=list(csv.DictReader(open(f'/tmp/qc/{csvname}.csv',encoding='utf-8')))
    idx=[i for i,r in enumerate(rows) if 800<len(r['content'])<6000 and r['title'].strip()]
    random.seed(seed); pick=sorted(random.sample(idx,n))
    out=f'/work/evaldata/dev/{slug}'; os.makedirs(out,exist_ok=True)
    recs=[]
    for i in pick:
        r=rows[i]; c=r['content'].strip(); bp=[]; fs=None
        if kind=='dantri':
            t=c.rfind(' Tag : ')
            if t>0:
                bp.append(c[t+1:]); fs=t
                m=re.search(r'(?:^|[.!?”"…] )(Theo [^.!?]{3,60})$', c[:t])
                if m: bp.insert(0,m.group(1)); fs=m.start(1)
        elif kind=='tienphong':
            m=re.search(r'(Theo [^.!?%,;:]{2,50})$', c)
            if m: bp.append(m.group(1)); fs=m.start(1)
        name=f'{slug}-{i:04d}.txt'
        open(os.path.join(out,name),'w',encoding='utf-8').write(render(r))
        recs.append({"file":name,"title":r['title'].strip(),"url":None,"boilerplate":bp,"article":arts(r,fs),"_url":r['url']})
    return recs
allr={}
allr['quancq-dantri']=build('quancq-dantri','dantri',30,'dantri',11)
allr['quancq-tienphong']=build('quancq-tienphong','tienphong',30,'tienphong',12)
allr['quancq-nhandan']=build('quancq-nhandan','nhandan',30,'nhandan',13)
json.dump(allr,open('/tmp/build/quancq.json','w'),ensure_ascii=False)
for s,recs in allr.items():
    print(s,len(recs),sum(len(r['boilerplate']) for r in recs))
    for r in recs: print('   ',r['file'],r['boilerplate'][:2] and [b[:90] for b in r['boilerplate']], '| END:', open(f'/work/evaldata/dev/{s}/{r["file"]}',encoding='utf-8').read()[-120:].replace('\n',' '))

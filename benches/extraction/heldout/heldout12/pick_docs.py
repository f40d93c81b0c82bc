import json,random,re,subprocess,collections,os
rows=json.load(open("/tmp/heldout12-scratch/pool.json"))
def txt(x): return subprocess.run(["git","--git-dir",f"/work/.mirror/{x['repo']}/repo","cat-file","-p",x['sha']],capture_output=True).stdout.decode()
def prose(l):
    s=l.strip()
    return len(s)>=120 and '](http' not in s and not s.startswith(('[','!')) and 'Text Color' not in s and 'Font Size' not in s
rnd=random.Random(12)
sel={}
for dom in ["vnexpress.net","thanhnien.vn","tuoitre.vn"]:
    seen=set(); byurl=collections.defaultdict(list)
    for x in sorted(rows,key=lambda x:(x['repo'],x['path'])):
        if x['dom']!=dom or x['sha'] in seen or not x['path'].endswith('.md'): continue
        seen.add(x['sha']); t=txt(x)
        if x['chars']<1500 or 'pipeline RAG' in t or 'Tin tức mới nhất' in t.split('\n')[0]: continue
        if sum(prose(l) for l in t.split('\n'))<3: continue
        if sum(bool(re.search('[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]',l)) for l in t.split('\n') if prose(l))<3: continue
        url=re.search(r'https?://[^\s)"*\]]+',t).group(0).rstrip('.')
        byurl[url].append(x)
    picks=[rnd.choice(byurl[u]) for u in sorted(byurl)]
    n=min(21,len(picks))
    sel[dom]=rnd.sample(picks,n)
    if n<15:  # top up with a second crawler's copy of an already-picked URL (different repo)
        extra=[x for u in sorted(byurl) for x in byurl[u] if x not in picks and all(x['repo']!=p['repo'] for p in picks if p in byurl[u])]
        sel[dom]+=rnd.sample(extra,min(15-n,len(extra)))
    print(dom,len(picks),n)
slugs={"vnexpress.net":"vnexpress-day08course","thanhnien.vn":"thanhnien-day08course","tuoitre.vn":"tuoitre-day08course"}
short={"vnexpress.net":"vne","thanhnien.vn":"tn","tuoitre.vn":"tt"}
man=[]
for dom,xs in sel.items():
    for i,x in enumerate(xs,1):
        owner=x['repo'].split('+')[0].lower()
        man.append(dict(slug=slugs[dom],file=f"{short[dom]}-{i:02d}-{owner}.txt",repo=x['repo'].replace('+','/'),commit=x['head'],path=x['path'],blob=x['sha']))
json.dump(man,open("/tmp/heldout12-scratch/manifest.json","w"),ensure_ascii=False,indent=1)

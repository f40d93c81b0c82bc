import json, re, os, sys
BASE='/work/evaldata/heldout22'
EMPTYLINK=re.compile(r'^(\s*[\*\-]?\s*\[[^\]]*\]\((javascript:[^)]*|[^)]*)\)\s*)+$')
def label(slug, name, title, url, regions, inbp=(), neutral=(), bp_regex_in_region=True, art_idx=None, nart=5, extra_bp=()):
    p=os.path.join(BASE,slug,name); text=open(p,encoding='utf-8').read(); L=text.split('\n')
    inreg=set()
    for a,b in regions: inreg.update(range(a,b+1))
    inbp=set(inbp)
    if bp_regex_in_region:
        for i in inreg:
            s=L[i].strip()
            if s and EMPTYLINK.match(s) and not re.search(r'\]\((?!javascript)', s.replace('](javascript','')) : pass
            if s and re.fullmatch(r'(\[\]\([^)]*\)\s*)+', s): inbp.add(i)
    artlines=[i for i in sorted(inreg) if i not in inbp and L[i].strip()]
    # article labels
    if art_idx is None:
        cands=[i for i in artlines if len(L[i].strip())>=80 and not L[i].strip().startswith(('!','[','#','*','|','>','-'))]
        if len(cands)<3: cands=[i for i in artlines if len(L[i].strip())>=60 and not L[i].strip().startswith(('!','|'))]
        k=min(nart,len(cands))
        art_idx=[cands[round(j*(len(cands)-1)/(k-1))] for j in range(k)] if k>1 else cands
    arts=[]
    for i in art_idx:
        s=L[i].strip()
        ok=None
        for start in range(0, max(1,len(s)-45), 7):
            # start at word boundary
            if start and s[start-1]!=' ': continue
            for ln in (90,110,70,130,60,50,45):
                sub=s[start:start+ln]
                if len(sub)<40: continue
                if start+ln<len(s) and ' ' in sub[40:]: sub=sub[:sub.rfind(' ')]
                sub=sub.strip()
                if len(sub)>=40 and text.count(sub)==1 and not any(c in sub for c in '[]()*_') and 'http' not in sub: ok=sub; break
            if ok: break
        if not ok:
            for start in range(0, max(1,len(s)-45), 3):
                sub=s[start:start+80].strip()
                if len(sub)>=40 and text.count(sub)==1: ok=sub; break
        if ok: arts.append(ok)
        else: print('WARN no unique art label line',i,name)
    arts=list(dict.fromkeys(arts))
    regtext=[L[i] for i in artlines]
    tl=title.strip() if title else None
    bp=[]
    for i,l in enumerate(L):
        s=l.strip()
        if not s or i in neutral: continue
        if i in inreg and i not in inbp: continue
        if len(s)<2: continue
        if any(s in r for r in regtext): continue
        if tl and (tl in s or s==tl): continue
        bp.append(s)
    for s in extra_bp: bp.append(s)
    bp=list(dict.fromkeys(bp))
    if len(bp)>150:
        bp=[bp[round(j*(len(bp)-1)/149)] for j in range(150)]
        bp=list(dict.fromkeys(bp))
    if title is not None: assert title in text, ('title',name)
    if url is not None and url not in text:
        print('WARN url not in text',name); url=None
    rec={'file':name,'title':title,'url':url,'boilerplate':bp,'article':arts}
    return rec
def write(slug, recs):
    with open(os.path.join(BASE,'labels',slug+'.jsonl'),'w',encoding='utf-8') as f:
        for r in recs: f.write(json.dumps(r,ensure_ascii=False)+'\n')
    for r in recs: print(r['file'], 'bp',len(r['boilerplate']),'art',len(r['article']))

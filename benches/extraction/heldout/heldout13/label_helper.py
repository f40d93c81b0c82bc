import json,os,re,sys,glob
BASE='/work/evaldata/heldout13'
OVR=json.load(open('/work/evaldata/heldout13/build/label_overrides.json',encoding='utf-8')) if os.path.exists('/work/evaldata/heldout13/build/label_overrides.json') else {}

def auto_zone(slug,L):
    n=len(L)
    if slug=='nguoiviet-zw9':
        pol=next((i for i,l in enumerate(L) if l.startswith('Báo Người Việt hoan nghênh')),n)
        # first long line after menus: search backwards from pol for contiguous body; find first line >=120 chars after the last menu-ish marker
        ends=[i for i,l in enumerate(L[:pol]) if l in ('Liên Lạc Người Việt','Giáo Dục','RAO VẶT XE HƠI')]
        me=max(ends) if ends else 3
        h=next(i for i in range(me+1,pol) if L[i].strip())
        e=max(i for i in range(h,pol) if L[i].strip())
        return h,e
    else:
        tn=next(i for i,l in enumerate(L) if l.strip()=='Trang nhà')
        h=next(i for i in range(tn+1,n) if L[i].strip())
        # end: line before first concatenated related line: line that is followed by related list; heuristic: the byline = last non-empty line before a line whose text length>60 and contains no space-separated sentence end... use override
        return h,None

def main():
    report=open('/tmp/heldout13-review.txt','w',encoding='utf-8')
    for slug in ('nguoiviet-zw9','vietbao-vvnm-zw9'):
        out=[]
        for path in sorted(glob.glob(f'{BASE}/{slug}/*.txt')):
            fn=os.path.basename(path)
            text=open(path,encoding='utf-8').read()
            L=text.split('\n')
            o=OVR.get(f'{slug}/{fn}',{})
            h,e=auto_zone(slug,L)
            h=o.get('h',h+1)-1; e=o.get('e',(e+1) if e is not None else None)
            e=e-1
            inzone_bp=set(x-1 for x in o.get('bp',[]))
            skip=set(x-1 for x in o.get('skip',[]))
            art_lines=set(i for i in range(h,e+1) if i not in inzone_bp)
            protected=set(art_lines)|{0,1,2}
            # boilerplate candidates
            bp=[];seen=set();coll=[]
            for i,l in enumerate(L):
                s=l.strip()
                if not s or i in protected: continue
                if i<3: continue
                if s in seen: continue
                seen.add(s)
                if any(s in L[j] for j in protected):
                    coll.append(s); continue
                bp.append(s)
            # drop bp labels that are substrings of another bp line where that would make first-occurrence ambiguous: keep (validator uses whole-line match)
            title=o.get('title',L[h].strip())
            # article picks
            cand=[i for i in sorted(art_lines) if i!=h and i not in skip and len(L[i].strip())>=45]
            picks=[]
            if cand:
                idx=[0,len(cand)//2,len(cand)-1]
                if len(cand)>=8: idx=[0,len(cand)//3,(2*len(cand))//3,len(cand)-1]
                for k in sorted(set(idx)): picks.append(cand[k])
            arts=[]
            for i in picks:
                s=L[i].strip()
                if len(s)>110:
                    cut=s[:110]
                    cut=cut[:cut.rfind(' ')] if ' ' in cut[40:] else cut
                    s=cut.strip()
                s=re.sub(r'\s*\([^()]{1,25}\)\s*$','',s).strip()
                if text.count(s)!=1:
                    # try later part
                    s2=L[i].strip()[-100:].strip()
                    if text.count(s2)==1 and len(s2)>=40: s=s2
                arts.append(s)
            arts+= o.get('add_art',[])
            if 'art' in o: arts=o['art']
            bp=[b for b in bp if b not in o.get('drop_bp',[])]+o.get('add_bp',[])
            rec={'file':fn,'title':title,'url':L[0].strip() if L[0].startswith('http') else None,'boilerplate':bp,'article':arts}
            out.append(rec)
            report.write(f'===== {slug}/{fn} h={h+1} e={e+1} title={title!r} nbp={len(bp)} coll={len(coll)}\n')
            for c in coll: report.write(f'   COLL {c[:100]}\n')
            for i in range(h,e+1):
                if L[i].strip(): report.write(f'   {i+1:4d}{"*" if i in inzone_bp else " "}{"S" if i in skip else " "} {L[i][:100]}\n')
            for a in arts: report.write(f'   ART {a}\n')
        with open(f'{BASE}/labels/{slug}.jsonl','w',encoding='utf-8') as f:
            for r in out: f.write(json.dumps(r,ensure_ascii=False)+'\n')
main()

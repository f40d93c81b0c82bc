import json, re, unicodedata, random
def norm(s):
    s=unicodedata.normalize('NFC',s).replace('_',' ')
    return re.sub(r'\s+',' ',s).strip()
def cut(s, start_frac=0.0, n=100):
    """substring of about n chars from s starting near start_frac, on word boundaries"""
    s=norm(s)
    if len(s)<=n: return s
    i=int(len(s)*start_frac)
    if i>0:
        j=s.find(' ',i); i = j+1 if j>=0 else i
    i=min(i, max(0,len(s)-n))
    if i>0 and s[i-1]!=' ':
        j=s.find(' ',i); i=j+1 if j>=0 else i
    e=i+n
    if e<len(s):
        k=s.rfind(' ',i+30,e); e = k if k>0 else e
    return s[i:e].strip()
def dump(path, recs):
    with open(path,'w',encoding='utf-8') as f:
        for r in recs: f.write(json.dumps(r,ensure_ascii=False)+'\n')

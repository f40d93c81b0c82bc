import sys,re; sys.path.insert(0,'/tmp/lab'); from engine import *
S='zeustakeshi-wiki'
def ib(name,a,b):
    L=open(f'{BASE}/{S}/{name}',encoding='utf-8').read().split('\n')
    return [i for i in range(a,b+1) if L[i].strip() in ('sửa mã nguồn','sửa','cần dẫn nguồn') or re.fullmatch(r'\[(\d+|[a-z]|cần dẫn nguồn)\]',L[i].strip())]
R=[]
for name,title,url,a,b,nr in [
  ('wikipedia_tet_nguyen_dan.txt','Tết Nguyên Đán','https://vi.wikipedia.org/wiki/Tết_Nguyên_Đán',13,3470,(3486,4282)),
  ('wikipedia_gio_to_hung_vuong.txt','Giỗ Tổ Hùng Vương','https://vi.wikipedia.org/wiki/Giỗ_Tổ_Hùng_Vương',13,394,(406,460)),
  ('wikipedia_ao_dai.txt','Áo dài','https://vi.wikipedia.org/wiki/Áo_dài',13,808,(810,936))]:
    R.append(label(S,name,title,url,[(a,b)],inbp=ib(name,a,b),neutral=[0,2,3,5]+list(range(nr[0],nr[1]+1))))
write(S,R)
for r in R: print(r['file'], r['article']); print(r['boilerplate'][:12], r['boilerplate'][-12:])

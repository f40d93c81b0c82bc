#!/usr/bin/env python3
"""Re-create the heldout17 seeds from the local mirrors.
usage: python3 build.py OUTDIR
viettravel  : byte-for-byte copies of git blobs (huyinf/VietTravel-RAG @ 0e65e96f...).
recipeshtml : saved HTML pages (boterai/recipes-parser, several commits) rendered to text with the
              stdlib rule in render() below (documented in SOURCES.md)."""
import html.parser, os, re, subprocess, sys

MIRROR = '/work/.mirror'
VT_REPO = MIRROR + '/huyinf+VietTravel-RAG/repo'
VT_COMMIT = '0e65e96f3c2c99c886844b4feafe31ea9dfd8f32'
VT = [
    ('dulichdiaphuong_com', 'search-engine/data/55/travel/2_tag.txt'),
    ('dulich_laichau_gov_vn', 'search-engine/data/7/travel/1_tag.txt'),
    ('anhnguthienan_edu_vn', 'search-engine/data/26/travel/2_tag.txt'),
    ('fptshop_com_vn', 'search-engine/data/13/food/4_tag.txt'),
    ('gacbepbamien_com', 'search-engine/data/63/food/6_tag.txt'),
    ('blogquangnam_com', 'search-engine/data/34/travel/1_tag.txt'),
    ('kinhnghiemdulich_vn', 'search-engine/data/59/food/4_tag.txt'),
    ('halotravel_vn', 'search-engine/data/25/food/3_tag.txt'),
    ('dulichphutho_gov_vn', 'search-engine/data/15/travel/6_tag.txt'),
    ('kenhhomestay_com', 'search-engine/data/16/food/2_tag.txt'),
    ('cungphuot_info', 'search-engine/data/62/food/6_tag.txt'),
    ('leaufood_com', 'search-engine/data/30/food/4_tag.txt'),
    ('go2joy_vn', 'search-engine/data/44/travel/1_tag.txt'),
    ('blogyeuphuot_com', 'search-engine/data/18/food/3_tag.txt'),
    ('dulichbinhduong_org_vn', 'search-engine/data/44/travel/3_tag.txt'),
]
RP_REPO = MIRROR + '/boterai+recipes-parser/repo'
RP = [  # (name, commit, path)
    ('amivietnam_tiramisu', '0528866f64fa85d736b31d976074c7e23392531b', 'preprocessed/amivietnam_com/N-buoc-don-gian-cho-mon-tiramisu-tru-danh_1.html'),
    ('amivietnam_banh_quy_chocolate', '0528866f64fa85d736b31d976074c7e23392531b', 'preprocessed/amivietnam_com/cach-lam-banh-quy-chocolate-chip-tai-nha_1.html'),
    ('amivietnam_banh_mi_hoa_cuc', '0528866f64fa85d736b31d976074c7e23392531b', 'preprocessed/amivietnam_com/cong-thuc-banh-mi-hoa-cuc-mem-ngon-thom-lung_1.html'),
    ('reviewamthuc_ca_ri_chay', 'b4fd462c58e2fe6e725afd872c7f0e7725bf40cf', 'preprocessed/reviewamthuc_net/ca-ri-chay.html_2.html'),
    ('reviewamthuc_dau_hu_sot_ca_chua', 'b4fd462c58e2fe6e725afd872c7f0e7725bf40cf', 'preprocessed/reviewamthuc_net/dau-hu-sot-ca-chua.html_1.html'),
    ('reviewamthuc_ga_nuong_muoi_ot', 'b4fd462c58e2fe6e725afd872c7f0e7725bf40cf', 'preprocessed/reviewamthuc_net/ga-nuong-muoi-ot.html_1.html'),
    ('venhaminh_chao_thit_bo', '1b3bf9f76b014dbe852537fcb18871a56f8bf0b5', 'preprocessed/venhaminh_vn/cach-nau-chao-thit-bo-ngon-nhat_1.html'),
    ('venhaminh_cua_dong_rang_muoi', '1b3bf9f76b014dbe852537fcb18871a56f8bf0b5', 'preprocessed/venhaminh_vn/cach-nau-cua-dong-rang-muoi_1.html'),
    ('venhaminh_ca_ri_chay', '1b3bf9f76b014dbe852537fcb18871a56f8bf0b5', 'preprocessed/venhaminh_vn/cach-nau-mon-ca-ri-chay_1.html'),
]

# Rendering rule (recipeshtml): drop everything inside script/style/noscript/svg/template/iframe/head
# except the <title> text; start a new line at every start/end of the block-level tags listed in BLOCK;
# inside a line, collapse runs of whitespace to one space and strip; drop empty lines; join with '\n'
# and end with one '\n'. Entities are decoded by html.parser (convert_charrefs=True).
BLOCK = set('address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form '
            'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul '
            'title option button label select textarea'.split())
SKIP = set('script style noscript svg template iframe head'.split())

class _R(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.cur = []; self.skip = 0; self.intitle = False
    def flush(self):
        t = re.sub(r'\s+', ' ', ''.join(self.cur)).strip(); self.cur = []
        if t: self.out.append(t)
    def handle_starttag(self, tag, attrs):
        if tag == 'title': self.flush(); self.intitle = True; return
        if tag in SKIP: self.skip += 1; return
        if tag in BLOCK: self.flush()
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK: self.flush()
    def handle_endtag(self, tag):
        if tag == 'title': self.flush(); self.intitle = False; return
        if tag in SKIP: self.skip = max(0, self.skip - 1); return
        if tag in BLOCK: self.flush()
    def handle_data(self, d):
        if self.skip and not self.intitle: return
        self.cur.append(d)

def render(src):
    p = _R(); p.feed(src); p.close(); p.flush()
    return '\n'.join(p.out) + '\n'

def blob(repo, commit, path):
    return subprocess.run(['git', '-C', repo, 'show', f'{commit}:{path}'], check=True, capture_output=True).stdout

def main(out):
    os.makedirs(out + '/viettravel', exist_ok=True); os.makedirs(out + '/recipeshtml', exist_ok=True)
    for name, path in VT:
        open(f'{out}/viettravel/{name}.txt', 'wb').write(blob(VT_REPO, VT_COMMIT, path))
    for name, commit, path in RP:
        txt = render(blob(RP_REPO, commit, path).decode('utf-8'))
        open(f'{out}/recipeshtml/{name}.txt', 'w', encoding='utf-8').write(txt)
    print('wrote', len(VT) + len(RP), 'files to', out)

if __name__ == '__main__':
    if len(sys.argv) != 2: sys.exit(__doc__)
    main(sys.argv[1])

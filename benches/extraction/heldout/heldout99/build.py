#!/usr/bin/env python3
"""Re-create every heldout99 seed from pinned git blobs (Python 3 + git + beautifulsoup4 4.15.0, stdlib "html.parser").

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout99)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole saved HTML page (UTF-8) of a Vietnamese site as a site copier / static exporter
(HTTrack, wget, WP2Static, a WordPress static export) wrote it and its owner committed it to GitHub.  The blob is decoded
as UTF-8 and rendered in-process the way student / hobby scrapers do it with BeautifulSoup:

    soup = BeautifulSoup(text, "html.parser")
    for s in soup(["script", "style"]):
        s.decompose()
    bs4nl     -> soup.get_text("\\n")                          (every text node on its own line, whitespace kept)
    bs4strip  -> soup.get_text(separator="\\n", strip=True)     (text nodes stripped, empty ones dropped)

Nothing else is cleaned (menus, breadcrumbs, sidebars, related lists, forms, footers stay).  The returned str is written
encoded as UTF-8, byte for byte, without an added newline.  One converter per source (see SEEDS).
Versions: Python 3 (Debian), beautifulsoup4 4.15.0 (soupsieve 4.1.4 installed, not used), parser "html.parser" (stdlib).
(heldout93's build.py with new SEEDS and the two bs4 converters in place of the browsers.)"""
import os
import subprocess
import sys
import warnings

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# DataCrunchWizard/blog.cloudjetsolutions.com, master "Update CNAME" 2025-03-18 (WP2Static export, 2019-2022, of
# blog.cloudjetkpi.com / blog.cjs.vn, the Vietnamese blog of Cloudjet Solutions, a KPI / HR-software company; theme svbtle)
CJ = ('DataCrunchWizard/blog.cloudjetsolutions.com', '3e224e5967df11532f1de7627494b8e941e4bd9a')
# vic4key/phunguyensteel_org, master "Create CNAME" 2023-12-19 (HTTrack copy, 2023-12-18, of phunguyensteel.com, the
# WordPress / Flatsome site of Phú Nguyễn Steel, a maker of prefabricated steel houses)
PN = ('vic4key/phunguyensteel_org', '692bb628ee581ff42e80307ecfc3aaf175b5cfb8')
# devkafe/anbinhcity, commit "init" 2016-10-23 (wget mirror of anbinhcityvietnam.com, a sales agent's WordPress site for
# the An Bình City apartment project in Hà Nội; the later commits of the repository edit the pages, so "init" is pinned)
AB = ('devkafe/anbinhcity', 'c68eb97ca0284d2f3703d45cdc3d7c38ce1fe829')
# onlincode/xtt, branch master "Update index.html" 2024-10-22 (static export of xettuyen.online, "Xét tuyển", a
# WordPress blog on university admissions and careers; branch main has most posts deleted, master keeps them)
XT = ('onlincode/xtt', 'ca6a3f3ac0c4344ec95ab530ee2bc675489a75e2')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'cloudjet-bs4nl': [
        CJ + ('10-cach-nang-cao-hieu-suat-nhan-vien/index.html', 'bs4nl', 'cloudjet_1.txt'),
        CJ + ('the-diem-can-bang-da-vuc-day-philips-nhu-the-nao/index.html', 'bs4nl', 'cloudjet_2.txt'),
        CJ + ('9-loai-nhan-vien-va-cach-quan-ly-hieu-qua/index.html', 'bs4nl', 'cloudjet_3.txt'),
        CJ + ('cloudjet-kpi-giai-phap-quan-tri-chien-luoc-nhan-su/index.html', 'bs4nl', 'cloudjet_4.txt'),
        CJ + ('tro-chuyen-voi-josh-bersin-lam-the-nao-de-nha-quan-ly-rut-ngan-khoang-cach-nang-luc-trong-cong-ty/index.html', 'bs4nl', 'cloudjet_5.txt'),
        CJ + ('cach-doi-pho-voi-5-kieu-phan-ung-tieu-cuc-cua-nhan-vien/index.html', 'bs4nl', 'cloudjet_6.txt'),
        CJ + ('quan-ly-su-thay-doi-can-phai-thay-doi/index.html', 'bs4nl', 'cloudjet_7.txt'),
    ],
    'phunguyen-bs4strip': [
        PN + ('phu-nguyen-tham-gia-trien-lam-vietbuild-2022/index.html', 'bs4strip', 'phunguyen_1.txt'),
        PN + ('su-khac-biet-giua-thep-ma-magie-kemzm275-va-thep-ma-nhom-kem-az100-az150/index.html', 'bs4strip', 'phunguyen_2.txt'),
        PN + ('tang-mong-kim-cuong-bao-ve-moi-truong/index.html', 'bs4strip', 'phunguyen_3.txt'),
        PN + ('nha-lap-ghep-2-tang/index.html', 'bs4strip', 'phunguyen_4.txt'),
        PN + ('nha-lap-ghep-homestay/index.html', 'bs4strip', 'phunguyen_5.txt'),
        PN + ('nha-hang-khung-thep/index.html', 'bs4strip', 'phunguyen_6.txt'),
        PN + ('chuyen-vien-truyen-thong-co-the-di-lam-sau-tet/index.html', 'bs4strip', 'phunguyen_7.txt'),
    ],
    'anbinh-bs4nl': [
        AB + ('cap-nhat-tien-thi-cong-moi-nhat-du-binh-city/index.html', 'bs4nl', 'anbinh_1.txt'),
        AB + ('du-binh-city-chuan-bi-mo-ban-dot-1/index.html', 'bs4nl', 'anbinh_2.txt'),
        AB + ('ngay-1-10-mo-ban-chinh-thuc-du-an-an-binh-city/index.html', 'bs4nl', 'anbinh_3.txt'),
        AB + ('phong-thuy-can-biet-khi-mua-nha-chung-cu/index.html', 'bs4nl', 'anbinh_4.txt'),
        AB + ('trang-tri-ban-cong-can-ho/index.html', 'bs4nl', 'anbinh_5.txt'),
        AB + ('nen-mua-chung-cu-an-binh-city-hay-goldmark-city/index.html', 'bs4nl', 'anbinh_6.txt'),
        AB + ('thong-tin-ve-chu-dau-tu-du-chung-cu-binh-city/index.html', 'bs4nl', 'anbinh_7.txt'),
    ],
    'xettuyen-bs4strip': [
        XT + ('kham-pha-nhung-nghe-nghiep-hap-dan-cho-nguoi-huong-noi/index.html', 'bs4strip', 'xettuyen_1.txt'),
        XT + ('tat-ca-cac-truong-dao-tao-marketing-o-tphcm/index.html', 'bs4strip', 'xettuyen_2.txt'),
        XT + ('truong-dh-kinh-te-luat-uel-dhqg-tphcm/index.html', 'bs4strip', 'xettuyen_3.txt'),
        XT + ('truong-dai-hoc-an-giang-dhqg-tphcm/index.html', 'bs4strip', 'xettuyen_4.txt'),
        XT + ('truong-dai-hoc-cong-nghe-thong-tin-uit-dhqg-tphcm/index.html', 'bs4strip', 'xettuyen_5.txt'),
        XT + ('truong-dai-hoc-kinh-te-quoc-dan-neu/index.html', 'bs4strip', 'xettuyen_6.txt'),
    ],
}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def bs4_text(raw, conv):
    from bs4 import BeautifulSoup
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        soup = BeautifulSoup(raw.decode('utf-8'), 'html.parser')
    for s in soup(['script', 'style']):
        s.decompose()
    if conv == 'bs4nl':
        return soup.get_text('\n')
    if conv == 'bs4strip':
        return soup.get_text(separator='\n', strip=True)
    raise ValueError(conv)


def main():
    import bs4
    assert bs4.__version__ == '4.15.0', bs4.__version__
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            data = bs4_text(blob(repo, commit, path), conv).encode('utf-8')
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

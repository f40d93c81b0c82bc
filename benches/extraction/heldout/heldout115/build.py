#!/usr/bin/env python3
"""Re-create every heldout115 seed from pinned git blobs (Python 3 stdlib + git + Debian links / lynx / pandoc +
Python html2text).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout115)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole page (UTF-8) of a Vietnamese WordPress site as a static exporter wrote it
(`YYYY/MM[/DD]/slug/index.html` or `slug/index.html` next to `wp-content/…`) and its owner committed it to GitHub.
Converters (one per source, see SEEDS):
  links      Links 2.28               : links -dump -width 80 -codepage utf-8 FILE
  lynx       lynx 2.9.0dev.12         : lynx -dump -nolist -width=80 -display_charset=utf-8 -assume_charset=utf-8 FILE
  pandoc     pandoc 2.17.1.1          : pandoc -f html -t plain (default 72-column wrapping), blob on stdin,
                                         http(s)_proxy pointed at a closed local port (no network fetches)
  html2text  Python html2text 2025.4.15, module defaults (HTML2Text().handle(text), body width 78), run in-process
For links / lynx the blob's bytes are written unchanged to the fixed file /tmp/heldout115-scratch/page/page.html and
the browser runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte.  For pandoc the bytes
go to stdin with LC_ALL=C.UTF-8; stdout is the seed.  For html2text the blob is decoded as UTF-8 and the returned
str is written encoded as UTF-8.  (heldout93's build.py with new SEEDS, lynx with -nolist and heldout103's pandoc
converter added.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# LQ2-apostrophe/noisystream-site, master "Removed mobile search box, added basic redirects" (2018-11-03): static
# copy of the WordPress blog "Noisy Stream" (noisystream.lq2music.com) of LQ2' (Lê Tá), personal / server-admin posts.
NOISY = ('LQ2-apostrophe/noisystream-site', 'b6fecfb16c275d0fc82180f6898c92be59bc625d')
# meokisama/alonelycomet, main "Update daily backup" (2021-12-04): static export of the WordPress 5.8.2 site
# "A Lonely Comet", a Vietnamese anime / manga magazine blog.
COMET = ('meokisama/alonelycomet', 'b7717be6b84000c410c2b57f504312373feb9480')
# doanha1982/flovetia, "up" (2021-04-27): static export of flovetia.com, the WordPress site of the orchid shop
# Flovetia (Công ty TNHH MTV TM & DV Hoa Việt), its "Nhật Ký" blog posts.
FLOV = ('doanha1982/flovetia', '899f151c8e35f01dbb7857ff475455e259178150')
# potatomat0/HoangMinhNhat710WP, "Create README.md" (2023-03-31): static export of the WordPress 6.0.3 / WooCommerce
# site "NhatKoThieuNang" (a student's CMS course site) with the owner's Vietnamese essays and translations.
NHAT = ('potatomat0/HoangMinhNhat710WP', 'e8cf6df629efab4b7b8695bf2626dea8f033f8a0')

SEEDS = {
    'noisystream-links': [
        NOISY + ('2018/03/viet-cho-ngay-sinh-nhat/index.html', 'links', 'noisy_1.txt'),
        NOISY + ('2017/12/co-be-robot-hien-thu-va-su-nham-lan-tai-hai/index.html', 'links', 'noisy_2.txt'),
        NOISY + ('2017/12/hom-nay-la-ngay-cuoi-cung-cua-nam-2017/index.html', 'links', 'noisy_3.txt'),
        NOISY + ('2017/10/dich-vu-hosting-mien-phi-va-trai-nghiem-moi-voi-server-rieng/index.html', 'links', 'noisy_4.txt'),
        NOISY + ('2018/05/kiem-tien-ma-hoa-tu-hai-ban-tay-trang/index.html', 'links', 'noisy_5.txt'),
        NOISY + ('2018/04/muon-neo-duong-chon-may-tinh-ca-nhan/index.html', 'links', 'noisy_6.txt'),
        NOISY + ('2018/02/chuyen-quai-gi-vay/index.html', 'links', 'noisy_7.txt'),
    ],
    'comet-pandoc': [
        COMET + ('2021/07/16/hyouka-mot-tuyet-tac-nghe-thuat-cua-nen-anime-hien-dai/index.html', 'pandoc', 'comet_1.txt'),
        COMET + ('2021/08/27/fanservice-khong-co-toi/index.html', 'pandoc', 'comet_2.txt'),
        COMET + ('2021/08/06/anime-studio-kiem-tien-bang-cach-nao/index.html', 'pandoc', 'comet_3.txt'),
        COMET + ('2021/09/15/to-muon-an-tuy-cua-cau-mot-tac-pham-ve-su-song/index.html', 'pandoc', 'comet_4.txt'),
        COMET + ('2021/09/02/penguin-highway-xa-lo-chim-canh-cut-hay-tran-trong-gia-tri-cua-thoi-gian/index.html', 'pandoc', 'comet_5.txt'),
        COMET + ('2021/11/10/shiki-loai-quy-con-nguoi-ai-moi-dang-so/index.html', 'pandoc', 'comet_6.txt'),
    ],
    'flovetia-html2text': [
        FLOV + ('flovetia-cho-di-va-nhan-lai/index.html', 'html2text', 'flov_1.txt'),
        FLOV + ('mang-sung-tuc-thinh-vuong-den-nha-voi-lan-ho-diep-flovetia/index.html', 'html2text', 'flov_2.txt'),
        FLOV + ('nen-tang-hoa-gi-cho-ban-gai-moi-quen/index.html', 'html2text', 'flov_3.txt'),
        FLOV + ('buoc-dau-tien-de-phu-nu-hanh-phuc/index.html', 'html2text', 'flov_4.txt'),
        FLOV + ('meo-chon-hoa-lan-ho-diep/index.html', 'html2text', 'flov_5.txt'),
        FLOV + ('tan-man-ngay-cuoi-cung-nam-2020/index.html', 'html2text', 'flov_6.txt'),
        FLOV + ('ky-uc-ve-me-va-chau-lan-ho-diep/index.html', 'html2text', 'flov_7.txt'),
    ],
    'nhat-lynx': [
        NHAT + ('2020/02/20/dich-7-thoi-quen-xau-trong-cuoc-song-hien-dai-lam-hai-den-suc-khoe-nao-bo/index.html', 'lynx', 'nhat_1.txt'),
        NHAT + ('2020/03/23/dich-tai-sao-ta-lai-dap-chan-khi-ngu/index.html', 'lynx', 'nhat_2.txt'),
        NHAT + ('2020/04/22/nghich-ly-xac-suat-va-mot-so-tu-duy-thong-ke-sai-lam/index.html', 'lynx', 'nhat_3.txt'),
        NHAT + ('2021/06/08/dich-tai-sao-chuot-khong-duoc-huong-quyen-dong-vat-nhu-nhung-loai-linh-truong/index.html', 'lynx', 'nhat_4.txt'),
        NHAT + ('2020/07/13/thu-tu-sinh-co-anh-huong-den-tinh-cach-tre/index.html', 'lynx', 'nhat_5.txt'),
        NHAT + ('2020/07/19/nguyen-duy-can-toi-tu-hoc-chuong-8-mot-so-nguyen-tac-khi-lam-viec/index.html', 'lynx', 'nhat_6.txt'),
        NHAT + ('2021/08/18/dich-meo-co-mac-khung-hoang-hien-sinh-khong/index.html', 'lynx', 'nhat_7.txt'),
    ],
}

BROWSER = {
    'links': ['links', '-dump', '-width', '80', '-codepage', 'utf-8'],
    'lynx': ['lynx', '-dump', '-nolist', '-width=80', '-display_charset=utf-8', '-assume_charset=utf-8'],
}
PAGE = '/tmp/heldout115-scratch/page/page.html'
PANDOC = ['pandoc', '-f', 'html', '-t', 'plain']
NOPROXY = {'http_proxy': 'http://127.0.0.1:9', 'https_proxy': 'http://127.0.0.1:9',
           'HTTP_PROXY': 'http://127.0.0.1:9', 'HTTPS_PROXY': 'http://127.0.0.1:9'}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def browse(cmd, raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb')).stdout
    finally:
        os.remove(PAGE)


def pandoc(raw):
    return subprocess.run(PANDOC, input=raw, check=True, capture_output=True,
                          env=dict(os.environ, LC_ALL='C.UTF-8', **NOPROXY)).stdout


def h2t(raw):
    import html2text
    return html2text.HTML2Text().handle(raw.decode('utf-8')).encode('utf-8')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            raw = blob(repo, commit, path)
            if conv == 'html2text':
                data = h2t(raw)
            elif conv == 'pandoc':
                data = pandoc(raw)
            else:
                data = browse(BROWSER[conv], raw)
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout95 seed from pinned git blobs (Python 3 stdlib + git + Debian chromium).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout95)

Each seed is `document.body.innerText` of one whole saved HTML page (a git blob at a pinned commit) as headless
Chromium renders it from a file:// URL with the network off -- the text a Selenium / Playwright scraper (or a
copy-paste user) gets: menus one item per line, no link list, captions inline, CSS text-transform applied, elements
hidden by the page's own CSS left out.  Nothing is edited by hand.

How a seed is made:
  1. The page's site tree is laid out at the pinned commit in the fixed directory /tmp/heldout95-scratch/site/
     (emptied first): the page blob itself plus every blob of that commit whose file name contains ".css" (the saved
     style sheets, so that the page's own CSS applies: mobile menus hidden, text-transform, display:none).  Images,
     fonts and scripts are not laid out (innerText does not depend on them; scripts are off anyway).  Blobs are read
     with `git --git-dir=<mirror> cat-file -p <commit>:<path>` and written byte for byte.
  2. Chromium (Debian package chromium 156.0.8078.114-1~deb12u1, checked below) is started headless with
       --headless --no-sandbox --disable-gpu --disable-background-networking --remote-debugging-pipe
       --user-data-dir=<fresh temp dir> --no-first-run --disable-extensions --disable-sync --disable-component-update
       --disable-default-apps --mute-audio --hide-scrollbars --lang=vi-VN --window-size=1366,900
       --host-resolver-rules="MAP * ~NOTFOUND" (no host name resolves: network off)
       --blink-settings=scriptEnabled=false (page JavaScript off, so clocks / random widgets cannot change the text;
       <noscript> content is therefore shown)
     and driven over the DevTools protocol on its pipe (fds 3/4, no network port): Target.createTarget about:blank,
     Page.navigate file://<page>, wait for Page.loadEventFired, Runtime.evaluate("document.body.innerText").
  3. The returned string, encoded as UTF-8 with nothing added or removed, is the seed.
Deterministic: run twice, the bytes are identical (checked).  heldout93's build.py layout with a new converter.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

MIRROR = '/work/.mirror'
SCRATCH = '/tmp/heldout95-scratch'
SITE = os.path.join(SCRATCH, 'site')
CHROMIUM = '/usr/bin/chromium'
CHROMIUM_VERSION = 'Chromium 156.0.8078.114'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# nhatminh2474/ABC, commit "Create CNAME" 2022-01-21 (HTTrack 3.x copy, 2022-01-21, of thcshoanglamtpo.bentre.edu.vn, the
# Liferay portal ("theme_ChinhQuyen") of Trường THCS Hoàng Lam, TP Bến Tre; "Chi tiết tin" news pages)
ABC = ('nhatminh2474/ABC', '351361fe4a341b7d98caacb4181e30c3141e23ea')
# ewh-support/tuandaknong-dakrlap.daknong, branch gh-pages "Thu 08/08/2019 8:57:23.07" (EasyWebHub build of
# dakrlap.daknong.gov.vn, TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẮK R'LẤP - TỈNH ĐĂK NÔNG; CNAME dakrlap.daknong.gov.vn)
DAK = ('ewh-support/tuandaknong-dakrlap.daknong', 'eb90655f9b47123631fd0de8a177941887c92752')
# ewh-support/cafenews.inhdanh, branch gh-pages "28/11/2017 9:57:42.50" (EasyWebHub build of "Cafenews", a coffee
# news magazine on a Newspaper-style theme; CNAME cafenews.inhdanh.easywebhub.me)
CAFE = ('ewh-support/cafenews.inhdanh', 'b27add58cff0cedba40c8ec3cae57affa9bc94e7')
# truongvm94/vipic.demo.homesite, "Update about-new.html" 2024-10-04 (saved copy, wget-style "@" names, of the site of
# CÔNG TY CỔ PHẦN ĐẦU TƯ KHU CÔNG NGHIỆP VIỆT NAM (VIPIC, "kcnnghison3"), its "Tin tức - Sự kiện" posts)
VIPIC = ('truongvm94/vipic.demo.homesite', '2bf3e7302a93b09c67f75a980d4eaaa8d6d6d7a9')

# slug -> [(repo, commit, path, output name), ...]
SEEDS = {
    'hoanglam-chromium': [
        ABC + ('chi-tiet-tin0681.html', 'hoanglam_1.txt'),
        ABC + ('chi-tiet-tin182f.html', 'hoanglam_2.txt'),
        ABC + ('chi-tiet-tin1840.html', 'hoanglam_3.txt'),
        ABC + ('chi-tiet-tin2970.html', 'hoanglam_4.txt'),
        ABC + ('chi-tiet-tin7bf1.html', 'hoanglam_5.txt'),
        ABC + ('chi-tiet-tin8123.html', 'hoanglam_6.txt'),
        ABC + ('chi-tiet-tind247.html', 'hoanglam_7.txt'),
        ABC + ('chi-tiet-tine389.html', 'hoanglam_8.txt'),
    ],
    'dakrlap-chromium': [
        DAK + ('dak-r-lap-no-luc-ngan-chan-benh-dich-ta-lon-chau-phi/index.html', 'dakrlap_1.txt'),
        DAK + ('dak-r-lap-xu-ly-bai-thu-gom-rac-thai-tai-kien-duc/index.html', 'dakrlap_2.txt'),
        DAK + ('hoi-nghi-bch-dang-bo-huyen-dak-r-lap-lan-thu-17-khoa-viii-nhiem-ky-2015-2020/index.html', 'dakrlap_3.txt'),
        DAK + ('hop-tac-xa-dak-tan-lien-ket-voi-nong-dan-trong-chanh-day-trong-nha-luoi-phuc-vu-xuat-khau/index.html', 'dakrlap_4.txt'),
        DAK + ('ky-niem-20-nam-ngay-thanh-lap-thi-tran-kien-duc-huyen-dak-r-lap-27-7-199927-7-2019/index.html', 'dakrlap_5.txt'),
        DAK + ('lap-ban-do-tim-kiem-quy-tap-hai-cot-liet-si-o-dak-r-lap-doi-hoi-nhieu-no-luc/index.html', 'dakrlap_6.txt'),
        DAK + ('trien-khai-du-an-khai-thac-bo-xit-nhan-co-nam-2019-nguoi-dan-dak-r-lap-dong-thuan-giao-dat/index.html', 'dakrlap_7.txt'),
        DAK + ('yen-binh-dak-ru/index.html', 'dakrlap_8.txt'),
    ],
    'cafenews-chromium': [
        CAFE + ('9-ty-luot-xem-hang-thang-buzzfeed-thach-thuc-cac-hang-tin-truyen-thong/index.html', 'cafenews_1.txt'),
        CAFE + ('ba-le-hoang-diep-thao-tro-lai-va-tham-vong-dua-ca-phe-trung-nguyen-len-ngoi-vua/index.html', 'cafenews_2.txt'),
        CAFE + ('ca-phe-ngu-ca-phe-xem-phim-noi-tru-ngu-cua-thanh-nien-dat-nha/index.html', 'cafenews_3.txt'),
        CAFE + ('ceo-the-coffee-house-nguyen-hai-ninh-dung-mot-cai-di-ban-ca-phe/index.html', 'cafenews_4.txt'),
        CAFE + ('gioi-kinh-doanh-do-xo-di-ban-tra-sua-tai-sao/index.html', 'cafenews_5.txt'),
        CAFE + ('nguyen-thi-kim-hanh-ba-me-cua-yellow-chair-specialty-coffee/index.html', 'cafenews_6.txt'),
        CAFE + ('nguyen-van-son-nguoi-so-huu-giong-ca-phe-so-mot-chau-a/index.html', 'cafenews_7.txt'),
        CAFE + ('trinh-lang-sieu-pham-iphone-x-gia-999-usd-cu-nhay-lon-nhat-cua-apple/index.html', 'cafenews_8.txt'),
    ],
    'vipic-chromium': [
        VIPIC + ('vi/blog/posts/bat-dong-san-cong-nghiep-se-khoi-sac-trong-nam-2024.html', 'vipic_1.txt'),
        VIPIC + ('vi/blog/posts/gia-thue-bds-cong-nghiep-mien-bac-tang-manh-nhat-ca-nuoc.html', 'vipic_2.txt'),
        VIPIC + ('vi/blog/posts/thanh-hoa-khoi-cong-tuyen-duong-noi-cao-toc-bac-nam-di-cang-nghi-son.html', 'vipic_3.txt'),
        VIPIC + ('vi/blog/posts/thanh-hoa-sap-co-them-nha-may-luye-can-thep-5500-ty-dong-tai-khu-kinh-te-nghi-son.html', 'vipic_4.txt'),
        VIPIC + ('vi/blog/posts/thu-tuong-chinh-phu-phe-duyet-quy-hoach-tinh-thanh-hoa.html', 'vipic_5.txt'),
        VIPIC + ('vi/blog/posts/tien-do-hoan-thanh-du-an-tram-bien-ap-220kv-cap-dien-cho-kkt-nghi-son.html', 'vipic_6.txt'),
        VIPIC + ('vi/blog/posts/von-fdi-thuc-hien-9-thang-nam-2023-cao-ky-luc.html', 'vipic_7.txt'),
    ],
}


def git(repo, *args):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo)] + list(args), check=True, capture_output=True).stdout


def lay_out(repo, commit, page):
    """Write the page blob and every '*.css*' blob of the commit under SITE; return the page's file path."""
    shutil.rmtree(SITE, ignore_errors=True)
    names = git(repo, 'ls-tree', '-r', '-z', '--name-only', commit).decode('utf-8').split('\0')
    want = sorted(n for n in names if n and '.css' in os.path.basename(n).lower())
    if page not in want:
        want.append(page)
    for n in want:
        dst = os.path.join(SITE, n)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with open(dst, 'wb') as f:
            f.write(git(repo, 'cat-file', '-p', commit + ':' + n))
    return os.path.join(SITE, page)


class Chrome:
    """Headless Chromium driven over the DevTools protocol on --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self):
        self.prof = tempfile.mkdtemp(prefix='profile-', dir=SCRATCH)
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        args = [CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                '--remote-debugging-pipe', '--user-data-dir=' + self.prof, '--no-first-run', '--disable-extensions',
                '--disable-sync', '--disable-component-update', '--disable-default-apps', '--mute-audio',
                '--hide-scrollbars', '--lang=vi-VN', '--window-size=1366,900',
                '--host-resolver-rules=MAP * ~NOTFOUND', '--blink-settings=scriptEnabled=false', 'about:blank']

        def child():
            os.dup2(r1, 3)
            os.dup2(w2, 4)
        self.proc = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=child, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, env=dict(os.environ, LC_ALL='C.UTF-8', TZ='UTC'))
        os.close(r1)
        os.close(w2)
        self.w = os.fdopen(w1, 'wb', buffering=0)
        self.r = os.fdopen(r2, 'rb', buffering=0)
        self.buf = b''
        self.n = 0
        self.events = []

    def _read(self):
        while b'\0' not in self.buf:
            chunk = self.r.read(65536)
            if not chunk:
                raise RuntimeError('chromium closed its pipe')
            self.buf += chunk
        msg, self.buf = self.buf.split(b'\0', 1)
        return json.loads(msg)

    def call(self, method, params=None, session=None):
        self.n += 1
        msg = {'id': self.n, 'method': method, 'params': params or {}}
        if session:
            msg['sessionId'] = session
        self.w.write(json.dumps(msg).encode() + b'\0')
        while True:
            m = self._read()
            if m.get('id') == self.n:
                if 'error' in m:
                    raise RuntimeError('%s: %s' % (method, m['error']))
                return m['result']
            self.events.append(m)

    def wait(self, name, session, timeout=120):
        t0 = time.time()
        while True:
            for i, e in enumerate(self.events):
                if e.get('method') == name and e.get('sessionId') == session:
                    del self.events[i]
                    return e
            if time.time() - t0 > timeout:
                raise RuntimeError('timed out waiting for ' + name)
            self.events.append(self._read())

    def inner_text(self, path):
        target = self.call('Target.createTarget', {'url': 'about:blank'})['targetId']
        s = self.call('Target.attachToTarget', {'targetId': target, 'flatten': True})['sessionId']
        self.call('Page.enable', session=s)
        self.call('Page.navigate', {'url': 'file://' + path}, session=s)
        self.wait('Page.loadEventFired', s)
        r = self.call('Runtime.evaluate', {'expression': 'document.body.innerText', 'returnByValue': True}, session=s)
        self.call('Target.closeTarget', {'targetId': target})
        return r['result']['value']

    def close(self):
        try:
            self.call('Browser.close')
        except Exception:
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.prof, ignore_errors=True)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    ver = subprocess.run([CHROMIUM, '--version'], capture_output=True, text=True).stdout.strip()
    if not ver.startswith(CHROMIUM_VERSION):
        sys.exit('need %s (Debian chromium 156.0.8078.114-1~deb12u1), found %r' % (CHROMIUM_VERSION, ver))
    os.makedirs(SCRATCH, exist_ok=True)
    ch = Chrome()
    n = 0
    try:
        for slug, items in SEEDS.items():
            os.makedirs(os.path.join(out, slug), exist_ok=True)
            for repo, commit, path, name in items:
                text = ch.inner_text(lay_out(repo, commit, path))
                with open(os.path.join(out, slug, name), 'wb') as f:
                    f.write(text.encode('utf-8'))
                n += 1
    finally:
        ch.close()
        shutil.rmtree(SITE, ignore_errors=True)
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

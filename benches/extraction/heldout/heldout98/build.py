#!/usr/bin/env python3
"""Re-create every heldout98 seed from pinned git blobs (git + Python markdownify / MarkItDown).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout98)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole rendered HTML page of a Vietnamese WordPress site as the site's own page-cache
plugin stored it on the production server (WP Rocket: wp-content/cache/wp-rocket/<host>/<slug>/index-https.html;
WP Fastest Cache: wp-content/cache/all/<slug>/index.html) and the site owner committed with the whole WordPress tree.
The blob is decoded as UTF-8 and turned into Markdown by one of the HTML-to-Markdown converters that LLM-era scrapers
use (one converter per source, see SEEDS):
  markdownify  Python markdownify 1.2.3, module defaults: markdownify.markdownify(html)   (the converter behind
               markdown-crawler and many crawl-to-Markdown RAG scripts)
  markitdown   Microsoft MarkItDown 0.1.9 (plugins off): MarkItDown().convert_stream(bytes, StreamInfo(extension='.html',
               mimetype='text/html', charset='utf-8')).markdown
The returned str is written encoded as UTF-8; that is the seed, byte for byte.
Both packages are pip-installed into /tmp/heldout98-scratch/venv (pip install markdownify==1.2.3 markitdown==0.1.9,
which pulled beautifulsoup4 4.15.0); if they are not importable by the running interpreter, the script re-runs itself
with that venv's python.  (heldout93's build.py with new SEEDS and new converters.)"""
import io
import os
import subprocess
import sys

VENV_PY = '/tmp/heldout98-scratch/venv/bin/python'
try:
    import markdownify  # noqa: F401
    import markitdown  # noqa: F401
except ImportError:
    if os.path.exists(VENV_PY) and os.path.abspath(sys.prefix) != os.path.dirname(os.path.dirname(VENV_PY)):
        os.execv(VENV_PY, [VENV_PY] + sys.argv)
    raise

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# langthangnhumay/invaithuanphat, "First commit" 2025-02-18 (whole WordPress tree of invaithuanphat.vn, the site of
# Công ty TNHH Print Thuận Phát, a Hanoi fabric-printing workshop; Flatsome theme; its WP Rocket page cache holds the
# rendered production pages)
TP = ('langthangnhumay/invaithuanphat', 'fd65147498361c47ea2d18db3a4c39c830de3b95')
TPC = 'wp-content/cache/wp-rocket/invaithuanphat.vn/'
# duynghia8799/brandast, "finish" 2020-05-29 (whole WordPress tree of brandast.com, the Hanoi branding agency
# Brandast; its WP Fastest Cache folder holds the rendered production pages)
BA = ('duynghia8799/brandast', 'fc38d125f47233d688f05f108f97f9ec15b6c5ba')
BAC = 'wp-content/cache/all/'

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'thuanphat-markdownify': [
        TP + (TPC + 'so-sanh-in-chuyen-nhiet-va-in-lua-cong-nghe-nao-su-dung-nhieu/index-https.html', 'markdownify', 'tp_1.txt'),
        TP + (TPC + 'cac-phuong-phap-in-len-vai/index-https.html', 'markdownify', 'tp_2.txt'),
        TP + (TPC + 'nhiet-do-in-chuyen-nhiet-nhu-the-nao-la-hop-ly-nhat/index-https.html', 'markdownify', 'tp_3.txt'),
        TP + (TPC + 'nhung-luu-y-khi-in-ao-dong-phuc/index-https.html', 'markdownify', 'tp_4.txt'),
        TP + (TPC + 'huong-dan-in-decal-chuyen-nhiet-nhanh-hieu-qua/index-https.html', 'markdownify', 'tp_5.txt'),
        TP + (TPC + 'in-vai-3d-la-gi-cac-phuong-phap-in-vai-3d/index-https.html', 'markdownify', 'tp_6.txt'),
        TP + (TPC + 'in-ao-va-nhung-kinh-nghiem-khi-in/index-https.html', 'markdownify', 'tp_7.txt'),
        TP + (TPC + 'dia-chi-in-ao-theo-yeu-cau-ha-noi/index-https.html', 'markdownify', 'tp_8.txt'),
    ],
    'brandast-markitdown': [
        BA + (BAC + '9-xu-huong-thiet-ke-nhan-dien-thuong-hieu-doanh-nghiep-noi-bat-nam-2019/index.html', 'markitdown', 'ba_1.txt'),
        BA + (BAC + 'en/9-font-chu-se-len-ngoi-trong-nam-2019/index.html', 'markitdown', 'ba_2.txt'),
        BA + (BAC + 'dat-ten-thuong-hieu-champa-hom/index.html', 'markitdown', 'ba_3.txt'),
        BA + (BAC + 'dat-ten-thuong-hieu-greennest/index.html', 'markitdown', 'ba_4.txt'),
        BA + (BAC + 'service/thiet-ke-profile/index.html', 'markitdown', 'ba_5.txt'),
    ],
}


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def conv_markdownify(raw):
    from markdownify import markdownify as md
    return md(raw.decode('utf-8'))


def conv_markitdown(raw):
    from markitdown import MarkItDown, StreamInfo
    info = StreamInfo(extension='.html', mimetype='text/html', charset='utf-8')
    return MarkItDown(enable_plugins=False).convert_stream(io.BytesIO(raw), stream_info=info).markdown


CONV = {'markdownify': conv_markdownify, 'markitdown': conv_markitdown}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            data = CONV[conv](blob(repo, commit, path)).encode('utf-8')
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Re-create every heldout129 seed from pinned git blobs (Python 3 stdlib + git + Debian lynx / w3m / links / pandoc).

usage: python3 build.py [OUT_DIR]     (default: the directory that holds this build.py, /work/evaldata/heldout129)

Each seed is made from one whole blob read with `git --git-dir=<mirror> cat-file -p <commit>:<path>`; nothing is
edited by hand.  Every blob is one whole built HTML page (UTF-8) of a Vietnamese course / course-report site made with
Hugo and the "hugo-theme-learn" based theme of the AWS First Cloud Journey (FCJ) programme, committed to GitHub by its
owner (the `public/` output folder of the Hugo site).  Converters (one per source, see SEEDS):
  lynx    lynx 2.9.0dev.12          : lynx -dump -nolist -width=100 -display_charset=utf-8 -assume_charset=utf-8 FILE
  w3m     w3m 0.5.3+git20230121-2   : w3m -dump -T text/html -O UTF-8 -cols 100 FILE
  pandoc  pandoc 2.17.1.1           : pandoc -f html -t plain --wrap=none FILE
  links   Links 2.28                : links -dump -width 100 -codepage utf-8 FILE
The blob's bytes are written unchanged to the fixed file /tmp/heldout129-scratch/page/page.html and the converter
runs on it with LC_ALL=C.UTF-8, TERM=dumb; its stdout is the seed, byte for byte (pandoc's stderr warnings are
discarded).  (heldout93's build.py with new SEEDS and converters.  ELinks 0.13.2 was tried for the VPC source and dropped: its
-dump output turns Vietnamese letters such as "ớ" into invalid UTF-8 byte runs.)"""
import os
import subprocess
import sys

MIRROR = '/work/.mirror'


def gitdir(repo):
    base = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


# AWS-First-Cloud-Journey/000008-CloudWatch, master "Update comprehensive README for CloudWatch workshop" 2025-09-30
# (the FCJ programme's official Vietnamese/English lab course "AWS CloudWatch Workshop", 000008.awsstudygroup.com)
CW = ('AWS-First-Cloud-Journey/000008-CloudWatch', 'c099f142a2a7948e750aa09f68322df741215015')
# DazielNguyen/aws-fcj-report, main "feat: update gitnore" 2026-02-21 (an FCJ intern's report site: worklog,
# proposal, translated AWS blog posts, event write-ups, self-evaluation)
DZ = ('DazielNguyen/aws-fcj-report', '1ec66e6d2189b4b078b151709222b2d6d7db8144')
# AnAn-Aster/AWS_Intern-Report, main "event 5" 2026-04-18 (another FCJ intern's report site; event write-ups)
AA = ('AnAn-Aster/AWS_Intern-Report', 'a05fc8e8510ec18db4bb9150cc8591b066575533')
# FCJ-DNTU/000003-WorkingwithVPC, main "Update config.toml" 2024-10-02 (the FCJ club of Đại học Nguyễn Tất Thành's
# lab course "Working with Amazon VPC")
VPC = ('FCJ-DNTU/000003-WorkingwithVPC', 'ebdde92e1c6a242ba12052ea32a216214b2480a0')

# slug -> [(repo, commit, path, converter, output name), ...]
SEEDS = {
    'fcjcloudwatch-lynx': [
        CW + ('public/vi/1-introduction/index.html', 'lynx', 'cw_1.txt'),
        CW + ('public/vi/2-preparatory-steps/index.html', 'lynx', 'cw_2.txt'),
        CW + ('public/vi/3-cloud-watch-metric/3.1-view-metrics/index.html', 'lynx', 'cw_3.txt'),
        CW + ('public/vi/4-cloud-watch-logs/4.2-logs-insights/index.html', 'lynx', 'cw_4.txt'),
        CW + ('public/vi/5-cloud-watch-alarm/index.html', 'lynx', 'cw_5.txt'),
        CW + ('public/vi/6-cloud-watch-dashboard/index.html', 'lynx', 'cw_6.txt'),
    ],
    'fcjreport-daziel-w3m': [
        DZ + ('public/vi/3-blogstranslated/3.1-blog1/index.html', 'w3m', 'dz_1.txt'),
        DZ + ('public/vi/3-blogstranslated/3.2-blog2/index.html', 'w3m', 'dz_2.txt'),
        DZ + ('public/vi/3-blogstranslated/3.3-blog3/index.html', 'w3m', 'dz_3.txt'),
        DZ + ('public/vi/3-blogstranslated/3.4-blog4/index.html', 'w3m', 'dz_4.txt'),
        DZ + ('public/vi/4-eventparticipated/4.1-event1/index.html', 'w3m', 'dz_5.txt'),
        DZ + ('public/vi/4-eventparticipated/4.2-event2/index.html', 'w3m', 'dz_6.txt'),
        DZ + ('public/vi/6-self-evaluation/index.html', 'w3m', 'dz_7.txt'),
    ],
    'fcjreport-ananaster-pandoc': [
        AA + ('public/vi/4-s3log/4.1-event1/index.html', 'pandoc', 'aa_1.txt'),
        AA + ('public/vi/4-s3log/4.2-event2/index.html', 'pandoc', 'aa_2.txt'),
        AA + ('public/vi/4-s3log/4.3-event3/index.html', 'pandoc', 'aa_3.txt'),
        AA + ('public/vi/4-s3log/4.4-event4/index.html', 'pandoc', 'aa_4.txt'),
        AA + ('public/vi/4-s3log/4.5-event5/index.html', 'pandoc', 'aa_5.txt'),
    ],
    'fcjvpc-links': [
        VPC + ('public/vi/1-introduce/index.html', 'links', 'vpc_1.txt'),
        VPC + ('public/vi/1-introduce/1.1-subnets/index.html', 'links', 'vpc_2.txt'),
        VPC + ('public/vi/1-introduce/1.3-internetgateway/index.html', 'links', 'vpc_3.txt'),
        VPC + ('public/vi/1-introduce/1.4-natgateway/index.html', 'links', 'vpc_4.txt'),
        VPC + ('public/vi/2-firewallinvpc/2.1-securitygroup/index.html', 'links', 'vpc_5.txt'),
        VPC + ('public/vi/2-firewallinvpc/2.2-networkacls/index.html', 'links', 'vpc_6.txt'),
        VPC + ('public/vi/2-firewallinvpc/2.3-vpc-resource-map/index.html', 'links', 'vpc_7.txt'),
    ],
}

CONV = {
    'lynx': ['lynx', '-dump', '-nolist', '-width=100', '-display_charset=utf-8', '-assume_charset=utf-8'],
    'w3m': ['w3m', '-dump', '-T', 'text/html', '-O', 'UTF-8', '-cols', '100'],
    'pandoc': ['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none'],
    'links': ['links', '-dump', '-width', '100', '-codepage', 'utf-8'],
}
PAGE = '/tmp/heldout129-scratch/page/page.html'


def blob(repo, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(repo), 'cat-file', '-p', commit + ':' + path],
                          check=True, capture_output=True).stdout


def convert(cmd, raw):
    os.makedirs(os.path.dirname(PAGE), exist_ok=True)
    with open(PAGE, 'wb') as f:
        f.write(raw)
    try:
        return subprocess.run(cmd + [PAGE], check=True, capture_output=True,
                              env=dict(os.environ, LC_ALL='C.UTF-8', TERM='dumb')).stdout
    finally:
        os.remove(PAGE)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    n = 0
    for slug, items in SEEDS.items():
        os.makedirs(os.path.join(out, slug), exist_ok=True)
        for repo, commit, path, conv, name in items:
            data = convert(CONV[conv], blob(repo, commit, path))
            data.decode('utf-8')  # must be UTF-8 text
            with open(os.path.join(out, slug, name), 'wb') as f:
                f.write(data)
            n += 1
    print('wrote', n, 'seeds to', out)


if __name__ == '__main__':
    main()

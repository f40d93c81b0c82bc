#!/usr/bin/env python3
"""Render one git blob to seed text, the way a user turning saved pages into an ebook would.

copy - a text blob (already a whole-page text dump): its bytes are written unchanged.
lynx - a saved HTML page rendered by Debian lynx 2.9.0dev.12-1:
         lynx -dump -nolist -width=80 -assume_charset=utf-8 -display_charset=utf-8 -stdin
       with LANG=C.UTF-8 (all pages here are UTF-8; their own <meta charset> says so).
w3m  - a saved HTML page rendered by Debian w3m 0.5.3+git20230121-2:
         w3m -dump -cols 80 -I UTF-8 -O UTF-8 -T text/html
       with LANG=C.UTF-8, page read from stdin.
Browser output is written as produced (no stripping, no re-wrapping).  Both browsers are given
an empty HOME-independent configuration ( -cfg=/dev/null for lynx, -config /dev/null for w3m )
so local settings cannot change the output."""
import os
import subprocess

ENV = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', TERM='dumb')

LYNX = ['lynx', '-cfg=/dev/null', '-dump', '-nolist', '-width=80',
        '-assume_charset=utf-8', '-display_charset=utf-8', '-stdin']
W3M = ['w3m', '-config', '/dev/null', '-dump', '-cols', '80', '-I', 'UTF-8', '-O', 'UTF-8', '-T', 'text/html']

VERSIONS = {'lynx': '2.9.0dev.12', 'w3m': '0.5.3+git20230121'}


def check_versions():
    v = subprocess.run(['lynx', '-version'], capture_output=True, text=True).stdout
    assert 'Lynx Version ' + VERSIONS['lynx'] + ' ' in v, v.splitlines()[:1]
    v = subprocess.run(['w3m', '-version'], capture_output=True, text=True).stdout
    assert 'w3m/' + VERSIONS['w3m'] in v, v.splitlines()[:1]


def copy(raw):
    return raw


def lynx(raw):
    return subprocess.run(LYNX, input=raw, capture_output=True, check=True, env=ENV).stdout


def w3m(raw):
    return subprocess.run(W3M, input=raw, capture_output=True, check=True, env=ENV).stdout


RENDER = {'copy': copy, 'lynx': lynx, 'w3m': w3m}

#!/usr/bin/env python3
"""Render one crawler record to plain text, the way a user's export script would (stdlib only).

copy           - a .md/.txt blob: its bytes are written unchanged (decoded as UTF-8 only to be written back).
Every JSON renderer takes the parsed JSON object and returns text; string values are written exactly as stored
(their own line breaks kept, nothing stripped or cleaned).  A final newline is added when the body lacks one.
title_body     - record title, a blank line, then the body field (content_markdown / content) as stored.
url_title_body - the url on the first line, the title on the second, a blank line, then the body as stored.
fields         - every scalar field except the body as `key: value`, one per line, in file order, then a blank
                 line, then the body as stored (used only for records whose other fields are short scalars)."""

BODY_KEYS = ('content_markdown', 'content')


def _body(d):
    for k in BODY_KEYS:
        if isinstance(d.get(k), str):
            return k, d[k]
    raise KeyError('no body field')


def _end(s):
    return s if s.endswith('\n') else s + '\n'


def title_body(d):
    return _end(d['title'] + '\n\n' + _body(d)[1])


def url_title_body(d):
    return _end(d['url'] + '\n' + d['title'] + '\n\n' + _body(d)[1])


def fields(d):
    bk, body = _body(d)
    out = []
    for k, v in d.items():
        if k == bk:
            continue
        assert not isinstance(v, (dict, list)), k
        out.append('%s: %s' % (k, v))
    return _end('\n'.join(out) + '\n\n' + body)


RENDER = {'title_body': title_body, 'url_title_body': url_title_body, 'fields': fields}

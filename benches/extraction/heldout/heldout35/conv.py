#!/usr/bin/env python3
"""Render one crawler record / text blob to plain text, the way a user's export script would (stdlib only).

copy    - a .txt blob: its bytes are written unchanged (checked to be UTF-8 only).
fields  - a JSON crawl record: every scalar field except the body as `key: value`, one per line, in file order,
          then a blank line, then the body (`content_markdown` / `content`) exactly as stored (own line breaks kept,
          nothing stripped or cleaned); a final newline is added when the body lacks one.  Same renderer as
          heldout30 / heldout34."""
import json

BODY_KEYS = ('content_markdown', 'content')


def _body(d):
    for k in BODY_KEYS:
        if isinstance(d.get(k), str):
            return k, d[k]
    raise KeyError('no body field')


def _end(s):
    return s if s.endswith('\n') else s + '\n'


def copy(raw):
    raw.decode('utf-8')
    return raw


def fields(raw):
    d = json.loads(raw.decode('utf-8'))
    bk, body = _body(d)
    out = []
    for k, v in d.items():
        if k == bk:
            continue
        assert not isinstance(v, (dict, list)), k
        out.append('%s: %s' % (k, v))
    return _end('\n'.join(out) + '\n\n' + body).encode('utf-8')


RENDER = {'copy': copy, 'fields': fields}

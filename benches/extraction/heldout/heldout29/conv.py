#!/usr/bin/env python3
"""Render one crawler JSON record to plain text, the way a user's export script would (stdlib only).

Every renderer takes the parsed JSON object and returns text; string values are written exactly as stored
(their own line breaks kept, nothing stripped or cleaned).  A final newline is added when the body lacks one.

title_body    - record title, a blank line, then the body field (content_markdown / content) as stored.
fields        - every scalar field except the body as `key: value`, one per line, in file order (a nested
                dict such as `metadata` is flattened to its own `key: value` lines at that position), then a
                blank line, then the body as stored.
body_only     - the body field as stored, nothing else.
url_title_body - the url on the first line, the title on the second, a blank line, then the body as stored.
post_comments - for a social-media post record with nested comments: the title, a blank line, the post `content`
                as stored, a blank line, then the `content` of every comment in stored order, each followed by
                the `content` of its `replys`, one item after another (each item as stored, one per line;
                user names / dates / reaction counts of the record are not written)."""

BODY_KEYS = ('content_markdown', 'content')


def _body(d):
    for k in BODY_KEYS:
        if isinstance(d.get(k), str):
            return k, d[k]
    raise KeyError('no body field')


def _end(s):
    return s if s.endswith('\n') else s + '\n'


def _title(d):
    if isinstance(d.get('title'), str):
        return d['title']
    return d['metadata']['title']


def _url(d):
    if isinstance(d.get('url'), str):
        return d['url']
    return d['metadata']['source_url']


def title_body(d):
    return _end(_title(d) + '\n\n' + _body(d)[1])


def fields(d):
    bk, body = _body(d)
    out = []
    for k, v in d.items():
        if k == bk:
            continue
        if isinstance(v, dict):
            for k2, v2 in v.items():
                out.append('%s: %s' % (k2, v2))
        else:
            out.append('%s: %s' % (k, v))
    return _end('\n'.join(out) + '\n\n' + body)


def body_only(d):
    return _end(_body(d)[1])


def url_title_body(d):
    return _end(_url(d) + '\n' + _title(d) + '\n\n' + _body(d)[1])


def post_comments(d):
    out = [d['title'], '', d['content'], '']
    for c in d['comments']:
        out.append(c['content'])
        for r in c['replys']:
            out.append(r['content'])
    return _end('\n'.join(out))


RENDER = {'title_body': title_body, 'fields': fields, 'body_only': body_only, 'url_title_body': url_title_body,
          'post_comments': post_comments}

# json.JSONDecodeError messages, positions (msg, pos, lineno, colno) and subclassing.
import json

bad_docs = [
    '',
    '{',
    '{"a": 1,}',
    '[1, 2',
    "{'single': 1}",
    '{"a" 1}',
    '[1 2]',
    'tru',
    '"unterminated',
    '{"a": 1} extra',
    '01',
    '[1,\n 2,\n oops]',
    '"bad \\x escape"',
    '{"key": "ctrl\x01"}',
    '[-]',
]
for doc in bad_docs:
    try:
        json.loads(doc)
        print('parsed?!', repr(doc))
    except json.JSONDecodeError as e:
        print('%-20r %s | msg=%r pos=%d line=%d col=%d' % (doc, e, e.msg, e.pos, e.lineno, e.colno))
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[1, 2, 3')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)


class ConfigError(Exception):
    pass


def load_config(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError('bad config at line %d: %s' % (e.lineno, e.msg)) from None


print(load_config('{"config": [1, 2, 3]}'))
load_config('{"config": [1, 2,, 3]}')

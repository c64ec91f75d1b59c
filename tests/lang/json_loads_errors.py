# json.loads errors: JSONDecodeError messages, positions, line/column, and argument errors.
import json

bad_docs = ['', ' ', '{', '}', '[', ']', '[1', '[1,', '[1, ', '[1,]', '[,1]', '{"a":', '{"a"', '{"a":1',
            '{"a":1,', '{"a":1,}', '{,}', '{1: 2}', "{'a': 1}", '{"a" 1}', '[1 2]', 'tru', 'nul', 'fals',
            'True', 'None', 'nan', 'inf', '-', '-x', '--1', '+1', '.5', '1.', '1.e5', '1e', '1e+', '[1e]',
            '01', '00', '0x10', '[1.]', '"unterminated', '"abc\\', '"\\x41"', '"\\u12"', '"\\u12x4"',
            '"\\ud800\\u12x4"', '"\\u"', '["a" "b"]', '{"a": 1} x', '[1] [2]', '1 2', '"a" "b"',
            '[1,\n 2,\n oops]', '{\n  "a": 1,\n  "b": ?\n}', '\n\n   @', '[\r\n1,\r\n]', '\ufeff[]',
            '"ctrl\x01"', '"new\nline"', '[1, 2] \n\n junk', '{"a": [1, {"b": }]}', '[-]', '-Infinityx',
            'Infinit', 'NaNa', '1_000', '\u00a0 1', '[1,2,3', '"\\', '{"a":1 "b":2}']
for doc in bad_docs:
    try:
        v = json.loads(doc)
        print('parsed', ascii(doc), repr(v))
    except json.JSONDecodeError as e:
        print('%-22s %s | %d %d %d' % (ascii(doc), e, e.pos, e.lineno, e.colno))
e = None
try:
    json.loads('[1, 2, x]')
except ValueError as err:
    e = err
print(type(e).__name__, isinstance(e, ValueError), e.msg, e.doc, e.pos, e.args)
print(json.JSONDecodeError('custom', 'ab\ncd', 4), json.JSONDecodeError.__mro__[1].__name__)
for bad in [5, None, [1], {'a': 1}, 2.5]:
    try:
        json.loads(bad)
    except TypeError as err:
        print('TypeError:', err)
try:
    json.loads('1', bogus=1)
except TypeError as err:
    print('TypeError:', err)


def read_config(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise SystemExit('config error on line %d: %s' % (err.lineno, err.msg))


print(read_config('{"debug": true}'))
read_config('{\n "debug": tru\n}')

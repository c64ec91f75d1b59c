# json.loads of strings: escape sequences, \u escapes, surrogate pairs, non-ASCII input, strict=False.
import json

docs = [r'"\" \\ \/ \b \f \n \r \t"', r'"\u0041\u00e9\u4e2d\u20ac"', r'"\ud83d\ude00"', r'"\ud83d"', r'"\ude00"',
        r'"\ud83d\u0041"', r'"\ud83dx"', r'"\uDBFF\uDFFF"', r'"\u0000"', '"é ü 中文 😀"', '"tab\\tin"',
        r'"a\u005cb"', '"\x7f\x80"', r'"\u00"' if False else '"end\\\\"', r'"\\u1234"', '"' + 'long' * 100 + '"']
for doc in docs:
    v = json.loads(doc)
    print(ascii(doc)[:40], ascii(v)[:60], len(v))
print(json.loads('"tab\there"', strict=False) == 'tab\there', json.loads('"nl\nx"', strict=False))
print(ascii(json.loads('["\x00\x1f"]', strict=False)))
for doc in ['"a\tb"', '"\x1f"', '{"k\n": 1}']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(ascii(doc), e)
print(json.loads('{"é": "ü", "😀": ["中"]}'))
print(json.decoder.scanstring('"abc" tail', 1), json.decoder.scanstring('x"a\\nb"', 2))
print(json.loads('"' + '\\n' * 5 + '"') == '\n' * 5, json.loads('"\\\\n"'))
s = '"' + ''.join('\\u%04x' % c for c in range(0x20, 0x80)) + '"'
print(json.loads(s))

# json string escaping: ensure_ascii on and off, control characters, surrogates, every short escape.
import json

samples = ['', 'plain ascii', 'quote " backslash \\ slash /', '\b\f\n\r\t', '\x00\x01\x1f\x20\x7e\x7f\x80',
           'é ü ß', '中文', '€', '😀 emoji 🎉', '\u2028\u2029', '\ud800 lone high', 'lone low \udfff',
           '\U0010ffff', 'tab\there', '</script>', "it's"]
for s in samples:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False) == '"' + json.dumps(s, ensure_ascii=False)[1:-1] + '"',
          ascii(json.dumps(s, ensure_ascii=False)))
print(json.dumps({'ключ': 'значение'}), json.dumps({'ключ': 'значение'}, ensure_ascii=False))
print(json.dumps(['é'], ensure_ascii=False, indent=1))
all_controls = ''.join(chr(i) for i in range(32))
print(json.dumps(all_controls))
print(json.dumps(all_controls, ensure_ascii=False) == json.dumps(all_controls))
print(len(json.dumps('x' * 1000)), json.dumps('\\' * 5), json.dumps('"' * 3))
for s in samples:
    assert json.loads(json.dumps(s)) == s, s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s, s
print('round trips ok')

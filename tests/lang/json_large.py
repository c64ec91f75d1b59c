# json on a document of about a megabyte: dumps/loads agree and keep their shape.
import json

records = []
for i in range(6000):
    records.append({'id': i, 'name': 'item %d \u00e9' % i, 'score': i * 0.25, 'flags': [i % 2 == 0, None],
                    'tags': ['t%d' % (i % 7), 'quote"d', 'line\nbreak'][: i % 4],
                    'nested': {'x': [1, 2, 3], 'y': -i, 'z': 'é😀' * (i % 3)}})
text = json.dumps(records)
pretty = json.dumps(records, indent=2, sort_keys=True)
raw = json.dumps(records, ensure_ascii=False, separators=(',', ':'))
print(len(text), len(pretty), len(raw), text.count('\\u'), raw.count('é'))
back = json.loads(text)
print(back == records, json.loads(pretty) == records, json.loads(raw) == records)
print(back[4321], sum(r['id'] for r in back), back[-1]['nested'])
print(text[:120])
print(pretty[-80:])
words = json.loads('[' + ','.join('"w%d"' % i for i in range(20000)) + ']')
print(len(words), words[12345], len(json.dumps(words)))

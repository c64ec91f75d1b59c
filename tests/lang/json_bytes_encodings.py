# json.loads of bytes and bytearray: UTF-8 (with and without BOM), UTF-16 and UTF-32 detection.
import json

text = '{"name": "caf\u00e9", "emoji": "\U0001f600", "n": [1, 2]}'
print(json.loads(text.encode('utf-8')))
print(json.loads(bytearray(text.encode('utf-8'))))
print(json.loads(b'\xef\xbb\xbf' + text.encode('utf-8')))
samples = [
    ('utf-16-le', b'{\x00}\x00'),
    ('utf-16-be', b'\x00[\x001\x00]'),
    ('utf-16 bom le', b'\xff\xfe[\x002\x00]\x00'),
    ('utf-16 bom be', b'\xfe\xff\x00[\x003\x00]'),
    ('utf-32-le', b'4\x00\x00\x00'),
    ('utf-32-be', b'\x00\x00\x00"\x00\x00\x00a\x00\x00\x00"'),
    ('utf-32 bom', b'\xff\xfe\x00\x00[\x00\x00\x00]\x00\x00\x00'),
    ('utf-16 pair', b'"\x00=\xd8\x00\xde"\x00'),
    ('two bytes le', b'7\x00'),
    ('two bytes be', b'\x008'),
    ('short', b'9'),
]
for label, data in samples:
    print(label, ascii(json.loads(data)), json.detect_encoding(data))
print(json.detect_encoding(b''), json.detect_encoding(b'{}'), json.detect_encoding(b'\xef\xbb\xbf{}'))
for data in [b'\xff', b'[1, 2', b'"\xc3"']:
    try:
        json.loads(data)
    except ValueError as e:
        print(type(e).__name__ + ':', e)
try:
    json.loads('\ufeff{}')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
print(json.loads(json.dumps({'k': 'v'}).encode()))

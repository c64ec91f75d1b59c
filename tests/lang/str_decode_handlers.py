# bytes.decode with every error handler, and the error's attributes.
data = [b'abc', b'a\xffb', b'\xc3\xa9', b'\xc3', b'\xc3(', b'\xe2\x82', b'\xe2\x82\xac', b'\xf0\x9f\x98\x80',
        b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf5\x80', b'\x80\x80', b'a\xe2\x28\xa1z']
for d in data:
    for err in ('replace', 'ignore', 'backslashreplace', 'surrogateescape'):
        print(d, err, ascii(d.decode('utf-8', err)), ascii(d.decode('ascii', err)))
    try:
        print(ascii(d.decode()))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.encoding, e.object, e.start, e.end, e.reason)
    print(ascii(d.decode('latin-1')), ascii(bytearray(d).decode('utf-8', 'replace')))
for enc in ('utf8', 'UTF-8', 'ascii', 'latin_1', 'iso8859-1'):
    print(enc, ascii(b'x\xe9'.decode(enc, 'replace')))
try:
    b'x'.decode('no-such-codec')
except LookupError as e:
    print('LookupError:', e)
try:
    b'\xff'.decode('utf-8', 'no-such-handler')
except LookupError as e:
    print('LookupError:', e)
print(b'ok'.decode('utf-8', 'no-such-handler'), str(b'\xe9', 'latin-1'), str(b'\xff', 'utf-8', 'replace'))
r = b'\xff\xfe'.decode('utf-8', 'surrogateescape')
print(ascii(r), r.encode('utf-8', 'surrogateescape'))

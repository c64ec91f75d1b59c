# str.encode and bytes.decode.
s = 'héllo wörld €'
b = s.encode()
print(b, len(b), len(s))
print(s.encode('utf-8') == b, s.encode('UTF-8') == b, s.encode('utf8') == b)
print(b.decode(), b.decode('utf-8') == s)
print('abc'.encode('ascii'), 'abc'.encode('latin-1'), 'é'.encode('latin-1'))
print(b'\xe9'.decode('latin-1'))
print('😀'.encode('utf-8'), b'\xf0\x9f\x98\x80'.decode())
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'abc\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(isinstance(UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), ValueError))
print(issubclass(UnicodeEncodeError, UnicodeError), issubclass(UnicodeError, ValueError))

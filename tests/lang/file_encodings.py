# Text file codecs (UTF-8, ASCII, Latin-1) and error handlers.
path = '/tmp/gilpy_test_file_encodings.txt'
f = open(path, 'w', encoding='latin-1')
print(f.write('café ñ ü'), f.encoding)
f.close()
f = open(path, 'rb')
print(f.read())
f.close()
f = open(path, encoding='latin1')
print(repr(f.read()))
f.close()
try:
    f = open(path, encoding='utf-8')
    f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
f.close()
f = open(path, encoding='utf-8', errors='replace')
print(repr(f.read()))
f.close()
f = open(path, errors='ignore')
print(repr(f.read()))
f.close()
f = open(path, errors='surrogateescape')
s = f.read()
f.close()
print(repr(s))
f = open(path, 'w', errors='surrogateescape')
f.write(s)
f.close()
f = open(path, 'rb')
print(f.read())
f.close()
try:
    f = open(path, encoding='ascii')
    f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
f.close()
f = open(path, 'w', encoding='ascii')
try:
    f.write('abc é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(f.write('plain'))
f.close()
f = open(path, 'w', encoding='ascii', errors='replace')
f.write('x€y')
f.close()
f = open(path, 'w', encoding='US-ASCII', errors='backslashreplace')
f.write('é€😀\n')
f.close()
f = open(path, encoding='ascii')
print(repr(f.read()))
f.close()
f = open(path, 'w', encoding='latin-1')
try:
    f.write('ok €')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
f.close()
try:
    open(path, encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
for name in ['UTF-8', 'utf_8', 'U8', 'Latin_1', 'iso-8859-1', 'ascii']:
    f = open(path, encoding=name)
    print(name, f.encoding)
    f.close()
f = open(path, 'w', encoding='utf-8')
try:
    f.write('lone \udc80 surrogate')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
f.close()

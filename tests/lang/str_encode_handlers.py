# str.encode: codecs, aliases and error handlers.
s = 'aé€😀\udcff'
t = 'aé€😀'
for enc in ('utf-8', 'UTF8', 'utf_8', 'U8', 'ascii', 'US-ASCII', '646', 'latin-1', 'latin1', 'ISO-8859-1', 'l1', 'cp819'):
    for err in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        try:
            print(enc, err, t.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, 'UnicodeEncodeError', e.args[0], e.args[2], e.args[3], e.args[4])
for err in ('surrogateescape', 'surrogatepass', 'ignore', 'replace', 'backslashreplace', 'strict'):
    try:
        print(err, s.encode('utf-8', err))
    except UnicodeEncodeError as e:
        print(err, 'UnicodeEncodeError', e.encoding, e.start, e.end, e.reason)
print('\udc80\udcff'.encode('ascii', 'surrogateescape'), '\udce9'.encode('latin-1', 'surrogateescape'))
print('aéb'.encode('ascii', 'namereplace'), 'x€y'.encode('latin-1', 'namereplace'))
print('abc'.encode(), 'abc'.encode('utf-8', 'bogus'), 'abc'.encode(encoding='ascii'), 'é'.encode(errors='strict'))
for bad in (('bogus',), ('ascii', 'bogus'), (1,), ('ascii', 2)):
    try:
        print('éé'.encode(*bad))
    except (LookupError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    'aéé€b'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, len(e.args))
try:
    'abéécd'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason)
print(isinstance('x'.encode(), bytes), len('😀'.encode()), len('😀'.encode('utf-8', 'ignore')))

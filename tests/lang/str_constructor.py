# str(): objects, bytes with encodings, and argument errors.
print(repr(str()), str(0), str(-1.5), str(True), str(None), str([1, 'a']), str(('x',)), str({'k': b'v'}))
print(str(b'abc'), str(bytearray(b'xy')), str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(b'\xe9', 'latin-1'))
print(str(b'a\xffb', 'utf-8', 'replace'), str(b'a\xffb', errors='ignore'), str(object=b'x'), str(object='y'))
print(str(encoding='utf-8'), str(errors='strict'), str(bytearray(b'q'), encoding='ascii'), str('plain'))
print(type(str(5)).__name__, str('abc') == 'abc', str(str('nested')))
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: str(1, 'utf-8'))
show(lambda: str('abc', 'utf-8'))
show(lambda: str(b'a', 1))
show(lambda: str(b'a', 'ascii', 1))
show(lambda: str(b'a', 'bogus'))
show(lambda: str(b'\xff', 'ascii'))
show(lambda: str(1, 2, 3, 4))
show(lambda: str([1], errors='ignore'))
show(lambda: str(None, 'ascii'))
show(lambda: str('x', encoding=None))
show(lambda: str(b'x', 'latin-1', errors='strict'))
print(str.__name__, str.__doc__.split('\n')[0])

# split/rsplit: maxsplit and every kind of whitespace.
s = '  a  b\tc\nd  '
for m in (-1, 0, 1, 2, 3, 10):
    print(m, s.split(None, m), s.rsplit(None, m), s.split(maxsplit=m), s.rsplit(maxsplit=m))
t = 'a,b,,c,'
for m in (-1, 0, 1, 2, 5):
    print(m, t.split(',', m), t.rsplit(',', m), t.split(',,', m), t.rsplit(sep=',', maxsplit=m))
ws = 'a\x1cb\x1dc\x1ed\x1fe\x0bf\x0cg\x85h\xa0i\u2028j\u2029k\u3000l\u2003m\u200bn'
print(ws.split())
print(ws.rsplit(None, 3))
print(len(ws.split()), ws.split(None, 1)[1] == ws[2:])
print('   '.split(), ''.split(), ''.split(','), ' '.split(' '), '  '.rsplit(' ', 1))
print('αβγ αβ  γ'.split(), 'αβγ αβ  γ'.rsplit(None, 1), 'α-β-γ'.split('-'), 'α--β'.rsplit('--'))
print('😀 😁\t😂'.split(), '😀x😁x'.split('x'), 'x😀x'.rsplit('😀'))
print('a b c'.split(' ', 0), 'a b c'.rsplit(' ', 0), ' a b '.split(' '), ' a b '.rsplit(' '))
print('one  two   three'.split(' '), 'aXbXc'.split('X', maxsplit=1), 'aXbXc'.rsplit('X', maxsplit=1))
print('abc'.split('abc'), 'abcabc'.split('abc'), 'abcabc'.rsplit('bca'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
r = 'x y'.split()
print(r, len(r), type(r).__name__)
big = 'w0 w1 w2 w3 w4'
print(big.split(None, 2), big.rsplit(None, 2))

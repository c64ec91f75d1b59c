# str.split and str.rsplit.
print('a b  c   d'.split())
print('  leading and trailing  '.split())
print('a,b,,c'.split(','))
print('a,b,,c'.split(',', 1))
print('a,b,,c'.rsplit(',', 1))
print('a::b::c'.split('::'))
print(''.split(), ''.split(','))
print('   '.split(), '   '.split(' '))
print('one\ttwo\nthree\r\nfour\x0bfive\x0csix'.split())
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2))
print('a b c d'.split(maxsplit=1), 'a b c d'.rsplit(maxsplit=1))
print('a,b,c'.split(sep=',', maxsplit=0))
print('a,b,c'.split(',', -1))
print('  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1))
print('abcabc'.split('abc'), 'aaa'.split('a'))
print('x'.split('x'), 'xyx'.split('y'))
print('1 2 3'.split(' '), '1  2'.split(' '))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError:', e)

# str.replace: counts, empty patterns, non-ASCII.
s = 'one one one'
for c in (-5, -1, 0, 1, 2, 3, 4, 100):
    print(c, s.replace('one', '1', c), s.replace('one', '', c), s.replace('', '-', c))
print('abc'.replace('', ''), ''.replace('', 'x'), ''.replace('a', 'b'), ''.replace('', ''))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('aa', 'ab'), 'abab'.replace('ab', 'abab'))
print('héllo wörld'.replace('ö', 'o'), 'ααα'.replace('α', 'ab', 2), '😀😀'.replace('😀', '😁'))
print('héllo'.replace('', '|'), 'é'.replace('', 'ü', 1), 'x😀y'.replace('', '.'))
print('abc'.replace('b', 'βββ'), 'αβγ'.replace('β', 'b'), 'tab\there'.replace('\t', '    '))
print('abc'.replace('x', 'y'), 'aXbXc'.replace('X', '', 1), 'a.b.c'.replace('.', '', -1))
big = 'ab' * 200
r = big.replace('ab', 'xyz')
print(len(r), r[:9], r.count('xyz'), big.replace('ba', '').count('a'))
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'abc'.replace(1, 'a'))
show(lambda: 'abc'.replace('a', 1))
show(lambda: 'abc'.replace('a', 'b', 'c'))
show(lambda: 'abc'.replace('a', 'b', 1.0))
show(lambda: 'abc'.replace('a'))
show(lambda: 'abc'.replace('a', 'b', 1, 2))
show(lambda: 'abc'.replace('a', 'b', count=1))
show(lambda: 'abc'.replace(b'a', b'b'))
show(lambda: 'abc'.replace('a', 'b', 2 ** 70))

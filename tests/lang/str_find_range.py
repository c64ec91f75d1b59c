# find/rfind/index/rindex/count with start and end, ASCII and non-ASCII.
s = 'abcabcabc'
u = 'αβγαβγ😀αβ'
for sub in ('a', 'bc', 'c', '', 'abcd', 'x'):
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 5))
for start, end in ((0, 9), (1, None), (None, 4), (-4, -1), (-100, 100), (5, 2), (9, 9), (10, 12)):
    print(start, end, s.find('a', start, end), s.rfind('a', start, end), s.count('a', start, end),
          s.find('', start, end), s.rfind('', start, end), s.count('', start, end))
for sub in ('α', 'βγ', '😀', 'β', '', 'z'):
    print(sub, u.find(sub), u.rfind(sub), u.count(sub), u.find(sub, 4), u.rfind(sub, 0, 7), u.count(sub, -3))
print(u.index('😀'), u.rindex('α'), u.index('β', 2, 5), u.rindex('γ', 0, 6))
print('aaaa'.count('aa'), 'aaaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'))
print(''.find(''), ''.rfind(''), ''.count(''), ''.find('a'), 'abc'.find('', 3), 'abc'.find('', 4))
print('abc'.count('', 4), 'abc'.count('', 3), 'abc'.rfind('', 4), 'abc'.find('c', 2 ** 70))
print('abc'.find('a', -2 ** 70), 'abc'.count('b', None, None), 'abc'.rfind('b', True))
long = 'x' * 300 + 'needle' + 'y' * 300 + 'needle' + 'z' * 10
print(long.find('needle'), long.rfind('needle'), long.count('needle'), long.find('needlf'))
print(long.find('needle', 307), long.rfind('needle', 0, 611), long.count('y' * 7))
for sub in ('c', 'abc'):
    try:
        print(s.index(sub, 7))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(s.rindex(sub, 0, 2))
    except ValueError as e:
        print('ValueError:', e)

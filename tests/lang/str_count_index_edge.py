# Edge cases of count/find/index with start/end arguments and empty strings.
s = 'abcabcabc'
for sub in ('', 'a', 'abc', 'cab', 'x', 'abcabcabcabc'):
    print(repr(sub), s.count(sub), s.find(sub), s.rfind(sub), s.count(sub, 2), s.count(sub, 2, 7))
for start, end in ((0, 9), (1, 9), (-3, None), (None, -3), (5, 2), (9, 9), (10, 20), (-100, 100)):
    print(start, end, s.find('c', start, end), s.rfind('c', start, end), s.count('c', start, end),
          s.startswith('ab', start, end), s.endswith('bc', start, end))
print(''.find(''), ''.rfind(''), ''.count(''), ''.find('', 1), 'ab'.find('', 2), 'ab'.find('', 3))
print('aaa'.count('a', 1), 'aaa'.count('aa', 0, 2), 'aaa'.rfind('aa'), 'aaaa'.count('aaa'))
try:
    s.index('c', 6, 8)
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('z', 0)
except ValueError as e:
    print('ValueError:', e)
try:
    s.count()
except TypeError as e:
    print('TypeError:', e)
try:
    s.find('a', 'b')
except TypeError as e:
    print('TypeError:', e)
print('mississippi'.replace('ss', 'SS', 1).count('ss'), 'mississippi'.split('ss'), 'mississippi'.rsplit('i', 2))

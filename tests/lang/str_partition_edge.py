# partition and rpartition.
for s in ('a=b=c', '=a', 'a=', '=', '', 'abc', '==', 'α=β=γ', '😀=😁'):
    print(repr(s), s.partition('='), s.rpartition('='))
print('abcabc'.partition('bc'), 'abcabc'.rpartition('bc'), 'abc'.partition('abc'), 'abc'.rpartition('abcd'))
print('key: value: more'.partition(': '), 'key: value: more'.rpartition(': '))
print('path/to/file.txt'.rpartition('/')[2], 'path/to/file.txt'.rpartition('.')[0], 'noext'.rpartition('.'))
r = 'a-b'.partition('-')
print(type(r).__name__, len(r), r[0] + r[2])
for bad in ('', 1, None, b'='):
    for name in ('partition', 'rpartition'):
        try:
            getattr('a=b', name)(bad)
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__ + ':', e)

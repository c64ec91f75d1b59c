# removeprefix / removesuffix.
for s in ('prefix-body-suffix', 'body', '', 'prefixprefix', 'αβγ', '😀x😀'):
    print(repr(s.removeprefix('prefix')), repr(s.removesuffix('suffix')), repr(s.removeprefix('')),
          repr(s.removesuffix('')), repr(s.removeprefix(s)), repr(s.removesuffix(s + 'x')))
print('αβγ'.removeprefix('α'), 'αβγ'.removesuffix('βγ'), '😀x😀'.removeprefix('😀'), '😀x😀'.removesuffix('x😀'))
print('aaa'.removeprefix('a'), 'aaa'.removesuffix('aa'), 'abc'.removeprefix('abcd'), 'abc'.removesuffix('zabc'))
for bad in (None, 1, b'a', ('a',)):
    for name in ('removeprefix', 'removesuffix'):
        try:
            getattr('abc', name)(bad)
        except TypeError as e:
            print(name, 'TypeError:', e)
try:
    'abc'.removeprefix()
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.removesuffix('a', 'b')
except TypeError as e:
    print('TypeError:', e)

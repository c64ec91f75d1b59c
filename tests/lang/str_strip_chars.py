# strip/lstrip/rstrip with and without characters.
samples = ['  hi  ', '\t\n hi\x0b\x0c\r', '\x1c\x1dhi\x1e\x1f', '\u3000\xa0hi\u2028\x85', '', '   ', 'hi']
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'xyhiyx'.lstrip('yx'), 'xyhiyx'.rstrip('xy'))
print('ααβhiβα'.strip('αβ'), '😀hi😀😁'.strip('😁😀'), 'éhié'.lstrip('é'), 'éhié'.rstrip('éh'))
print(repr('aaa'.strip('a')), repr('abc'.strip('')), repr('abc'.strip('cba')), repr('abcb'.rstrip('b')))
print('www.example.com'.strip('cmowz.'), 'mississippi'.rstrip('ipz'), '  spacious  '.lstrip())
for bad in (1, b'x', ['a']):
    for name in ('strip', 'lstrip', 'rstrip'):
        try:
            getattr('abc', name)(bad)
        except TypeError as e:
            print(name, 'TypeError:', e)
try:
    'abc'.strip('a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.strip(chars='a')
except TypeError as e:
    print('TypeError:', e)
s = 'keep'
print(s.strip() == s, s.strip('z') == s, s.lstrip('k'), s.rstrip('p'))

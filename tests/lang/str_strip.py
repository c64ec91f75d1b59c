# strip, lstrip, rstrip.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('abcHELLOcba'.strip('abc'), '123abc321'.strip('0123456789'))
print(repr(''.strip()), repr('   '.strip()), repr('x'.strip('x')))
print('www.example.com'.strip('cmowz.'))
print(repr('\u3000wide space\u3000'.strip()))
print(repr('\x1c\x1d\x1e\x1f text \x85'.strip()))
print('aaa'.strip(''), 'abc'.strip(None))
print('  a  '.lstrip(None) + '|', '  a  '.rstrip(None) + '|')
print('mississippi'.rstrip('ips'), 'mississippi'.lstrip('mis'))
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'))
try:
    'abc'.strip(1)
except TypeError as e:
    print('TypeError:', e)

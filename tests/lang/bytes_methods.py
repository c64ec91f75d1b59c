# Common bytes methods.
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b'xxaxx'.strip(b'x'))
print(b.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a b c'.rsplit(None, 1))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x', b'y')))
print(b.replace(b'l', b'L'), b.replace(b'l', b'L', 1), b'aaa'.replace(b'a', b''))
print(b.find(b'World'), b.find(b'xyz'), b.rfind(b'l'), b.find(111), b.index(b'W'))
print(b.count(b'l'), b.count(b'o', 0, 8), b'aaaa'.count(b'aa'))
print(b.startswith(b'  H'), b.endswith((b'x', b'  ')), b.strip().startswith(b'World', 7))
print(b.upper(), b.lower(), b'abC'.swapcase(), b'hello world'.title(), b'hi there'.capitalize())
print(b'\x00\xffab'.hex(), b''.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2))
print(bytes.fromhex('48656c6c6f'), bytes.fromhex('de ad be ef'), bytes.fromhex(''))
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'))
print(b'123'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b'  '.isspace(), b'AB'.isupper(), b'ab'.islower())
print(b'abc'.center(9, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'), b'42'.zfill(5))
print(b'k=v'.partition(b'='), b'a.b.c'.rpartition(b'.'))
print(b'line1\nline2\r\n'.splitlines(), b'a\tb'.expandtabs(4))
print(b'prefix_x'.removeprefix(b'prefix_'), b'x.txt'.removesuffix(b'.txt'))
print(b'%s=%d' % (b'n', 5), b'%x' % 255, b'%5s|' % b'ab')
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc'.index(b'z')
except ValueError as e:
    print('ValueError:', e)
try:
    b'-'.join(['a'])
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'.split('b')
except TypeError as e:
    print('TypeError:', e)

# Searching in bytes and bytearray, with ints and ranges.
for b in (b'abcabcab', bytearray(b'abcabcab')):
    for sub in (b'a', b'bc', b'', b'x', 97, 99, 0, bytearray(b'ca')):
        print(type(b).__name__, sub, b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 2, 6), b.rfind(sub, -4), b.count(sub, 1, -1))
    print(b.index(b'c'), b.rindex(98), b.index(b'ab', 1), sub in b, 98 in b, b'ca' in b, b'' in b)
    print(b.startswith(b'ab'), b.startswith((b'x', b'abc')), b.endswith(b'ab', 0, 5), b.endswith(bytearray(b'ab')))
print(b'aaa'.count(b'aa'), b'aaa'.count(b''), b'abc'.find(b'c', 3), b'abc'.find(b'', 3), b'abc'.find(b'', 4))
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: b'abc'.find('a'))
show(lambda: b'abc'.find(256))
show(lambda: b'abc'.find(-1))
show(lambda: b'abc'.find(1.5))
show(lambda: b'abc'.index(b'z'))
show(lambda: b'abc'.rindex(120))
show(lambda: b'abc'.count())
show(lambda: b'abc'.startswith('a'))
show(lambda: b'abc'.startswith(('a',)))
show(lambda: b'abc'.endswith(97))
show(lambda: 'a' in b'abc')
show(lambda: 256 in b'abc')
show(lambda: None in b'abc')
show(lambda: b'abc'.find(b'a', 'x'))
show(lambda: bytearray(b'abc').index(b'q'))

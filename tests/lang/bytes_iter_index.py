# Indexing, slicing and iterating bytes and bytearray.
b = b'\x00abc\xff'
ba = bytearray(b)
print(b[0], b[1], b[-1], b[1:3], b[::-1], b[::2], b[4:0:-2], b[10:], b[-10:2], ba[1:3], ba[::-1])
print(list(b), list(ba), tuple(b'xy'), list(iter(b'ab')), sum(b), len(b))
it = iter(b'abc')
print(next(it), it.__length_hint__(), list(it), next(it, 'end'))
it = iter(bytearray(b'xy'))
print(type(it).__name__, next(it), next(it), next(it, None))
for x in (b'', bytearray()):
    print(repr(x), len(x), list(x), x[:], x[::-1], bool(x))
for idx in (5, -6, 'a', 1.5, None, 2 ** 70):
    for obj in (b, ba):
        try:
            print(obj[idx])
        except (IndexError, TypeError) as e:
            print(type(obj).__name__, type(e).__name__ + ':', e)
print(b * 2, 2 * b, b + ba, ba + b, b * 0, ba * -1, type(ba * 2).__name__, type(b + ba).__name__)
for bad in (lambda: b + 'x', lambda: ba + 'x', lambda: b + 1, lambda: ba + None, lambda: b * 'x', lambda: b * 1.5):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

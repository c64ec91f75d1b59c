# Comparisons, hashing and containers with bytes and bytearray.
vals = [b'', b'a', b'ab', b'b', b'\x00', b'\xff', bytearray(b'a'), bytearray(b'ab')]
for x in vals:
    lt = []
    eq = []
    for y in vals:
        lt.append(x < y)
        eq.append(x == y)
    print(repr(x), lt, eq)
print(b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' != bytearray(b'b'), b'abc' > bytearray(b'ab'))
print(b'a' == 'a', b'a' != 'a', bytearray(b'') == '', b'1' == 1)
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''), hash(b'x' + b'y') == hash(b'xy'))
d = {b'k': 1, b'': 2}
d[bytes(bytearray(b'k'))] = 3
print(d[b'k'], d[b''], len(d), b'k' in d, sorted(d))
s = set([b'a', b'b', b'a', bytes(b'b')])
print(len(s), sorted(s))
print(sorted([b'b', b'a', b'\xff', b'', b'ab']), min(b'hello'), max(b'hello'), sorted(b'cab'))
for a, b in ((b'a', 'a'), (b'a', 1), (bytearray(b'a'), 'a'), (b'a', None)):
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError:', e)
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print('TypeError:', e)
try:
    {bytearray(b'x'): 1}
except TypeError as e:
    print('TypeError:', e)

# Slices are clamped, never raise for out-of-range bounds.
data = 'abcdef'
lst = list(data)
tup = tuple(data)
for s in (slice(-100, 100), slice(100, -100, -1), slice(3, 100), slice(-100, -3),
          slice(None, None, 4), slice(None, None, -4), slice(4, 2), slice(2, 4, -1),
          slice(-1, -7, -1), slice(-1, -8, -2), slice(0, 0), slice(6, 6)):
    print(s, repr(data[s]), lst[s], tup[s], s.indices(len(data)))
print(data[3:-3], data[-3:3], data[-3:-3], data[::-1][::-1] == data)
print(lst[len(lst):], lst[:-len(lst)], lst[-len(lst):] == lst)
empty = []
print(empty[:], empty[1:2], empty[::-1], ''[5:], ()[1:])
r = range(6)
print(r[-100:100], r[100:], r[::-4])
print(b'abcdef'[-2:], b'abcdef'[::-2], bytearray(b'xyz')[1:])

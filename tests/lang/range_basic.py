# range objects: indexing, slicing, len, in, reversed, repr.
r = range(10)
print(r, len(r), r[0], r[-1], r[3])
print(range(5, 20, 3), list(range(5, 20, 3)), len(range(5, 20, 3)))
print(list(range(10, 0, -2)), list(range(0)), list(range(-5)), list(range(3, 3)))
print(list(range(0, -10, -3)), list(range(-3, 3)), len(range(10, 0, -3)))
print(r[2:5], r[::2], r[::-1], r[-3:], range(0, 20, 2)[3:7], range(10)[::-3])
print(list(r[1:8:3]), list(range(20, 0, -4)[1:3]))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r)
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))))
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1) == range(2))
print(r.index(4), r.count(4), range(0, 10, 2).index(6), r.start, r.stop, r.step)
print(range(2, 10, 3).start, range(2, 10, 3).stop, range(2, 10, 3).step)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(range(0, 10 ** 20, 3)[-1], range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print('OverflowError:', e)
print(range(-1, -10, -1)[4], repr(range(1, 2)), str(range(0, 5, 1)))
print(bool(range(0)), bool(range(1)), type(r).__name__)
for bad in (lambda: range(0, 10, 0), lambda: r[10], lambda: range(1.5), lambda: r.index(20),
            lambda: range(), lambda: r['a'], lambda: range(1, 2, 3, 4)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)

# bisect: bad bounds, bad types and comparison errors.
import bisect

tests = [
    lambda: bisect.bisect([1, 2], 1, -1),
    lambda: bisect.bisect_left([1, 2], 1, lo=-5),
    lambda: bisect.bisect([1, 2], 1, 'a'),
    lambda: bisect.bisect([1, 2], 1, None),
    lambda: bisect.bisect([1, 2], 1, 0, 'x'),
    lambda: bisect.bisect([1, 2], 1, 1.5),
    lambda: bisect.bisect(5, 1),
    lambda: bisect.bisect(None, 1),
    lambda: bisect.bisect([1, 2, 3], 2, 0, 10),
    lambda: bisect.bisect_left([1, 2], 'a'),
    lambda: bisect.bisect_right([1, 2], 'a'),
    lambda: bisect.insort((1, 2), 1),
    lambda: bisect.insort('abc', 'b'),
    lambda: bisect.bisect({1: 2}, 1),
    lambda: bisect.bisect({}, 1),
    lambda: bisect.bisect([1, 2], 1, key=5),
    lambda: bisect.bisect([(1, 2)], 1, key=lambda t: t[5]),
    lambda: bisect.bisect_left([1, 2, 3], 2, True, 3),
]
for t in tests:
    try:
        print('ok', t())
    except Exception as e:
        print(type(e).__name__, e)


def position(seq, x):
    try:
        return bisect.bisect_left(seq, x, -1)
    except ValueError as e:
        raise LookupError('cannot place %r: %s' % (x, e)) from None


print(position([1, 2], 2) if False else 'calling')
position([1, 2], 2)

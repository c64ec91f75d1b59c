# Conversions: bool, str, list, tuple, dict, set, frozenset, bytes, repr.
print(bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([[]]), bool(None), bool(0.0), bool(-1))
print(str(), str(0), str(-1.5), str(True), str([1]), str((1,)), str({}), str(b'x'), str(None))
print(list('ab'), list((1, 2)), list({'k': 1}), list(range(3)), list(b'ab'), list({1: 2}.items()))
print(tuple('ab'), tuple([1]), tuple(), tuple({'a': 0}))
print(dict(a=1), dict([(1, 2)]), dict([['x', 'y']]), dict(zip('ab', 'cd')), dict({}, z=0))
print(set('aa') == {'a'}, sorted(set([3, 1, 3])), frozenset([1, 1]) == {1}, set())
print(bytes(2), bytes([1, 2]), bytes('é', 'utf-8'), bytes(b'q'))
print(repr(1), repr('q'), repr([1, 'a']), repr(None), repr(1.0), repr(b'\x00'), repr((1,)))
print(int('7') + float('1.5'), str(7) + str(1.5))
print(list(list('ab')), tuple(tuple('ab')), dict(dict(a=1)))
print(ascii('ab'), ascii('é'), ascii(['ü']))
for bad in (lambda: dict([1]), lambda: dict(1), lambda: list(1), lambda: tuple(None),
            lambda: set(3), lambda: frozenset(4.5), lambda: bytes(1.5), lambda: bool(1, 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

# len, type, isinstance, issubclass.
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(7)), len(b'xy'), len(''))
for v in (1, 1.5, 'a', b'a', [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), len, print):
    print(type(v).__name__, end=' ')
print()
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance([], (tuple, list)), isinstance(None, type(None)))
print(isinstance(5, (str, (bytes, int))), isinstance(5, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, (str, int)))
print(issubclass(int, object), issubclass(str, object), issubclass(type, object))
print(isinstance(int, type), isinstance(type, type), isinstance(len, object))
print(type(1) == int, type(type(1)) == type, type('') is not bytes)
print(type(3)(7), type('x')(42), type([])('ab'))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
try:
    len()
except TypeError as e:
    print('TypeError:', e)
try:
    len(iter([1]))
except TypeError as e:
    print('TypeError:', e)
print(int.__name__, str.__name__, type(None).__name__, bool.__name__, type.__name__)

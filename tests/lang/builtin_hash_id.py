# hash of numbers; id only compared, never printed.
print(hash(0), hash(1), hash(-1), hash(-2), hash(123456789), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(0.5), hash(1.0), hash(-0.0), hash(1e20) == hash(10 ** 20), hash(1.5) == hash(1.5))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash('abc') == hash('abc'))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) != id(c), id(None) == id(None))
x = 1000
y = x
print(id(x) == id(y))
ids = set()
objs = [[], [], []]
for o in objs:
    ids.add(id(o))
print(len(ids))
def f():
    pass
print(id(f) == id(f), isinstance(id(f), int), id(f) > 0)
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)

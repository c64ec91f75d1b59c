# Changing a set's size while iterating raises RuntimeError.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
print(len(s))
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)
print(s)
s = {1, 2, 3}
n = 0
for x in s:
    s.discard(x)
    s.add(x + 100)
    n += 1
print(n, len(s))
it = iter({5, 6})
print(next(it))
it2 = iter({5, 6, 7})
print(it2.__length_hint__())
next(it2)
print(it2.__length_hint__())
s = {1, 2}
it3 = iter(s)
s.add(3)
try:
    next(it3)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    next(it3)
except RuntimeError as e:
    print('RuntimeError again:', e)
except StopIteration:
    print('StopIteration')
s = {7}
it4 = iter(s)
print(next(it4))
try:
    next(it4)
except StopIteration:
    print('StopIteration')
s.add(8)
try:
    next(it4)
except StopIteration:
    print('still exhausted')
print(type(iter(set())).__name__, type(iter(frozenset())).__name__)
print(list(iter({3, 1, 2})), sum({1, 2, 3}), sorted({3, 1, 2}))

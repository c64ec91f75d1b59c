# Tuples: creation, indexing, immutability, methods.
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
print(t.count(2), t.index(3), t.index(2, 2))
print(t + (4,), t * 2, (0,) * 3, () * 4)
print(2 in t, 9 in t, tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__)
e = ()
print(e, len(e), bool(e), bool(single))
x = 1, 2, 3
print(x, type(x).__name__)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9))
print((1, 'a') < (1, 'b'), () < (0,), (1, 2) == [1, 2])
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
try:
    t[10]
except IndexError as e:
    print('IndexError:', e)
try:
    t.index(99)
except ValueError as e:
    print('ValueError:', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
try:
    t + [1]
except TypeError as e:
    print('TypeError:', e)
try:
    t.append(1)
except AttributeError as e:
    print('AttributeError:', e)
u = t
u += (9,)
print(t, u, t is u)
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
print(repr((1,)), repr(((),)), str((None, True, 'x')))

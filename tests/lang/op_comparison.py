# Comparison operators, chaining, identity and membership.
def v(label, x):
    print('eval', label)
    return x
print(1 < 2 < 3, 3 > 2 > 1, 1 < 2 > 3, 1 == 1 == 1, 1 != 2 != 1)
print(v('a', 1) < v('b', 2) < v('c', 0))
print(v('d', 5) < v('e', 1) < v('f', 10))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 > 4)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, c is not a)
print(None is None, None is not None, x is not None)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], 'b' in 'abc', 'ab' in 'xaby')
print(1 in {1: 'x'}, 'x' in {1: 'x'}, 2 in {1, 2}, (1, 2) in [(1, 2)], [1] in [[1]])
print(1 in (1.0,), 1.0 in [1], True in [1], 0 in [False])
print(not 1 in [2], 1 not in [2])
print(() == (), [] == [], [] == (), {} == {}, '' == b'')
print(1 == 1.0 == True, 'a' < 'b' <= 'b' < 'c')
print(x < 10 and x > 0, 0 < x < 10)
nan = float('nan')
print(nan < 0, nan > 0, nan == 0, nan != 0)
print([1, 2, 3] < [1, 3], (1, 'b') < (1, 'c'), 'abc' > 'abC')
print(3 in range(5), 5 in range(5), 'key' in {'key': 1}.keys(), 1 in {'key': 1}.values())
try:
    1 in 5
except TypeError as e:
    print('TypeError:', e)
try:
    'a' < 1 < 2
except TypeError as e:
    print('TypeError:', e)
print(1 < 2 or 'a' < 1)

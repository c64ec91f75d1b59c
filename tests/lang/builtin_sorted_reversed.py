# sorted (key, reverse, stability) and reversed.
print(sorted([3, 1, 2]), sorted('cab'), sorted((3, 1)), sorted({3: 'a', 1: 'b'}), sorted(range(3), reverse=True))
print(sorted(['b', 'C', 'a'], key=str.lower), sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
people = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: -p[1]))
print(sorted([-3, 2, -1, 0], key=abs), sorted([1, 2, 3], key=lambda x: 0))
print(sorted([]), sorted([], reverse=True), sorted([5]))
print(sorted([3.5, 1, 2.25, -1]), sorted([True, False, 0, 1]))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'stop'))
print(''.join(reversed('hello')), list(reversed({'a': 1, 'b': 2})))
original = [3, 1, 2]
s = sorted(original)
print(original, s)
try:
    reversed(5)
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print('TypeError:', e)
try:
    sorted(None)
except TypeError as e:
    print('TypeError:', e)
try:
    list(reversed({1, 2}))
except TypeError as e:
    print('TypeError:', e)

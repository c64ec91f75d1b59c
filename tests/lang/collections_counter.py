# Counter: counting, most_common, elements, update/subtract, repr and errors.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], len(c), 'zzz' in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-3), c.most_common(99))
print(sorted(c.elements()), c.total(), sum(c.values()))
c.update('aaz')
c.update({'b': 10, 'q': 1})
c.update(k=2)
print(c)
c.subtract('aaaa')
c.subtract({'b': 20}, q=1)
print(c, +c, -c)
print(sorted(c.elements()))
del c['zzz']
del c['k']
print(c, c.copy() == c, type(c.copy()).__name__)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
wc = Counter(words)
print(wc.most_common(3), wc['the'], list(wc)[:4])
print(Counter({'x': 3, 'y': -1}), Counter(a=1.5, b=0.5), Counter([(1, 2), (1, 2), None]))
print(Counter(), Counter(x=0), Counter(Counter('aab')), Counter(a=1) == Counter({'a': 1}))
print(Counter('aab') == {'a': 2, 'b': 1}, Counter(a=1, b=0) == Counter(a=1), Counter(a=1) != Counter(a=2))
mixed = Counter(a=1, b='text')
print(mixed)
try:
    mixed.most_common()
except TypeError as e:
    print('TypeError:', e)
print(Counter(x % 4 for x in range(10)).most_common(1), Counter('aabbcc').most_common(2))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
for fn in (lambda: Counter(3), lambda: Counter('a', 'b'), lambda: Counter().most_common('1'),
           lambda: Counter([[1]]), lambda: Counter(a=1).update(5)):
    try:
        fn()
    except TypeError as e:
        print('TypeError:', e)


class Tally(Counter):
    pass


t = Tally('hello')
print(t, type(t + t).__name__, type(t.copy()).__name__, t.__reduce__())

# collections.Counter: counting, most_common, elements, update/subtract, missing keys.
from collections import Counter

c = Counter('mississippi')
print(c)
print(c['s'], c['z'], c.most_common(2), c.most_common()[-1], len(c))
print(sorted(c.elements()), c.total())
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3), wc['the'])
wc.update(['cat', 'cat', 'dog'])
wc.update({'the': -2})
print(wc)
wc.subtract(['and', 'and', 'and'])
print(wc, sorted(+wc))
print(Counter(a=3, b=1), Counter({'x': 2, 'y': 0}), Counter())
print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0))
print(list(Counter('banana')), list(Counter('banana').keys()))
c2 = Counter(a=4, b=2, c=0, d=-2)
print(sorted(c2.elements()), c2.most_common(), c2.total())
del c2['a']
print(c2, 'a' in c2)
c2['new'] += 5
print(c2)
ties = Counter('abcabcab')
print(ties.most_common(), ties.most_common(0), ties.most_common(1))
print(Counter(x % 3 for x in range(10)))
try:
    Counter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    Counter('abc').most_common('2')
except TypeError as e:
    print('TypeError:', e)

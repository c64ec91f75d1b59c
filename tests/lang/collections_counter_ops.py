# Counter arithmetic (+ - | & and unary), in-place forms and comparisons.
from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, b - a)
print(a | b, a & b, +a, -a)
x = Counter(a=3, b=1, c=0, d=-2)
x += Counter(b=2, d=1)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(z=2, b=1)
print(x)
x &= Counter(z=1, b=5)
print(x)
y = Counter(p=1)
y += {'p': 2, 'q': -1}
print(y)
print(Counter(a=1) <= Counter(a=1, b=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1))
print(Counter(a=2) > Counter(a=1), Counter() <= Counter(), Counter(a=-1) < Counter())
print(sum([Counter('ab'), Counter('bc'), Counter('c')], Counter()))
for fn in (lambda: Counter(a=1) + {'a': 1}, lambda: Counter(a=1) - 1, lambda: Counter() | [1],
           lambda: Counter() & None, lambda: Counter() * 2, lambda: Counter(a=1) <= {'a': 2},
           lambda: Counter(a=1) > 0, lambda: -Counter(a='x')):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError:', e)
inventory = Counter(apple=3, pear=1)
order = Counter(apple=2, pear=2, fig=1)
missing = order - inventory
print(missing, inventory - order, (inventory & order).total(), (inventory | order).total())
print(dict(a + b) == {'a': 4, 'b': 3, 'e': 4}, hash(tuple(sorted((a - b).items()))) is not None)

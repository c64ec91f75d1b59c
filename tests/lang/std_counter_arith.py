# Counter arithmetic: +, -, &, |, unary +/-, comparisons and in-place forms.
from collections import Counter

a = Counter(x=4, y=2, z=0)
b = Counter(x=1, y=5, w=3)
print(a + b)
print(a - b)
print(b - a)
print(a & b)
print(a | b)
print(+Counter(p=2, q=-1, r=0), -Counter(p=2, q=-1, r=0))
c = Counter('hello')
c += Counter('world')
print(c)
c -= Counter('llll')
print(c)
c |= Counter(z=9)
print(c)
c &= Counter('helo')
print(c)
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=2), Counter(a=1) >= Counter())
inv1 = Counter(apples=5, pears=2)
inv2 = Counter(apples=2, kiwis=7)
print(sorted((inv1 + inv2).items()), sorted((inv1 - inv2).items()))
print((inv1 + inv2).total(), sum((inv1 + inv2).values()))
s = sum([Counter('ab'), Counter('bc'), Counter('cd')], Counter())
print(s)
try:
    Counter('a') + {'a': 1}
except TypeError as e:
    print('TypeError:', e)
try:
    Counter('a') * 2
except TypeError as e:
    print('TypeError:', e)

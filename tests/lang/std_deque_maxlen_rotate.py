# deque with maxlen (bounded, discarding from the other end) and rotate().
from collections import deque

last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), last3.maxlen)
last3.appendleft('L')
print(last3)
last3.extend('xyz')
print(last3)
last3.extendleft('ab')
print(last3)
print(deque(range(10), 4), deque(maxlen=0), deque([1, 2], maxlen=5))
z = deque(maxlen=0)
z.append(1)
print(z, len(z), deque().maxlen)
r = deque(range(6))
r.rotate(2)
print(r)
r.rotate(-3)
print(r)
r.rotate(0)
r.rotate(12)
print(r)
r.rotate(-13)
print(r)
e = deque()
e.rotate(5)
print(e)


def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 3))
    return out


print(moving_average([10, 20, 30, 40, 50, 60], 3))
ring = deque('abcde')
order = []
while ring:
    ring.rotate(-2)
    order.append(ring.pop())
print(order)
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    last3.maxlen = 10
except AttributeError as e:
    print('AttributeError:', e)
try:
    deque([1]).rotate('2')
except TypeError as e:
    print('TypeError:', e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 3)
except IndexError as e:
    print('IndexError:', e)

# deque: both ends, extend/extendleft, indexing, insert/remove/index/count, rotate.
from collections import deque

d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[4], d[-5])
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft('ab')
print(d, d.count(0), d.count(99), d.index(10), 'b' in d, 'z' in d)
d.insert(0, 'first')
d.insert(-1, 'pen')
d.insert(100, 'last')
d.insert(-100, 'very first')
print(d)
d.remove('pen')
del d[0]
d[1] = 'B'
print(d, d.index(1), d.index(1, 4), d.index(11, -3, len(d)))
r = deque(range(8))
r.rotate()
print(r)
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate(len(r) * 3 + 1)
print(r)
r.reverse()
print(r, list(reversed(r)))
big = deque()
for i in range(1000):
    big.append(i)
for i in range(995):
    big.popleft()
print(big, len(big), sum(big))
big.extendleft(range(3))
big.rotate(-2)
print(big, big[3], big[-3])
w = deque(range(20))
for i in range(0, 40, 3):
    w.rotate(i)
print(w)
while len(w) > 3:
    del w[len(w) // 2]
print(w)
c = deque([1, 2, 3])
c2 = c.copy()
c2.append(4)
print(c, c2, c == c2, c != c2, c < c2, c2 > c, c <= deque([1, 2, 3]), c == [1, 2, 3])
c.clear()
print(c, bool(c), len(c), deque('xyz'), deque(range(3)), deque((1, 2)), deque({'k': 1}))
s = deque([3, 1, 2])
print(sorted(s), max(s), sum(s), list(enumerate(s)), tuple(s))
e = deque([1, 2])
e += [3, 4]
e += e
print(e)
e.extend(e)
print(len(e), e.count(1))

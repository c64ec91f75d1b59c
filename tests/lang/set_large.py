# Large sets: growth beyond 50000 elements and long pop sequences.
s = set()
for i in range(60000):
    s.add(i * 3)
print(len(s), 3 in s, 4 in s, 179997 in s)
print(list(s)[:8], list(s)[-8:])
for i in range(0, 60000, 2):
    s.discard(i * 3)
print(len(s), list(s)[:8])
for i in range(10):
    s.add(-i)
print(list(s)[:12])
t = set(range(100000))
print(len(t), sum(t))
u = t - set(range(0, 100000, 3))
print(len(u), list(u)[:10])
v = set(range(50001))
v.add(10 ** 6)
print(len(v), list(v)[-3:])
w = set(range(70000, 0, -7))
popped = []
for i in range(5):
    popped.append(w.pop())
print(popped, len(w))
x = frozenset(range(5000))
print(hash(x) == hash(frozenset(range(4999, -1, -1))), len(x & set(range(4990, 6000))))

# Tables rebuilt without dummies: growth, difference_update's cleanup.
s = set(range(16))
for i in range(12):
    s.remove(i)
print(s)
for i in range(100, 110):
    s.add(i)
print(s)
t = set(range(64))
t.difference_update(range(0, 64, 2))
print(list(t)[:10])
t.add(1000)
t.add(2000)
print(list(t)[:12])
u = set(range(64))
u -= set(range(40))
print(u)
u |= {64, 72, 80}
print(u)
v = set(range(32))
for i in range(31):
    v.discard(i)
v.add(8)
v.add(40)
print(v)
w = set()
for round in range(5):
    for i in range(10):
        w.add(round * 10 + i)
    for i in range(8):
        w.discard(round * 10 + i)
    print(round, w)

# Removing leaves dummies; re-adding reuses the last dummy on the probe path.
s = set(range(10))
for x in [3, 5, 7]:
    s.remove(x)
print(s)
s.add(13)
s.add(3)
print(s)
s.discard(0)
s.discard(100)
s.add(16)
print(s, len(s))
t = set([1, 9, 17, 25])
t.remove(9)
t.add(33)
print(t)
t.remove(1)
t.remove(17)
t.add(41)
t.add(1)
print(t)
u = set()
for i in range(20):
    u.add(i * 8)
for i in range(0, 20, 2):
    u.remove(i * 8)
print(u)
for i in range(20, 30):
    u.add(i * 8)
print(u)
v = set(range(50))
for i in range(45):
    v.discard(i)
print(v)
for i in range(100, 104):
    v.add(i)
print(v)
for i in range(104, 140):
    v.add(i)
print(list(v)[:10], len(v))

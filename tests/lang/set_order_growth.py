# Order after each resize while growing a set one element at a time.
s = set()
sizes = [4, 5, 6, 18, 19, 20, 76, 77, 78, 100]
for i in range(101):
    s.add(i * 7 % 101 - 30)
    if len(s) in sizes:
        print(len(s), list(s)[:12], list(s)[-5:])
g = set()
for i in range(0, 400, 3):
    g.add(i * 37)
print(len(g), list(g)[:15])
h = set()
i = 1
while len(h) < 40:
    h.add(i)
    i = i * 3 % 1009
print(list(h))
w = set()
for i in range(300):
    w.add(i * 1024)
print(list(w)[:20])
print(list(w)[150:160])

# pop() walks the table from the slot after the previous pop.
s = {5, 3, 9, 1, 100, 64}
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(20))
print(s.pop(), s.pop(), s.pop())
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s.pop())
s.add(2)
print(s.pop(), s.pop())
print(s)
t = set()
for i in range(40):
    t.add(i * 11 % 97)
seq = []
for i in range(10):
    seq.append(t.pop())
    t.add(200 + i)
print(seq)
print(list(t)[:15])
f = {1, 2, 3}
f.pop()
f.clear()
f.add(7)
f.add(8)
print(f.pop(), f)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)

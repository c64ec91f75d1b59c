# Aliasing, copies, and mutation while referenced elsewhere.
def append_to(lst, x):
    lst.append(x)
    return lst
a = [1]
b = append_to(a, 2)
print(a, b, a is b)
c = a[:]
c.append(3)
print(a, c)
m = [[1, 2], [3, 4]]
shallow = m.copy()
shallow[0].append(99)
shallow.append([5])
print(m, shallow)
deep = []
for row in m:
    deep.append(row[:])
deep[1][0] = -1
print(m, deep)
def reassign(lst):
    lst = [0]
    return lst
print(reassign(a), a)
def mutate(lst):
    lst[:] = [7, 7]
mutate(a)
print(a, b)
x = y = []
x.append('shared')
print(y)
x = x + ['new']
print(x, y)
items = [1, 2, 3, 4, 5, 6]
for v in items[:]:
    if v % 2 == 0:
        items.remove(v)
print(items)

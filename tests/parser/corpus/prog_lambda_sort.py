data = [('a', 3), ('b', 1), ('c', 2)]
data.sort(key=lambda t: (t[1], t[0]), reverse=True)
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])

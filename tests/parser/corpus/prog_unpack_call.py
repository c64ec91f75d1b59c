args = (1, 2)
kw = {'c': 3}
print(*args, **kw)
print(*args, *args, **kw, d=4)
x = [*range(3), *'ab']

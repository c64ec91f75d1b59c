del x
del x, y
del a.b, a[0], a[1:2]
del (x, y)
del [x, y]
del (x)
del x,
del ((a, b), [c])

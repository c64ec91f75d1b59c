(a, b), c = d
[a, (b, [c, d])] = e
a, (b, *c), d = e
x = a, b = c, d

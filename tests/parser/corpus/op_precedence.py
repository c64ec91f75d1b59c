a = 1 + 2 * 3
b = (1 + 2) * 3
c = 1 if x else 2 if y else 3
d = x or y if z else w
e = not a == b
f = a | b == c & d
g = lambda: x if y else z
h = -a.b[c](d) ** e
i = a + b if c - d else e * f

a = x < y
b = x <= y < z
c = x == y != z
d = x > y >= z
e = x is y
f = x is not y
g = x in y
h = x not in y
i = a < b == c > d is e is not f in g not in h

a = -x
b = +x
c = ~x
d = not x
e = - - x
f = -~+x
g = not not x
h = -(x)

a = 1j
b = 2.5J
c = 1e3j
d = 0j
e = 1_0j
f = .5j
g = 1e400j
h = 3 + 4j

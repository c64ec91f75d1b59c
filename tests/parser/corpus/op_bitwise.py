a = x | y ^ z & w
b = x << 2 >> 1
c = x & y | z
d = ~x & y
e = x | y | z

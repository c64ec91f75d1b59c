x = 1
x = y = z = 0
a, b = 1, 2
(a, b) = c
[a, b] = c
a, = b
[a] = b
() = []

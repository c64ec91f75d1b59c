a = b < c <= d > e >= f == g != h
a = b + c - d * e / f // g % h ** i @ j
a = b & c | d ^ e << f >> g
a = ~b
a = -b
a = +b
f(a=1)
x: int = 1
def f() -> int: pass
(y := 2)

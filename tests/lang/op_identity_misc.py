# Identity, id() comparisons, type checks and misc operator behaviour.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c)
print(type(1) is int, type(1.0) is float, type('') is str, type(None) is type(None))
print(type(True) is bool, type(True) is int, isinstance(True, int))
x = None
y = None
print(x is y, id(x) == id(y))
print(True is True, False is not True)
def f():
    pass
g = f
print(f is g, id(f) == id(g))
print(type(f) is type(lambda: 0))
s1 = 'hello'
s2 = s1
print(s1 is s2)
print(() == (), len(()) == 0)
n = 3
print(-n, +n, ~n, not n)
print(abs(-n) is not None)
lst = [0] * 3
print(lst[0] is lst[1])
nested = [[]] * 3
print(nested[0] is nested[2])
d = {}
d[id(a)] = 'by id'
print(d[id(b)])
print(1 == 1.0, n is not None)
print(type(type(1)).__name__, type(int).__name__)

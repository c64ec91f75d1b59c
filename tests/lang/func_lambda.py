# Lambda expressions.
sq = lambda x: x * x
print(sq(5), (lambda: 'no args')(), (lambda a, b=2: a * b)(3))
print((lambda *a, **k: (a, k))(1, 2, x=3))
add = lambda a, b: a + b
print(add('x', 'y'), add(1, 2))
print(sorted([(1, 'b'), (2, 'a')], key=lambda t: t[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ['a', 'abc', 'de', 'fghi'])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(sq.__name__, (lambda: 0).__name__)
cond = lambda n: 'even' if n % 2 == 0 else 'odd'
print(cond(4), cond(7))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
table = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for op in ('+', '-', '*'):
    print(op, table[op](7, 3))
fs = []
for i in range(3):
    fs.append(lambda i=i: i * 10)
print(fs[0](), fs[1](), fs[2]())

# An exception raised in a generator three `yield from` levels down,
# uncaught: the traceback lists every delegating generator.

def leaf(n):
    for i in range(n):
        yield 10 // (2 - i)

def middle(n):
    yield from leaf(n)

def top(n):
    yield "start"
    yield from middle(n)

for v in top(3):
    print(v)

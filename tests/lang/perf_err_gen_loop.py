# A generator resumed by a for loop in the interpreter loop raises: the
# traceback runs through the loop and the generator's frames; a
# StopIteration escaping the generator becomes RuntimeError (PEP 479).

def inner(n):
    for i in range(n):
        if i == 2:
            next(iter([]))
        yield i

def outer(n):
    for x in inner(n):
        yield x * 10

total = 0
for v in outer(5):
    print(v)
    total += v
print(total)

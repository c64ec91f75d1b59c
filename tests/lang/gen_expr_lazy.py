# Generator expressions are lazy: evaluation happens as items are consumed.
def noisy(label, items):
    for x in items:
        print('  %s produces %r' % (label, x))
        yield x


def check(x):
    print('  checking', x)
    return x % 2 == 1


ge = (x * 10 for x in noisy('src', [1, 2, 3, 4]) if check(x))
print('created generator expression')
print('first:', next(ge))
print('rest:', list(ge))
print('again:', list(ge))
squares = (n * n for n in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
total = sum(x for x in range(1000001) if x % 3 == 0)
print(total)
print(any(check(x) for x in [2, 4, 5, 6, 7]))
print(all(check(x) for x in [1, 3, 4, 5]))
print(next((w for w in ['apple', 'banana', 'cherry'] if 'n' in w), None))
print(next((w for w in ['apple'] if 'z' in w), 'no match'))
print(max(len(w) for w in 'a bb ccc dd'.split()), sorted(c for c in 'hello'))
print(','.join(str(i) for i in range(5)), dict((k, k * 2) for k in 'ab'))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
g = (1 / x for x in [1, 2, 0, 4])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(next(g, 'generator died with the exception'))

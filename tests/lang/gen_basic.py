# Generator functions: lazy execution, next(), exhaustion, list(), for loops.
def countdown(n):
    print('  start countdown', n)
    while n > 0:
        print('  yielding', n)
        yield n
        n -= 1
    print('  countdown done')


g = countdown(3)
print(type(g).__name__, 'created; nothing ran yet')
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, 'exhausted'))
for x in countdown(2):
    print('loop got', x)


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


print(list(evens(10)), sum(evens(100)), max(evens(7)), 4 in evens(5), 5 in evens(100))


def empty():
    return
    yield


print(list(empty()), next(empty(), 'default'))


def several():
    yield 1
    yield 'two'
    yield [3]
    yield None


a, b, c, d = several()
print(a, b, c, d, list(several()) == [1, 'two', [3], None])
gen = several()
print(next(gen), next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
print(iter(gen) is gen, sorted(evens(9), reverse=True), dict(enumerate(evens(6))))
print(countdown.__name__, type(countdown).__name__, countdown(1).__name__)
try:
    next(countdown)
except TypeError as e:
    print('TypeError:', e)
try:
    len(evens(4))
except TypeError as e:
    print('TypeError:', e)
try:
    evens(4)[0]
except TypeError as e:
    print('TypeError:', e)

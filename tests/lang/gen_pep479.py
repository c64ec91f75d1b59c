# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2, 3]))))
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', repr(e.__cause__), type(e.__context__).__name__)

def safe(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return

print(list(safe(iter([1, 2, 3]))))

def explicit():
    yield 1
    raise StopIteration('explicit')

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))

def returns_value():
    yield 1
    return 'done'

g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration with value', repr(e.value))

def catches_own():
    try:
        raise StopIteration('caught inside')
    except StopIteration as e:
        yield 'handled: %s' % e

print(list(catches_own()))

def through_yield_from():
    yield from leaky(iter('ab'))

try:
    list(through_yield_from())
except RuntimeError as e:
    print('RuntimeError via yield from:', e)

class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

print(list(Iter()), [x for x in Iter()])
bad = leaky(iter([]))
next(bad)

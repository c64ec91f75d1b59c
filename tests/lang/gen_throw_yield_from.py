# throw() and close() are forwarded through `yield from` to the innermost generator.
def inner():
    try:
        yield 'inner 1'
        yield 'inner 2'
    except ValueError as e:
        print('  inner handled', repr(e))
        yield 'inner recovered'
    finally:
        print('  inner finally')
    return 'inner result'


def outer():
    try:
        result = yield from inner()
        print('  outer got', result)
        yield 'outer continues'
    except KeyError as e:
        print('  outer handled', repr(e))
        yield 'outer recovered'
    finally:
        print('  outer finally')


g = outer()
print(next(g))
print(g.throw(ValueError('v')))
print(next(g))
print(next(g, 'end'))
print('---')
g = outer()
print(next(g))
print(g.throw(KeyError('k')))
print(next(g, 'end'))
print('---')
g = outer()
next(g)
try:
    g.throw(TypeError('t'))
except TypeError as e:
    print('TypeError escaped:', e)
print('---')
g = outer()
next(g)
g.close()
print('closed both')


def plain_iter_delegate():
    yield from iter([1, 2, 3])


p = plain_iter_delegate()
next(p)
try:
    p.throw(IndexError('into list iterator'))
except IndexError as e:
    print('IndexError:', e)
print(next(p, 'finished'))

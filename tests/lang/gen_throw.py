# generator.throw(): raising inside the generator at the paused yield.
def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print('  handled ValueError:', e)
            n = 100
        except KeyError:
            print('  KeyError: yielding marker')
            yield 'marker'


g = resilient()
print(next(g), next(g))
print(g.throw(ValueError('bad value')))
print(next(g))
print(g.throw(KeyError('k')))
print(next(g), next(g))
try:
    g.throw(TypeError('not handled'))
except TypeError as e:
    print('propagated TypeError:', e)
print(next(g, 'generator is finished'))


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('  finally runs')


w = with_finally()
next(w)
try:
    w.throw(RuntimeError('stop'))
except RuntimeError as e:
    print('RuntimeError:', e)


def unstarted():
    print('  never printed')
    yield 1


u = unstarted()
try:
    u.throw(ValueError('before start'))
except ValueError as e:
    print('ValueError thrown into unstarted:', e)
print(list(u))


def convert():
    try:
        yield 'ready'
    except ZeroDivisionError as e:
        raise ArithmeticError('converted') from e


c = convert()
next(c)
try:
    c.throw(ZeroDivisionError('div'))
except ArithmeticError as e:
    print('ArithmeticError:', e, '| cause:', repr(e.__cause__))
g2 = resilient()
next(g2)
try:
    g2.throw(ValueError)
    print('class thrown, instance created')
except ValueError:
    pass
print(next(g2))

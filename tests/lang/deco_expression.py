# Arbitrary expressions as decorators (PEP 614): subscripts, attribute chains, calls.
def double(fn):
    return lambda *a: fn(*a) * 2


def triple(fn):
    return lambda *a: fn(*a) * 3


decorators = [double, triple]
table = {'d': double, 't': triple}


class NS:
    class Inner:
        deco = staticmethod(double)


@decorators[1]
def f1(x):
    return x + 1


@table['d']
def f2(x):
    return x + 1


@NS.Inner.deco
def f3(x):
    return x + 1


@(lambda fn: lambda *a: -fn(*a))
def f4(x):
    return x + 1


@double if True else triple
def f5(x):
    return x + 1


buttons = {}


def handler_for(name):
    return lambda fn: buttons.setdefault(name, fn)


@handler_for('ok')
def on_ok():
    return 'ok pressed'


print(f1(1), f2(1), f3(1), f4(1), f5(1), buttons['ok']())
print(on_ok())
try:
    @table['missing']
    def f6():
        pass
except KeyError as e:
    print('KeyError:', e)
try:
    @decorators[5]
    def f7():
        pass
except IndexError as e:
    print('IndexError:', e)
try:
    @'not callable'
    def f8():
        pass
except TypeError as e:
    print('TypeError:', e)

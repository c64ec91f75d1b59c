# A decorator usable both bare (@deco) and with arguments (@deco(...)).
import functools


def tagged(fn=None, *, tag='default', upper=False):
    if fn is None:
        return functools.partial(tagged, tag=tag, upper=upper)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        out = '[%s] %s' % (tag, fn(*args, **kwargs))
        return out.upper() if upper else out
    return wrapper


@tagged
def a():
    return 'bare'


@tagged()
def b():
    return 'empty call'


@tagged(tag='x', upper=True)
def c():
    return 'with args'


print(a(), '|', b(), '|', c())
print(a.__name__, b.__name__, c.__name__)


def flexible(arg):
    if callable(arg):
        return flexible('auto')(arg)

    def deco(fn):
        def wrapper(*a):
            return '%s:%s' % (arg, fn(*a))
        return wrapper
    return deco


@flexible
def d(x):
    return x * 2


@flexible('manual')
def e(x):
    return x * 3


print(d(2), e(2))
try:
    @tagged('positional string')
    def f():
        return 'f'
    f()
except (TypeError, AttributeError) as err:
    print(type(err).__name__ + ':', err)

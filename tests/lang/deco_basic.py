# Function decorators: wrapping, replacing, and the equivalence with f = deco(f).
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + '!'
    return wrapper


@shout
def greet(name, punct='.'):
    return 'hello ' + name + punct


print(greet('ann'), greet('bob', punct='?'))


def plain(name):
    return 'hi ' + name


manual = shout(plain)
print(manual('cid'), plain('cid'))


def trace(fn):
    def wrapper(*args):
        print('  call %s%r' % (fn.__name__, args))
        result = fn(*args)
        print('  %s returned %r' % (fn.__name__, result))
        return result
    return wrapper


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(4))


def replace_with_constant(fn):
    return 42


@replace_with_constant
def gone():
    return 'never'


print(gone, type(gone).__name__)
print(greet.__name__, fact.__name__)


def register(fn):
    registry.append(fn.__name__)
    return fn


registry = []


@register
def a():
    pass


@register
def b():
    pass


print(registry, a() is None)
try:
    gone()
except TypeError as e:
    print('TypeError:', e)
try:
    greet()
except TypeError as e:
    print('TypeError:', e)

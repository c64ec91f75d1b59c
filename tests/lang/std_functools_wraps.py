# functools.wraps and update_wrapper: copied attributes, __wrapped__ chains.
import functools


def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@deco
@deco
def target(x, y=2):
    """Target docstring."""
    return x * y


target.extra = 'set after'
print(target.__name__, target.__doc__, target(3), target.__qualname__)
print(target.__wrapped__.__name__, target.__wrapped__.__wrapped__(4))
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)


def source():
    """Source doc."""


source.attr = [1]


def dest():
    pass


result = functools.update_wrapper(dest, source)
print(result is dest, dest.__name__, dest.__doc__, dest.attr is source.attr, dest.__wrapped__ is source)


def partial_assign(fn):
    @functools.wraps(fn, assigned=('__doc__',), updated=())
    def w():
        return fn()
    return w


@partial_assign
def named():
    """Only the doc is copied."""
    return 'named result'


print(named.__name__, named.__doc__, named())


class CallableObj:
    def __call__(self):
        return 'called'


obj = CallableObj()
wrapped_obj = functools.wraps(obj)(lambda: obj())
print(wrapped_obj(), wrapped_obj.__name__ if hasattr(wrapped_obj, '__name__') else None)
print(hasattr(obj, '__name__'))

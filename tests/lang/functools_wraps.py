# update_wrapper and wraps: copied metadata, __dict__ merging and __wrapped__ chains.
import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        calls.append(fn.__name__)
        return fn(*args, **kw)
    return wrapper


calls = []


@trace
def greet(name, punct='!'):
    """Say hello."""
    return 'hello ' + name + punct


greet.tag = 'after'
print(greet('bob'), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__, calls)
print(greet.__annotations__, greet.__wrapped__('amy', '?'), calls, greet.tag)


def outer():
    def inner():
        """inner doc"""
    return inner


w = functools.update_wrapper(lambda: None, outer())
print(w.__name__, w.__qualname__, w.__doc__, w.__wrapped__.__name__)


def src():
    pass


src.extra = {'k': 1}
src.__dict__['more'] = 2


def dst():
    pass


dst.extra = 'old'
r = functools.update_wrapper(dst, src, assigned=('__doc__',), updated=('__dict__',))
print(r is dst, dst.__name__, dst.extra, dst.more, dst.__wrapped__ is src)
functools.update_wrapper(dst, object(), assigned=('__name__', 'missing_attr'), updated=())
print(dst.__name__, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
stack = trace(trace(greet))
print(stack('z'), stack.__wrapped__.__wrapped__ is greet, stack.__wrapped__.__wrapped__.__wrapped__.__name__)
try:
    functools.update_wrapper(dst, src, updated=('nonexistent',))
except AttributeError as e:
    print('AttributeError:', e)
try:
    functools.wraps(src)(5)
except AttributeError as e:
    print('AttributeError:', e)

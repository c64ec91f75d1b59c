# Function annotations are evaluated when the def runs (after defaults and
# keyword defaults) into __annotations__: parameters after / first, then
# those before it, *args, keyword-only, **kwargs, and return last; names
# are mangled in classes. Variable annotations in function bodies are
# never evaluated.
def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass
print(f.__annotations__)
def g(a, b=print('default b'), *, c: print('ann c') = print('kwdefault c')) -> print('ret'): pass
print(g.__annotations__)
def h(): pass
print(h.__annotations__, h.__annotations__ is h.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
class C:
    def m(self, __x: int, y: 'C') -> list[int]: pass
    z: int = 3
    __w: str
print(C.m.__annotations__, C.__annotations__)
def outer():
    T = dict[str, int]
    def inner(x: T) -> T | None: pass
    return inner
print(outer().__annotations__)
def deco(fn): print('deco', fn.__annotations__); return fn
@deco
def k(x: int = 5) -> str: return x
print(k(), k.__annotations__)
try:
    def bad(x: undefined_name): pass
except NameError as e: print(type(e).__name__, e)
x: int = 1
y: 'str'
print(__annotations__)
def local():
    q: undefined_too = 5
    r: int
    return q
print(local())
order = []


def note(x):
    order.append(x)
    return x


def m(a: note('a'), b: note('b') = note('default'), *, c: note('c') = note('kwdefault')) -> note('ret'):
    pass


print(order, m.__annotations__)
m.__annotations__ = {'new': 1}
print(m.__annotations__)
m.__annotations__ = None
print(m.__annotations__)
try:
    m.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
del m.__annotations__
print(m.__annotations__)


def nested(x: 'fwd' = 1, *args: int, **kw: 'K'): pass


print(nested.__annotations__, (lambda: 0).__annotations__)
import functools


@functools.wraps(nested)
def wrapper(*a, **k): pass


print(wrapper.__annotations__ is nested.__annotations__, wrapper.__type_params__)
def bad_ann(x: 1 / 0): pass

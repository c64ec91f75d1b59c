# list[int] and int | None: types.GenericAlias and types.UnionType, which
# annotations evaluated at definition time need.
import collections
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list[[int, str]])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, type(a), type(a).__name__, type(a).__module__)
print(a == list[int], a != list[int], a == list[str], a == list, hash(a) == hash(list[int]))
print(a(), a([1, 2]), a.append, a.__name__, a.__qualname__ if hasattr(a, '__qualname__') else '-')
print(list[collections.deque], collections.deque[int], dict[str, 'x'], list[len], list[None])
try: isinstance([], list[int])
except TypeError as e: print(type(e).__name__, e)
try: issubclass(list, list[int])
except TypeError as e: print(type(e).__name__, e)
try: list[int][int]
except TypeError as e: print(type(e).__name__, e)
class L(list[int]): pass
print(L.__bases__, L.__mro__, L([1]))
u = int | None
print(u, type(u), u.__args__, int | str | int, int | int, None | int, int | list[int], list[int] | None)
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) | float, int | (str | float))
print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
try: isinstance(1, str | list[int])
except TypeError as e: print(type(e).__name__, e)
try: int | 1
except TypeError as e: print(type(e).__name__, e)
try: 1 | int
except TypeError as e: print(type(e).__name__, e)
try: int | 'str'
except TypeError as e: print(type(e).__name__, e)
import types
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
try: types.GenericAlias(list)
except TypeError as e: print(type(e).__name__, e)
try: type(int | str)()
except TypeError as e: print(type(e).__name__, e)
print(list.__class_getitem__(int), dict.__class_getitem__((int, str)))
class C: pass
print(list[C], C | None, C | list[C], list[int].__mro_entries__(()), list[int].__reduce__())
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3))
def f(x: list[int] | None = None, *, y: dict[str, tuple[int, ...]] = {}) -> set[str] | int: pass
print(f.__annotations__)
class G(dict[str, int]): pass
print(G.__orig_bases__, G.__mro__, G(a=1))
print(list[int]().__class__, list[int]([1]).__orig_class__ if hasattr(list[int]([1]), '__orig_class__') else 'no orig')
class Box:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(Box[int], Box[int, str])
print(repr(int | str | None), (int | None).__args__, type(None) | int, (int | str).__parameters__)
print(list[int].__parameters__, list[int] | dict[str, int], {list[int]: 1}[list[int]])
try: hash(list[[]])
except TypeError as e: print(type(e).__name__, e)
try: isinstance(3, list[int] | int)
except TypeError as e: print(type(e).__name__, e)
print(isinstance(3, int | list[int]), issubclass(int, (str, int | None)))

"""
Define names for built-in types that aren't directly accessible as a builtin.

Each name is the type of an object gilpy can make, as in CPython; the
one type no expression reaches, SimpleNamespace, comes from the C
module _types. gilpy has no frame objects and no async functions, so
FrameType, CoroutineType, AsyncGeneratorType and coroutine() are absent.
"""
import sys
from _types import SimpleNamespace


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)         # Same as FunctionType
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())


def _g():
    yield 1
GeneratorType = type(_g())


class _C:
    __slots__ = ('_s',)

    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)     # Same as BuiltinFunctionType

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(_C._s)

GenericAlias = type(list[int])
UnionType = type(int | str)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _cell_factory      # Not for export


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a class statement would: bases resolved (PEP 560),
    the metaclass's namespace filled by exec_body(ns), then meta called."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ by
    what that returns; bases itself when nothing changes."""
    result = []
    changed = False
    for base in bases:
        if not isinstance(base, type) and hasattr(base, "__mro_entries__"):
            entries = base.__mro_entries__(bases)
            changed = True
            if not isinstance(entries, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
            result.extend(entries)
        else:
            result.append(base)
    return tuple(result) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds): the most derived metaclass, the
    namespace its __prepare__ returns, and a copy of kwds without
    'metaclass'."""
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if not issubclass(candidate, winner):
            raise TypeError("metaclass conflict: "
                            "the metaclass of a derived class "
                            "must be a (non-strict) subclass "
                            "of the metaclasses of all its bases")
        winner = candidate
    return winner


def get_original_bases(cls, /):
    """The bases of cls as written, before __mro_entries__ replaced any."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(
            f"Expected an instance of type, not {type(cls).__name__!r}"
        ) from None


class DynamicClassAttribute:
    """A property for instances that, read through the class, raises
    AttributeError so that the class's __getattr__ answers (enum members
    named like properties use it)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        self.__doc__ = doc or fget.__doc__
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel, doc):
        new = type(self)(fget, fset, fdel, doc)
        new.overwrite_doc = self.overwrite_doc
        return new

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        return self._copy(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


__all__ = [n for n in globals() if n[:1] != '_']

"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # ... reusing the memo of a larger copy

For module specific errors, copy.Error is raised.

A class can control copying with __copy__() and __deepcopy__(memo), or
with the pickle protocol (__reduce_ex__, __reduce__, __getnewargs__,
__getstate__, __setstate__). gilpy's object has no __reduce_ex__, so
instances of classes that define none of these are taken apart here the
way CPython's object.__reduce_ex__(4) does: cls.__new__(cls, *newargs),
then the __dict__ and __slots__ values, then the items of list and dict
subclasses.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, slice, property,
          type(_copy_immutable), type(len), type(Ellipsis), type(NotImplemented)):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), int, float, bool, str, bytes, type, range, property, type(_deepcopy_atomic), type(len),
          type(Ellipsis), type(NotImplemented)):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):  # Copy instance methods
    # (gilpy's method type cannot be called: bind the function anew.)
    return x.__func__.__get__(deepcopy(x.__self__, memo))


class _C:
    def _m(self):
        pass


d[type(_C()._m)] = _deepcopy_method

del d, _C


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


# ---- the reduce protocol

_object_reduce = getattr(object, "__reduce__", None)
_object_reduce_ex = getattr(object, "__reduce_ex__", None)
_object_getstate = getattr(object, "__getstate__", None)

# Builtin types whose value a subclass instance must pass to __new__.
_value_bases = (int, float, str, bytes, tuple, frozenset)


def _reduce(x, cls):
    """The reduce value for x: the class's own __reduce_ex__ or __reduce__
    when it defines one, else what object.__reduce_ex__(4) would give."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    return _object_reduce_ex4(x, cls)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _object_state(x, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not _object_getstate:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


# What CPython's builtin types return from __reduce_ex__(4), for those
# gilpy's lack it and the dispatch tables do not cover.
_builtin_reduce = {
    set: lambda x: (set, (list(x),), None),
    frozenset: lambda x: (frozenset, (list(x),), None),
    bytearray: lambda x: (bytearray, (bytes(x),), None),
    slice: lambda x: (slice, (x.start, x.stop, x.step)),
}


def _object_reduce_ex4(x, cls):
    reducer = _builtin_reduce.get(cls)
    if reducer is not None:
        return reducer(x)
    if cls.__module__ == "builtins" or cls.__module__ is None:
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    # Subclasses of set and bytearray reduce as their base does, calling
    # the class with the items.
    if isinstance(x, set):
        return (cls, (list(x),), _object_state(x, cls))
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), _object_state(x, cls))
    kwargs = None
    if hasattr(cls, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(cls, "__getnewargs__") and not _builtin_getnewargs(cls):
        args = x.__getnewargs__()
    else:
        args = ()
        for base in _value_bases:
            if isinstance(x, base):
                args = (base(x),)
                break
    state = _object_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_newobj_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _builtin_getnewargs(cls):
    # int.__getnewargs__ and friends: the _value_bases branch does the same.
    for c in cls.__mro__:
        if "__getnewargs__" in c.__dict__:
            return c.__module__ == "builtins"
    return False


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y

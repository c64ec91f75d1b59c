"""collections.OrderedDict.

gilpy's dicts keep insertion order, so an OrderedDict is a dict whose
order is the dict's own: no linked list. Moving a key to the end is a
pop and a re-insertion; moving it to the front rebuilds the table (O(n),
where CPython's linked list is O(1)). What differs from dict is
order-sensitive equality between OrderedDicts, move_to_end, popitem(last=)
and the odict_* views and repr.
"""

from _collections_abc import KeysView, ValuesView, ItemsView, MutableMapping

_repr_running = set()


class odict_keys(KeysView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class odict_values(ValuesView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class odict_items(ItemsView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


def _update(self, other=(), /, **kwds):
    # dict's own update when __setitem__ is not overridden, else one
    # self[key] = value per item, as MutableMapping.update does.
    if type(self).__setitem__ is dict.__setitem__:
        dict.update(self, other, **kwds)
    else:
        MutableMapping.update(self, other, **kwds)


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        _update(self, *args, **kwds)

    update = _update

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        '''
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        '''
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return odict_keys(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return odict_values(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return odict_items(self)

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    __copy__ = copy

    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            if not self:
                return f'{self.__class__.__name__}()'
            return f'{self.__class__.__name__}({dict(dict.items(self))!r})'
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        'Return state information for pickling'
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        '''
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.keys(self), dict.keys(other)):
                if a is not b and not a == b:
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


OrderedDict.__module__ = 'collections'

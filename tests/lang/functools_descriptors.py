# cached_property and partialmethod.
from functools import cached_property, partialmethod, partial

computed = []


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        """Sum of the values."""
        computed.append('total')
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, computed, d.__dict__, Dataset.total.__doc__, type(Dataset.total).__name__)
d.total = 100
print(d.total)
del d.total
print(d.total, computed, Dataset.total.attrname)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print('TypeError:', e)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(d)
except TypeError as e:
    print('TypeError:', e)
try:
    class Twice:
        a = b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ':', e.__cause__ if e.__cause__ else e)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, state, *, loud=False):
        self.state = state.upper() if loud else state
        return self

    set_alive = partialmethod(set_state, 'alive')
    set_dead = partialmethod(set_state, 'dead', loud=True)
    make = partialmethod(staticmethod(lambda *a: a), 'static')


c = Cell()
print(c.set_alive().state, c.set_dead().state, c.set_alive(loud=True).state, c.make(1))
print(repr(Cell.__dict__['set_dead']).split(' at ')[0], type(c.set_alive).__name__)
pm = partialmethod(partialmethod(Cell.set_state, 'x'), loud=True)
print(pm.args, pm.keywords, pm.__isabstractmethod__)
try:
    partialmethod(5)
except TypeError as e:
    print('TypeError:', e)

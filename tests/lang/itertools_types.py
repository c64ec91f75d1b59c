# The itertools types: names, module, iter(it) is it, subclassing, messages with type names.
import itertools
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat,
                       starmap, takewhile, tee, zip_longest)

objs = [accumulate([1]), batched('a', 1), chain(), combinations('a', 1), combinations_with_replacement('a', 1),
        compress('a', [1]), count(), cycle('a'), dropwhile(bool, 'a'), filterfalse(None, 'a'), groupby('a'),
        islice('a', 1), pairwise('a'), permutations('a'), product('a'), repeat(1), starmap(pow, []),
        takewhile(bool, 'a'), tee('a')[0], zip_longest('a')]
for o in objs:
    t = type(o)
    print(t.__name__, t.__module__, t.__qualname__, iter(o) is o, repr(t))
print(sorted(n for n in dir(itertools) if not n.startswith('__')))
print(type(next(groupby('a'))[1]), callable(tee), type(tee).__name__)
print(isinstance(count(), object), issubclass(cycle, object), itertools.__name__)
for t in [accumulate, batched, chain, combinations, compress, count, cycle, dropwhile, filterfalse, groupby,
          islice, pairwise, permutations, product, repeat, starmap, takewhile, zip_longest]:
    class Sub(t):
        pass
    print(Sub.__name__, Sub.__mro__[1].__name__, end='; ')
print()
for t in [type(tee('a')[0]), type(next(groupby('a'))[1])]:
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print('TypeError:', e)


class Numbered(count):
    def __init__(self, start=0, step=1):
        self.label = 'from %r' % start


n = Numbered(5, 5)
print(n.label, next(n), next(n), repr(n))
for bad in [lambda: count()[0], lambda: len(repeat(1, 2)), lambda: cycle('a') + 1, lambda: next(chain, 1),
            lambda: islice('a', 1)(), lambda: hash(product('a')) and None, lambda: count().x]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(accumulate.__doc__.splitlines()[0])
print(itertools.__doc__.splitlines()[0])

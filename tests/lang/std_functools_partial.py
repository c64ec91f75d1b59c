# functools.partial: fixed positional and keyword arguments, attributes, nesting.
from functools import partial


def power(base, exponent, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
print(square(5, exponent=3), [square(b) for b in range(5)])
int_base2 = partial(int, base=2)
print(int_base2('1011'), int_base2('111', base=8))
join_dash = partial('-'.join)
print(join_dash(['a', 'b', 'c']))
nested = partial(partial(power, 3), 4)
print(nested(), nested.func is power, nested.args)
printer = partial(print, 'prefix:', sep=' | ')
printer('a', 'b')
sorted_desc = partial(sorted, reverse=True)
print(sorted_desc([3, 1, 2]), sorted_desc('bca', key=str.upper))
adders = [partial(lambda a, b: a + b, i) for i in range(3)]
print([f(10) for f in adders])
print(type(square).__name__, callable(square))
try:
    two_to()
except TypeError as e:
    print('TypeError:', e)
try:
    square(2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    partial()
except TypeError as e:
    print('TypeError:', e)
try:
    partial(5)
except TypeError as e:
    print('TypeError:', e)

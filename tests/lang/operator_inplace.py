# operator's in-place functions: mutate mutable objects, rebind immutable ones, user __i*__.
import operator as op

lst = [1, 2]
r = op.iadd(lst, [3])
print(r, lst, r is lst)
t = (1, 2)
r = op.iadd(t, (3,))
print(r, t, r is t)
s = {1, 2}
print(op.isub(s, {1}), s, op.ior(s, {5}), s, op.iand(s, {2, 9}), s, op.ixor(s, {7}), s)
print(op.imul([1], 3), op.imul('ab', 2), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 4))
print(op.ipow(3, 4), op.ilshift(1, 8), op.irshift(256, 2), op.imatmul.__name__, op.__iadd__ is op.iadd)
d = {'a': 1}
print(op.ior(d, {'b': 2}), d)
lst = ['x']
print(op.iconcat(lst, ('y',)), lst, op.iconcat('ab', 'c'), op.iconcat((1,), (2,)))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self

    def __add__(self, o):
        return 'plain add'

    def __isub__(self, o):
        return NotImplemented

    def __sub__(self, o):
        return 'fallback sub'


a = Acc()
print(op.iadd(a, 1) is a, op.iadd(a, 2).items, op.isub(a, 1), op.add(a, 1))


class OnlyAdd:
    def __add__(self, o):
        return 'OnlyAdd + %r' % (o,)


print(op.iadd(OnlyAdd(), 5), op.imul(2, 3.5))
for name, args in [('iadd', ((1,), [2])), ('isub', ('a', 'b')), ('imatmul', (1, 2)), ('ipow', (2, 'x')),
                   ('ilshift', (1.0, 1)), ('iconcat', (1, 2)), ('iconcat', ([1], 2)), ('iconcat', ({}, {})),
                   ('itruediv', (1, 0)), ('iadd', (1,)), ('ior', ({1}, [2]))]:
    try:
        print(name, getattr(op, name)(*args))
    except (TypeError, ZeroDivisionError) as e:
        print(name, '->', type(e).__name__ + ':', e)

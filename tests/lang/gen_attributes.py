# Generator objects: names, qualnames, protocol methods, identity of iter().
def simple():
    yield 1


class Holder:
    def method(self):
        yield 'm'

    @staticmethod
    def smethod():
        yield 's'


def outer():
    def inner():
        yield 'inner'
    return inner()


g = simple()
print(g.__name__, g.__qualname__, type(g).__name__)
print(Holder().method().__qualname__, Holder.smethod().__name__, outer().__qualname__)
print((x for x in []).__name__, (x for x in []).__qualname__)
print(iter(g) is g, g.__iter__() is g, hasattr(g, '__next__'), callable(g.send))
print([hasattr(g, m) for m in ('send', 'throw', 'close', '__next__', '__len__', '__getitem__')])
print(g.__next__(), next(g, 'stop'))
print(isinstance(g, type(simple())), type(simple) is type(outer))


def gen_fn():
    yield


print(type(gen_fn).__name__, type(gen_fn()).__name__)
gen_type = type(gen_fn())
print(gen_type.__name__, isinstance((i for i in ()), gen_type))
try:
    gen_type()
except TypeError as e:
    print('TypeError:', e)
try:
    g.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    g.value = 1
except AttributeError as e:
    print('AttributeError:', e)

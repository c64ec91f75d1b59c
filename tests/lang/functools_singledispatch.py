# singledispatch and singledispatchmethod: dispatch on the first argument's type.
from functools import singledispatch, singledispatchmethod
from collections import abc


@singledispatch
def describe(obj):
    return 'object ' + type(obj).__name__


@describe.register(int)
def _(obj):
    return 'int %d' % obj


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return 'sequence of %d: %s' % (len(obj), ', '.join(describe(x) for x in obj))


def describe_str(obj):
    return 'str %r' % obj


describe.register(str, describe_str)


@describe.register(abc.Mapping)
def _(obj):
    return 'mapping with %s' % sorted(obj)


class MyList(list):
    pass


print(describe(5), describe(True), describe('x'), describe(2.5), describe(None))
print(describe([1, 'a', (2.0,)]), describe(MyList([3])), describe({'b': 1, 'a': 2}))
print(describe.dispatch(bool) is describe.dispatch(int), describe.registry[str] is describe_str)
print(sorted(k.__name__ for k in describe.registry), describe.__name__, describe.__wrapped__(1))
try:
    describe()
except TypeError as e:
    print('TypeError:', e)
try:
    describe.register(5, lambda x: x)
except TypeError as e:
    print('TypeError:', e)


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return self.prefix + 'other'

    @fmt.register(int)
    def _(self, arg):
        return self.prefix + 'int:' + str(arg)

    @fmt.register(list)
    def _(self, arg):
        return self.prefix + '[' + ','.join(self.fmt(x) for x in arg) + ']'


f = Formatter('> ')
print(f.fmt(1), f.fmt('s'), f.fmt([1, 'x']), Formatter.fmt.__name__)

# Name mangling of __private attributes inside classes and subclasses.
class Base:
    def __init__(self):
        self.__secret = 'base secret'
        self._protected = 'protected'

    def reveal(self):
        return self.__secret

    def __helper(self):
        return 'Base helper'

    def call_helper(self):
        return self.__helper()


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = 'child secret'

    def reveal_child(self):
        return self.__secret

    def __helper(self):
        return 'Child helper'


c = Child()
print(c.reveal(), c.reveal_child(), c.call_helper())
print(sorted(vars(c)))
print(c._Base__secret, c._Child__secret, c._protected)
try:
    c.__secret
except AttributeError as e:
    print('AttributeError:', e)
try:
    Child().unknown_method_call()
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(Base, '_Base__helper'), hasattr(Base, '__helper'))


class Dunder:
    __both__ = 'not mangled'
    __x = 'mangled class attr'

    def get(self):
        return self.__x, self.__both__, getattr(self, '__x', 'getattr not mangled')


print(Dunder().get(), Dunder._Dunder__x)


class _Under:
    def __m(self):
        return 'leading underscores stripped from class name'

    def call(self):
        return self.__m()


print(_Under().call(), [k for k in vars(_Under) if 'm' in k and k.startswith('_U')])


def outside(obj):
    return obj.__secret


class UsesOutside(Base):
    def try_it(self):
        return outside(self)


try:
    UsesOutside().try_it()
except AttributeError as e:
    print('AttributeError:', e)

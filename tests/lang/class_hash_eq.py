# __hash__ with __eq__, unhashable classes (__eq__ without __hash__), dict keys.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return 'Key(%r, %r)' % (self.a, self.b)

d = {Key(1, 2): 'one-two', Key(3, 4): 'three-four'}
print(d[Key(1, 2)], Key(3, 4) in d, Key(9, 9) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), sorted(s, key=lambda k: k.a))
print(hash(Key(1, 2)) == hash(Key(1, 2)), hash(Key(5, 'x')) == hash((5, 'x')))

class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

print(NoHash.__hash__ is None)
try:
    hash(NoHash(1))
except TypeError as e:
    print('TypeError:', e)
try:
    {NoHash(1): 1}
except TypeError as e:
    print('TypeError:', e)
try:
    set([NoHash(2)])
except TypeError as e:
    print('TypeError:', e)

class Identity:
    pass

x = Identity()
print(hash(x) == hash(x), {x: 1}[x], x in {x})

class Inherits(Key):
    pass

print(hash(Inherits(1, 2)) == hash(Key(1, 2)), Inherits(1, 2) == Key(1, 2))

class EqOverride(Key):
    def __eq__(self, other):
        return False

try:
    hash(EqOverride(0, 0))
except TypeError as e:
    print('TypeError:', e)

class Explicit(NoHash):
    __hash__ = object.__hash__

print(type(hash(Explicit(1))).__name__)

class BadHash:
    def __hash__(self):
        return 'nope'

try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)

class BigHash:
    def __hash__(self):
        return 2 ** 100

print(hash(BigHash()) == hash(2 ** 100))

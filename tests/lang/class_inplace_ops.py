# In-place operators: __iadd__ and friends, fallback to __add__, aliasing effects.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __repr__(self):
        return 'Bag(%r)' % (self.items,)
    def __add__(self, other):
        print('  __add__')
        return Bag(self.items + list(other.items))
    def __iadd__(self, other):
        print('  __iadd__')
        self.items.extend(other.items)
        return self
    def __isub__(self, other):
        for x in other.items:
            self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self

a = Bag([1])
alias = a
a += Bag([2, 3])
print(a, alias, a is alias)
a -= Bag([2])
print(a)
a *= 3
print(a, alias is a)

class Immutable:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Imm(%r)' % self.v
    def __add__(self, other):
        return Immutable(self.v + other)
    def __mul__(self, other):
        return Immutable(self.v * other)

x = Immutable(1)
y = x
x += 10
x *= 2
print(x, y, x is y)

class ReturnsOther:
    def __iadd__(self, other):
        return 'replaced by __iadd__'
    def __ior__(self, other):
        return NotImplemented
    def __or__(self, other):
        return 'fell back to __or__'

r = ReturnsOther()
r += 1
print(r)
r2 = ReturnsOther()
r2 |= 5
print(r2)
lst = [Bag([1])]
lst[0] += Bag([9])
print(lst)
d = {'k': Immutable(2)}
d['k'] += 3
print(d)

try:
    z = Immutable(1)
    z -= 1
except TypeError as e:
    print('TypeError:', e)
try:
    r3 = ReturnsOther()
    r3 &= 2
except TypeError as e:
    print('TypeError:', e)

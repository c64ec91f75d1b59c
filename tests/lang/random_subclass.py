# Subclasses of random.Random: what a subclass overrides decides how
# integers are drawn (__init_subclass__ picks _randbelow).
import random


class Fixed(random.Random):
    """Only random() overridden: integers come from random() too."""
    def random(self):
        return 0.75


f = Fixed()
print(f.random(), f.randrange(100), f.randint(1, 4), f.choice('abcd'))
print(f.uniform(0, 8), f._randbelow.__name__)


class Counter(random.Random):
    """getrandbits overridden: _randbelow uses it."""
    def __init__(self):
        self.calls = 0
        super().__init__(0)

    def getrandbits(self, k):
        self.calls += 1
        return self.calls % (1 << k)


c = Counter()
print([c.randrange(10) for _ in range(5)], c.calls, c._randbelow.__name__)


class Both(Fixed):
    def getrandbits(self, k):
        return 0


print(Both().randrange(50), Both._randbelow.__name__)


class Own(random.Random):
    """Its own seed() and an extra attribute."""
    def seed(self, a=None, version=2):
        self.seeded_with = a
        super().seed(a, version)


o = Own(123)
p = random.Random(123)
print(o.seeded_with, o.random() == p.random(), isinstance(o, random.Random))


class Sub(random.Random):
    pass


s = Sub(5)
random.seed(5)
print(s.random() == random.random(), type(s).__name__, Sub._randbelow.__name__)
print(s.getstate()[0], type(s).__mro__[1].__name__, type(s).__mro__[2].__module__)

# Instances never share state with the module functions.
a = random.Random(1)
random.seed(1)
random.random()
print(a.random() == random.Random(1).random())

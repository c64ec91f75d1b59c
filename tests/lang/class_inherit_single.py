# Single inheritance: overriding, extending, and calling the parent explicitly.
class Animal:
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return '%s says %s' % (self.name, self.sound)

    def kind(self):
        return type(self).__name__.lower()

    def intro(self):
        return 'I am %s the %s. %s' % (self.name, self.kind(), self.speak())


class Dog(Animal):
    sound = 'woof'

    def fetch(self):
        return self.name + ' fetches'


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + ' (squeaky, age %d)' % self.age


class Cat(Animal):
    sound = 'meow'

    def kind(self):
        return 'cat, obviously'


for a in [Animal('generic'), Dog('rex'), Puppy('bit', 1), Cat('tom')]:
    print(a.intro())
p = Puppy('bit', 1)
print(p.fetch(), isinstance(p, Animal), isinstance(p, Cat))
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy), issubclass(Cat, object))
print('speak' in Puppy.__dict__, 'fetch' in Puppy.__dict__, 'fetch' in Dog.__dict__)
try:
    Cat('c').fetch()
except AttributeError as e:
    print('AttributeError:', e)
try:
    Puppy('only name')
except TypeError as e:
    print('TypeError:', e)


class Base:
    def template(self):
        return [self.step1(), self.step2()]

    def step1(self):
        return 'base1'

    def step2(self):
        return 'base2'


class Derived(Base):
    def step2(self):
        return 'derived2'


print(Base().template(), Derived().template())

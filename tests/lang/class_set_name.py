# __set_name__ on descriptors: automatic field names, typed and validated fields.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)
        self.name = name
        self.slot = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s.%s must be %s, not %s' % (
                type(obj).__name__, self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.slot, value)


class Person:
    name = Field(str, 'anonymous')
    age = Field(int, 0)

    def __init__(self, name=None, age=None):
        if name is not None:
            self.name = name
        if age is not None:
            self.age = age

    def __repr__(self):
        return 'Person(%r, %r)' % (self.name, self.age)


print(Person('ann', 31), Person(), Person(age=5))
p = Person('bob')
p.age = 40
print(p, sorted(vars(p).items()))
try:
    p.age = 'forty'
except TypeError as e:
    print('TypeError:', e)
print(type(Person.name).__name__, Person.age.name, Person.age.slot)


class Counter:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return 'counter %s on %s' % (self.name, 'class' if obj is None else 'instance')


class Host:
    hits = Counter()
    misses = Counter()


print(Host.hits, Host().misses)
late = Counter()
Host.late = late
print(hasattr(late, 'name'))
late.__set_name__(Host, 'late')
print(Host.late)


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('refusing name ' + name)


try:
    class Owner:
        thing = Bad()
except ValueError as e:
    print('ValueError:', e, '| cause:', repr(e.__cause__))

# Mixin classes adding behaviour (repr, comparison, serialisation) via multiple inheritance.
class ReprMixin:
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return '%s(%s)' % (type(self).__name__, fields)


class CompareMixin:
    def _key(self):
        raise NotImplementedError

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())


class DictMixin:
    def to_dict(self):
        return {k: (v.to_dict() if isinstance(v, DictMixin) else v)
                for k, v in self.__dict__.items()}


class Address(ReprMixin, DictMixin):
    def __init__(self, city, zip_code):
        self.city = city
        self.zip_code = zip_code


class Employee(ReprMixin, CompareMixin, DictMixin):
    def __init__(self, name, salary, address):
        self.name = name
        self.salary = salary
        self.address = address

    def _key(self):
        return (self.salary, self.name)


staff = [Employee('ann', 300, Address('Oslo', '0150')),
         Employee('bob', 200, Address('Bergen', '5003')),
         Employee('cid', 300, Address('Oslo', '0151'))]
for e in sorted(staff):
    print(e)
print(staff[0].to_dict())
print(staff[0] == Employee('ann', 300, None), staff[0] == staff[2], len(set(staff)))
print([c.__name__ for c in Employee.__mro__])
print(max(staff).name, min(staff).name)


class Broken(ReprMixin, CompareMixin):
    def __init__(self, v):
        self.v = v


print(Broken(1))
try:
    Broken(1) == Broken(2)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
try:
    Address('x', 'y') < Address('z', 'w')
except TypeError as e:
    print('TypeError:', e)

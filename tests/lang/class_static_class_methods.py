# staticmethod and classmethod: calling through class and instance, inheritance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split('-'))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def kind(cls):
        return cls.__name__

    def days_in_month(self):
        if self.m == 2:
            return 29 if self.is_leap(self.y) else 28
        return 30 if self.m in (4, 6, 9, 11) else 31


class EuroDate(Date):
    @classmethod
    def from_string(cls, s):
        d, m, y = s.split('.')
        return super().from_string('%s-%s-%s' % (y, m, d))


print(Date.from_string('2024-02-10'), Date.from_string('2023-02-01').days_in_month())
print(EuroDate.from_string('29.02.2000'), EuroDate.kind(), Date.kind())
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024))
e = EuroDate(2020, 4, 1)
print(e.kind(), e.days_in_month(), type(e.from_string('1.1.1999')).__name__)
sm = Date.__dict__['is_leap']
cm = Date.__dict__['from_string']
print(type(sm).__name__, type(cm).__name__, sm.__func__(2004))
bound = Date.from_string
print(bound.__self__ is Date, bound('1-2-3'))


class Registry:
    items = []

    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)

    @staticmethod
    def helper(*args):
        return args


print(Registry.register('a'), Registry().register('b'), Registry.items)
print(Registry.helper(1, 2), Registry().helper())
f = staticmethod(len)
print(f('abc'))
try:
    Date.from_string('2024/01/01')
except ValueError as e:
    print('ValueError:', e)
try:
    Date.is_leap()
except TypeError as e:
    print('TypeError:', e)
try:
    Date.kind(1)
except TypeError as e:
    print('TypeError:', e)

# A hand-written cached_property descriptor used as a method decorator.
class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        """Sum of the values (computed once)."""
        print('  computing total')
        return sum(self.values)

    @cached_property
    def mean(self):
        print('  computing mean')
        return self.total / len(self.values)


d = Dataset([1, 2, 3, 4])
print(d.mean, d.mean, d.total)
print(sorted(vars(d)), Dataset.total.__doc__, type(Dataset.mean).__name__)
d.values.append(100)
print('stale cached total:', d.total)
del d.total
print('recomputed:', d.total)
e = Dataset([])
try:
    e.mean
except ZeroDivisionError as err:
    print('ZeroDivisionError:', err, sorted(vars(e)))


def readonly(fn):
    return property(fn)


class Circle:
    def __init__(self, r):
        self.r = r

    @readonly
    def area(self):
        return round(3.14159 * self.r ** 2, 2)


c = Circle(2)
print(c.area)
try:
    c.area = 1
except AttributeError as err:
    print('AttributeError:', err)

# Class-body scope quirk: comprehensions inside a class cannot see class variables,
# except in the first (outermost) iterable.
class Config:
    base = 10
    names = ['a', 'b', 'c']
    upper = [n.upper() for n in names]
    pairs = [(n, i) for i, n in enumerate(names)]
    try:
        scaled = [base * k for k in range(3)]
    except NameError as e:
        scaled = 'NameError: ' + str(e)
    try:
        filtered = [n for n in names if n != names[0]]
    except NameError as e:
        filtered = 'NameError: ' + str(e)
    try:
        table = {n: base for n in names}
    except NameError as e:
        table = 'NameError: ' + str(e)
    lookup = (lambda b: [b * k for k in range(3)])(base)


print(Config.upper)
print(Config.pairs)
print(Config.scaled)
print(Config.filtered)
print(Config.table)
print(Config.lookup)
base = 'global base'


class SeesGlobal:
    base = 'class base'
    items = [base for _ in range(2)]


print(SeesGlobal.items)


def factory():
    factor = 3

    class Inner:
        factor = 100
        vals = [factor * k for k in range(3)]
    return Inner


print(factory().vals)


class Methods:
    size = 3

    def items(self):
        return [self.size * k for k in range(self.size)]

    def nested(self):
        return [[j for j in range(i)] for i in range(self.size)]


print(Methods().items(), Methods().nested())


class Outer:
    names = ['x', 'y']
    both = [(a, b) for a in names for b in names]

# TypeError for operators between instances that lack the operator methods.
class Apple:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if isinstance(other, Apple):
            return Apple(self.n + other.n)
        return NotImplemented


class Orange:
    def __init__(self, n):
        self.n = n


tests = [
    ('Apple + Apple', lambda: (Apple(1) + Apple(2)).n),
    ('Apple + Orange', lambda: Apple(1) + Orange(2)),
    ('Orange + Apple', lambda: Orange(1) + Apple(2)),
    ('Orange - Orange', lambda: Orange(1) - Orange(1)),
    ('Apple * 2', lambda: Apple(1) * 2),
    ('2 ** Apple', lambda: 2 ** Apple(1)),
    ('Apple % Apple', lambda: Apple(3) % Apple(2)),
    ('Apple < Orange', lambda: Apple(1) < Orange(1)),
    ('Apple >= 1', lambda: Apple(1) >= 1),
    ('-Orange', lambda: -Orange(1)),
    ('~Apple', lambda: ~Apple(1)),
    ('Apple @ Apple', lambda: Apple(1) @ Apple(1)),
    ('Apple // None', lambda: Apple(1) // None),
    ('divmod', lambda: divmod(Apple(1), Orange(1))),
    ('abs', lambda: abs(Orange(1))),
    ('Apple == Orange', lambda: Apple(1) == Orange(1)),
]
for label, fn in tests:
    try:
        print(label, '=', fn())
    except TypeError as e:
        print(label, '-> TypeError:', e)
x = Orange(5)
try:
    x += Apple(1)
except TypeError as e:
    print('TypeError:', e)


class Basket:
    def __init__(self):
        self.fruit = [Apple(1), Apple(2), Orange(3)]

    def total(self):
        acc = Apple(0)
        for f in self.fruit:
            acc = acc + f
        return acc.n


print(Basket().total())

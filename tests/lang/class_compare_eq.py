# __eq__ and __ne__: default identity equality, derived __ne__, NotImplemented.
class Plain:
    pass


p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 is p1)


class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.cur) == (other.amount, other.cur)


m1 = Money(5, 'EUR')
m2 = Money(5, 'EUR')
m3 = Money(5, 'USD')
print(m1 == m2, m1 != m2, m1 == m3, m1 != m3)
print(m1 == 5, m1 != 5, 5 == m1, m1 == 'EUR')
print(m1 in [m3, m2], [m1, m2, m3].count(Money(5, 'EUR')), [m3, m1].index(m2))


class AlwaysEqual:
    def __eq__(self, other):
        print('AlwaysEqual.__eq__ called')
        return True


print(AlwaysEqual() == 3, 3 == AlwaysEqual())
print(AlwaysEqual() != 3)


class CustomNe:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return 'custom ne'


print(CustomNe() == 1, CustomNe() != 1)


class Left:
    def __eq__(self, other):
        print('Left.__eq__')
        return NotImplemented


class Right:
    def __eq__(self, other):
        print('Right.__eq__')
        return 'right says equal'


print(Left() == Right())
print(Right() == Left())
print(Left() == Left())


class Sub(Money):
    def __eq__(self, other):
        print('Sub.__eq__ goes first')
        return super().__eq__(other)


print(Money(1, 'X') == Sub(1, 'X'))
print([Money(1, 'A')] == [Money(1, 'A')], (Money(2, 'B'),) == (Money(2, 'C'),))

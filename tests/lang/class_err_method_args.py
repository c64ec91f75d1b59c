# Wrong arguments to methods, staticmethods and classmethods; forgotten self.
class Account:
    def __init__(self, balance=0):
        self.balance = balance

    def deposit(self, amount, note=None):
        self.balance += amount
        return self.balance

    def transfer(self, other, /, amount, *, memo):
        return (other, amount, memo)

    def broken():
        return 'no self'

    @staticmethod
    def rate(kind):
        return {'savings': 2, 'checking': 0}[kind]

    @classmethod
    def empty(cls, *, owner):
        return cls()


a = Account(10)
calls = [
    ('deposit()', lambda: a.deposit()),
    ('deposit(1,2,3)', lambda: a.deposit(1, 2, 3)),
    ('deposit(amount=5)', lambda: a.deposit(amount=5)),
    ('deposit(5, amount=5)', lambda: a.deposit(5, amount=5)),
    ('transfer(other=1,...)', lambda: a.transfer(other=1, amount=2, memo='m')),
    ('transfer(1, 2)', lambda: a.transfer(1, 2)),
    ('transfer(1, 2, memo=3)', lambda: a.transfer(1, 2, memo=3)),
    ('broken()', lambda: a.broken()),
    ('Account.broken()', lambda: Account.broken()),
    ('rate()', lambda: a.rate()),
    ('rate(savings)', lambda: Account.rate('savings')),
    ('rate(x)', lambda: Account.rate('x')),
    ('empty(1)', lambda: Account.empty(1)),
    ('empty(owner=..)', lambda: type(Account.empty(owner='me')).__name__),
    ('Account.deposit(5)', lambda: Account.deposit(5)),
    ('deposit str', lambda: a.deposit('5')),
]
for label, fn in calls:
    try:
        print(label, '->', fn())
    except (TypeError, KeyError) as e:
        print(label, '->', type(e).__name__ + ':', e)
print(a.balance)


class Base:
    def area(self, scale):
        return self.compute(scale) * 2

    def compute(self, scale):
        return scale


class Child(Base):
    def compute(self):
        return 1


print(Base().area(3))
Child().area(3)

# An object-oriented portfolio simulation: Money and Vector value types with operator
# overloading, an account hierarchy, sorting by rich comparisons, and custom errors.
from functools import total_ordering


class CurrencyMismatch(TypeError):
    def __init__(self, a, b):
        super().__init__('cannot combine %s with %s' % (a, b))
        self.currencies = (a, b)


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__('%s: insufficient funds, need %s more' % (account.name, needed))
        self.account = account
        self.needed = needed


@total_ordering
class Money:
    __slots__ = ('cents', 'cur')

    def __init__(self, amount, cur='EUR'):
        self.cents = round(amount * 100) if isinstance(amount, float) else amount * 100
        self.cur = cur

    @classmethod
    def from_cents(cls, cents, cur):
        m = cls(0, cur)
        m.cents = cents
        return m

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.cur != self.cur:
            raise CurrencyMismatch(self.cur, other.cur)
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money.from_cents(self.cents + other.cents, self.cur)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money.from_cents(self.cents - other.cents, self.cur)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money.from_cents(round(self.cents * k), self.cur)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money.from_cents(-self.cents, self.cur)

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        return isinstance(other, Money) and (self.cents, self.cur) == (other.cents, other.cur)

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return 'Money(%s, %r)' % (self, self.cur)

    def __str__(self):
        sign = '-' if self.cents < 0 else ''
        return '%s%d.%02d' % (sign, abs(self.cents) // 100, abs(self.cents) % 100)

    def __format__(self, spec):
        return format('%s %s' % (self, self.cur), spec)


class Vector:
    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self.xs, o.xs)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self.xs))

    __rmul__ = __mul__

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.xs, o.xs))

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __eq__(self, o):
        return isinstance(o, Vector) and self.xs == o.xs

    def __repr__(self):
        return 'Vector%r' % (self.xs,)


class Account:
    kind = 'account'
    fee = Money(0)

    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(('dep', amount))

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.balance:
            raise InsufficientFunds(self, total - self.balance)
        self.balance -= total
        self.history.append(('wd', amount))

    def month_end(self):
        pass

    def __lt__(self, other):
        return (self.balance, self.name) < (other.balance, other.name)

    def __repr__(self):
        return '<%s %s %s>' % (type(self).__name__, self.name, self.balance)


class Savings(Account):
    kind = 'savings'

    def __init__(self, name, balance, rate):
        super().__init__(name, balance)
        self.rate = rate

    def month_end(self):
        interest = self.balance * (self.rate / 12)
        self.deposit(interest)


class Checking(Account):
    kind = 'checking'
    fee = Money(0.5)


accounts = [Savings('nest-egg', Money(1000), 0.06), Checking('daily', Money(150)),
            Account('misc', Money(20)), Savings('kids', Money(300), 0.03)]
ops = [('daily', 'withdraw', Money(40)), ('misc', 'withdraw', Money(25)),
       ('kids', 'deposit', Money(12.5)), ('daily', 'withdraw', Money(200)),
       ('nest-egg', 'withdraw', Money(100)), ('misc', 'deposit', Money(5, 'USD'))]
by_name = {a.name: a for a in accounts}
for month in range(1, 4):
    for name, action, amount in ops:
        acct = by_name[name]
        try:
            getattr(acct, action)(amount)
        except InsufficientFunds as e:
            print('month %d: %s (needed %r)' % (month, e, e.needed))
        except CurrencyMismatch as e:
            print('month %d: %s: %s %s' % (month, type(e).__name__, e, e.currencies))
    for acct in accounts:
        acct.month_end()
    print('after month %d:' % month, sorted(accounts))
total = sum(a.balance for a in accounts)
print('total %s, richest %r, poorest %r' % (total, max(accounts).name, min(accounts).name))
for a in sorted(accounts, reverse=True):
    print('%-9s %-9s %12s %3d ops' % (a.name, a.kind, format(a.balance, '>12'), len(a.history)))
print(Money(1.1) + Money(2.2) == Money(3.3), Money(3) * 1.5, -Money(2), bool(Money(0)), Money(1) < Money(2))
print(len({Money(1), Money(1.0), Money(100, 'JPY')}), sum([Money(1), Money(2)]))
v = Vector(1, 2, 3) + 2 * Vector(1, 1, 1)
print(v, v @ Vector(1, 0, -1), len(v), v[-1], list(v), v == Vector(3, 4, 5))
positions = [Vector(0, 0)]
velocity = Vector(1, 2)
for step in range(4):
    velocity = velocity + Vector(0, -1)
    positions.append(positions[-1] + velocity)
print(positions)
Money(1) + Money(1, 'GBP')

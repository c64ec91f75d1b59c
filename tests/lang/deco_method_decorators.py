# Decorating methods: wrappers keep working as methods, self passes through.
import functools


def log_call(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        print('  %s.%s%r' % (type(self).__name__, fn.__name__, args))
        return fn(self, *args)
    return wrapper


def require_positive(fn):
    @functools.wraps(fn)
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError('%s: amount must be positive, got %r' % (fn.__name__, amount))
        return fn(self, amount)
    return wrapper


class Wallet:
    def __init__(self):
        self.coins = 0

    @log_call
    @require_positive
    def add(self, amount):
        self.coins += amount
        return self.coins

    @log_call
    def total(self):
        return self.coins

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def rate(currency):
        print('  computing rate for', currency)
        return {'EUR': 1.0, 'USD': 1.1}[currency]

    @classmethod
    @functools.lru_cache(maxsize=None)
    def default(cls):
        return 'default for ' + cls.__name__

    @property
    @log_call
    def doubled(self):
        return self.coins * 2


w = Wallet()
print(w.add(5), w.add(7), w.total())
print(w.doubled)
try:
    w.add(-1)
except ValueError as e:
    print('ValueError:', e)
print(Wallet.rate('USD'), Wallet.rate('USD'), w.rate('EUR'))
print(Wallet.default(), Wallet.default())
print(Wallet.add.__name__, Wallet.add.__qualname__)
bound = w.add
print(bound(1), bound.__self__ is w)
try:
    Wallet.rate('GBP')
except KeyError as e:
    print('KeyError:', e)
try:
    Wallet.add(5)
except TypeError as e:
    print('TypeError:', e)

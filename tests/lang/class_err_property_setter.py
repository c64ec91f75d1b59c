# Exceptions raised inside property setters and getters escape with a traceback.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError('balance must be a number, not %s' % type(value).__name__)
        if value < 0:
            raise ValueError('%s: balance cannot go negative (%r)' % (self.owner, value))
        self._balance = value

    @property
    def status(self):
        return 'rich' if self.balance > 1000 else self.undefined_helper()


acct = Account('ann', 100)
acct.balance += 50
print(acct.balance)
for bad in ['lots', -5]:
    try:
        acct.balance = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(acct.balance)
acct.balance = 5000
print(acct.status)
try:
    acct.balance = 1
    acct.status
except AttributeError as e:
    print('AttributeError from getter:', e)


class Savings(Account):
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance


s = Savings('bob', 30)
print(s.withdraw(10))
print(s.withdraw(25))

# Class decorators that add, wrap or check methods, and register classes.
def add_describe(cls):
    def describe(self):
        return '%s with %s' % (type(self).__name__, sorted(vars(self)))
    cls.describe = describe
    return cls

def trace_methods(cls):
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith('__'):
            def make(name, fn):
                def wrapper(self, *a):
                    print('  -> %s.%s%r' % (cls.__name__, name, a))
                    return fn(self, *a)
                return wrapper
            setattr(cls, name, make(name, value))
    return cls

def requires(*names):
    def deco(cls):
        missing = [n for n in names if not hasattr(cls, n)]
        if missing:
            raise TypeError('%s is missing %s' % (cls.__name__, ', '.join(missing)))
        return cls
    return deco

@add_describe
@trace_methods
class Account:
    def __init__(self, balance):
        self.balance = balance
    def deposit(self, x):
        self.balance += x
        return self.balance
    def withdraw(self, x):
        self.balance -= x
        return self.balance

acct = Account(10)
print(acct.deposit(5), acct.withdraw(3))
print(acct.describe())

@requires('run', 'stop')
class Engine:
    def run(self):
        return 'running'
    def stop(self):
        return 'stopped'

print(Engine().run(), Engine.__name__)
try:
    @requires('run', 'fly', 'swim')
    class Car:
        def run(self):
            pass
except TypeError as e:
    print('TypeError:', e)
print('Car' in globals())
models = {}

def model(name):
    def deco(cls):
        models[name] = cls
        cls.model_name = name
        return cls
    return deco

@model('user')
class User:
    pass

@model('post')
class Post(User):
    pass

print(sorted((k, v.__name__) for k, v in models.items()), Post.model_name, User.model_name)

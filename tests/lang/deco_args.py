# Decorators that take arguments (decorator factories).
def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def roll(x):
    return x * 2

print(roll(5), repeat(2)(str.upper)('ab'))

def prefix(text, sep=': '):
    def deco(fn):
        def wrapper(*a):
            return text + sep + fn(*a)
        return wrapper
    return deco

@prefix('INFO')
def info(msg):
    return msg

@prefix('WARN', sep=' -> ')
def warn(msg):
    return msg.upper()

print(info('started'), '|', warn('low disk'))

def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for name, typ in types.items():
                if name in kwargs and not isinstance(kwargs[name], typ):
                    raise TypeError('%s: %s must be %s, not %s' % (
                        fn.__name__, name, typ.__name__, type(kwargs[name]).__name__))
            return fn(**kwargs)
        return wrapper
    return deco

@validate(name=str, age=int)
def person(name='?', age=0):
    return '%s (%d)' % (name, age)

print(person(name='ann', age=30), person())
for bad in [{'name': 5}, {'age': '30'}]:
    try:
        person(**bad)
    except TypeError as e:
        print('TypeError:', e)

def clamp(lo, hi):
    def deco(fn):
        return lambda *a: max(lo, min(hi, fn(*a)))
    return deco

@clamp(0, 100)
def score(x):
    return x * 10

print([score(x) for x in (-3, 5, 42)])
try:
    @repeat
    def oops():
        return 1
    print(type(oops).__name__, oops.__qualname__)
    oops()
except TypeError as e:
    print('TypeError:', e)

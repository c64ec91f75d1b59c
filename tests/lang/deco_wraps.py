# functools.wraps copies __name__, __doc__, __qualname__, __module__ and __wrapped__.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc (hidden by wraps)"""
        return fn(*args, **kwargs)
    return wrapper

def unwrapped(fn):
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

@unwrapped
def sub(a, b):
    """Subtract b from a."""
    return a - b

print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(sub.__name__, sub.__doc__, sub.__qualname__)
print(add.__wrapped__(2, 3), add.__wrapped__.__name__, hasattr(sub, '__wrapped__'))
print(add(1, 2), sub(5, 3))

class Service:
    @logged
    def handle(self, req):
        """Handle a request."""
        return 'handled ' + req

print(Service.handle.__qualname__, Service().handle('r1'), Service.handle.__doc__)

def attrs(fn):
    fn.custom = 'custom attribute'
    return fn

@logged
@attrs
def tagged():
    pass

print(tagged.custom, tagged.__wrapped__.custom, tagged.__dict__.get('custom'))

def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@count_calls
def ping():
    return 'pong'

ping()
ping()
print(ping.__name__, ping.calls)
unwrapped_twice = logged(logged(add))
print(unwrapped_twice.__name__, unwrapped_twice.__wrapped__.__wrapped__ is add.__wrapped__)
try:
    add(1)
except TypeError as e:
    print('TypeError:', e)

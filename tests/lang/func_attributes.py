# Function attributes: __name__, __doc__, __defaults__, custom attributes.
def documented(a, b=10):
    """Add two numbers.

    Second line of the docstring."""
    return a + b
print(documented.__name__)
print(documented.__doc__)
print(documented.__defaults__)
def undocumented():
    pass
print(undocumented.__doc__)
lam = lambda: None
print(lam.__name__, lam.__doc__)
documented.calls = 0
def tracked(x):
    tracked.calls += 1
    return x
tracked.calls = 0
tracked(1)
tracked(2)
print(tracked.calls)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__, documented.__qualname__)
print(documented.__module__)
print(type(documented).__name__, callable(documented))
print(documented(1), documented(1, 2))
fs = [documented, undocumented, lam]
names = []
for f in fs:
    names.append(f.__name__)
print(names)
try:
    documented.nonexistent
except AttributeError as e:
    print('AttributeError:', e)

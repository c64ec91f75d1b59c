# __exit__ returning a true value suppresses the exception; false lets it propagate.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False


with Suppress(KeyError) as s:
    {}['missing']
    print('not reached')
print('caught:', repr(s.caught))
with Suppress(LookupError) as s:
    [][5]
print('caught subclass:', repr(s.caught))
try:
    with Suppress(KeyError):
        int('x')
except ValueError as e:
    print('not suppressed:', e)
with Suppress(ZeroDivisionError, TypeError) as s:
    None + 1
print('tuple of types:', type(s.caught).__name__)
with Suppress(Exception) as s:
    pass
print('no exception:', s.caught)


class Truthy:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return self.value


for v in [1, 'yes', [0], 0, '', None, []]:
    try:
        with Truthy(v):
            raise RuntimeError('x')
        print('%r suppressed' % (v,))
    except RuntimeError:
        print('%r propagated' % (v,))


def f():
    with Suppress(ValueError):
        raise ValueError('quiet')
    return 'function continued'


print(f())
count = 0
for i in range(5):
    with Suppress(ZeroDivisionError):
        count += 10 // (i % 2)
print('count', count)
with Suppress(KeyError):
    raise SystemExit('SystemExit is not a KeyError')

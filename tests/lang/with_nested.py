# Nested with statements: ordering of enter/exit and exception flow between levels.
depth = 0


class Level:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        global depth
        print('  ' * depth + 'enter ' + self.name)
        depth += 1
        return self

    def __exit__(self, et, ev, tb):
        global depth
        depth -= 1
        handled = et is not None and issubclass(et, self.swallow)
        print('  ' * depth + 'exit %s (%s%s)' % (
            self.name, et.__name__ if et else 'ok', ', swallowed' if handled else ''))
        return handled


with Level('A'):
    with Level('B'):
        with Level('C'):
            print('      body')
print('---')
with Level('A', swallow=(KeyError,)):
    with Level('B', swallow=(ValueError,)):
        with Level('C'):
            raise KeyError('k')
    print('    not reached: B did not swallow KeyError')
print('---')
with Level('A'):
    with Level('B', swallow=(ValueError,)):
        raise ValueError('v')
    print('  continues inside A after B swallowed')
print('---')


def nested_with_returns(n):
    with Level('f-outer'):
        for i in range(n):
            with Level('f-inner-%d' % i):
                if i == 1:
                    return 'returned at %d' % i
    return 'loop finished'


print(nested_with_returns(3))
print(nested_with_returns(1))
print('---')
try:
    with Level('X'):
        try:
            with Level('Y'):
                raise TypeError('t')
        finally:
            print('    finally between Y and X')
except TypeError as e:
    print('TypeError reached top:', e)

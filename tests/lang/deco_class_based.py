# Class-based decorators with arguments and state; decorating methods with them.
class RateLimit:
    def __init__(self, max_calls):
        self.max_calls = max_calls

    def __call__(self, fn):
        calls = []

        def wrapper(*args):
            if len(calls) >= self.max_calls:
                raise RuntimeError('%s: rate limit of %d exceeded' % (fn.__name__, self.max_calls))
            calls.append(args)
            return fn(*args)
        wrapper.calls = calls
        return wrapper


@RateLimit(2)
def send(msg):
    return 'sent ' + msg


print(send('a'), send('b'), send.calls)
try:
    send('c')
except RuntimeError as e:
    print('RuntimeError:', e)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *args: self(obj, *args)


class Grid:
    def __init__(self, w):
        self.w = w

    @Memo
    def cell(self, x, y):
        print('  computing cell', x, y)
        return y * self.w + x


g = Grid(10)
print(g.cell(1, 2), g.cell(1, 2), g.cell(3, 0), len(Grid.cell.cache))


class NoGet:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *args):
        return self.fn(*args)


class Broken:
    @NoGet
    def method(self):
        return 'needs self'


try:
    Broken().method()
except TypeError as e:
    print('TypeError:', e)
print(Broken.method(Broken()))

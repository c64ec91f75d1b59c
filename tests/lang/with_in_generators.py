# with-statements inside generators: __exit__ runs on exhaustion, close() and throw().
class Managed:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self

    def __exit__(self, et, ev, tb):
        self.log.append('exit %s (%s)' % (self.name, et.__name__ if et else 'clean'))
        return False


def producer(log, n):
    with Managed('producer', log):
        for i in range(n):
            yield i


log = []
print(list(producer(log, 3)), log)
log = []
g = producer(log, 5)
print(next(g), next(g), log)
g.close()
print(log)
log = []
g = producer(log, 5)
next(g)
try:
    g.throw(KeyError('thrown in'))
except KeyError as e:
    print('KeyError propagated:', e, log)


def swallowing(log):
    class Swallow(Managed):
        def __exit__(self, et, ev, tb):
            super().__exit__(et, ev, tb)
            return et is ValueError
    with Swallow('swallow', log):
        yield 'first'
        yield 'second'
    yield 'after with'


log = []
s = swallowing(log)
print(next(s), s.throw(ValueError('handled by __exit__')), log)
print(list(s))
log = []
g = producer(log, 2)
for value in g:
    with Managed('consumer %d' % value, log):
        pass
print(log)

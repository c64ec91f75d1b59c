# send() values pass through `yield from` into the subgenerator.
def adder():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def supervisor(log):
    while True:
        result = yield from adder()
        log.append(result)
        if result > 100:
            return 'big result'


log = []
s = supervisor(log)
print(next(s))
print(s.send(5), s.send(10))
print(s.send(None))
print(s.send(200))
try:
    s.send(None)
except StopIteration as e:
    print('StopIteration', e.value, log)


def tagger(tag):
    item = None
    while True:
        item = yield '%s:%s' % (tag, item)


def switcher():
    yield from tagger('A') if False else iter(['x'])
    r = yield 'between'
    print('  switcher received', r)
    yield from tagger('B')


sw = switcher()
print(next(sw), next(sw), sw.send('hello'), sw.send('world'), sw.send(42))


def delegating_list():
    received = yield from [1, 2]
    yield received


d = delegating_list()
print(next(d))
try:
    d.send('to a list iterator')
except AttributeError as e:
    print('AttributeError:', e)

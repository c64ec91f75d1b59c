# Generator-based coroutines: a priming decorator, producers pushing into consumers.
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def upper(target):
    while True:
        target.send((yield).upper())

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results.append(n)

counts = []
sink = broadcast(grep('py', printer('[py]')),
                 upper(grep('ERR', printer('[err]'))),
                 counter(counts))
for line in ['python rocks', 'an err occurred', 'plain', 'pyERRor mix']:
    sink.send(line)

@coroutine
def averager():
    total, n = 0.0, 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total, n, avg = 0.0, 0, None
            continue
        total += value
        n += 1
        avg = total / n

av = averager()
print(av.send(4), av.send(8), av.send(0))
print(av.throw(ValueError))
print(av.send(10))
c = counter(counts)
c.send(None)
c.send(None)
c.close()
print(counts)
try:
    printer('x').send()
except TypeError as e:
    print('TypeError:', e)

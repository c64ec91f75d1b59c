# try/finally and loops inside generators: cleanup order when consumers stop early.
log = []


def resource(name, n):
    log.append('open ' + name)
    try:
        for i in range(n):
            yield '%s%d' % (name, i)
    finally:
        log.append('close ' + name)


for item in resource('a', 3):
    log.append('use ' + item)
print(log)
log.clear()
g = resource('b', 5)
for item in g:
    log.append('use ' + item)
    if item == 'b1':
        break
log.append('after break')
g.close()
print(log)
log.clear()


def nested():
    try:
        yield from resource('inner', 3)
    finally:
        log.append('outer finally')


n = nested()
print(next(n), next(n))
n.close()
print(log)
log.clear()


def pipeline():
    src = resource('src', 4)
    try:
        for x in src:
            try:
                yield x.upper()
            finally:
                log.append('after ' + x)
    finally:
        src.close()
        log.append('pipeline done')


p = pipeline()
print(next(p), next(p))
p.close()
print(log)
log.clear()


def error_in_body():
    try:
        yield 1
        raise ValueError('body failed')
    finally:
        log.append('finally despite error')


try:
    list(error_in_body())
except ValueError as e:
    print('ValueError:', e, log)

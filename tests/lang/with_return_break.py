# with + return/break/continue: __exit__ runs on every non-exceptional exit too.
class Track:
    def __init__(self, log, name):
        self.log, self.name = log, name
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('exit ' + self.name)
        return False

def early_return(log):
    with Track(log, 'r'):
        return 'value computed inside with'
    log.append('never')

log = []
print(early_return(log), log)
log = []
for i in range(5):
    with Track(log, str(i)):
        if i == 1:
            continue
        if i == 3:
            break
        log.append('body %d' % i)
print(log)
log = []
i = 0
while True:
    with Track(log, 'w%d' % i):
        i += 1
        if i > 2:
            break
print(log)

def return_in_exit_order(log):
    try:
        with Track(log, 'inner'):
            return log.append('computing return') or 'ret'
    finally:
        log.append('finally')

log = []
print(return_in_exit_order(log), log)

class Override:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return True

def swallowed_return():
    with Override():
        raise ValueError('x')
    return 'after swallowed exception'

print(swallowed_return())

def gen(log):
    with Track(log, 'gen'):
        yield 1
        yield 2

log = []
for v in gen(log):
    log.append('got %d' % v)
print(log)
log = []
try:
    with Track(log, 'e'):
        for j in range(3):
            if j == 2:
                raise IndexError(j)
except IndexError as e:
    log.append('caught %r' % e)
print(log)

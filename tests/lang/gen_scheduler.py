# A round-robin task scheduler driving generator "tasks" (cooperative multitasking).
from_tasks = []


def task(name, steps):
    for i in range(steps):
        from_tasks.append('%s step %d' % (name, i))
        received = yield '%s:%d' % (name, i)
        if received:
            from_tasks.append('%s received %r' % (name, received))
    return '%s finished' % name


def failing(name):
    yield name + ':0'
    raise RuntimeError(name + ' crashed')


class Scheduler:
    def __init__(self):
        self.queue = []
        self.results = {}
        self.errors = {}

    def spawn(self, name, gen):
        self.queue.append((name, gen, None))

    def run(self):
        ticks = []
        while self.queue:
            name, gen, value = self.queue.pop(0)
            try:
                out = gen.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                continue
            except Exception as e:
                self.errors[name] = repr(e)
                continue
            ticks.append(out)
            self.queue.append((name, gen, 'ack-' + out if name == 'b' else None))
        return ticks


s = Scheduler()
s.spawn('a', task('a', 3))
s.spawn('b', task('b', 2))
s.spawn('c', failing('c'))
s.spawn('d', task('d', 0))
print(s.run())
print(sorted(s.results.items()))
print(s.errors)
for line in from_tasks:
    print(' ', line)
s2 = Scheduler()
s2.spawn('x', iter([1, 2]))
print(s2.run(), s2.errors)

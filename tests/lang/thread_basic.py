# Threads with targets, args and kwargs; join; is_alive; names; results.
import threading

results = {}


def work(key, n, scale=1):
    total = 0
    for i in range(n):
        total += i * scale
    results[key] = total


threads = [threading.Thread(target=work, args=('t%d' % i, 1000 * (i + 1)), kwargs={'scale': i + 1})
           for i in range(5)]
print([t.is_alive() for t in threads], [t.ident is None for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print([t.is_alive() for t in threads], [t.ident is None for t in threads])
print(sorted(results.items()))
print([t.name for t in threads])
named = threading.Thread(target=work, name='worker-x', args=('x', 10))
print(named.name, named.daemon, named.ident)
named.name = 'renamed'
named.start()
named.join()
print(named.name, results['x'], named.is_alive())
print(threading.Thread(target=len).name.endswith('(len)'))
print(threading.Thread().name.startswith('Thread-'))


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.value = None

    def run(self):
        self.value = sum(range(self.n))


cs = [Counter(k) for k in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([c.value for c in cs])
t = threading.Thread(target=print, args=('printed by a thread',))
t.start()
t.join(timeout=5)
print('joined', t.is_alive())

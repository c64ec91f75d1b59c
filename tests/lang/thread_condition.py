# Condition: wait/notify between producer and consumers, wait_for, timeouts, misuse.
import threading

cond = threading.Condition()
items = []
taken = []


def consumer(name):
    with cond:
        cond.wait_for(lambda: items)
        taken.append((name, items.pop(0)))


cs = [threading.Thread(target=consumer, args=('c%d' % i,)) for i in range(4)]
for c in cs:
    c.start()
for i in range(4):
    with cond:
        items.append(i * 10)
        cond.notify()
for c in cs:
    c.join()
print(sorted(v for _, v in taken), len(taken))

with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01), cond.wait_for(lambda: 42))
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)

ready = []
go = threading.Condition(threading.Lock())
state = {'go': False}


def waiter(i):
    with go:
        ready.append(i)
        go.notify_all()
        go.wait_for(lambda: state['go'])


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
with go:
    go.wait_for(lambda: len(ready) == 5)
    state['go'] = True
    go.notify_all()
for w in ws:
    w.join()
print(sorted(ready), all(not w.is_alive() for w in ws))

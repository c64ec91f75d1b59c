# Semaphore, BoundedSemaphore, Event, Barrier, Timer.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False))
s.release()
s.release()
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
b = threading.BoundedSemaphore(1)
with b:
    print('bounded held')
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)

active = []
peak = []
pool = threading.Semaphore(3)
guard = threading.Lock()


def limited(i):
    with pool:
        with guard:
            active.append(i)
            peak.append(len(active))
        for _ in range(2000):
            pass
        with guard:
            active.remove(i)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak <= 3:', max(peak) <= 3, len(peak))

e = threading.Event()
print(e.is_set(), e.wait(0.01))
flag = []
t = threading.Thread(target=lambda: flag.append(e.wait(10)))
t.start()
e.set()
t.join()
print(flag, e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

order = []
bar = threading.Barrier(3, action=lambda: order.append('action'))
idx = []


def party(i):
    idx.append(bar.wait())
    order.append('after')


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(idx), order[0], order.count('after'), bar.parties, bar.n_waiting, bar.broken)
bar2 = threading.Barrier(2)
bar2.abort()
try:
    bar2.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', type(e).__mro__[1].__name__)
bar2.reset()
print(bar2.broken)
try:
    threading.Barrier(2).wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('timed out barrier is broken')

fired = []
tm = threading.Timer(0.01, fired.append, args=('fired',))
tm.start()
tm.join()
cancelled = threading.Timer(10, fired.append, args=('never',))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

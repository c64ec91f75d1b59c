# Lock and RLock: mutual exclusion, non-blocking and timed acquire, errors.
import threading
import _thread

lock = threading.Lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print('in with', lock.locked())
print('after with', lock.locked())
for args, kwargs in [((False, 1), {}), ((), {'timeout': -2}), ((), {'blocking': False, 'timeout': 0.5})]:
    try:
        lock.acquire(*args, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)

counter = 0
guard = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with guard:
            counter += 1


ts = [threading.Thread(target=add, args=(5000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('counter', counter)

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with r:
    with r:
        print('nested with')

held = threading.RLock()
held.acquire()
out = []


def try_other():
    out.append(held.acquire(False))
    try:
        held.release()
    except RuntimeError as e:
        out.append(str(e))


t = threading.Thread(target=try_other)
t.start()
t.join()
held.release()
print(out)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX > 1e9)

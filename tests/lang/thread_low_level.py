# The _thread module: start_new_thread, locks, exit, errors.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
out = []


def work(a, b, c=0):
    out.append(a + b + c)
    done.release()


ident = _thread.start_new_thread(work, (1, 2), {'c': 3})
done.acquire()
print(out, type(ident).__name__, ident != _thread.get_ident())


def quits():
    out.append('before exit')
    _thread.exit()
    out.append('never')


_thread.start_new_thread(quits, ())
while len(out) < 2:
    time.sleep(0.001)
time.sleep(0.01)
print(out)
for bad in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print('TypeError:', e)
lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, lk.acquire_lock(), lk.locked_lock(), lk.release_lock(), lk.locked())
r = _thread.RLock()
print(r._is_owned(), r.acquire(), r._is_owned())
r.release()

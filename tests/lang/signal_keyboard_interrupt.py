# Ctrl-C (SIGINT) raises KeyboardInterrupt in the main thread out of every
# kind of blocking call, sent from a helper thread.
import os
import queue
import signal
import threading
import time


def interrupt_soon():
    def fire():
        time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGINT)
    threading.Thread(target=fire, daemon=True).start()


def blocked_read():
    r, w = os.pipe()
    try:
        os.read(r, 1)
    finally:
        os.close(r)
        os.close(w)


def joined():
    w = threading.Thread(target=time.sleep, args=(0.5,), daemon=True)
    w.start()
    w.join()


def locked():
    lock = threading.Lock()
    lock.acquire()
    lock.acquire()


def rlocked():
    lock = threading.RLock()
    hold = threading.Event()
    threading.Thread(target=lambda: (lock.acquire(), hold.wait()), daemon=True).start()
    time.sleep(0.01)
    lock.acquire()


def waited():
    c = threading.Condition()
    with c:
        c.wait()


def paused():
    signal.pause()


calls = [('time.sleep', lambda: time.sleep(5)), ('Thread.join', joined), ('Lock.acquire', locked),
         ('RLock.acquire', rlocked), ('Condition.wait', waited), ('Event.wait', lambda: threading.Event().wait()),
         ('Queue.get', lambda: queue.Queue().get()), ('SimpleQueue.get', lambda: queue.SimpleQueue().get()),
         ('os.read', blocked_read), ('signal.pause', paused),
         ('Semaphore.acquire', lambda: threading.Semaphore(0).acquire()),
         ('Barrier.wait', lambda: threading.Barrier(2).wait())]
for name, call in calls:
    interrupt_soon()
    try:
        call()
    except KeyboardInterrupt as e:
        print('KeyboardInterrupt out of', name, repr(e))
    else:
        print('returned normally:', name)
print('still alive')

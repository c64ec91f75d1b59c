# Proof that blocking calls release the GIL: a CPU-bound thread keeps
# counting while the main thread is blocked in each kind of call.
import os
import queue
import threading
import time

progress = [0]
stop = [False]


def cpu():
    while not stop[0]:
        progress[0] += 1


def pipe_read():
    r, w = os.pipe()
    threading.Timer(0.1, os.write, args=(w, b'x')).start()
    os.read(r, 1)
    os.close(r)
    os.close(w)


def pipe_write_full():
    r, w = os.pipe()
    os.set_blocking(w, True)
    filled = 0
    os.set_blocking(w, False)
    try:
        while True:
            filled += os.write(w, b'y' * 65536)
    except BlockingIOError:
        pass
    os.set_blocking(w, True)

    def drain():
        time.sleep(0.1)
        while os.read(r, 65536):
            pass
    d = threading.Thread(target=drain, daemon=True)
    d.start()
    os.write(w, b'z' * 65536)
    os.close(w)
    d.join()
    os.close(r)


def lock_timeout():
    lock = threading.Lock()
    lock.acquire()
    lock.acquire(timeout=0.1)


def condition_wait():
    cond = threading.Condition()
    with cond:
        cond.wait(0.1)


def queue_get():
    try:
        queue.Queue().get(timeout=0.1)
    except queue.Empty:
        pass


def thread_join():
    t = threading.Thread(target=time.sleep, args=(0.1,))
    t.start()
    t.join()


blocking_calls = [
    ('time.sleep', lambda: time.sleep(0.1)),
    ('Lock.acquire', lock_timeout),
    ('Event.wait', lambda: threading.Event().wait(0.1)),
    ('Condition.wait', condition_wait),
    ('Queue.get', queue_get),
    ('Thread.join', thread_join),
    ('os.read', pipe_read),
    ('os.write', pipe_write_full),
]


worker = threading.Thread(target=cpu)
worker.start()
time.sleep(0.05)
for name, call in blocking_calls:
    before = progress[0]
    call()
    print(name, 'lets the CPU thread run:', progress[0] > before)
stop[0] = True
worker.join()

# 1,000 threads alive at once, all blocked on one Event, then released together.
import threading

N = 1000
go = threading.Event()
arrived = threading.Semaphore(0)
done = []
lock = threading.Lock()


def body(i):
    arrived.release()
    go.wait()
    with lock:
        done.append(i)


ts = [threading.Thread(target=body, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for _ in range(N):
    arrived.acquire()
print('alive at once:', sum(t.is_alive() for t in ts), threading.active_count())
go.set()
for t in ts:
    t.join()
print('finished:', len(done), sorted(done) == list(range(N)), threading.active_count())

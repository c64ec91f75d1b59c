# 10,000 threads created, started and joined in a row, in batches of 10.
import threading

total = [0]
lock = threading.Lock()


def add(n):
    with lock:
        total[0] += n


created = 0
for batch in range(1000):
    ts = [threading.Thread(target=add, args=(batch * 10 + k,)) for k in range(10)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    created += len(ts)
print(created, total[0] == sum(range(10000)), threading.active_count())

# Fairness of the GIL among CPU-bound threads: K threads spin for one
# second; each thread's share of the work relative to a fair 1/K, and (on
# gilpy) its longest wait for the GIL. Runs on CPython 2.7 / 3.x too.
# usage: fairness.py K [SECONDS]
# prints: K min_share max_share max_wait_ms   (shares: 1.00 is exactly fair)
import sys
import threading
import time

try:
    import gil as _gil
except ImportError:
    _gil = None

k = int(sys.argv[1])
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
stop = [False]
counts = [0] * k
waits = [0] * k
start = threading.Event()


def spin(i):
    start.wait()
    if _gil is not None:
        _gil.reset_stats()
    n = 0
    while not stop[0]:
        n += 1
    counts[i] = n
    if _gil is not None:
        waits[i] = _gil.thread_stats()['max_wait_ns']


ts = [threading.Thread(target=spin, args=(i,)) for i in range(k)]
for t in ts:
    t.start()
start.set()
time.sleep(seconds)
stop[0] = True
for t in ts:
    t.join()
total = float(sum(counts)) or 1.0
shares = [c * k / total for c in counts]
wait = "%.2f" % (max(waits) / 1e6) if _gil is not None else "-"
sys.stdout.write("%d %.3f %.3f %s\n" % (k, min(shares), max(shares), wait))

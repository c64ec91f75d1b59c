# The seed's experiment (GIL.md): count(n) run twice in sequence, then the
# same work split across 2 and across 4 threads. Runs unmodified on
# CPython 2.7 and 3.x and on gilpy. Prints one line:
#   seq T2 T4        wall seconds of each variant
# usage: experiment.py N      (each thread variant does 2*N iterations in all)
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def threaded(k, n):
    ts = [threading.Thread(target=count, args=(n,)) for _ in range(k)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def timed(fn, *args):
    t0 = time.time()
    fn(*args)
    return time.time() - t0


def sequential(n):
    count(n)
    count(n)


# Each variant runs twice, in the order seq, 2, 4, 4, 2, seq, so that a
# machine warming up or slowing down biases none of them.
n = int(sys.argv[1])
seq = timed(sequential, n)
t2 = timed(threaded, 2, n)
t4 = timed(threaded, 4, n // 2)
t4 += timed(threaded, 4, n // 2)
t2 += timed(threaded, 2, n)
seq += timed(sequential, n)
sys.stdout.write("%.4f %.4f %.4f\n" % (seq / 2, t2 / 2, t4 / 2))

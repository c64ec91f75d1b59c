# The seed's experiment: count(n) twice in sequence, then the same work
# split across K threads (2*N/K each). ratio = threaded time / sequential
# time: 1.0 means threads cost nothing, 2.0 twice as slow. The driver pins
# the process to one core (taskset -c 0) for the pinned variant.
#
#   count.py [--n N] [--target S] [--threads 2,4]
# --n 0 (default) sizes N so that the sequential run takes about --target
# seconds on this interpreter (interpreters differ in speed by 4x).
from __future__ import print_function
import threading
from _lab import args, emit, log, now, r

o = args({'n': 0, 'target': 0.3, 'threads': [2, 4]})


def count(n):
    while n > 0:
        n -= 1


def calibrate(target):
    n = 100000
    while True:
        t = now()
        count(n)
        dt = now() - t
        if dt >= 0.03:
            break
        n *= 2
    return max(10000, int(n / dt * target / 2))


N = o['n'] or calibrate(o['target'])



def sequential():
    t = now()
    count(N)
    count(N)
    return now() - t


# The sequential run is timed before and after the threaded ones and the
# faster taken: on a shared machine a burst of load elsewhere must not
# make the threads look good.
seq = sequential()
res = {'n': N, 'threads': {}}
times = {}
for k in o['threads']:
    ts = [threading.Thread(target=count, args=(2 * N // k,)) for _ in range(k)]
    t = now()
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    times[k] = now() - t
seq = min(seq, sequential())
res['seq_s'] = r(seq, 4)
for k in o['threads']:
    dt = times[k]
    res['threads'][str(k)] = {'t_s': r(dt, 4), 'ratio': r(dt / seq, 3)}
    log('count %d threads: %.3f s ratio %.2f' % (k, dt, dt / seq))
emit(res)

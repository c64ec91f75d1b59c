# Fairness among CPU-bound threads: K threads, released together by an
# Event, each counts its own loop iterations for --duration seconds.
# share = a thread's iterations / all threads' iterations * K (1.0 = its
# fair share). On gilpy, the GIL's statistics for the same window (module
# gil: reset_stats() before, stats() after) give switches and failed takes
# per second (a failed take: a thread woke for the GIL and found it taken
# again, Beazley's "GIL battle") and the longest wait of a counting thread.
# CPython keeps no such statistics: those fields are null there.
#
#   fairness.py [--threads K] [--duration S]
from __future__ import print_function
import threading, time
from _lab import args, emit, now, r

o = args({'threads': 2, 'duration': 0.5})
K = o['threads']
try:
    import gil
except ImportError:
    gil = None

go = threading.Event()
stop = [False]
done = [0] * K


def cpu(i):
    go.wait()
    n = 0
    while not stop[0]:
        n += 1
    done[i] = n


ts = [threading.Thread(target=cpu, args=(i,), name='cpu-%d' % i)
      for i in range(K)]
for t in ts:
    t.start()
time.sleep(0.01)            # every thread is waiting on the event
if gil:
    gil.reset_stats()
t0 = now()
go.set()
time.sleep(o['duration'])
stop[0] = True
for t in ts:
    t.join()
elapsed = now() - t0
total = float(sum(done)) or 1.0
shares = [r(d / total * K, 3) for d in done]
res = {'threads': K, 'duration_s': r(elapsed, 3), 'shares': shares,
       'min_share': min(shares), 'max_share': max(shares),
       'rate': r(total / elapsed, 0),
       'switches_per_s': None, 'failed_per_s': None, 'max_wait_ms': None}
if gil:
    st = gil.stats()
    secs = st.get('elapsed_ns', elapsed * 1e9) / 1e9
    tot = st['total']
    workers = [x for x in st['threads'] if str(x.get('name', '')).startswith('cpu-')]
    res['switches_per_s'] = r(tot['switches'] / secs, 1)
    res['failed_per_s'] = r(tot['failed_takes'] / secs, 1)
    res['forced_per_s'] = r(tot['forced_drops'] / secs, 1)
    if workers:
        res['max_wait_ms'] = r(max(x['max_wait_ns'] for x in workers) / 1e6, 3)
    res['policy'] = st.get('policy')
else:
    res['note'] = 'CPython keeps no GIL statistics: switches, failed takes and waits are not measured'
emit(res)

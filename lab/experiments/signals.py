# Signal handling under load: a periodic ITIMER_REAL timer (SIGALRM every
# --period seconds, --count expiries) while K CPU-bound threads run and the
# main thread, the only one that runs Python handlers, either spins (busy
# loop until the deadline), sleeps (time.sleep(0.05) in a loop) or is
# blocked in join() of a thread that sleeps until the deadline.
#
# Lateness of a handler run = its start time minus the expiry of the tick it
# serves. Ticks are computed from the timer's start time t0 (tick i expires
# at t0 + i * period), not by a running `expected += period`, so that a
# merged signal (a tick that expired while the previous one was still
# pending: one handler run for two ticks) does not skew every later run.
# A run that serves several merged ticks is as late as the oldest of them;
# handled < sent shows how many were merged.
#
#   signals.py [--main spin|sleep|join] [--cpu K] [--period S] [--count N]
from __future__ import print_function
import signal, threading, time
from _lab import args, emit, fail, now, pct, r

o = args({'main': 'spin', 'cpu': 1, 'period': 0.01, 'count': 50})
P = o['period']
if o['main'] not in ('spin', 'sleep', 'join'):
    fail('--main must be spin, sleep or join')

runs = []


def handler(signum, frame):
    runs.append(now())


signal.signal(signal.SIGALRM, handler)

stop = [False]


def cpu():
    n = 0
    while not stop[0]:
        n += 1


ts = [threading.Thread(target=cpu) for _ in range(o['cpu'])]
for t in ts:
    t.daemon = True
    t.start()
time.sleep(0.02)          # let the CPU threads get going

t0 = now()
signal.setitimer(signal.ITIMER_REAL, P, P)
deadline = t0 + P * o['count'] + P / 2
if o['main'] == 'spin':
    while now() < deadline:
        pass
elif o['main'] == 'sleep':
    while now() < deadline:
        time.sleep(0.05)
else:
    def sleeper():
        d = deadline - now()
        while d > 0:
            time.sleep(d)
            d = deadline - now()
    w = threading.Thread(target=sleeper)
    w.start()
    w.join()
signal.setitimer(signal.ITIMER_REAL, 0, 0)
t1 = now()
time.sleep(0.002)         # a signal still pending is handled here
stop[0] = True
for t in ts:
    t.join()

sent = int((t1 - t0) / P)
# Which ticks each run serves: walking backwards, run j can serve at most
# last[j] = min(ticks expired by its start, last[j + 1] - 1), so a burst of
# runs (gilpy counts deliveries and runs the handler once per signal) gets
# consecutive ticks. Walking forwards, run j serves the ticks after those
# of run j - 1 up to last[j]: one tick, or several when signals merged
# (CPython keeps one flag per signal). Its lateness is counted from the
# oldest of them, the signal that waited longest.
last = [0] * len(runs)
nxt = sent + 1
j = len(runs) - 1
while j >= 0:
    last[j] = max(1, min(int((runs[j] - t0) / P), nxt - 1))
    nxt = last[j]
    j -= 1
late = []
served = 0
j = 0
while j < len(runs):
    late.append(runs[j] - (t0 + min(served + 1, last[j]) * P))
    served = max(served, last[j])
    j += 1
late.sort()
emit({'main': o['main'], 'cpu_threads': o['cpu'], 'period_s': P,
      'sent': sent, 'handled': len(runs),
      'p50_us': r(pct(late, 50) * 1e6) if late else None,
      'p99_us': r(pct(late, 99) * 1e6) if late else None,
      'max_us': r(late[-1] * 1e6) if late else None})

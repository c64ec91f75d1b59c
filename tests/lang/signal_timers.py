# SIGALRM from alarm() and setitimer(); interrupted sleeps resume (PEP 475).
import signal
import time

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
print(signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.02)
t0 = time.monotonic()
time.sleep(0.15)
elapsed = time.monotonic() - t0
print(ticks, elapsed >= 0.15)
old = signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
print(old)
while len(ticks) < 5:
    time.sleep(0.001)
left = signal.setitimer(signal.ITIMER_REAL, 0)
print(len(ticks) >= 5, type(left).__name__, len(left), signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(10) == 0, signal.alarm(0) > 0)
try:
    signal.setitimer(42, 1.0)
except signal.ItimerError as e:
    print('ItimerError', e.errno, isinstance(e, OSError), type(e).__name__)
try:
    signal.alarm(2 ** 40)
except OverflowError as e:
    print('OverflowError', e)
for which in (signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF):
    print(which, signal.getitimer(which))

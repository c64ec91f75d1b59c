# How long Ctrl-C takes to stop a program whose main thread waits in join()
# of a daemon thread that spins on the CPU (--worker cpu) or sleeps
# (--worker sleep). The parent forks a child that runs the scenario itself
# (no exec), and writes a byte to a pipe just before join(); the parent
# waits --settle seconds more, sends SIGINT and measures the time until
# the child has ended (waitpid polled every 0.2 ms). A child still alive
# after --timeout seconds is killed with SIGKILL, and the next runs are
# skipped: Ctrl-C does not stop this interpreter in join().
#
#   ctrl_c.py [--runs N] [--worker cpu|sleep] [--settle S] [--timeout S]
from __future__ import print_function
import os, signal, sys, threading, time
from _lab import args, emit, fail, now, pct, r

o = args({'runs': 5, 'worker': 'cpu', 'settle': 0.05, 'timeout': 2.0})
if o['worker'] not in ('cpu', 'sleep'):
    fail('--worker must be cpu or sleep')


def spin():
    n = 0
    while True:
        n += 1


def nap():
    while True:
        time.sleep(1)


def ended(status):
    if os.WIFSIGNALED(status):
        s = os.WTERMSIG(status)
        return 'SIGINT' if s == signal.SIGINT else 'signal %d' % s
    return 'exit %d' % os.WEXITSTATUS(status)


times = []
endings = []
stopped = True
i = 0
while i < o['runs'] and stopped:
    i += 1
    rfd, wfd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        os.close(rfd)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)          # the KeyboardInterrupt traceback
        t = threading.Thread(target=spin if o['worker'] == 'cpu' else nap)
        t.daemon = True
        t.start()
        os.write(wfd, b'r')
        t.join()                  # KeyboardInterrupt ends the child here
        os._exit(3)
    os.close(wfd)
    os.read(rfd, 1)
    os.close(rfd)
    time.sleep(o['settle'])
    t = now()
    os.kill(pid, signal.SIGINT)
    status = None
    while now() - t < o['timeout']:
        p, st = os.waitpid(pid, os.WNOHANG)
        if p == pid:
            status = st
            break
        time.sleep(0.0002)
    if status is None:
        stopped = False
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        endings.append('still running after %d ms: SIGKILL' % (o['timeout'] * 1000))
        break
    times.append((now() - t) * 1000)
    endings.append(ended(status))

kinds = []
for e in endings:
    if e not in kinds:
        kinds.append(e)
times.sort()
emit({'worker': o['worker'], 'runs': i, 'stopped': stopped,
      'median_ms': r(pct(times, 50), 2) if stopped else None,
      'max_ms': r(times[-1], 2) if stopped else None,
      'times_ms': [r(x, 2) for x in times],
      'ended_by': ', '.join(kinds)})

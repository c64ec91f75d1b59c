# Priority inversion: a responder thread answers a client in another
# process (os.fork + socketpair) while K CPU-bound threads run. The client
# (the child, single-threaded) measures each round trip, sleeps 2 ms between
# rounds, and sends p50/p99/max back. Also measured: the CPU threads'
# throughput (loop iterations per second, all threads together) while the
# responder serves, and before that, for the same K and duration, without
# the responder; cpu_keep = served / alone.
#
#   io_latency.py [--cpu K] [--duration S] [--rounds R] [--gap S]
# The client runs for --duration seconds or --rounds round trips, whichever
# comes first. --baseline 0 skips the CPU threads alone (for traced runs).
from __future__ import print_function
import os, sys, socket, threading, time
from _lab import args, emit, log, now, pct, r

o = args({'cpu': 1, 'duration': 0.5, 'rounds': 250, 'gap': 0.002,
          'baseline': 1})
K = o['cpu']


def cpu_threads(k):
    """Start k CPU-bound threads; returns stop() -> total iterations."""
    stop = [False]
    done = [0] * k

    def cpu(i):
        n = 0
        while not stop[0]:
            n += 1
        done[i] = n

    ts = [threading.Thread(target=cpu, args=(i,)) for i in range(k)]
    for t in ts:
        t.daemon = True
        t.start()

    def finish():
        stop[0] = True
        for t in ts:
            t.join()
        return sum(done)
    return finish


def rate(k, body):
    """Iterations per second of k CPU threads while body() runs."""
    t = now()
    finish = cpu_threads(k)
    body()
    total = finish()
    return total / (now() - t)


sys.stdout.flush()
sys.stderr.flush()
a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    # the client, forked before any thread starts: one thread of its own
    try:
        a.close()
        b.recv(1)                     # the parent's "go": its threads run
        lat = []
        end = now() + o['duration']
        while len(lat) < o['rounds'] and now() < end:
            t = now()
            b.sendall(b'x')
            b.recv(1)
            lat.append(now() - t)
            time.sleep(o['gap'])
        b.sendall(b'q')
        lat.sort()
        msg = '%d %.1f %.1f %.1f' % (len(lat), pct(lat, 50) * 1e6,
                                     pct(lat, 99) * 1e6, lat[-1] * 1e6)
        b.sendall(msg.encode() + b'\n')
        b.close()
    finally:
        os._exit(0)

b.close()

# warm up (the first loop of a process runs slower on some machines), then
# the CPU threads alone, half before serving and half after: the machine's
# speed drifts by several per cent over seconds (a shared virtual machine),
# and a baseline taken on one side only carried that drift into cpu_keep.
alone = None
if K and o['baseline']:
    rate(K, lambda: time.sleep(0.05))
    alone = rate(K, lambda: time.sleep(o['duration'] / 2))


def responder():
    while True:
        c = a.recv(1)
        if not c or c == b'q':
            break
        a.sendall(c)


def serve():
    th = threading.Thread(target=responder)
    th.start()
    a.sendall(b'g')
    th.join()


served = rate(K, serve)
if alone:
    alone = (alone + rate(K, lambda: time.sleep(o['duration'] / 2))) / 2
buf = b''
while not buf.endswith(b'\n'):
    c = a.recv(100)
    if not c:
        break
    buf += c
a.close()
os.waitpid(pid, 0)
f = buf.decode().split()
if len(f) != 4:
    log('client sent %r' % buf)
    sys.exit(1)
res = {'cpu_threads': K, 'rounds': int(f[0]), 'p50_us': float(f[1]),
       'p99_us': float(f[2]), 'max_us': float(f[3]),
       'duration_s': o['duration'],
       'cpu_rate': r(served, 0) if K else None,
       'cpu_rate_alone': r(alone, 0) if alone else None,
       'cpu_keep': r(served / alone, 3) if alone else None}
emit(res)

# Priority inversion: a responder thread answers a client in another
# process (os.fork + socketpair) while K CPU-bound threads run. The client
# (the child, single-threaded) measures each round trip, sleeps 2 ms between
# rounds, and sends p50/p99/max back. Also measured: the CPU threads'
# throughput (loop iterations per second, all threads together) while the
# responder serves, and, for the same K, without the responder;
# cpu_keep = served / alone. The two are measured in alternating chunks
# (alone, served, alone, served, ...; --chunks of each, the run's time
# split evenly): the speed of a shared virtual machine drifts by 10-20%
# over seconds, and one baseline taken before serving carried that drift
# into cpu_keep (values from 0.9 to 1.4 for the same build).
#
#   io_latency.py [--cpu K] [--duration S] [--rounds R] [--gap S] [--chunks C]
# The client serves for --duration seconds or --rounds round trips in all,
# whichever comes first. --baseline 0 skips the CPU threads alone (for
# traced runs).
from __future__ import print_function
import os, sys, socket, threading, time
from _lab import args, emit, log, now, pct, r

o = args({'cpu': 1, 'duration': 0.5, 'rounds': 250, 'gap': 0.002,
          'baseline': 1, 'chunks': 5})
K = o['cpu']
CHUNKS = max(1, o['chunks'])


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
    """(iterations, seconds) of k CPU threads while body() runs."""
    t = now()
    finish = cpu_threads(k)
    body()
    total = finish()
    return total, now() - t


sys.stdout.flush()
sys.stderr.flush()
a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    # the client, forked before any thread starts: one thread of its own.
    # Per chunk: wait for the parent's "go", serve its share of the time
    # and rounds, end the chunk with 'e'; after the last, 'q'. Then the
    # figures.
    try:
        a.close()
        lat = []
        for c in range(CHUNKS):
            if b.recv(1) != b'g':
                break
            end = now() + o['duration'] / CHUNKS
            goal = o['rounds'] * (c + 1) // CHUNKS
            while len(lat) < goal and now() < end:
                t = now()
                b.sendall(b'x')
                b.recv(1)
                lat.append(now() - t)
                time.sleep(o['gap'])
            b.sendall(b'e')
        b.sendall(b'q')
        lat.sort()
        msg = '%d %.1f %.1f %.1f' % (len(lat), pct(lat, 50) * 1e6,
                                     pct(lat, 99) * 1e6, lat[-1] * 1e6)
        b.sendall(msg.encode() + b'\n')
        b.close()
    finally:
        os._exit(0)

b.close()


# One responder for the whole run (a thread started per chunk would wait
# for its first turn, up to a slice, at each chunk's first round). Between
# chunks it waits in recv, as it does between rounds.
chunk_done = threading.Event()


def responder():
    while True:
        c = a.recv(1)
        if not c or c == b'q':
            break
        if c == b'e':
            chunk_done.set()
            continue
        a.sendall(c)


def serve():
    chunk_done.clear()
    a.sendall(b'g')
    while not chunk_done.wait(1.0):
        if not responder_thread.is_alive():
            break


responder_thread = threading.Thread(target=responder)
responder_thread.start()

# warm up (the first loop of a process runs slower on some machines), then
# the chunks
if K:
    rate(K, lambda: time.sleep(0.05))
alone = [0, 0.0]
served = [0, 0.0]
for c in range(CHUNKS):
    if K and o['baseline']:
        n, dt = rate(K, lambda: time.sleep(o['duration'] / CHUNKS))
        alone[0] += n
        alone[1] += dt
    n, dt = rate(K, serve)
    served[0] += n
    served[1] += dt
responder_thread.join()
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
served_rate = served[0] / served[1] if K else None
alone_rate = alone[0] / alone[1] if K and alone[1] else None
res = {'cpu_threads': K, 'rounds': int(f[0]), 'p50_us': float(f[1]),
       'p99_us': float(f[2]), 'max_us': float(f[3]),
       'duration_s': o['duration'],
       'cpu_rate': r(served_rate, 0) if K else None,
       'cpu_rate_alone': r(alone_rate, 0) if alone_rate else None,
       'cpu_keep': r(served_rate / alone_rate, 3) if alone_rate else None}
emit(res)

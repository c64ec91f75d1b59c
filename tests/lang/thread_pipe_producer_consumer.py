# A producer thread writes records into a pipe, the main thread consumes
# them with os.read until end of file; then the same over a pipe with the
# producer in a forked child. Every read and write releases the GIL, so the
# two sides run in turn however small the pipe buffer's share.
import os, threading

def produce(fd, n):
    for i in range(n):
        line = ('record %d %s\n' % (i, 'x' * (i % 50))).encode()
        view = line
        while view:
            k = os.write(fd, view)
            view = view[k:]
    os.close(fd)

def consume(fd):
    chunks = []
    while True:
        b = os.read(fd, 4096)
        if not b:
            break
        chunks.append(b)
    os.close(fd)
    return b''.join(chunks)

r, w = os.pipe()
t = threading.Thread(target=produce, args=(w, 5000))
t.start()
data = consume(r)
t.join()
lines = data.decode().splitlines()
print(len(lines), lines[0], lines[-1], len(data))
print(all(l.split()[1] == str(i) for i, l in enumerate(lines)))

# Two producers, one pipe: writes of at most PIPE_BUF bytes are atomic.
r, w = os.pipe()
def small(tag):
    for i in range(2000):
        os.write(w, ('%s%05d\n' % (tag, i)).encode())
ts = [threading.Thread(target=small, args=(c,)) for c in 'ab']
for x in ts: x.start()
def closer():
    for x in ts: x.join()
    os.close(w)
c = threading.Thread(target=closer); c.start()
got = consume(r).decode().split()
c.join()
print(len(got), sorted(got) == sorted(['%s%05d' % (c, i) for c in 'ab' for i in range(2000)]))
print([x for x in got if x[0] == 'a'] == ['a%05d' % i for i in range(2000)])

# A forked child as the producer.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    produce(w, 300)
    os._exit(7)
os.close(w)
data = consume(r)
rpid, status = os.waitpid(pid, 0)
print(rpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), len(data.splitlines()))

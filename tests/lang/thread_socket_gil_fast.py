# A socket call that would not block (the data is there, the buffer has
# room) is made, under gilpy's sched policy, without releasing the GIL;
# under ticks and timed every call releases it, as in CPython. A call
# that does block releases it under every policy. On CPython, which has
# no `gil` module, the lines are printed as expected.
import socket
import threading
import time

try:
    import gil
except ImportError:
    gil = None


def blocking_releases():
    return gil.thread_stats()['releases_blocking'] if gil else 0


def expect(what, released, calls):
    if gil is None:
        ok = True
    elif gil.policy() == 'sched':
        ok = released == 0
    else:
        ok = released == calls
    print(what, 'ok' if ok else 'released the GIL %d times' % released)


a, b = socket.socketpair()
n = blocking_releases()
a.send(b'ping')
got = [b.recv(4)]
b.sendall(b'pong')
got.append(a.recv(4))
expect('calls that do not block:', blocking_releases() - n, 4)
print(got)

n = blocking_releases()
a.send(b'xy')
buf = bytearray(2)
got = [b.recv_into(buf), bytes(buf)]
a.send(b'z')
got.append(b.recvfrom(1)[0])
b.send(b'.')
got.append(a.recv(1))
expect('recv_into, recvfrom and send:', blocking_releases() - n, 6)
print(got)

# A recv that waits for its data releases the GIL under every policy.
def later():
    time.sleep(0.05)
    a.send(b'late')

t = threading.Thread(target=later)
t.start()
n = blocking_releases()
print(b.recv(4))
waited = blocking_releases() - n
t.join()
print('a recv that waits released the GIL:', gil is None or waited >= 1)

# Errors of the attempt are the call's errors.
a.close()
print(b.recv(1))
try:
    b.send(b'x')
except BrokenPipeError as e:
    print(type(e).__name__, e.errno)
b.close()
try:
    b.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno)

# PEP 475: a signal arriving while the main thread waits in recv, accept,
# select, poll or waitpid runs its handler and the call resumes (with what
# is left of its timeout); an exception raised by the handler comes out
# of the call instead.
import os, select, signal, socket, threading, time

hits = 0
def handler(signum, frame):
    global hits
    hits += 1

signal.signal(signal.SIGALRM, handler)

def interrupted(label, call):
    global hits
    hits = 0
    signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
    try:
        result = call()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
    print(label, result, hits > 0)

a, b = socket.socketpair()
def later(f, *args):
    th = threading.Thread(target=lambda: (time.sleep(0.2), f(*args)))
    th.start()
    return th

th = later(b.send, b'after signals')
interrupted('recv', lambda: a.recv(100))
th.join()

a.settimeout(0.2)
t0 = time.monotonic()
def recv_timeout():
    try:
        a.recv(100)
    except TimeoutError as e:
        return str(e)
interrupted('recv timeout', recv_timeout)
print('waited long enough', time.monotonic() - t0 >= 0.19)
a.settimeout(None)

srv = socket.create_server(('127.0.0.1', 0))
th = later(socket.create_connection, srv.getsockname())
interrupted('accept', lambda: type(srv.accept()[0]).__name__)
th.join()

r, w = os.pipe()
th = later(os.write, w, b'x')
interrupted('select', lambda: len(select.select([r], [], [])[0]))
th.join()
os.read(r, 1)
p = select.poll()
p.register(r, select.POLLIN)
t0 = time.monotonic()
interrupted('poll timeout', lambda: p.poll(200))
print('waited long enough', time.monotonic() - t0 >= 0.19)

pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'sleep 0.2; exit 5'], {})
interrupted('waitpid', lambda: os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# A handler that raises: the exception leaves the blocked call.
def raiser(signum, frame):
    raise KeyboardInterrupt('from handler')
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    a.recv(100)
except KeyboardInterrupt as e:
    print('recv raised', repr(e))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    select.select([r], [], [], 5)
except KeyboardInterrupt as e:
    print('select raised', repr(e))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
for s in (a, b, srv):
    s.close()
os.close(r)
os.close(w)

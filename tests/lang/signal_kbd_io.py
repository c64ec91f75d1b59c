# Ctrl-C (SIGINT with its default handler, sent by a helper thread) gets
# the main thread out of socket and select calls blocked in the kernel:
# recv, recvfrom, accept, connect-less sendall to a full peer, select,
# poll, and os.read on a pipe.
import os, signal, socket, select, threading, time

def interrupt_soon():
    def fire():
        time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGINT)
    threading.Thread(target=fire).start()

a, b = socket.socketpair()
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
full = socket.socketpair()
full[0].setblocking(False)
try:
    while True:
        full[0].send(b'x' * 65536)
except (BlockingIOError, OSError):
    pass
full[0].setblocking(True)
p = select.poll()
p.register(a, select.POLLIN)
r, w = os.pipe()

calls = [('recv', lambda: a.recv(10)), ('recv_into', lambda: a.recv_into(bytearray(10))),
         ('recvfrom', lambda: u1.recvfrom(10)), ('accept', srv.accept),
         ('sendall', lambda: full[0].sendall(b'y' * 1000000)),
         ('select', lambda: select.select([a], [], [])), ('select with timeout', lambda: select.select([a], [], [], 30)),
         ('poll', lambda: p.poll()), ('os.read', lambda: os.read(r, 10)),
         ('settimeout recv', lambda: (a.settimeout(30), a.recv(10)))]
for name, call in calls:
    interrupt_soon()
    try:
        call()
    except KeyboardInterrupt as e:
        print('KeyboardInterrupt out of', name, repr(e))
    else:
        print('returned normally:', name)
a.settimeout(None)
b.send(b'still works')
print(a.recv(100))
for s in (a, b, srv, u1, full[0], full[1]):
    s.close()
print('done')

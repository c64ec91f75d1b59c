# Timeouts: settimeout/gettimeout/setblocking/getblocking, TimeoutError
# "timed out" from recv, accept and sendall, non-blocking sockets, the
# default timeout, and a makefile() that timed out.
import socket

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking(), a.timeout)
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.args, isinstance(e, OSError), e.errno)
b.send(b'data')
print(a.recv(10))

a.settimeout(0)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
a.settimeout(None)
print(a.gettimeout())
a.settimeout(2)
print(a.gettimeout(), type(a.gettimeout()).__name__)

for bad in (-1, -0.5, 'x', float('nan'), 1e300, 2 ** 70):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# sendall into a peer that does not read: the buffers fill, then time out.
b.settimeout(0.05)
try:
    b.sendall(b'x' * (16 * 1024 * 1024))
except TimeoutError as e:
    print('sendall', type(e).__name__, e)
a.close()
b.close()

# accept with a timeout.
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print('accept', e)
# A connection accepted from a listener with a timeout is blocking.
c = socket.create_connection(srv.getsockname(), timeout=1.5)
print(c.gettimeout())
conn, addr = srv.accept()
print(conn.gettimeout(), conn.getblocking())
conn.close()
c.close()

# The default timeout applies to new sockets (and to accepted ones).
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(0.25)
print(socket.getdefaulttimeout())
s = socket.socket()
print(s.gettimeout())
c = socket.create_connection(srv.getsockname())
conn, addr = srv.accept()
print(c.gettimeout(), conn.gettimeout())
for x in (conn, c, s):
    x.close()
socket.setdefaulttimeout(None)
print(socket.socket().gettimeout(), socket.getdefaulttimeout())
try:
    socket.setdefaulttimeout(-1)
except ValueError as e:
    print(e)
srv.close()

# A makefile() reader that timed out refuses to read again.
a, b = socket.socketpair()
a.settimeout(0.05)
f = a.makefile('rb')
try:
    f.readline()
except TimeoutError as e:
    print('readline', e)
try:
    f.readline()
except OSError as e:
    print(type(e).__name__, e)
f.close()
a.close()
b.close()

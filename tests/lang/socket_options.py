# setsockopt/getsockopt (ints and raw bytes), listen backlogs, reprs with
# local and remote addresses, create_server, and the inheritable flag.
import socket, sys

s = socket.socket()
for level, opt in ((socket.SOL_SOCKET, socket.SO_REUSEADDR), (socket.SOL_SOCKET, socket.SO_KEEPALIVE),
                   (socket.IPPROTO_TCP, socket.TCP_NODELAY)):
    before = s.getsockopt(level, opt)
    s.setsockopt(level, opt, 1)
    print(before, s.getsockopt(level, opt), end=' ')
    s.setsockopt(level, opt, False)
    print(s.getsockopt(level, opt))
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) >= 65536)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) > 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
# struct linger {int l_onoff, l_linger}, in the machine's byte order.
linger = (1).to_bytes(4, sys.byteorder) + (0).to_bytes(4, sys.byteorder)
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
raw = s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)
print(int.from_bytes(raw[:4], sys.byteorder), int.from_bytes(raw[4:], sys.byteorder))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, bytearray(8))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
print(s.get_inheritable())
s.set_inheritable(True)
print(s.get_inheritable())
s.close()

srv = socket.create_server(('127.0.0.1', 0), backlog=3)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
port = srv.getsockname()[1]

def masked(sock, **ports):
    # Ports and descriptors vary from run to run: name them.
    r = repr(sock).replace('fd=%d,' % sock.fileno(), 'fd=N,')
    for name, value in ports.items():
        r = r.replace("'127.0.0.1', %d)" % value, "'127.0.0.1', %s)" % name)
    return r

print(masked(srv, PORT=port))
c = socket.create_connection(('127.0.0.1', port))
conn, addr = srv.accept()
print(masked(conn, PORT=port, CPORT=addr[1]))
print(conn.getpeername() == c.getsockname(), c.getpeername() == ('127.0.0.1', port))
for x in (conn, c, srv):
    x.close()
print(repr(srv))

for backlog in (0, -5, 128):
    l = socket.socket()
    l.bind(('127.0.0.1', 0))
    l.listen(backlog)
    print(l.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), end=' ')
    l.close()
print()
try:
    socket.create_server(('127.0.0.1', -1))
except OverflowError as e:
    print(type(e).__name__, e)
busy = socket.create_server(('127.0.0.1', 0))
try:
    socket.create_server(busy.getsockname(), reuse_port=False)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror.startswith('Address already in use (while attempting to bind on address'))
busy.close()

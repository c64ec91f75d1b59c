# socketpair: data both ways, shutdown, recv flags, recv_into, detach,
# dup, fromfd, the with statement and reprs.
import socket

a, b = socket.socketpair()
print(type(a).__name__, a.family, a.type, a.proto)
print(repr(a.family), repr(a.type))
print(a.send(b'hello'), b.recv(10))
b.sendall(b'world')
print(a.recv(2), a.recv(10))

# MSG_PEEK leaves the data queued.
a.send(b'peek')
print(b.recv(10, socket.MSG_PEEK), b.recv(10))

# recv_into, recvfrom on a connected stream (no address).
buf = bytearray(8)
a.send(b'abcdef')
print(b.recv_into(buf, 4), buf)
print(b.recv_into(buffer=buf), buf)
a.send(b'xyz')
print(b.recvfrom(10))
a.send(b'123')
print(b.recvfrom_into(buf))
print(buf)

# recv(0) returns at once.
print(b.recv(0))

# After shutdown(SHUT_WR), the peer reads end of file.
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
try:
    a.send(b'late')
except OSError as e:
    print(type(e).__name__, e.errno)

# dup and fromfd share the connection.
c = b.dup()
print(c.fileno() != b.fileno(), c.family, c.type)
c.send(b'via dup')
print(a.recv(20))
d = socket.fromfd(b.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
d.send(b'via fromfd')
print(a.recv(20))
c.close()
d.close()

# detach gives the descriptor away: the object is closed, the fd is not.
fd = b.detach()
print(b.fileno(), fd >= 0)
print(repr(b).replace(str(fd), 'N'))
e = socket.socket(fileno=fd)
print(e.family, e.type, e.proto)
e.send(b'after detach')
print(a.recv(20))

with e:
    print('in with', e.fileno() >= 0)
print('closed', e.fileno())
a.close()
a.close()
print(repr(a))

# Pairs of other kinds.
x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send(b'dgram 1')
x.send(b'dgram 2')
print(y.recv(100), y.recv(3), x.type)
x.close()
y.close()

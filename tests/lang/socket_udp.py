# UDP over 127.0.0.1: sendto/recvfrom, recvfrom_into, connected datagram
# sockets, and datagram boundaries.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b.bind(('127.0.0.1', 0))
pa, pb = a.getsockname()[1], b.getsockname()[1]
print(a.type, a.proto, a.getsockname()[0])

print(a.sendto(b'first', ('127.0.0.1', pb)))
print(a.sendto(b'second', 0, ('127.0.0.1', pb)))
data, addr = b.recvfrom(100)
print(data, addr == ('127.0.0.1', pa))
# A datagram longer than the buffer is cut; the rest is lost.
data, addr = b.recvfrom(3)
print(data, addr[1] == pa)

buf = bytearray(10)
b.sendto(b'reply', ('127.0.0.1', pa))
n, addr = a.recvfrom_into(buf)
print(n, buf[:n], addr[1] == pb)
b.sendto(b'0123456789', ('localhost', pa))
n, addr = a.recvfrom_into(buf, 4)
print(n, buf)

# Connected datagram sockets use send/recv and know their peer.
a.connect(('127.0.0.1', pb))
print(a.getpeername()[1] == pb)
a.send(b'connected')
print(b.recv(100))
print(repr(a).startswith("<socket.socket fd="), "raddr=('127.0.0.1'" in repr(a))

# Errors of sendto's arguments.
for args in [(b'x',), (b'x', 1, 2, 3), ('x', ('127.0.0.1', pb)), (b'x', 'host'),
             (b'x', ('127.0.0.1',)), (b'x', ('127.0.0.1', 70000)), (b'x', (None, 1)),
             (b'x', 'f', ('127.0.0.1', pb))]:
    try:
        a.sendto(*args)
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
for n in (-1, 'x'):
    try:
        b.recvfrom(n)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b.recvfrom_into(bytearray(2), 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.recvfrom_into(b'ro')
except TypeError as e:
    print(type(e).__name__, e)
a.close()
b.close()
try:
    a.sendto(b'x', ('127.0.0.1', pb))
except OSError as e:
    print(type(e).__name__, e)

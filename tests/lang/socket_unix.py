# AF_UNIX stream and datagram sockets on paths under /tmp/gilpy_test_*.
import os, socket, threading

d = '/tmp/gilpy_test_socket_unix_%d' % os.getpid()
os.mkdir(d)
path = d + '/sock'

srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.family, srv.type, srv.proto)
print(srv.getsockname() == path, os.path.exists(path))

def serve():
    conn, addr = srv.accept()
    print('accepted', repr(addr), conn.family)
    with conn:
        data = conn.recv(100)
        print('peer', repr(conn.getpeername()), conn.getsockname() == path)
        conn.sendall(b'echo:' + data)

th = threading.Thread(target=serve)
th.start()
c = socket.socket(socket.AF_UNIX)
c.connect(path)
c.sendall(b'hello')
print(c.recv(100))
print(c.getpeername() == path, repr(c.getsockname()))
th.join()
c.close()
srv.close()

# A second bind on a path that exists fails.
s2 = socket.socket(socket.AF_UNIX)
try:
    s2.bind(path)
except OSError as e:
    print(type(e).__name__, e.errno)
s2.close()
os.unlink(path)

# Connecting to a missing path, too long a path, a bad address type.
c = socket.socket(socket.AF_UNIX)
for addr in (d + '/missing', 'x' * 200, 42):
    try:
        c.connect(addr)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
c.close()

# Datagrams between two bound paths.
p1, p2 = d + '/a', d + '/b'
a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
a.bind(p1)
b.bind(p2)
a.sendto(b'ping', p2)
data, addr = b.recvfrom(64)
print(data, addr == p1)
b.sendto(b'pong', addr)
print(a.recvfrom(64)[0])
print(a.type, b.getsockname() == p2)
a.close()
b.close()
for p in (p1, p2):
    os.unlink(p)
os.rmdir(d)
print(os.path.exists(d))

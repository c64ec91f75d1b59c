# Connecting to a port nobody listens on: ConnectionRefusedError from
# connect and create_connection, errno 111 from connect_ex; reset and
# broken connections.
import socket

# A port that was just free: bind, note it, close.
s = socket.socket()
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()

c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e, e.errno, e.strerror)
    print(isinstance(e, ConnectionError), isinstance(e, OSError))
c.close()

c = socket.socket()
print(c.connect_ex(('127.0.0.1', port)))
c.close()

try:
    socket.create_connection(('127.0.0.1', port))
except OSError as e:
    print('create_connection', type(e).__name__, e)

# A connect_ex that succeeds returns 0.
srv = socket.create_server(('127.0.0.1', 0))
c = socket.socket()
print(c.connect_ex(srv.getsockname()))
conn, _ = srv.accept()

# The peer closes with unread data: a reset. Sending to a closed peer:
# a broken pipe.
c.send(b'unread')
conn.close()
try:
    for i in range(10):
        c.send(b'x' * 65536)
except (BrokenPipeError, ConnectionResetError) as e:
    print('peer gone', isinstance(e, ConnectionError))
c.close()
srv.close()

# A connected pair connecting elsewhere: the path is checked first.
a, b = socket.socketpair()
try:
    a.connect('/nonexistent')
except OSError as e:
    print(type(e).__name__, e.errno)
a.close()
b.close()

# Uncaught: the traceback and exit status 1.
c = socket.socket()
c.connect(('127.0.0.1', port))

# A closed socket used again: the uncaught OSError "[Errno 9] Bad file
# descriptor", its traceback on stderr, exit status 1.
import socket

a, b = socket.socketpair()
with a:
    a.send(b'bye')
print(b.recv(10), b.recv(10))
print(a)
a.recv(1)

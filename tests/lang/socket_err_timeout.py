# An uncaught socket timeout from a function: TimeoutError: timed out.
import socket

def fetch(sock):
    return sock.recv(1024)

a, b = socket.socketpair()
a.settimeout(0.01)
print(a.gettimeout())
fetch(a)

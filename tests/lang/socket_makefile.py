# makefile(): binary and text files over a socket, readline, iteration,
# read(n), writes, newline translation, and closing rules (the socket's
# descriptor stays open until the socket and its files are all closed).
import socket, threading

a, b = socket.socketpair()

# Binary reading.
a.sendall(b'line one\nline two\r\nno newline')
a.shutdown(socket.SHUT_WR)
f = b.makefile('rb')
print(f.mode, f.readable(), f.writable(), f.seekable(), f.closed)
print(f.readline())
print(f.readline(4), f.readline())
print(f.read(), f.read(), f.readline())
f.close()
print(f.closed)
b.close()
a.close()

# Text reading: '\r\n' and '\r' become '\n' by default.
a, b = socket.socketpair()
a.sendall('héllo\r\nwörld\rthird\nlast'.encode())
a.close()
f = b.makefile('r')
print(f.mode, f.readable(), f.writable())
print(list(f))
f.close()
b.close()

# newline='' keeps the line ends as they are.
a, b = socket.socketpair()
a.sendall(b'one\r\ntwo\rthree\n')
a.close()
f = b.makefile('r', newline='')
print([f.readline() for i in range(4)])
f.close()
b.close()

# A text file read in pieces; a multi-byte character split between sends.
a, b = socket.socketpair()
f = b.makefile('r', encoding='utf-8')
data = 'αβγ\n'.encode()
def sender():
    for i in range(len(data)):
        a.send(data[i:i + 1])
    a.send(b'xyz')
    a.close()
th = threading.Thread(target=sender)
th.start()
print(f.readline(), f.read(2), f.read())
th.join()
f.close()
b.close()

# Writing: a request/response exchange through two files.
a, b = socket.socketpair()
def server():
    rf = b.makefile('rb')
    wf = b.makefile('wb')
    for line in rf:
        wf.write(b'echo ' + line)
        wf.flush()
    rf.close()
    wf.close()
    b.close()
th = threading.Thread(target=server)
th.start()
f = a.makefile('rw')
for word in ('alpha', 'beta', 'gamma'):
    f.write(word + '\n')
    f.flush()
    print(repr(f.readline()))
a.shutdown(socket.SHUT_WR)
print(repr(f.readline()))
f.close()
th.join()

# The descriptor closes with the last of the socket and its files.
print(a.fileno() >= 0)
a.close()
print(a.fileno())

a, b = socket.socketpair()
f = a.makefile('wb', buffering=0)
print(type(f).__name__, f.mode)
a.close()
print(a.fileno() >= 0)
f.write(b'still open')
print(b.recv(100))
f.close()
print(a.fileno())
b.close()

for mode, kw in (('x', {}), ('r', {'buffering': 0}), ('rb', {'newline': 'x'})):
    try:
        socket.socket().makefile(mode, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# sendall of a large buffer to a reader thread: every byte arrives, in
# order, whatever the kernel's buffer sizes; the same with a bytearray
# and with a timeout set.
import socket, threading

def reader(sock, out):
    chunks = []
    while True:
        data = sock.recv(65536)
        if not data:
            break
        chunks.append(data)
    out.append(b''.join(chunks))

def transfer(payload, timeout=None):
    a, b = socket.socketpair()
    if timeout is not None:
        a.settimeout(timeout)
    out = []
    th = threading.Thread(target=reader, args=(b, out))
    th.start()
    print(a.sendall(payload))
    a.shutdown(socket.SHUT_WR)
    th.join()
    a.close()
    b.close()
    data = out[0]
    print(len(data), data == payload)

size = 8 * 1024 * 1024 + 17
payload = bytes(range(256)) * (size // 256) + b'tail'
transfer(payload)
transfer(bytearray(payload[:3000000]))
transfer(payload, timeout=5.0)
transfer(b'')

# Over TCP, with the reader in a thread that accepts.
srv = socket.create_server(('127.0.0.1', 0))
out = []
def server():
    conn, _ = srv.accept()
    reader(conn, out)
    conn.sendall(b'got %d' % len(out[0]))
    conn.close()
th = threading.Thread(target=server)
th.start()
c = socket.create_connection(srv.getsockname())
c.sendall(payload)
c.shutdown(socket.SHUT_WR)
print(c.recv(100))
th.join()
print(out[0] == payload)
c.close()
srv.close()

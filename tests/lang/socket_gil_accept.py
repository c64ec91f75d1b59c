# The GIL is released while accept and sendall wait: a CPU-bound thread
# keeps counting while the main thread blocks ~0.2 s in accept (until a
# timeout, then until a client connects) and in sendall (until a reader
# drains the socket).
import socket, threading, time

count = 0
stop = False

def counter():
    global count
    while not stop:
        count += 1

th = threading.Thread(target=counter)
th.start()
while count == 0:
    time.sleep(0.001)

srv = socket.create_server(('127.0.0.1', 0))
srv.settimeout(0.2)
c0 = count
try:
    srv.accept()
except TimeoutError:
    pass
print(count - c0 > 1000)

def late_client(out):
    time.sleep(0.2)
    out.append(socket.create_connection(srv.getsockname()))

srv.settimeout(None)
out = []
client = threading.Thread(target=late_client, args=(out,))
client.start()
c0 = count
conn, addr = srv.accept()
c1 = count
client.join()
print(c1 - c0 > 1000, addr == out[0].getsockname())

# sendall fills the socket buffers, then waits for the reader.
def late_reader(sock, total):
    time.sleep(0.2)
    got = 0
    while got < total:
        got += len(sock.recv(1 << 16))

payload = b'x' * (8 * 1024 * 1024)
reader = threading.Thread(target=late_reader, args=(out[0], len(payload)))
reader.start()
c0 = count
conn.sendall(payload)
print(count - c0 > 1000)
reader.join()
stop = True
th.join()
conn.close()
out[0].close()
srv.close()

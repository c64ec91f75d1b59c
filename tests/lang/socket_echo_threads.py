# An echo server in a thread, one handler thread per connection, and
# several client threads over TCP on 127.0.0.1 (port 0: the kernel picks).
import socket, threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(8)
host, port = srv.getsockname()
print(host, port > 0)

def handle(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())

def serve(n):
    threads = []
    for i in range(n):
        conn, addr = srv.accept()
        th = threading.Thread(target=handle, args=(conn,))
        th.start()
        threads.append(th)
    for th in threads:
        th.join()

results = {}
def client(i):
    with socket.create_connection(('127.0.0.1', port)) as c:
        out = []
        for j in range(3):
            msg = ('client %d message %d' % (i, j)).encode()
            c.sendall(msg)
            got = b''
            while len(got) < len(msg):
                got += c.recv(1024)
            out.append(got.decode())
        results[i] = out

N = 5
st = threading.Thread(target=serve, args=(N,))
st.start()
cl = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for th in cl: th.start()
for th in cl: th.join()
st.join()
srv.close()
for i in sorted(results):
    print(i, results[i])
print(srv)

# select.select with pipes and sockets, objects with fileno(), timeouts,
# and its errors.
import os, select, socket

r, w = os.pipe()

def names(result):
    # Descriptor numbers depend on what the process inherited: show names.
    return tuple([{r: 'r', w: 'w'}.get(x, x) for x in l] for l in result)

print(names(select.select([r], [w], [], 0)))
print(names(select.select([r], [], [], 0.01)))
print(select.select([], [], [], 0))
os.write(w, b'x')
print(names(select.select([r, w], [w, r], [r], 0)))
print(names(select.select((r,), (), (), None)))
os.read(r, 1)

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
    def __repr__(self):
        return 'F(%s)' % ('r' if self.fd == r else 'w')

print(select.select([F(r)], [F(w)], [], 0))
os.write(w, b'y')
print(names(select.select([F(r), r, F(r)], [], [], 0)))
os.read(r, 1)

# Sockets: a listener becomes readable when a client connects; a
# connected socket is writable, and readable once data arrives.
srv = socket.create_server(('127.0.0.1', 0))
print(select.select([srv], [], [], 0))
c = socket.create_connection(srv.getsockname())
rl, wl, xl = select.select([srv], [c], [], 1)
print(rl == [srv], wl == [c], xl)
conn, _ = srv.accept()
print(select.select([conn], [], [], 0) == ([], [], []))
c.send(b'hi')
print(select.select([conn, srv], [], [], 1)[0] == [conn])
c.close()
print(select.select([conn], [], [], 1)[0] == [conn], conn.recv(10), conn.recv(10))
conn.close()
srv.close()

# End of file on a pipe is readable too.
os.close(w)
print(names(select.select([r], [], [], 0)))
os.close(r)

class G:
    def fileno(self):
        return 'x'
class H:
    def fileno(self):
        raise ValueError('boom')

def t(*args, **kw):
    try:
        print(select.select(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

t([0], [], [], -1)
t([0], [], [], 'x')
t([0], [], [], float('nan'))
t([0], [], [], 2 ** 70)
t('x', [], [], 0)
t(1, [], [], 0)
t([None], [], [], 0)
t([-1], [], [], 0)
t([99999], [], [], 0)
t([1.5], [], [], 0)
t([G()], [], [], 0)
t([H()], [], [], 0)
t([0], [])
t()
t([], [], [], timeout=1)
t([], [], [], 0, 0)
bad = os.open('/dev/null', os.O_RDONLY)
os.close(bad)
t([bad], [], [], 0)
print(select.error is OSError)

# select.poll: register/modify/unregister, poll(timeout in ms) on pipes
# and sockets, POLLHUP and POLLNVAL, and the errors.
import os, select, socket

print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP,
      select.POLLNVAL, select.POLLRDNORM, select.POLLWRNORM)
r, w = os.pipe()
names = {r: 'r', w: 'w'}

def show(events):
    return [(names.get(fd, fd), ev) for fd, ev in events]

p = select.poll()
print(type(p).__name__, repr(p).startswith('<select.poll object at '))
print(p.register(r), p.register(w, select.POLLOUT))
print(show(p.poll(0)))
os.write(w, b'x')
print(show(p.poll()), show(p.poll(None)), show(p.poll(1.5)), show(p.poll(-1)))
p.modify(w, select.POLLIN)
print(show(p.poll(0)))
os.read(r, 1)
print(p.poll(10))
p.unregister(w)
p.register(r, select.POLLIN)  # registering again replaces the mask
os.close(w)
print(show(p.poll(0)))

class F:
    def fileno(self):
        return r
p.unregister(F())
print(p.poll(0))

# A descriptor that is not open: POLLNVAL.
bad = os.open('/dev/null', os.O_RDONLY)
os.close(bad)
p.register(bad)
print([(fd == bad, ev) for fd, ev in p.poll(0)])
p.unregister(bad)
os.close(r)

# Sockets.
a, b = socket.socketpair()
q = select.poll()
q.register(a, select.POLLIN | select.POLLOUT)
q.register(b.fileno(), select.POLLIN)
print([(fd == a.fileno(), ev) for fd, ev in q.poll(0)])
a.send(b'ping')
print(sorted((fd == a.fileno(), ev) for fd, ev in q.poll(0)))
b.recv(10)
a.close()
print([(fd == b.fileno(), ev & (select.POLLIN | select.POLLHUP) != 0) for fd, ev in q.poll(0) if fd == b.fileno()])
b.close()

def t(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

t(p.modify, 99, select.POLLIN)
t(p.unregister, 99)
t(p.register, -1)
t(p.register, 'x')
t(p.register, 0, -1)
t(p.register, 0, 1 << 20)
t(p.register, 0, 'x')
t(p.register)
t(p.register, fd=0)
t(p.poll, 'x')
t(p.poll, 1, 2)
t(p.poll, float('nan'))
t(p.modify, 1)
t(p.unregister)
t(select.poll, 1)

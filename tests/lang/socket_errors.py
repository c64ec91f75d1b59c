# Errors: wrong arguments (TypeError, ValueError, OverflowError with
# CPython's messages), bad addresses, and every call on a closed socket
# (OSError EBADF).
import socket

def t(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

s = socket.socket()
t('bind str', s.bind, 'x')
t('bind 1-tuple', s.bind, ('127.0.0.1',))
t('bind 3-tuple', s.bind, ('127.0.0.1', 1, 2))
t('bind port', s.bind, ('127.0.0.1', 70000))
t('bind port<0', s.bind, ('127.0.0.1', -1))
t('bind port str', s.bind, ('127.0.0.1', 'x'))
t('bind host int', s.bind, (1, 80))
t('bind host nul', s.bind, ('a\0b', 80))
t('bind no arg', s.bind)
t('recv -1', s.recv, -1)
t('recv str', s.recv, 'x')
t('recv none', s.recv)
t('recv 3 args', s.recv, 1, 2, 3)
try:
    s.recv(bufsize=1)
except TypeError as e:
    print('recv kw', e)
t('recv unconnected', s.recv, 1)
t('send str', s.send, 'str')
t('send int', s.send, 5)
t('send none', s.send)
t('sendall str', s.sendall, 'x')
t('recv_into bytes', s.recv_into, b'abc')
t('recv_into small', s.recv_into, bytearray(3), 5)
t('recv_into neg', s.recv_into, bytearray(3), -1)
t('recv_into none', s.recv_into)
t('listen str', s.listen, 'x')
t('listen 2 args', s.listen, 1, 2)
t('settimeout none', s.settimeout)
t('fileno arg', s.fileno, 1)
t('setsockopt 1 arg', s.setsockopt, socket.SOL_SOCKET)
t('setsockopt str', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 'x')
t('setsockopt None', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None)
t('getsockopt bad', s.getsockopt, socket.SOL_SOCKET, 12345)
t('getsockopt buflen', s.getsockopt, socket.SOL_SOCKET, socket.SO_TYPE, 0)
t('getsockopt buflen<0', s.getsockopt, socket.SOL_SOCKET, socket.SO_TYPE, -1)
t('getsockopt buflen big', s.getsockopt, socket.SOL_SOCKET, socket.SO_TYPE, 2000)
t('getsockopt bytes', s.getsockopt, socket.SOL_SOCKET, socket.SO_TYPE, 4)
t('getsockopt 4 args', s.getsockopt, 1, 2, 3, 4)
t('shutdown bad', s.shutdown, 5)
t('shutdown str', s.shutdown, 'x')
t('shutdown unconnected', s.shutdown, socket.SHUT_RDWR)
t('getpeername', s.getpeername)
t('accept unlistened', s.accept)
t('connect no arg', s.connect)
s.close()

print(repr(s))
for name, args in [('fileno', ()), ('recv', (1,)), ('send', (b'x',)), ('sendall', (b'x',)),
                   ('getsockname', ()), ('getpeername', ()), ('bind', (('127.0.0.1', 0),)),
                   ('listen', ()), ('accept', ()), ('connect', (('127.0.0.1', 1),)),
                   ('connect_ex', (('127.0.0.1', 1),)), ('settimeout', (1,)), ('gettimeout', ()),
                   ('setblocking', (False,)), ('shutdown', (0,)), ('close', ()), ('detach', ()),
                   ('getsockopt', (socket.SOL_SOCKET, socket.SO_TYPE)),
                   ('dup', ())]:
    t(name, getattr(s, name), *args)

# Constructor errors.
t('family', socket.socket, 99)
t('type', socket.socket, socket.AF_INET, 99)
t('family str', socket.socket, 'x')
t('fileno neg', socket.socket, fileno=-5)
t('fileno bad', socket.socket, fileno=9999)
t('fileno not socket', socket.socket, fileno=0)
t('too many', socket.socket, 1, 2, 3, 4, 5)
t('socketpair family', socket.socketpair, socket.AF_INET6 + 1000)

# AF_INET6 addresses.
s6 = socket.socket(socket.AF_INET6)
t('bind6 str', s6.bind, 'x')
t('bind6 short', s6.bind, ('::1',))
t('bind6 long', s6.bind, ('::1', 0, 0, 0, 0))
t('bind6 flowinfo', s6.bind, ('::1', 0, 1 << 21))
print(s6.family)
s6.close()

# Subclasses keep working.
class MySocket(socket.socket):
    def hello(self):
        return 'hello from %s' % type(self).__name__
m = MySocket()
print(m.hello(), isinstance(m, socket.SocketType), m.family)
m.extra = 42
print(m.extra)
m.close()
print(socket.SocketType, socket.socket.__mro__[1], socket.error is OSError)

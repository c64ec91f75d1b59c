# Name service and conversions: getaddrinfo on numeric hosts, getnameinfo,
# gethostbyname, inet_aton/ntoa/pton/ntop, byte order, the enums, and
# their errors (gaierror, herror are OSError subclasses).
import socket

for args in [('127.0.0.1', 80), ('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM),
             ('127.0.0.1', None, socket.AF_INET, socket.SOCK_DGRAM),
             (None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE),
             (b'127.0.0.1', b'8080', 0, socket.SOCK_STREAM),
             ('::1', 443, socket.AF_INET6, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST),
             ('127.0.0.1', 80, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, socket.AI_CANONNAME)]:
    print(socket.getaddrinfo(*args))
print(socket._socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))

def t(label, f, *args, **kw):
    try:
        print(label, 'ok', repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e, isinstance(e, OSError))

t('not numeric', socket.getaddrinfo, 'not.a.number', 80, 0, 0, 0, socket.AI_NUMERICHOST)
t('family', socket.getaddrinfo, '127.0.0.1', 80, 99)
t('socktype', socket.getaddrinfo, '127.0.0.1', 80, 0, 99)
t('port float', socket.getaddrinfo, '127.0.0.1', 1.5)
t('host int', socket.getaddrinfo, 1, 2)
t('family str', socket.getaddrinfo, '127.0.0.1', 80, family='x')
t('no args', socket.getaddrinfo)
t('nameinfo', socket.getnameinfo, ('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)
t('nameinfo short', socket.getnameinfo, ('127.0.0.1',), 0)
t('nameinfo str', socket.getnameinfo, 'x', 0)
t('byname', socket.gethostbyname, '127.0.0.1')
t('byname empty', socket.gethostbyname, '')
t('byname bcast', socket.gethostbyname, '<broadcast>')
t('byname int', socket.gethostbyname, 1)
t('hostname', lambda: type(socket.gethostname()).__name__)
t('hostname arg', socket.gethostname, 1)

t('aton', socket.inet_aton, '1.2.3.4')
t('aton short', socket.inet_aton, '1.2.3')
t('aton bad', socket.inet_aton, '1.2.3.256')
t('aton bytes', socket.inet_aton, b'1.2.3.4')
t('ntoa', socket.inet_ntoa, b'\x7f\x00\x00\x01')
t('ntoa len', socket.inet_ntoa, b'123')
t('ntoa str', socket.inet_ntoa, 'abcd')
t('pton6', socket.inet_pton, socket.AF_INET6, '::1')
t('pton4', socket.inet_pton, socket.AF_INET, '10.0.0.1')
t('pton bad', socket.inet_pton, socket.AF_INET6, 'zz')
t('pton family', socket.inet_pton, 99, 'zz')
t('ntop6', socket.inet_ntop, socket.AF_INET6, bytes(15) + b'\x01')
t('ntop4', socket.inet_ntop, socket.AF_INET, bytearray(b'\xc0\xa8\x01\x02'))
t('ntop len', socket.inet_ntop, socket.AF_INET6, b'1')
t('ntop family', socket.inet_ntop, 99, b'1234')

for f in (socket.htons, socket.ntohs):
    for v in (1, 0x1234, 70000, -1, 'x'):
        t(f.__name__, f, v)
for f in (socket.htonl, socket.ntohl):
    for v in (1, 0x12345678, 2 ** 32, -1, 2.0):
        t(f.__name__, f, v)

print(socket.AF_INET, repr(socket.AF_INET), socket.AddressFamily(10))
print(repr(socket.SOCK_DGRAM), repr(socket.SOCK_NONBLOCK), repr(socket.SocketKind(2)))
print(repr(socket.MSG_PEEK | socket.MSG_WAITALL), repr(socket.AI_PASSIVE))
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.INADDR_ANY, socket.INADDR_LOOPBACK)
print(socket.gaierror.__mro__[1:3], socket.herror.__bases__, socket.timeout is TimeoutError)
print(socket.has_ipv6, socket.SOMAXCONN > 0)

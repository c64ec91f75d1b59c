"""Socket objects, as CPython's socket module: the C module _socket does
the system calls; this module adds the socket class (accept, makefile,
dup, context management, repr), the IntEnum/IntFlag views of the
constants, and the helpers create_connection, create_server,
socketpair, fromfd and getfqdn.

makefile() files are written here, over the socket's recv/send: gilpy
has no io module to build them from. Their writes go to the socket at
once (no write buffer): without reference counting, a file object that
a program drops without flush() or close() is not closed at once, and
data held in its buffer would never be sent.
"""

import _socket
from _socket import *

import os
import sys
from enum import IntEnum, IntFlag

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind"]
__all__.extend(n for n in dir(_socket) if not n.startswith('_'))


def _enum_from_constants(kind, name, prefix):
    """CPython's IntEnum._convert_: the module's constants that start with
    prefix, sorted by value (the first name of a value is its canonical
    one), become members, and the module's names become the members."""
    members = sorted((n, v) for n, v in globals().items()
                     if n.isupper() and n.startswith(prefix))
    members.sort(key=lambda nv: (nv[1], nv[0]))
    cls = kind(name, members, module=__name__)
    globals().update(cls.__members__)
    return cls


AddressFamily = _enum_from_constants(IntEnum, 'AddressFamily', 'AF_')
SocketKind = _enum_from_constants(IntEnum, 'SocketKind', 'SOCK_')
MsgFlag = _enum_from_constants(IntFlag, 'MsgFlag', 'MSG_')
AddressInfo = _enum_from_constants(IntFlag, 'AddressInfo', 'AI_')

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'
_DEFAULT_BUFFER_SIZE = 8192


def _intenum_converter(value, enum_klass):
    """The enum member for value, or value itself when it has none."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


_blocking_errnos = {11}  # EAGAIN == EWOULDBLOCK on Linux


class socket(_socket.socket):
    """A subclass of _socket.socket adding the makefile() method."""

    __slots__ = ["_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(),
            self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """A new socket object on a duplicate of the descriptor."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """Wait for a connection: (new socket, address of the peer)."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        # The accepted descriptor is blocking; a listening socket with a
        # timeout gives its connections blocking mode unless a default
        # timeout is set.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """A file object reading and/or writing the socket."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = _DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        buffer = _BufferedSocketFile(raw, buffering)
        if binary:
            return buffer
        text = _TextSocketFile(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """Send a file's data (read in blocks) until EOF or count bytes;
        returns the number of bytes sent."""
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(
                    "count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError(
                    "count must be a positive integer (got {!r})".format(count))
        if offset:
            file.seek(offset)
        total = 0
        while count is None or total < count:
            size = 8192 if count is None else min(count - total, 8192)
            data = file.read(size)
            if not data:
                break
            self.sendall(data)
            total += len(data)
        if total > 0 and hasattr(file, 'seek'):
            file.seek(offset + total)
        return total

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        """Close the socket (once every makefile() file is closed too)."""
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Give up the descriptor without closing it; returns it."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)


SocketType = _socket.socket


def fromfd(fd, family, type, proto=0):
    """A socket object on a duplicate of the descriptor fd."""
    nfd = dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """A pair of connected socket objects (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


# ---- makefile() files

class _Stream:
    """What every file-like class here shares, as io.IOBase gives it."""

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _LineStream(_Stream):
    """Line iteration and readlines over readline(), as io.IOBase gives
    them to buffered and text files."""

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class SocketIO(_Stream):
    """Raw I/O on a socket: readinto() and write() are recv_into() and
    send(); a timeout leaves the object unusable for reading."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False
        self.closed = False

    def _check(self, reading):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if reading and not self._reading:
            raise OSError("File not open for reading")
        if not reading and not self._writing:
            raise OSError("File not open for writing")

    def readinto(self, b):
        self._check(True)
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timeout_occurred = True
            raise
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def _recv(self, n):
        """Up to n bytes (b'' at end of file, None if none are ready)."""
        self._check(True)
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv(n)
        except timeout:
            self._timeout_occurred = True
            raise
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        return self._recv(size)

    def readall(self):
        chunks = []
        while True:
            data = self._recv(_DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def write(self, b):
        self._check(False)
        try:
            return self._sock.send(b)
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        if self.closed:
            return
        self.closed = True
        self._sock._decref_socketios()
        self._sock = None


class _BufferedSocketFile(_LineStream):
    """The binary file of makefile('rb'/'wb'/'rwb'): reads through a
    buffer (readline needs to look ahead), writes straight through."""

    def __init__(self, raw, buffer_size=_DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._size = buffer_size
        self._rbuf = b""

    @property
    def closed(self):
        return self.raw.closed

    @property
    def mode(self):
        return self.raw.mode

    @property
    def name(self):
        return self.raw.name

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return False

    def isatty(self):
        return False

    def _fill(self):
        """Read one more chunk into the buffer; False at end of file."""
        data = self.raw._recv(self._size)
        if not data:
            return False
        self._rbuf += data
        return True

    def _take(self, n):
        data, self._rbuf = self._rbuf[:n], self._rbuf[n:]
        return data

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill():
                pass
            return self._take(len(self._rbuf))
        while len(self._rbuf) < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1):
        if not self._rbuf:
            self._fill()
        if size is None or size < 0:
            size = len(self._rbuf)
        return self._take(size)

    def peek(self, size=0):
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        if size is None:
            size = -1
        start = 0
        while True:
            i = self._rbuf.find(b"\n", start)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._rbuf):
                end = size
                break
            start = len(self._rbuf)
            if not self._fill():
                end = len(self._rbuf)
                break
        if 0 <= size < end:
            end = size
        return self._take(end)


    def write(self, b):
        if self.closed:
            raise ValueError("write to closed file")
        self.raw._check(False)
        data = bytes(b)
        self.raw._sock.sendall(data)
        return len(data)

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")

    def close(self):
        self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw


class _TextSocketFile(_LineStream):
    """The text file of makefile('r'/'w'/'rw'): decodes and encodes, and
    translates newlines as TextIOWrapper does (newline=None: '\\r' and
    '\\r\\n' read as '\\n')."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._newline = newline
        self._text = ""        # decoded, not yet returned
        self._undecoded = b""  # the start of an incomplete character
        self._pending_cr = False
        self._eof = False
        self.mode = "r"

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def line_buffering(self):
        return False

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return False

    def _decode(self, data, final):
        data = self._undecoded + data
        self._undecoded = b""
        if not final and self.encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
            # Keep an incomplete UTF-8 sequence at the end for later.
            i = len(data) - 1
            while i >= 0 and i >= len(data) - 3 and data[i] & 0xC0 == 0x80:
                i -= 1
            if i >= 0 and data[i] >= 0xC0:
                need = 2 if data[i] < 0xE0 else 3 if data[i] < 0xF0 else 4
                if len(data) - i < need:
                    data, self._undecoded = data[:i], data[i:]
        return data.decode(self.encoding, self.errors)

    def _fill(self):
        """Decode one more chunk into _text; False at end of file."""
        if self._eof:
            return False
        data = self.buffer.read1(_DEFAULT_BUFFER_SIZE)
        final = not data
        text = self._decode(data, final)
        if self._newline is None:
            if self._pending_cr:
                text = "\r" + text
                self._pending_cr = False
            if text.endswith("\r") and not final:
                text = text[:-1]
                self._pending_cr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._text += text
        if final:
            self._eof = True
        return not final

    def _line_end(self, start):
        """The end of the first line in _text from start, or -1 if the
        text does not hold a whole line yet."""
        text = self._text
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", start)
            return i + 1 if i >= 0 else -1
        if nl == "":
            for i in range(start, len(text)):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == "\n" else i + 1
                    return i + 1 if self._eof else -1
            return -1
        i = text.find(nl, start)
        return i + len(nl) if i >= 0 else -1

    def _take(self, n):
        text, self._text = self._text[:n], self._text[n:]
        return text

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            while self._fill():
                pass
            return self._take(len(self._text))
        while len(self._text) < size and self._fill():
            pass
        return self._take(size)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._line_end(start)
            if end >= 0:
                break
            if 0 <= size <= len(self._text):
                end = size
                break
            start = max(0, len(self._text) - 1)
            if not self._fill() and self._line_end(start) < 0:
                end = len(self._text)
                break
        if 0 <= size < end:
            end = size
        return self._take(end)

    def _check_readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self.buffer.readable():
            raise OSError("not readable")


    def write(self, s):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise OSError("not writable")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        self.buffer.close()

    def detach(self):
        buffer, self.buffer = self.buffer, None
        return buffer


# ---- helpers

def getfqdn(name=''):
    """The fully qualified domain name of name (default: this host)."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if '.' in name:
                break
        else:
            name = hostname
    return name


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to (host, port), trying each address getaddrinfo gives,
    and return the socket. The last error is raised if none answers (all
    of them in an ExceptionGroup with all_errors)."""
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Whether an AF_INET6 socket can also accept IPv4 connections."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening TCP socket bound to address (host, port)."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """(family, type, proto, canonname, sockaddr) for each address of
    host and port, with family and type as enum members."""
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist

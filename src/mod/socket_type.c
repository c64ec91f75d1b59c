/* socket_type.c - _socket.socket: creation, closing, options, timeouts and
 * the calls that do not wait (bind, listen, names, shutdown). The calls
 * that may block are in socket_io.c.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "socket_impl.h"

/* ---- creation */

static Value sock_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)args, (void)nargs, (void)kw;
    GpType *type = (GpType *)v_obj(callable);
    GpSocket *s = gp_alloc(t, type, type->size);
    if (!s) return VNULL;
    s->fd = -1;
    s->timeout = -1;
    return v_from_obj(s);
}

int sock_set_blocking(GpThread *t, GpSocket *s, int blocking) {
    int flags = fcntl(s->fd, F_GETFL);
    if (flags >= 0) {
        int want = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
        if (want == flags || fcntl(s->fd, F_SETFL, want) >= 0) return 0;
    }
    return gp_raise_errno(t, errno, VNULL), -1;
}

/* Adopt fd: the type loses SOCK_NONBLOCK/SOCK_CLOEXEC, and the timeout is
 * 0 for SOCK_NONBLOCK, else the default timeout (which, when set, makes
 * the descriptor non-blocking). */
static int sock_adopt(GpThread *t, GpSocket *s, int fd, int family, int type, int proto) {
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    if (type & SOCK_NONBLOCK) {
        s->timeout = 0;
        return 0;
    }
    s->timeout = sock_default_timeout(t);
    return s->timeout >= 0 ? sock_set_blocking(t, s, 0) : 0;
}

/* socket(family=-1, type=-1, proto=-1, fileno=None). With a descriptor,
 * the arguments left at -1 are asked of the socket itself. */
static int sock_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"family", "type", "proto", "fileno"};
    static const GpArgSpec spec = {"socket", names, 4, 4, 0, 0};
    Value a[4];
    int family = -1, type = -1, proto = -1;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || (a[0] && sock_int_arg(t, a[0], &family) < 0) ||
        (a[1] && sock_int_arg(t, a[1], &type) < 0) || (a[2] && sock_int_arg(t, a[2], &proto) < 0))
        return -1;
    GpSocket *s = sock_of(self);
    int fd;
    if (!a[3] || a[3] == V_NONE) {
        if (family == -1) family = AF_INET;
        if (type == -1) type = SOCK_STREAM;
        if (proto == -1) proto = 0;
        fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) return gp_raise_errno(t, errno, VNULL), -1;
    } else {
        int64_t n;
        Value i = gp_index(t, a[3]);
        if (!i) return -1;
        if (!gp_int_to_i64(i, &n) || n > INT32_MAX)
            return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C long");
        if (n < 0) return gp_raise_i(t, &gp_ValueError, "negative file descriptor");
        fd = (int)n;
        SockAddr addr;
        socklen_t len = sizeof addr;
        memset(&addr, 0, sizeof addr);
        if (getsockname(fd, &addr.sa, &len) == 0) {
            if (family == -1) family = addr.sa.sa_family;
        } else if (errno == EBADF || errno == ENOTSOCK) {
            return gp_raise_errno(t, errno, VNULL), -1;
        }
        len = sizeof type;
        if (type == -1 && getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0)
            return gp_raise_errno(t, errno, VNULL), -1;
        len = sizeof proto;
        if (proto == -1 && getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len) < 0)
            return gp_raise_errno(t, errno, VNULL), -1;
    }
    if (s->fd >= 0 && s->fd != fd) close(s->fd); /* __init__ called again */
    return sock_adopt(t, s, fd, family, type, proto);
}

/* A socket dropped without close() closes its descriptor (CPython warns
 * with a ResourceWarning, which is silent by default). */
static void sock_finalize(GpInterp *in, GpObj *self) {
    (void)in;
    GpSocket *s = (GpSocket *)self;
    if (s->fd >= 0) close(s->fd);
    s->fd = -1;
}

static Value sock_repr(GpThread *t, Value self) {
    GpSocket *s = sock_of(self);
    return gp_format(t, "<socket object, fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family, s->type, s->proto);
}

/* ---- closing */

static Value m_close(ARGS) {
    (void)args;
    if (gp_check_nargs(t, "socket.close", nargs, 0, 0) < 0 || gp_check_no_kw(t, "socket.close", kw) < 0) return VNULL;
    GpSocket *s = sock_of(self);
    int fd = s->fd;
    if (fd < 0) return V_NONE;
    s->fd = -1;
    /* Not retried on EINTR: the descriptor is gone either way. close()
     * may wait (SO_LINGER), so the GIL is released. A peer that already
     * reset the connection is not an error, as in CPython. */
    gp_blocking_begin(t);
    int r = close(fd);
    int err = errno;
    gp_blocking_end(t);
    if (r < 0 && err != ECONNRESET) return gp_raise_errno(t, err, VNULL);
    return V_NONE;
}

static Value m_detach(ARGS) {
    (void)args;
    if (gp_check_nargs(t, "socket.detach", nargs, 0, 0) < 0 || gp_check_no_kw(t, "socket.detach", kw) < 0) return VNULL;
    GpSocket *s = sock_of(self);
    int fd = s->fd;
    s->fd = -1;
    return v_from_small(fd);
}

static Value m_fileno(ARGS) {
    (void)args;
    if (gp_check_nargs(t, "socket.fileno", nargs, 0, 0) < 0 || gp_check_no_kw(t, "socket.fileno", kw) < 0) return VNULL;
    return v_from_small(sock_of(self)->fd);
}

/* ---- timeouts */

static Value m_settimeout(ARGS) {
    int64_t ns;
    if (gp_check_nargs(t, "socket.settimeout", nargs, 1, 1) < 0 || gp_check_no_kw(t, "socket.settimeout", kw) < 0 ||
        sock_timeout_arg(t, args[0], &ns) < 0)
        return VNULL;
    GpSocket *s = sock_of(self);
    s->timeout = ns;
    return sock_set_blocking(t, s, ns < 0) < 0 ? VNULL : V_NONE;
}

static Value m_gettimeout(ARGS) {
    (void)args;
    if (gp_check_nargs(t, "socket.gettimeout", nargs, 0, 0) < 0 || gp_check_no_kw(t, "socket.gettimeout", kw) < 0)
        return VNULL;
    return sock_timeout_value(sock_of(self)->timeout);
}

static Value m_setblocking(ARGS) {
    if (gp_check_nargs(t, "socket.setblocking", nargs, 1, 1) < 0 || gp_check_no_kw(t, "socket.setblocking", kw) < 0)
        return VNULL;
    int blocking = gp_truthy(t, args[0]);
    if (blocking < 0) return VNULL;
    GpSocket *s = sock_of(self);
    s->timeout = blocking ? -1 : 0;
    return sock_set_blocking(t, s, blocking) < 0 ? VNULL : V_NONE;
}

/* True unless the timeout is 0: a socket with a positive timeout counts
 * as blocking, as in CPython. */
static Value m_getblocking(ARGS) {
    (void)args;
    if (gp_check_nargs(t, "socket.getblocking", nargs, 0, 0) < 0 || gp_check_no_kw(t, "socket.getblocking", kw) < 0)
        return VNULL;
    return v_bool(sock_of(self)->timeout != 0);
}

/* ---- calls that do not wait */

static Value m_bind(ARGS) {
    SockAddr addr;
    socklen_t len;
    if (gp_check_nargs(t, "socket.bind", nargs, 1, 1) < 0 || gp_check_no_kw(t, "socket.bind", kw) < 0) return VNULL;
    GpSocket *s = sock_of(self);
    if (sock_parse_addr(t, s, args[0], &addr, &len, "bind") < 0) return VNULL;
    if (bind(s->fd, &addr.sa, len) < 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

static Value m_listen(ARGS) {
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (gp_check_no_kw(t, "socket.listen", kw) < 0 || sock_check_args(t, "listen", nargs, 0, 1) < 0 ||
        (nargs && sock_int_arg(t, args[0], &backlog) < 0))
        return VNULL;
    if (backlog < 0) backlog = 0;
    if (listen(sock_of(self)->fd, backlog) < 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

static Value sock_name(GpThread *t, Value self, size_t nargs, Value kw, const char *fname, int peer) {
    if (gp_check_nargs(t, fname, nargs, 0, 0) < 0 || gp_check_no_kw(t, fname, kw) < 0) return VNULL;
    SockAddr addr;
    socklen_t len = sizeof addr;
    memset(&addr, 0, sizeof addr);
    int r = peer ? getpeername(sock_of(self)->fd, &addr.sa, &len) : getsockname(sock_of(self)->fd, &addr.sa, &len);
    if (r < 0) return gp_raise_errno(t, errno, VNULL);
    return sock_make_addr(t, &addr.sa, len);
}

static Value m_getsockname(ARGS) {
    (void)args;
    return sock_name(t, self, nargs, kw, "socket.getsockname", 0);
}

static Value m_getpeername(ARGS) {
    (void)args;
    return sock_name(t, self, nargs, kw, "socket.getpeername", 1);
}

static Value m_shutdown(ARGS) {
    int how;
    if (gp_check_nargs(t, "socket.shutdown", nargs, 1, 1) < 0 || gp_check_no_kw(t, "socket.shutdown", kw) < 0 ||
        sock_int_arg(t, args[0], &how) < 0)
        return VNULL;
    if (shutdown(sock_of(self)->fd, how) < 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

/* setsockopt(level, option, value): value is an int or a bytes-like
 * buffer; setsockopt(level, option, None, optlen) passes a NULL buffer. */
static Value m_setsockopt(ARGS) {
    int level, opt;
    if (gp_check_no_kw(t, "socket.setsockopt", kw) < 0) return VNULL;
    if (nargs == 4 && args[2] == V_NONE) {
        int64_t optlen;
        if (sock_int_arg(t, args[0], &level) < 0 || sock_int_arg(t, args[1], &opt) < 0 ||
            gp_as_ssize(t, args[3], &optlen) < 0)
            return VNULL;
        if (optlen < 0 || optlen > UINT32_MAX)
            return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C unsigned long");
        if (setsockopt(sock_of(self)->fd, level, opt, NULL, (socklen_t)optlen) < 0) return gp_raise_errno(t, errno, VNULL);
        return V_NONE;
    }
    if (sock_check_args(t, "setsockopt", nargs, 3, 3) < 0 || sock_int_arg(t, args[0], &level) < 0 ||
        sock_int_arg(t, args[1], &opt) < 0)
        return VNULL;
    int r, flag;
    if (gp_is_int(args[2]) && !sock_int_arg(t, args[2], &flag)) {
        r = setsockopt(sock_of(self)->fd, level, opt, &flag, sizeof flag);
    } else {
        if (gp_exc_occurred(t)) gp_exc_clear(t);
        size_t n;
        const uint8_t *p = gp_bytes_like(t, args[2], &n, "setsockopt");
        if (!p) return VNULL;
        r = setsockopt(sock_of(self)->fd, level, opt, p, (socklen_t)n);
    }
    if (r < 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

/* getsockopt(level, option[, buflen]): an int, or buflen raw bytes. */
static Value m_getsockopt(ARGS) {
    int level, opt, buflen = 0;
    if (gp_check_no_kw(t, "socket.getsockopt", kw) < 0 || sock_check_args(t, "getsockopt", nargs, 2, 3) < 0 ||
        sock_int_arg(t, args[0], &level) < 0 || sock_int_arg(t, args[1], &opt) < 0 ||
        (nargs == 3 && sock_int_arg(t, args[2], &buflen) < 0))
        return VNULL;
    int fd = sock_of(self)->fd;
    if (buflen == 0) {
        int flag = 0;
        socklen_t len = sizeof flag;
        if (getsockopt(fd, level, opt, &flag, &len) < 0) return gp_raise_errno(t, errno, VNULL);
        return v_from_small(flag);
    }
    if (buflen <= 0 || buflen > 1024) return gp_raise(t, &gp_OSError, "getsockopt buflen out of range");
    char buf[1024];
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(fd, level, opt, buf, &len) < 0) return gp_raise_errno(t, errno, VNULL);
    return gp_bytes_new(t, buf, len);
}

/* ---- attributes */

static Value get_family(GpThread *t, Value self) {
    (void)t;
    return v_from_small(sock_of(self)->family);
}
static Value get_type(GpThread *t, Value self) {
    (void)t;
    return v_from_small(sock_of(self)->type);
}
static Value get_proto(GpThread *t, Value self) {
    (void)t;
    return v_from_small(sock_of(self)->proto);
}
static Value get_timeout(GpThread *t, Value self) {
    (void)t;
    return sock_timeout_value(sock_of(self)->timeout);
}

static const GpGetSetDef sock_getsets[] = {
    {"family", get_family, NULL},
    {"type", get_type, NULL},
    {"proto", get_proto, NULL},
    {"timeout", get_timeout, NULL},
    {NULL, NULL, NULL},
};

/* The blocking calls, from socket_io.c. */
#define SOCK_IO_METHOD(name) Value sock_m_##name(ARGS);
SOCK_IO_METHODS(SOCK_IO_METHOD)
#undef SOCK_IO_METHOD

static const GpMethodDef sock_methods[] = {
    {"close", m_close, 0},
    {"detach", m_detach, 0},
    {"fileno", m_fileno, 0},
    {"settimeout", m_settimeout, 0},
    {"gettimeout", m_gettimeout, 0},
    {"setblocking", m_setblocking, 0},
    {"getblocking", m_getblocking, 0},
    {"bind", m_bind, 0},
    {"listen", m_listen, 0},
    {"getsockname", m_getsockname, 0},
    {"getpeername", m_getpeername, 0},
    {"shutdown", m_shutdown, 0},
    {"setsockopt", m_setsockopt, 0},
    {"getsockopt", m_getsockopt, 0},
#define SOCK_IO_METHOD(name) {#name, sock_m_##name, 0},
    SOCK_IO_METHODS(SOCK_IO_METHOD)
#undef SOCK_IO_METHOD
    {NULL, NULL, 0},
};

GpType gp_socket_type = {
    .hdr = {&gp_type_type},
    .name = "_socket.socket",
    .base = &gp_object_type,
    .size = sizeof(GpSocket),
    .flags = GP_TF_BASETYPE,
    .repr = sock_repr,
    .new_ = sock_new,
    .init = sock_init,
    .finalize = sock_finalize,
    .methods = sock_methods,
    .getsets = sock_getsets,
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n"
           "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n"
           "Open a socket of the given type.",
};
GP_REGISTER_TYPE(gp_socket_type);

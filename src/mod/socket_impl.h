/* socket_impl.h - the _socket module (lib/socket.py builds socket.socket,
 * the enums and makefile on it, as CPython's socket.py does), shared by
 * src/mod/socket_*.c.
 *
 * A socket object is a descriptor plus the (family, type, proto) it was
 * made with and a timeout. The timeout is CPython's: -1 (None) means the
 * descriptor is blocking and calls simply block with the GIL released;
 * 0 and positive timeouts put the descriptor in non-blocking mode, and
 * a positive one makes every call first poll() for readiness up to the
 * deadline ("timed out" when it passes). A closed or detached socket
 * keeps fd = -1, so the system calls themselves answer EBADF.
 *
 * Blocking calls (socket_io.c) copy what they need out of the object
 * first (the descriptor, the data of a mutable buffer): while the GIL is
 * released another thread may close the socket or resize a bytearray.
 */
#ifndef GP_SOCKET_IMPL_H
#define GP_SOCKET_IMPL_H

#include <stdint.h>
#include <sys/socket.h>

#include "../obj/object.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

typedef struct GpSocket {
    GpObj hdr;
    int fd; /* -1 once closed or detached */
    int family, type, proto;
    int64_t timeout; /* nanoseconds; -1: None (blocking) */
} GpSocket;

static inline GpSocket *sock_of(Value v) { return (GpSocket *)v_obj(v); }

extern GpType gp_socket_type, gp_socket_gaierror, gp_socket_herror;

/* An address in the system's form, big enough for every family. */
typedef union SockAddr {
    struct sockaddr sa;
    struct sockaddr_storage storage;
} SockAddr;

/* socket_addr.c: Python addresses <-> sockaddr. `caller` names the
 * method in messages ("bind", "connect", "sendto"). */
int sock_parse_addr(GpThread *t, GpSocket *s, Value addr, SockAddr *out, socklen_t *len, const char *caller);
/* The Python form of an address: a (host, port) tuple, a path, None for
 * an empty address. */
Value sock_make_addr(GpThread *t, const struct sockaddr *sa, socklen_t len);
/* An IPv4/IPv6 host name as a resolved address (CPython's setipaddr). */
int sock_resolve_host(GpThread *t, const char *name, int family, SockAddr *out);
/* The error of a failed getaddrinfo (gaierror, or OSError for EAI_SYSTEM). */
Value sock_gai_error(GpThread *t, int code);

/* socket_module.c: the per-interpreter default timeout (ns, -1: None). */
int64_t sock_default_timeout(GpThread *t);
/* A timeout argument (None, or non-negative seconds) in ns. */
int sock_timeout_arg(GpThread *t, Value v, int64_t *out);
/* Seconds as a float, or None for -1. */
Value sock_timeout_value(int64_t ns);

/* An int argument as PyArg_ParseTuple's "i" converts it. */
int sock_int_arg(GpThread *t, Value v, int *out);
/* "f() takes exactly/at least/at most N argument(s) (M given)". */
int sock_check_args(GpThread *t, const char *fname, size_t nargs, size_t min, size_t max);

/* socket_type.c: make the descriptor blocking or not. */
int sock_set_blocking(GpThread *t, GpSocket *s, int blocking);

/* socket_io.c: the methods that may block, as sock_m_NAME. */
#define SOCK_IO_METHODS(X) \
    X(_accept) X(connect) X(connect_ex) X(send) X(sendall) X(sendto) X(recv) X(recv_into) X(recvfrom) \
    X(recvfrom_into)

#endif

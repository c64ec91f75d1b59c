/* socket_io.c - the socket calls that may block: accept, connect, send*,
 * recv*.
 *
 * Every one goes through sock_call, CPython's sock_call_ex:
 *   - with a positive timeout, first poll() the descriptor for readiness
 *     until the deadline (fixed once, at the first attempt); a poll that
 *     ends empty raises TimeoutError("timed out");
 *   - then the call itself, with the GIL released. EINTR runs the signal
 *     handlers and retries (PEP 475), or returns what a handler raised;
 *     EAGAIN under a timeout goes back to polling (another thread took
 *     the data first);
 *   - both waits happen between gp_blocking_begin/end, touching no
 *     object: the call works on a SockOp that holds plain C data (the
 *     descriptor as read before the wait, a buffer no other thread can
 *     resize).
 * sendall repeats send until everything is out, with one deadline for
 * the whole, running the signal handlers between two partial sends.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/tuple.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/signals.h"
#include "../vm/state.h"
#include "socket_impl.h"

typedef struct SockOp {
    int fd;
    /* in */
    char *buf;
    size_t len;
    int flags;
    const SockAddr *addr; /* sendto, connect */
    socklen_t addrlen;
    int can_try;          /* send*, recv*: flags may take MSG_DONTWAIT */
    /* out */
    ssize_t result;
    SockAddr from; /* recvfrom, accept */
    socklen_t fromlen;
} SockOp;

/* The system call; runs without the GIL. 0 on success, else the errno. */
typedef int (*SockFn)(SockOp *op);

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static Value raise_timeout(GpThread *t) { return gp_raise(t, &gp_TimeoutError, "timed out"); }

/* poll() fd for reading or writing (connect: for the end of a connection
 * attempt) with the GIL released; timeout in ns, -1 forever. Returns 1
 * ready, 0 timed out, -1 with *err. A closed socket counts as ready: the
 * call that follows reports EBADF. */
static int wait_ready(GpThread *t, int fd, int writing, int connect, int64_t timeout, int *err) {
    if (fd < 0) return 1;
    struct pollfd p = {fd, (short)(writing ? POLLOUT : POLLIN), 0};
    if (connect) p.events |= POLLERR;
    /* Milliseconds rounded up, so a wait never ends before its deadline. */
    int ms = timeout < 0 ? -1 : timeout / 1000000 >= INT32_MAX ? INT32_MAX : (int)((timeout + 999999) / 1000000);
    gp_blocking_begin(t);
    int n = poll(&p, 1, ms);
    *err = errno;
    gp_blocking_end(t);
    return n < 0 ? -1 : n > 0;
}

/* A send or receive that would not block needs no GIL release: under
 * sched it is first tried with MSG_DONTWAIT, the GIL kept. Releasing and
 * retaking the lock around a call that returns at once made two handoffs
 * (to a CPU-bound thread and back) per call, each a thread wake-up; a
 * responder's echo took two of them for its send. Only a call that would
 * block (EAGAIN) takes the usual path. ticks and timed keep CPython's
 * behaviour: every call releases. The result of this attempt is final,
 * errors included (a second recv after ECONNRESET would read an end of
 * file instead). */
static int try_without_blocking(SockFn fn, SockOp *op, int fd) {
    int flags = op->flags;
    op->fd = fd;
    op->flags |= MSG_DONTWAIT;
    int e = fn(op);
    op->flags = flags;
    return e;
}

/* Run fn under the socket's timeout rules (see the top). On failure
 * returns -1: with err == NULL the exception is raised; with err, *err
 * holds the errno (ETIMEDOUT for a timeout) and nothing is raised unless
 * a signal handler raised (*err is then 0 and an exception is set). */
static int sock_call(GpThread *t, GpSocket *s, int writing, SockFn fn, SockOp *op, int connect, int *err,
                     int64_t timeout) {
    int64_t deadline = 0;
    int have_deadline = 0;
    if (op->can_try && gp_gil_io_tries_first(t)) {
        int e = try_without_blocking(fn, op, s->fd);
        if (e == 0) {
            if (err) *err = 0;
            return 0;
        }
        if (e != EAGAIN && e != EWOULDBLOCK && e != EINTR) {
            if (err) return *err = e, -1;
            return gp_raise_errno(t, e, VNULL), -1;
        }
    }
    for (;;) {
        int e = 0;
        if (timeout > 0 || connect) {
            int r = 1;
            if (timeout > 0) {
                int64_t left;
                if (!have_deadline) {
                    have_deadline = 1;
                    deadline = now_ns() + timeout;
                    left = timeout;
                } else {
                    left = deadline - now_ns();
                }
                if (left >= 0) r = wait_ready(t, s->fd, writing, connect, left, &e);
                else r = 0;
            } else {
                r = wait_ready(t, s->fd, writing, connect, -1, &e);
            }
            if (r < 0) {
                if (e == EINTR) {
                    if (gp_blocking_eintr(t) < 0) goto raised;
                    continue;
                }
                goto failed;
            }
            if (r == 0) {
                if (err) return *err = ETIMEDOUT, -1;
                return raise_timeout(t), -1;
            }
        }
        for (;;) {
            op->fd = s->fd;
            gp_blocking_begin(t);
            e = fn(op);
            gp_blocking_end(t);
            if (e == 0) {
                if (err) *err = 0;
                return 0;
            }
            if (e != EINTR) break;
            if (gp_blocking_eintr(t) < 0) goto raised;
        }
        if (timeout > 0 && (e == EWOULDBLOCK || e == EAGAIN)) continue;
    failed:
        if (err) return *err = e, -1;
        return gp_raise_errno(t, e, VNULL), -1;
    raised:
        if (err) *err = 0;
        return -1;
    }
}

/* ---- the system calls */

static int do_recv(SockOp *op) {
    op->result = recv(op->fd, op->buf, op->len, op->flags);
    return op->result < 0 ? errno : 0;
}

static int do_recvfrom(SockOp *op) {
    op->fromlen = sizeof op->from;
    memset(&op->from, 0, sizeof op->from);
    op->result = recvfrom(op->fd, op->buf, op->len, op->flags, &op->from.sa, &op->fromlen);
    return op->result < 0 ? errno : 0;
}

static int do_send(SockOp *op) {
    op->result = send(op->fd, op->buf, op->len, op->flags);
    return op->result < 0 ? errno : 0;
}

static int do_sendto(SockOp *op) {
    op->result = sendto(op->fd, op->buf, op->len, op->flags, &op->addr->sa, op->addrlen);
    return op->result < 0 ? errno : 0;
}

static int do_accept(SockOp *op) {
    op->fromlen = sizeof op->from;
    memset(&op->from, 0, sizeof op->from);
    op->result = accept4(op->fd, &op->from.sa, &op->fromlen, SOCK_CLOEXEC);
    return op->result < 0 ? errno : 0;
}

/* After a connection attempt went on in the background: its outcome. */
static int do_connect_result(SockOp *op) {
    int e = 0;
    socklen_t len = sizeof e;
    if (getsockopt(op->fd, SOL_SOCKET, SO_ERROR, &e, &len) < 0) return errno;
    return e == EISCONN ? 0 : e;
}

/* ---- buffers */

/* The data of a bytes-like argument, safe to read without the GIL: a
 * bytes is immutable and kept alive by the caller's stack; a bytearray
 * may be resized by another thread, so it is copied (*owned, to free). */
static char *send_data(GpThread *t, Value v, size_t *n, char **owned) {
    const uint8_t *p = gp_bytes_like(t, v, n, "send");
    *owned = NULL;
    if (!p) return NULL;
    if (gp_is_bytes(v)) return (char *)p;
    *owned = malloc(*n ? *n : 1);
    if (!*owned) return gp_raise_memory(t), NULL;
    memcpy(*owned, p, *n);
    return *owned;
}

/* A recv buffer of n bytes: a fresh bytes object, which no other thread
 * can see until it is returned. */
static Value recv_bytes(GpThread *t, size_t n) { return gp_bytes_new(t, NULL, n); }

/* The bytes object of n bytes cut down to the `got` received. A short
 * read keeps the object when little room is wasted, else copies. */
static Value recv_finish(GpThread *t, Value b, size_t got) {
    GpBytes *o = gp_bytes_obj(b);
    if (got == o->n) return b;
    if (o->n - got > 4096 && got < o->n / 2) return gp_bytes_new(t, o->data, got);
    o->n = got;
    o->data[got] = 0;
    return b;
}

static int size_arg(GpThread *t, Value v, int64_t *out, const char *what) {
    if (gp_as_ssize(t, v, out) < 0) return -1;
    if (*out < 0) return gp_raise_i(t, &gp_ValueError, "negative buffersize in %s", what);
    return 0;
}

/* ---- recv */

Value sock_m_recv(ARGS) {
    int64_t n;
    int flags = 0;
    if (gp_check_no_kw(t, "socket.recv", kw) < 0 || sock_check_args(t, "recv", nargs, 1, 2) < 0 ||
        size_arg(t, args[0], &n, "recv") < 0 || (nargs > 1 && sock_int_arg(t, args[1], &flags) < 0))
        return VNULL;
    /* Nothing asked, nothing waited for (as CPython). */
    if (n == 0) return gp_bytes_new(t, NULL, 0);
    GpSocket *s = sock_of(self);
    Value b = recv_bytes(t, (size_t)n);
    if (!b) return VNULL;
    SockOp op = {.buf = (char *)gp_bytes_obj(b)->data, .len = (size_t)n, .flags = flags, .can_try = 1};
    if (sock_call(t, s, 0, do_recv, &op, 0, NULL, s->timeout) < 0) return VNULL;
    return recv_finish(t, b, (size_t)op.result);
}

Value sock_m_recvfrom(ARGS) {
    int64_t n;
    int flags = 0;
    if (gp_check_no_kw(t, "socket.recvfrom", kw) < 0 || sock_check_args(t, "recvfrom", nargs, 1, 2) < 0 ||
        size_arg(t, args[0], &n, "recvfrom") < 0 || (nargs > 1 && sock_int_arg(t, args[1], &flags) < 0))
        return VNULL;
    GpSocket *s = sock_of(self);
    Value b = recv_bytes(t, (size_t)n);
    if (!b) return VNULL;
    SockOp op = {.buf = (char *)gp_bytes_obj(b)->data, .len = (size_t)n, .flags = flags, .can_try = 1};
    if (sock_call(t, s, 0, do_recvfrom, &op, 0, NULL, s->timeout) < 0) return VNULL;
    Value addr = sock_make_addr(t, &op.from.sa, op.fromlen);
    Value data = addr ? recv_finish(t, b, (size_t)op.result) : VNULL;
    return data ? gp_tuple_pack(t, 2, data, addr) : VNULL;
}

/* recv_into(buffer, nbytes=0, flags=0) and recvfrom_into: the data goes
 * through a private buffer, then into the bytearray (which another
 * thread may have shrunk meanwhile: only what still fits is copied). */
static Value recv_into(GpThread *t, Value self, const Value *args, size_t nargs, Value kw, int from) {
    static const char *const names[] = {"buffer", "nbytes", "flags"};
    static const GpArgSpec spec_into = {"recv_into", names, 3, 3, 0, 1};
    static const GpArgSpec spec_from = {"recvfrom_into", names, 3, 3, 0, 1};
    const char *fname = from ? "recvfrom_into" : "recv_into";
    Value a[3];
    int64_t n = 0;
    int flags = 0;
    if (gp_parse_args(t, from ? &spec_from : &spec_into, args, nargs, kw, a) < 0) return VNULL;
    if (!gp_is_bytearray(a[0])) {
        if (nargs >= 1)
            return gp_raise(t, &gp_TypeError, "%s() argument 1 must be read-write bytes-like object, not %T", fname,
                            a[0]);
        return gp_raise(t, &gp_TypeError, "%s() argument 'buffer' must be read-write bytes-like object, not %T",
                        fname, a[0]);
    }
    if ((a[1] && gp_as_ssize(t, a[1], &n) < 0) || (a[2] && sock_int_arg(t, a[2], &flags) < 0)) return VNULL;
    if (n < 0) return gp_raise(t, &gp_ValueError, "negative buffersize in %s", fname);
    size_t have = gp_bytearray_obj(a[0])->n;
    if (n == 0) n = (int64_t)have;
    if ((size_t)n > have)
        return gp_raise(t, &gp_ValueError, from ? "nbytes is greater than the length of the buffer"
                                                : "buffer too small for requested bytes");
    if (n == 0 && !from) return v_from_small(0);
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return gp_raise_memory(t);
    GpSocket *s = sock_of(self);
    SockOp op = {.buf = buf, .len = (size_t)n, .flags = flags, .can_try = 1};
    if (sock_call(t, s, 0, from ? do_recvfrom : do_recv, &op, 0, NULL, s->timeout) < 0) {
        free(buf);
        return VNULL;
    }
    GpByteArray *ba = gp_bytearray_obj(a[0]);
    size_t got = (size_t)op.result;
    memcpy(ba->data, buf, got < ba->n ? got : ba->n);
    free(buf);
    if (!from) return gp_int_from_i64(t, (int64_t)got);
    Value addr = sock_make_addr(t, &op.from.sa, op.fromlen);
    return addr ? gp_tuple_pack(t, 2, gp_int_from_i64(t, (int64_t)got), addr) : VNULL;
}

Value sock_m_recv_into(ARGS) { return recv_into(t, self, args, nargs, kw, 0); }
Value sock_m_recvfrom_into(ARGS) { return recv_into(t, self, args, nargs, kw, 1); }

/* ---- send */

Value sock_m_send(ARGS) {
    int flags = 0;
    size_t n;
    char *owned;
    if (gp_check_no_kw(t, "socket.send", kw) < 0 || sock_check_args(t, "send", nargs, 1, 2) < 0) return VNULL;
    char *p = send_data(t, args[0], &n, &owned);
    if (!p || (nargs > 1 && sock_int_arg(t, args[1], &flags) < 0)) {
        free(owned);
        return VNULL;
    }
    GpSocket *s = sock_of(self);
    SockOp op = {.buf = p, .len = n, .flags = flags, .can_try = 1};
    int r = sock_call(t, s, 1, do_send, &op, 0, NULL, s->timeout);
    free(owned);
    return r < 0 ? VNULL : gp_int_from_i64(t, op.result);
}

Value sock_m_sendall(ARGS) {
    int flags = 0;
    size_t n;
    char *owned;
    if (gp_check_no_kw(t, "socket.sendall", kw) < 0 || sock_check_args(t, "sendall", nargs, 1, 2) < 0) return VNULL;
    char *p = send_data(t, args[0], &n, &owned);
    if (!p || (nargs > 1 && sock_int_arg(t, args[1], &flags) < 0)) {
        free(owned);
        return VNULL;
    }
    GpSocket *s = sock_of(self);
    int64_t timeout = s->timeout, deadline = timeout > 0 ? now_ns() + timeout : 0;
    Value result = V_NONE;
    do {
        int64_t left = timeout;
        if (timeout > 0 && (left = deadline - now_ns()) <= 0) {
            result = raise_timeout(t);
            break;
        }
        SockOp op = {.buf = p, .len = n, .flags = flags, .can_try = 1};
        if (sock_call(t, s, 1, do_send, &op, 0, NULL, left) < 0) {
            result = VNULL;
            break;
        }
        p += op.result;
        n -= (size_t)op.result;
        /* A send cut short by a signal returns what it sent: run the
         * handlers before sending the rest. */
        if (gp_signals_check(t) < 0) {
            result = VNULL;
            break;
        }
    } while (n > 0);
    free(owned);
    return result;
}

/* sendto(data[, flags], address) */
Value sock_m_sendto(ARGS) {
    int flags = 0;
    size_t n;
    char *owned;
    if (gp_check_no_kw(t, "socket.sendto", kw) < 0) return VNULL;
    if (nargs != 2 && nargs != 3)
        return gp_raise(t, &gp_TypeError, "sendto() takes 2 or 3 arguments (%zu given)", nargs);
    char *p = send_data(t, args[0], &n, &owned);
    if (!p || (nargs == 3 && sock_int_arg(t, args[1], &flags) < 0)) {
        free(owned);
        return VNULL;
    }
    GpSocket *s = sock_of(self);
    SockAddr addr;
    SockOp op = {.buf = p, .len = n, .flags = flags, .addr = &addr, .can_try = 1};
    int r = sock_parse_addr(t, s, args[nargs - 1], &addr, &op.addrlen, "sendto");
    if (r == 0) r = sock_call(t, s, 1, do_sendto, &op, 0, NULL, s->timeout);
    free(owned);
    return r < 0 ? VNULL : gp_int_from_i64(t, op.result);
}

/* ---- accept, connect */

/* _accept() -> (fd, address); socket.py wraps fd in a socket object. */
Value sock_m__accept(ARGS) {
    (void)args;
    if (gp_check_nargs(t, "socket._accept", nargs, 0, 0) < 0 || gp_check_no_kw(t, "socket._accept", kw) < 0)
        return VNULL;
    GpSocket *s = sock_of(self);
    SockOp op = {0};
    if (sock_call(t, s, 0, do_accept, &op, 0, NULL, s->timeout) < 0) return VNULL;
    int fd = (int)op.result;
    Value addr = sock_make_addr(t, &op.from.sa, op.fromlen);
    Value r = addr ? gp_tuple_pack(t, 2, v_from_small(fd), addr) : VNULL;
    if (!r) close(fd);
    return r;
}

/* connect() as CPython does it: a connection interrupted by a signal, or
 * started in the background under a timeout, goes on asynchronously, so
 * instead of calling connect() again the socket is polled until it
 * completes. Returns 0, or the errno (raise: -1 with the exception). */
static int sock_connect(GpThread *t, GpSocket *s, Value address, int raise, const char *caller) {
    SockAddr addr;
    socklen_t len;
    if (sock_parse_addr(t, s, address, &addr, &len, caller) < 0) return -1;
    int fd = s->fd;
    gp_blocking_begin(t);
    int r = connect(fd, &addr.sa, len);
    int e = errno;
    gp_blocking_end(t);
    if (r == 0) return 0;
    int wait;
    if (e == EINTR) {
        if (gp_blocking_eintr(t) < 0) return -1;
        wait = s->timeout != 0;
    } else {
        wait = s->timeout > 0 && e == EINPROGRESS;
    }
    if (!wait) return raise ? (gp_raise_errno(t, e, VNULL), -1) : e;
    SockOp op = {0};
    if (raise) return sock_call(t, s, 1, do_connect_result, &op, 1, NULL, s->timeout);
    if (sock_call(t, s, 1, do_connect_result, &op, 1, &e, s->timeout) < 0) return gp_exc_occurred(t) ? -1 : e;
    return 0;
}

Value sock_m_connect(ARGS) {
    if (gp_check_nargs(t, "socket.connect", nargs, 1, 1) < 0 || gp_check_no_kw(t, "socket.connect", kw) < 0)
        return VNULL;
    return sock_connect(t, sock_of(self), args[0], 1, "connect") < 0 ? VNULL : V_NONE;
}

Value sock_m_connect_ex(ARGS) {
    if (gp_check_nargs(t, "socket.connect_ex", nargs, 1, 1) < 0 || gp_check_no_kw(t, "socket.connect_ex", kw) < 0)
        return VNULL;
    int r = sock_connect(t, sock_of(self), args[0], 0, "connect_ex");
    return r < 0 ? VNULL : v_from_small(r);
}

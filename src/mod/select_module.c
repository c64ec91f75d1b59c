/* select_module.c - the select module: select(), the poll constants, and
 * the descriptor argument shared with poll objects (select_poll.c).
 *
 * select() uses the select system call, so descriptors are limited to
 * FD_SETSIZE as in CPython ("filedescriptor out of range in select()").
 * The three result lists hold the objects given, in the order given.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>
#include <time.h>

#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/func.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "select_impl.h"

int select_fd_arg(GpThread *t, Value v, int *out) {
    Value i = v;
    if (!gp_is_int(v)) {
        if (!gp_type_lookup_cstr(v_type(v), "fileno"))
            return gp_raise_i(t, &gp_TypeError, "argument must be an int, or have a fileno() method.");
        i = gp_call_method(t, v, "fileno", NULL, 0);
        if (!i) return -1;
        if (!gp_is_int(i)) return gp_raise_i(t, &gp_TypeError, "fileno() returned a non-integer");
    }
    int64_t fd;
    if (!gp_int_to_i64(i, &fd) || fd > INT_MAX)
        return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C int");
    if (fd < INT_MIN) return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C int");
    if (fd < 0) return gp_raise_i(t, &gp_ValueError, "file descriptor cannot be a negative integer (%d)", (int)fd);
    *out = (int)fd;
    return 0;
}

int64_t select_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* One of select()'s three lists: its items (a list or tuple of them) and
 * their descriptors, added to *set. */
typedef struct FdList {
    Value items; /* tuple */
    int *fds;
    size_t n;
} FdList;

static int fd_list(GpThread *t, Value seq, FdList *l, fd_set *set, int *maxfd) {
    l->fds = NULL;
    if (!gp_is_list(seq) && !gp_is_tuple(seq) && !gp_type_lookup_cstr(v_type(seq), "__iter__"))
        return gp_raise_i(t, &gp_TypeError, "arguments 1-3 must be sequences");
    l->items = gp_sequence_tuple(t, seq);
    if (!l->items) return -1;
    l->n = gp_tuple_len(l->items);
    l->fds = malloc(sizeof(int) * (l->n ? l->n : 1));
    if (!l->fds) return gp_raise_memory(t), -1;
    for (size_t i = 0; i < l->n; i++) {
        int fd;
        if (select_fd_arg(t, gp_tuple_items(l->items)[i], &fd) < 0) return -1;
        if (fd >= FD_SETSIZE) return gp_raise_i(t, &gp_ValueError, "filedescriptor out of range in select()");
        l->fds[i] = fd;
        FD_SET(fd, set);
        if (fd > *maxfd) *maxfd = fd;
    }
    return 0;
}

/* The items of l whose descriptor is in set, in order. */
static Value ready_list(GpThread *t, const FdList *l, const fd_set *set) {
    Value out = gp_list_new(t, 0);
    for (size_t i = 0; out && i < l->n; i++)
        if (FD_ISSET(l->fds[i], set) && gp_list_append(t, out, gp_tuple_items(l->items)[i]) < 0) return VNULL;
    return out;
}

/* A timeout in seconds (None: -1) as ns, with select()'s messages. */
static int seconds_arg(GpThread *t, Value v, int64_t *out) {
    if (!v || v == V_NONE) {
        *out = -1;
        return 0;
    }
    if (gp_is_float(v)) {
        double d = gp_float_value(v);
        if (isnan(d)) return gp_raise_i(t, &gp_ValueError, "Invalid value NaN (not a number)");
        d = d >= 0 ? ceil(d * 1e9) : floor(d * 1e9);
        if (!(d >= -9.2e18 && d <= 9.2e18))
            return gp_raise_i(t, &gp_OverflowError, "timestamp out of range for platform time_t");
        *out = (int64_t)d;
    } else {
        if (!gp_is_int(v) && !gp_type_lookup_cstr(v_type(v), "__index__"))
            return gp_raise_i(t, &gp_TypeError, "timeout must be a float or None");
        Value i = gp_index(t, v);
        int64_t s;
        if (!i) return -1;
        if (!gp_int_to_i64(i, &s) || s > INT64_MAX / 1000000000 || s < INT64_MIN / 1000000000)
            return gp_raise_i(t, &gp_OverflowError, "timestamp too large to convert to C _PyTime_t");
        *out = s * 1000000000;
    }
    if (*out < 0) return gp_raise_i(t, &gp_ValueError, "timeout must be non-negative");
    return 0;
}

static Value m_select(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "select.select", kw) < 0 || gp_check_positional(t, "select", nargs, 3, 4) < 0) return VNULL;
    int64_t timeout = -1;
    if (seconds_arg(t, nargs > 3 ? args[3] : VNULL, &timeout) < 0) return VNULL;
    fd_set sets[3];
    FdList lists[3] = {{0}, {0}, {0}};
    int maxfd = -1;
    Value result = VNULL;
    for (int i = 0; i < 3; i++) FD_ZERO(&sets[i]);
    for (int i = 0; i < 3; i++)
        if (fd_list(t, args[i], &lists[i], &sets[i], &maxfd) < 0) goto done;
    int64_t deadline = timeout >= 0 ? select_now_ns() + timeout : 0;
    fd_set ready[3];
    for (;;) {
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            tv.tv_sec = (time_t)(timeout / 1000000000);
            /* Microseconds rounded up: the wait never ends early. */
            tv.tv_usec = (suseconds_t)((timeout % 1000000000 + 999) / 1000);
            if (tv.tv_usec >= 1000000) tv.tv_sec++, tv.tv_usec -= 1000000;
            tvp = &tv;
        }
        for (int i = 0; i < 3; i++) ready[i] = sets[i];
        gp_blocking_begin(t);
        int n = select(maxfd + 1, &ready[0], &ready[1], &ready[2], tvp);
        int err = errno;
        gp_blocking_end(t);
        if (n >= 0) break;
        if (err != EINTR) {
            gp_raise_errno(t, err, VNULL);
            goto done;
        }
        if (gp_blocking_eintr(t) < 0) goto done;
        if (timeout >= 0) {
            timeout = deadline - select_now_ns();
            if (timeout < 0) timeout = 0;
        }
    }
    Value r = ready_list(t, &lists[0], &ready[0]);
    Value w = r ? ready_list(t, &lists[1], &ready[1]) : VNULL;
    Value x = w ? ready_list(t, &lists[2], &ready[2]) : VNULL;
    result = x ? gp_tuple_pack(t, 3, r, w, x) : VNULL;
done:
    for (int i = 0; i < 3; i++) free(lists[i].fds);
    return result;
}

static Value m_poll(ARGS) {
    (void)self, (void)args;
    if (gp_check_no_kw(t, "select.poll", kw) < 0 || gp_check_nargs(t, "select.poll", nargs, 0, 0) < 0) return VNULL;
    return select_poll_new(t);
}

#define C(name) {#name, name}
static const struct {
    const char *name;
    int value;
} constants[] = {
    C(POLLIN),     C(POLLPRI),    C(POLLOUT),    C(POLLERR),  C(POLLHUP),   C(POLLNVAL),
    C(POLLRDNORM), C(POLLRDBAND), C(POLLWRNORM), C(POLLWRBAND), C(POLLMSG), C(POLLRDHUP),
    C(PIPE_BUF),
};
#undef C

static const GpMethodDef select_methods[] = {
    {"select", m_select, 0},
    {"poll", m_poll, 0},
    {NULL, NULL, 0},
};

static int select_init(GpThread *t, Value m) {
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (gp_module_add_int(t, m, constants[i].name, constants[i].value) < 0) return -1;
    return gp_module_add(t, m, "error", v_from_obj(&gp_OSError));
}

const GpModuleDef gp_select_module = {
    "select",
    select_methods,
    select_init,
    "This module supports asynchronous I/O on multiple file descriptors.\n\n"
    "*** IMPORTANT NOTICE ***\n"
    "On Windows, only sockets are supported; on Unix, all file descriptors.",
};
GP_REGISTER_MODULE(gp_select_module);

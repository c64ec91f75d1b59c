/* select_poll.c - select.poll objects: a dict of descriptor -> event
 * mask, waited on with poll().
 *
 * Each poll() copies the registrations into a private pollfd array
 * before releasing the GIL, so other threads may register and
 * unregister meanwhile; as in CPython, two threads may not poll the
 * same object at once (RuntimeError).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "select_impl.h"

typedef struct GpPoll {
    GpObj hdr;
    Value fds; /* dict: int fd -> int event mask */
    int polling;
} GpPoll;

static GpPoll *poll_of(Value v) { return (GpPoll *)v_obj(v); }

static void poll_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((GpPoll *)self)->fds); }

Value select_poll_new(GpThread *t) {
    GpPoll *p = gp_alloc(t, &gp_select_poll_type, sizeof(GpPoll));
    if (!p) return VNULL;
    p->fds = gp_dict_new(t);
    return p->fds ? v_from_obj(p) : VNULL;
}

/* An event mask: an unsigned short. */
static int mask_arg(GpThread *t, Value v, int *out) {
    if (!gp_is_int(v)) return gp_raise_i(t, &gp_TypeError, "an integer is required");
    if (gp_int_sign(v) < 0) return gp_raise_i(t, &gp_ValueError, "value must be positive");
    int64_t m;
    if (!gp_int_to_i64(v, &m)) return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C unsigned long");
    if (m > 0xffff) return gp_raise_i(t, &gp_OverflowError, "Python int too large for C unsigned short");
    *out = (int)m;
    return 0;
}

static Value m_register(ARGS) {
    int fd, mask = POLLIN | POLLPRI | POLLOUT;
    if (gp_check_no_kw(t, "poll.register", kw) < 0 || gp_check_positional(t, "register", nargs, 1, 2) < 0 ||
        select_fd_arg(t, args[0], &fd) < 0 || (nargs > 1 && mask_arg(t, args[1], &mask) < 0))
        return VNULL;
    if (gp_dict_set(t, poll_of(self)->fds, v_from_small(fd), v_from_small(mask)) < 0) return VNULL;
    return V_NONE;
}

static Value m_modify(ARGS) {
    int fd, mask;
    if (gp_check_no_kw(t, "poll.modify", kw) < 0 || gp_check_positional(t, "modify", nargs, 2, 2) < 0 ||
        select_fd_arg(t, args[0], &fd) < 0 || mask_arg(t, args[1], &mask) < 0)
        return VNULL;
    Value old, key = v_from_small(fd);
    int found = gp_dict_lookup(t, poll_of(self)->fds, key, &old);
    if (found < 0) return VNULL;
    if (!found) return gp_raise_errno(t, ENOENT, VNULL);
    if (gp_dict_set(t, poll_of(self)->fds, key, v_from_small(mask)) < 0) return VNULL;
    return V_NONE;
}

static Value m_unregister(ARGS) {
    int fd;
    if (gp_check_no_kw(t, "poll.unregister", kw) < 0 || gp_check_nargs(t, "poll.unregister", nargs, 1, 1) < 0 ||
        select_fd_arg(t, args[0], &fd) < 0)
        return VNULL;
    Value old, key = v_from_small(fd);
    int found = gp_dict_lookup(t, poll_of(self)->fds, key, &old);
    if (found < 0) return VNULL;
    if (!found) return gp_raise_arg(t, &gp_KeyError, key);
    if (gp_dict_del(t, poll_of(self)->fds, key) < 0) return VNULL;
    return V_NONE;
}

/* A timeout in milliseconds (None or negative: forever) as ns, -1 for
 * forever; rounded up as CPython rounds timeouts. */
static int ms_arg(GpThread *t, Value v, int64_t *out) {
    *out = -1;
    if (!v || v == V_NONE) return 0;
    double d;
    if (gp_is_float(v)) {
        d = gp_float_value(v);
        if (isnan(d)) return gp_raise_i(t, &gp_ValueError, "Invalid value NaN (not a number)");
        d = d >= 0 ? ceil(d * 1e6) : floor(d * 1e6);
        if (!(d >= -9.2e18 && d <= 9.2e18))
            return gp_raise_i(t, &gp_OverflowError, "timestamp out of range for platform time_t");
    } else {
        if (!gp_is_int(v) && !gp_type_lookup_cstr(v_type(v), "__index__"))
            return gp_raise_i(t, &gp_TypeError, "timeout must be an integer or None");
        Value i = gp_index(t, v);
        int64_t ms;
        if (!i) return -1;
        if (!gp_int_to_i64(i, &ms) || ms > INT64_MAX / 1000000 || ms < INT64_MIN / 1000000)
            return gp_raise_i(t, &gp_OverflowError, "timestamp too large to convert to C _PyTime_t");
        d = (double)(ms * 1000000);
    }
    if (d >= 0) *out = (int64_t)d;
    return 0;
}

static Value m_poll(ARGS) {
    int64_t timeout;
    if (gp_check_no_kw(t, "poll.poll", kw) < 0 || gp_check_positional(t, "poll", nargs, 0, 1) < 0 ||
        ms_arg(t, nargs ? args[0] : VNULL, &timeout) < 0)
        return VNULL;
    GpPoll *p = poll_of(self);
    if (p->polling) return gp_raise(t, &gp_RuntimeError, "concurrent poll() invocation");
    int64_t n = gp_len(t, p->fds);
    struct pollfd *ufds = malloc(sizeof *ufds * (size_t)(n ? n : 1));
    if (!ufds) return gp_raise_memory(t);
    size_t pos = 0, i = 0;
    Value k, v;
    while (gp_dict_next(p->fds, &pos, &k, &v)) {
        ufds[i].fd = (int)v_int(k);
        ufds[i].events = (short)v_int(v);
        ufds[i].revents = 0;
        i++;
    }
    int64_t deadline = timeout >= 0 ? select_now_ns() + timeout : 0;
    int r;
    p->polling = 1;
    for (;;) {
        /* Milliseconds rounded up, capped at what int holds. */
        int ms = timeout < 0 ? -1 : timeout / 1000000 >= INT32_MAX ? INT32_MAX : (int)((timeout + 999999) / 1000000);
        gp_blocking_begin(t);
        r = poll(ufds, (nfds_t)i, ms);
        int err = errno;
        gp_blocking_end(t);
        if (r >= 0) break;
        if (err != EINTR) {
            gp_raise_errno(t, err, VNULL);
            break;
        }
        if (gp_blocking_eintr(t) < 0) break;
        if (timeout >= 0) {
            timeout = deadline - select_now_ns();
            if (timeout < 0) timeout = 0;
        }
    }
    p->polling = 0;
    Value out = r < 0 ? VNULL : gp_list_new(t, 0);
    for (size_t j = 0; out && j < i; j++) {
        if (!ufds[j].revents) continue;
        Value item = gp_tuple_pack(t, 2, v_from_small(ufds[j].fd), v_from_small((uint16_t)ufds[j].revents));
        if (!item || gp_list_append(t, out, item) < 0) out = VNULL;
    }
    free(ufds);
    return out;
}

static const GpMethodDef poll_methods[] = {
    {"register", m_register, 0},
    {"modify", m_modify, 0},
    {"unregister", m_unregister, 0},
    {"poll", m_poll, 0},
    {NULL, NULL, 0},
};

GpType gp_select_poll_type = {
    .hdr = {&gp_type_type},
    .name = "select.poll",
    .base = &gp_object_type,
    .size = sizeof(GpPoll),
    .trace = poll_trace,
    .methods = poll_methods,
};
GP_REGISTER_TYPE(gp_select_poll_type);

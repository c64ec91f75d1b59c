/* error.c - raising exceptions and formatting messages. */
#include "error.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "state.h"

/* ---- message formatting */

Value gp_vformat(GpThread *t, const char *fmt, va_list ap) {
    GpBuf b;
    gp_buf_init(&b);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            gp_buf_putc(&b, *p);
            continue;
        }
        p++;
        char spec[24] = "%";
        size_t sl = 1;
        /* printf flags, width and precision pass through to snprintf. */
        while (*p && strchr("-+ #0123456789.", *p)) {
            if (sl < sizeof spec - 6) spec[sl++] = *p;
            p++;
        }
        while (*p == 'l' || *p == 'z' || *p == 'j') {
            if (sl < sizeof spec - 2) spec[sl++] = *p;
            p++;
        }
        spec[sl++] = *p;
        spec[sl] = 0;
        char tmp[64];
        switch (*p) {
        case '%': gp_buf_putc(&b, '%'); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            gp_buf_puts(&b, s ? s : "(null)");
            break;
        }
        case 'c': gp_buf_put_utf8(&b, (uint32_t)va_arg(ap, int)); break;
        case 'p': snprintf(tmp, sizeof tmp, "%p", va_arg(ap, void *)); gp_buf_puts(&b, tmp); break;
        case 'd': case 'i': case 'u': case 'x':
            if (strstr(spec, "ll")) snprintf(tmp, sizeof tmp, spec, va_arg(ap, long long));
            else if (strchr(spec, 'l')) snprintf(tmp, sizeof tmp, spec, va_arg(ap, long));
            else if (strchr(spec, 'z')) snprintf(tmp, sizeof tmp, spec, va_arg(ap, size_t));
            else if (strchr(spec, 'j')) snprintf(tmp, sizeof tmp, spec, va_arg(ap, intmax_t));
            else snprintf(tmp, sizeof tmp, spec, va_arg(ap, int));
            gp_buf_puts(&b, tmp);
            break;
        case 'R': case 'S': case 'A': {
            Value v = va_arg(ap, Value);
            Value s = *p == 'R' ? gp_repr(t, v) : *p == 'S' ? gp_str(t, v) : gp_ascii(t, v);
            if (!s) {
                gp_buf_free(&b);
                return VNULL;
            }
            gp_buf_put(&b, gp_str_data(s), gp_str_nbytes(s));
            break;
        }
        case 'U': {
            Value v = va_arg(ap, Value);
            if (v && gp_is_str(v)) gp_buf_put(&b, gp_str_data(v), gp_str_nbytes(v));
            break;
        }
        case 'T': gp_buf_puts(&b, v_type(va_arg(ap, Value))->name); break;
        case 'N': gp_buf_puts(&b, va_arg(ap, GpType *)->name); break;
        default: gp_buf_putc(&b, '%'); gp_buf_putc(&b, *p); break;
        }
        if (!*p) break;
    }
    return gp_buf_finish_str(t, &b);
}

Value gp_format(GpThread *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value s = gp_vformat(t, fmt, ap);
    va_end(ap);
    return s;
}

/* ---- raising */

/* Implicit chaining: an exception raised while another is being handled
 * gets it as __context__ (unless that would make a cycle). */
static void set_context(GpThread *t, Value exc) {
    Value handled = t->handled;
    if (!handled || handled == exc || !gp_isinstance_type(exc, &gp_BaseException)) return;
    GpExc *e = (GpExc *)v_obj(exc);
    /* Break a cycle: if exc is already in handled's context chain, cut it. */
    Value o = handled;
    while (o) {
        GpExc *oe = (GpExc *)v_obj(o);
        if (oe->context == exc) {
            oe->context = VNULL;
            break;
        }
        o = oe->context;
    }
    e->context = handled;
}

void gp_exc_restore(GpThread *t, Value exc) {
    if (exc) set_context(t, exc);
    t->exc = exc;
}

Value gp_exc_fetch(GpThread *t) {
    Value e = t->exc;
    t->exc = VNULL;
    return e;
}

void gp_exc_clear(GpThread *t) { t->exc = VNULL; }

int gp_exc_matches(GpThread *t, GpType *type) {
    return t->exc && gp_isinstance_type(t->exc, type);
}

int gp_exc_value_matches(Value exc, Value cls) {
    if (gp_is_tuple(cls)) {
        for (size_t i = 0; i < gp_tuple_len(cls); i++)
            if (gp_exc_value_matches(exc, gp_tuple_items(cls)[i])) return 1;
        return 0;
    }
    if (!v_is_obj(cls) || !(v_obj(cls)->type->flags & GP_TF_TYPE_SUB)) return 0;
    return gp_isinstance_type(exc, (GpType *)v_obj(cls));
}

Value gp_raise_arg(GpThread *t, GpType *type, Value arg) {
    Value args = gp_tuple_pack(t, 1, arg);
    if (!args) return VNULL;
    Value e = gp_exc_new(t, type, args);
    if (!e) return VNULL;
    gp_exc_restore(t, e);
    return VNULL;
}

Value gp_raise(GpThread *t, GpType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = gp_vformat(t, fmt, ap);
    va_end(ap);
    if (!msg) return VNULL;
    return gp_raise_arg(t, type, msg);
}

int gp_raise_i(GpThread *t, GpType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = gp_vformat(t, fmt, ap);
    va_end(ap);
    if (msg) gp_raise_arg(t, type, msg);
    return -1;
}

Value gp_raise_memory(GpThread *t) {
    Value e = t->interp->memory_error;
    if (e) {
        GpExc *x = (GpExc *)v_obj(e);
        x->traceback = VNULL;
        x->context = VNULL;
        x->cause = VNULL;
    }
    t->exc = e;
    return VNULL;
}

Value gp_raise_value(GpThread *t, Value v) {
    if (v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_TYPE_SUB)) {
        GpType *type = (GpType *)v_obj(v);
        if (!gp_type_is_subtype(type, &gp_BaseException))
            return gp_raise(t, &gp_TypeError, "exceptions must derive from BaseException");
        Value e = gp_call0(t, v);
        if (!e) return VNULL;
        if (!gp_isinstance_type(e, &gp_BaseException))
            return gp_raise(t, &gp_TypeError,
                            "calling %R should have returned an instance of BaseException, not %s", v, v_type(e)->name);
        gp_exc_restore(t, e);
        return VNULL;
    }
    if (!gp_isinstance_type(v, &gp_BaseException))
        return gp_raise(t, &gp_TypeError, "exceptions must derive from BaseException");
    gp_exc_restore(t, v);
    return VNULL;
}

static GpType *errno_type(int err) {
    switch (err) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return &gp_BlockingIOError;
    case ECHILD: return &gp_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return &gp_BrokenPipeError;
    case ECONNABORTED: return &gp_ConnectionAbortedError;
    case ECONNREFUSED: return &gp_ConnectionRefusedError;
    case ECONNRESET: return &gp_ConnectionResetError;
    case EEXIST: return &gp_FileExistsError;
    case ENOENT: return &gp_FileNotFoundError;
    case EISDIR: return &gp_IsADirectoryError;
    case ENOTDIR: return &gp_NotADirectoryError;
    case EINTR: return &gp_InterruptedError;
    case EACCES:
    case EPERM: return &gp_PermissionError;
    case ESRCH: return &gp_ProcessLookupError;
    case ETIMEDOUT: return &gp_TimeoutError;
    default: return &gp_OSError;
    }
}

Value gp_raise_errno2(GpThread *t, int err, Value filename, Value filename2) {
    if (err == ENOMEM) return gp_raise_memory(t);
    Value msg = gp_str_from_cstr(t, strerror(err));
    if (!msg) return VNULL;
    Value args = filename2 ? gp_tuple_pack(t, 5, v_from_small(err), msg, filename, v_from_small(0), filename2)
                 : filename ? gp_tuple_pack(t, 3, v_from_small(err), msg, filename)
                            : gp_tuple_pack(t, 2, v_from_small(err), msg);
    if (!args) return VNULL;
    Value e = gp_exc_new(t, errno_type(err), args);
    if (!e) return VNULL;
    gp_exc_restore(t, e);
    return VNULL;
}

Value gp_raise_errno(GpThread *t, int err, Value filename) { return gp_raise_errno2(t, err, filename, VNULL); }

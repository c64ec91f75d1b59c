/* posix_path.c - converting path and int arguments for the posix module
 * (posix_impl.h), with CPython's messages. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/str.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "posix_impl.h"

static const char *expected(const PathArg *p) {
    if (p->allow_fd && p->nullable) return "string, bytes, os.PathLike, integer or None";
    if (p->allow_fd) return "string, bytes, os.PathLike or integer";
    if (p->nullable) return "string, bytes, os.PathLike or None";
    return "string, bytes or os.PathLike";
}

int posix_path_arg(GpThread *t, Value v, PathArg *p) {
    p->object = p->encoded = VNULL;
    p->narrow = NULL;
    p->fd = -1;
    p->is_bytes = 0;
    if (!v || (v == V_NONE && p->nullable)) return 0;
    if (p->allow_fd && gp_is_int(v)) {
        int64_t fd;
        p->object = v;
        if (!gp_int_to_i64(v, &fd) || fd > INT_MAX || fd < INT_MIN)
            return gp_raise_i(t, &gp_OverflowError, "fd is %s", gp_int_sign(v) > 0 ? "greater than maximum" : "less than minimum");
        p->fd = (int)fd;
        return 0;
    }
    Value s = v;
    if (!gp_is_str(s) && !gp_is_bytes(s)) {
        if (!gp_type_lookup_cstr(v_type(v), "__fspath__"))
            return gp_raise_i(t, &gp_TypeError, "%s: %s should be %s, not %T", p->fname, p->argname, expected(p), v);
        s = gp_call_method(t, v, "__fspath__", NULL, 0);
        if (!s) return -1;
        if (!gp_is_str(s) && !gp_is_bytes(s))
            return gp_raise_i(t, &gp_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", v, s);
    }
    p->object = s;
    if (gp_is_bytes(s)) {
        p->is_bytes = 1;
        p->narrow = (const char *)gp_bytes_obj(s)->data;
        if (strlen(p->narrow) != gp_bytes_obj(s)->n)
            return gp_raise_i(t, &gp_ValueError, "%s: embedded null character in %s", p->fname, p->argname);
        return 0;
    }
    if (strlen(gp_str_data(s)) != gp_str_nbytes(s)) return gp_raise_i(t, &gp_ValueError, "embedded null byte");
    if (gp_str_obj(s)->ascii) {
        p->narrow = gp_str_data(s);
        return 0;
    }
    /* Non-ASCII: lone surrogates from surrogateescape become raw bytes. */
    p->encoded = gp_str_encode(t, s, "utf-8", "surrogateescape");
    if (!p->encoded) return -1;
    p->narrow = (const char *)gp_bytes_obj(p->encoded)->data;
    return 0;
}

Value posix_path_error(GpThread *t, int err, const PathArg *p) {
    if (!err) return VNULL; /* a signal handler raised */
    return gp_raise_errno(t, err, p->object);
}

Value posix_name(GpThread *t, const char *s, size_t n, int is_bytes) {
    if (is_bytes) return gp_bytes_new(t, s, n);
    return gp_str_decode_utf8(t, s, n, "surrogateescape");
}

int posix_int_arg(GpThread *t, Value v, int *out) {
    Value i = gp_index(t, v);
    if (!i) return -1;
    int64_t x;
    if (!gp_int_to_i64(i, &x) || x > INT_MAX || x < INT_MIN)
        return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C int");
    *out = (int)x;
    return 0;
}

int posix_dir_fd_arg(GpThread *t, Value v, int *out) {
    *out = AT_FDCWD;
    if (!v || v == V_NONE) return 0;
    return posix_int_arg(t, v, out);
}

int posix_bool_arg(GpThread *t, Value v, int dflt) { return v ? gp_truthy(t, v) : dflt; }

int posix_i64_arg(GpThread *t, Value v, int64_t *out, const char *ctype) {
    Value i = gp_index(t, v);
    if (!i) return -1;
    if (!gp_int_to_i64(i, out)) return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C %s", ctype);
    return 0;
}

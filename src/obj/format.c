/* format.c - format(value, spec): the dispatch to __format__, and the
 * __format__ of int, bool, float and str, which hand the layout to
 * numfmt (numfmt.h) and keep only the conversions between Values and the
 * library's C buffers. */
#include "format.h"

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "float.h"
#include "format_internal.h"
#include "int.h"
#include "numfmt.h"
#include "str.h"
#include "str_internal.h"
#include "type.h"

/* Raises the exception an nf_status stands for, with its message, and
 * frees err (NULL when the status can only be NF_MEMORY_ERROR). */
Value gp_format_raise_nf(GpThread *t, nf_status st, nf_err *err) {
    Value r;
    if (st == NF_MEMORY_ERROR || !err) r = gp_raise_memory(t);
    else
        r = gp_raise(t, st == NF_OVERFLOW_ERROR ? &gp_OverflowError : &gp_ValueError, "%s", nf_err_message(err));
    if (err) nf_err_free(err);
    return r;
}

/* The str built from an nf_buf, which is freed. */
Value gp_format_nf_result(GpThread *t, nf_buf *b) {
    if (b->failed) {
        nf_buf_free(b);
        return gp_raise_memory(t);
    }
    Value r = gp_str_new(t, b->data ? b->data : "", b->len);
    nf_buf_free(b);
    return r;
}

static int parse_spec(GpThread *t, Value spec, nf_kind kind, const char *type_name, nf_spec *out) {
    nf_err err = NF_ERR_INIT;
    nf_status st = nf_spec_parse(gp_str_data(spec), gp_str_nbytes(spec), kind, type_name, out, &err);
    if (st != NF_OK) {
        gp_format_raise_nf(t, st, &err);
        return -1;
    }
    nf_err_free(&err);
    return 0;
}

int gp_format_int_digits(GpThread *t, Value v, int base, GpIntDigits *out) {
    out->keep = VNULL;
    if (v_is_int(v)) {
        int64_t i = v_int(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char *end = out->buf + sizeof out->buf, *p = end;
        do {
            *--p = "0123456789abcdef"[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m);
        out->digits = p;
        out->n = (size_t)(end - p);
        out->negative = i < 0;
        return 0;
    }
    Value s = gp_int_to_str(t, v, base, 0);
    if (!s) return -1;
    out->keep = s;
    out->negative = gp_str_data(s)[0] == '-';
    out->digits = gp_str_data(s) + out->negative;
    out->n = gp_str_nbytes(s) - (size_t)out->negative;
    return 0;
}

Value gp_int_format(GpThread *t, Value v, Value spec) {
    if (gp_str_nbytes(spec) == 0) return gp_str(t, v);
    const char *tname = v_type(v)->name;
    nf_spec ps;
    if (parse_spec(t, spec, NF_KIND_INT, tname, &ps) < 0) return VNULL;
    nf_err err = NF_ERR_INIT;
    nf_int_route route;
    int base;
    nf_status st = nf_spec_int_route(&ps, tname, &route, &base, &err);
    if (st != NF_OK) return gp_format_raise_nf(t, st, &err);
    Value iv = v_is_int(v) ? v : gp_int_exact(t, v);
    if (!iv) return VNULL;
    nf_buf out = NF_BUF_INIT;
    if (route == NF_INT_DIGITS) {
        GpIntDigits dg;
        if (gp_format_int_digits(t, iv, base, &dg) < 0) return VNULL;
        st = nf_format_int(&out, &ps, dg.negative, dg.digits, dg.n, &err);
    } else if (route == NF_INT_CHAR) {
        int64_t c;
        if (gp_int_as_i64(t, iv, &c) < 0) return VNULL;
        st = nf_format_char(&out, &ps, c, &err);
    } else {
        double x;
        if (gp_int_to_double(t, iv, &x) < 0) return VNULL;
        st = nf_format_float(&out, &ps, x, tname, &err);
    }
    if (st != NF_OK) {
        nf_buf_free(&out);
        return gp_format_raise_nf(t, st, &err);
    }
    nf_err_free(&err);
    return gp_format_nf_result(t, &out);
}

Value gp_float_format(GpThread *t, Value v, Value spec) {
    if (gp_str_nbytes(spec) == 0) return gp_str(t, v);
    const char *tname = v_type(v)->name;
    nf_spec ps;
    if (parse_spec(t, spec, NF_KIND_FLOAT, tname, &ps) < 0) return VNULL;
    nf_err err = NF_ERR_INIT;
    nf_buf out = NF_BUF_INIT;
    nf_status st = nf_format_float(&out, &ps, gp_float_value(v), tname, &err);
    if (st != NF_OK) {
        nf_buf_free(&out);
        return gp_format_raise_nf(t, st, &err);
    }
    nf_err_free(&err);
    return gp_format_nf_result(t, &out);
}

Value gp_str_format_spec(GpThread *t, Value v, Value spec) {
    if (gp_str_nbytes(spec) == 0) return gp_str(t, v);
    const char *tname = v_type(v)->name;
    nf_spec ps;
    if (parse_spec(t, spec, NF_KIND_STR, tname, &ps) < 0) return VNULL;
    nf_err err = NF_ERR_INIT;
    nf_buf out = NF_BUF_INIT;
    nf_status st = nf_format_str(&out, &ps, gp_str_data(v), gp_str_nbytes(v), tname, &err);
    if (st != NF_OK) {
        nf_buf_free(&out);
        return gp_format_raise_nf(t, st, &err);
    }
    nf_err_free(&err);
    return gp_format_nf_result(t, &out);
}

/* object.__format__: only the empty spec, meaning str(self). */
Value gp_object_format(GpThread *t, Value v, Value spec) {
    if (gp_str_nbytes(spec) != 0)
        return gp_raise(t, &gp_TypeError, "unsupported format string passed to %s.__format__", v_type(v)->name);
    return gp_str(t, v);
}

Value gp_format_object(GpThread *t, Value v, Value spec) {
    if (!gp_is_str(spec))
        return gp_raise(t, &gp_TypeError, "format() argument 2 must be str, not %s", gp_arg_tname(spec));
    /* The exact builtin types skip the lookup of __format__, as CPython's
     * PyObject_Format does for str and int. */
    if (v_is_int(v) || v_is_type(v, &gp_int_type)) return gp_int_format(t, v, spec);
    if (v_is_float(v)) return gp_float_format(t, v, spec);
    if (v_is_type(v, &gp_str_type)) return gp_str_nbytes(spec) ? gp_str_format_spec(t, v, spec) : v;
    GpType *type = v_type(v);
    Value meth = gp_type_lookup(type, gp_str_intern_cstr(t, "__format__"));
    if (!meth) return gp_object_format(t, v, spec);
    GpType *mt = v_type(meth);
    Value bound = mt->descr_get ? mt->descr_get(t, meth, v, v_from_obj(type)) : meth;
    if (!bound) return VNULL;
    Value r = gp_call1(t, bound, spec);
    if (r && !gp_is_str(r))
        return gp_raise(t, &gp_TypeError, "__format__ must return a str, not %s", v_type(r)->name);
    return r;
}

GP_METHOD(gp_object_m_format) {
    if (gp_meth_nokw(t, "object.__format__", kw) < 0 || gp_check_nargs(t, "object.__format__", n, 1, 1) < 0)
        return VNULL;
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "__format__() argument must be str, not %s", gp_arg_tname(a[0]));
    return gp_object_format(t, self, a[0]);
}

GP_METHOD(gp_str_m_dunder_format) {
    if (gp_meth_nokw(t, "str.__format__", kw) < 0 || gp_check_nargs(t, "str.__format__", n, 1, 1) < 0) return VNULL;
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "__format__() argument must be str, not %s", gp_arg_tname(a[0]));
    return gp_str_format_spec(t, self, a[0]);
}

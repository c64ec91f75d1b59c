/* float.c - the float type. Floats are immediates (obj/value.h); the
 * text forms come from obj/numfmt.h, exactly as CPython prints them. */
#include "float.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bignum.h"
#include "bytes.h"
#include "exc.h"
#include "int.h"
#include "numfmt.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static Value nf_to_str(GpThread *t, nf_buf *b, nf_status st) {
    if (st != NF_OK || b->failed) {
        nf_buf_free(b);
        return gp_raise_memory(t);
    }
    Value s = gp_str_new(t, b->data ? b->data : "", b->len);
    nf_buf_free(b);
    return s;
}

Value gp_float_repr(GpThread *t, double d) {
    nf_buf b = NF_BUF_INIT;
    nf_status st = nf_float_repr(&b, d);
    return nf_to_str(t, &b, st);
}

/* In CPython every float('nan') is a new object, so `x in [x]` is true
 * but `float('nan') in [float('nan')]` is false. Floats here are
 * immediates compared by their bits, so each such NaN gets its own
 * payload (in the low 48 bits, which keeps it a double) instead. */
Value gp_float_fresh_nan(GpThread *t, int negative) {
    uint64_t bits = UINT64_C(0x7FF8000000000000) | (++t->interp->nan_counter & UINT64_C(0xFFFFFFFFFFFF));
    if (negative) bits |= UINT64_C(0x8000000000000000);
    double d;
    memcpy(&d, &bits, sizeof d);
    return v_from_float(d);
}

/* CPython's hash of a double: the value reduced modulo 2**61 - 1, so that
 * hash(1.0) == hash(1) and equal numbers hash alike. */
int64_t gp_float_hash(double d) {
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0; /* CPython 3.12 uses the object address for nan */
    const uint64_t M = (UINT64_C(1) << 61) - 1;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & M) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= M) x -= M;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & M) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* Exact comparison of d with an int, as CPython (no rounding of big ints). */
int gp_float_int_cmp(GpThread *t, double d, Value i, int op) {
    int c;
    int64_t x;
    if (isnan(d)) return op == GP_NE;
    if (gp_int_to_i64(i, &x) && x > -(INT64_C(1) << 53) && x < (INT64_C(1) << 53)) {
        double y = (double)x;
        c = (d > y) - (d < y);
    } else {
        Value ie = gp_int_exact(t, i);
        BnSmall tmp;
        Bn view;
        const Bn *b;
        if (v_is_int(ie)) b = bn_small(&tmp, v_int(ie));
        else {
            GpInt *g = (GpInt *)v_obj(ie);
            view.sign = g->sign;
            view.n = g->n;
            view.d = g->d;
            b = &view;
        }
        c = -bn_cmp_double(b, d);
    }
    switch (op) {
    case GP_LT: return c < 0;
    case GP_LE: return c <= 0;
    case GP_EQ: return c == 0;
    case GP_NE: return c != 0;
    case GP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* Either operand may be the float; ints convert (OverflowError if too big). */
static int operands(GpThread *t, Value a, Value b, double *x, double *y) {
    if (gp_is_float(a)) *x = gp_float_value(a);
    else if (gp_is_int(a)) {
        if (gp_int_to_double(t, a, x) < 0) return -1;
    } else return 1;
    if (gp_is_float(b)) *y = gp_float_value(b);
    else if (gp_is_int(b)) {
        if (gp_int_to_double(t, b, y) < 0) return -1;
    } else return 1;
    return 0;
}

static Value float_pow(GpThread *t, double x, double y) {
    if (y == 0) return v_from_float(1.0);
    if (isnan(x)) return v_from_float(y == 0 ? 1.0 : x);
    if (isnan(y)) return v_from_float(x == 1.0 ? 1.0 : y);
    if (x == 0 && y < 0 && !isinf(y))
        return gp_raise(t, &gp_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0 && !isinf(x) && !isinf(y) && floor(y) != y)
        return gp_raise(t, &gp_ValueError, "negative number cannot be raised to a fractional power (complex numbers are not supported by gilpy)");
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && !isinf(x) && !isinf(y)) return gp_raise(t, &gp_OverflowError, "(34, 'Numerical result out of range')");
    return v_from_float(r);
}

Value gp_float_binop(GpThread *t, int op, Value a, Value b) {
    double x, y;
    int r = operands(t, a, b, &x, &y);
    if (r < 0) return VNULL;
    if (r > 0) return V_NOTIMPL;
    switch (op) {
    case GP_OP_ADD: return v_from_float(x + y);
    case GP_OP_SUB: return v_from_float(x - y);
    case GP_OP_MUL: return v_from_float(x * y);
    case GP_OP_TRUEDIV:
        if (y == 0) return gp_raise(t, &gp_ZeroDivisionError, "float division by zero");
        return v_from_float(x / y);
    case GP_OP_MOD: {
        if (y == 0) return gp_raise(t, &gp_ZeroDivisionError, "float modulo");
        double m = fmod(x, y);
        if (m) {
            if ((y < 0) != (m < 0)) m += y;
        } else {
            m = copysign(0.0, y);
        }
        return v_from_float(m);
    }
    case GP_OP_FLOORDIV: {
        if (y == 0) return gp_raise(t, &gp_ZeroDivisionError, "float floor division by zero");
        double m = fmod(x, y);
        double div = (x - m) / y;
        if (m && ((y < 0) != (m < 0))) div -= 1.0;
        double fl;
        if (div) {
            fl = floor(div);
            if (div - fl > 0.5) fl += 1.0;
        } else {
            fl = copysign(0.0, x / y);
        }
        return v_from_float(fl);
    }
    case GP_OP_POW: return float_pow(t, x, y);
    default: return V_NOTIMPL;
    }
}

Value gp_float_divmod(GpThread *t, Value a, Value b) {
    double x, y;
    int r = operands(t, a, b, &x, &y);
    if (r < 0) return VNULL;
    if (r > 0) return V_NOTIMPL;
    if (y == 0) return gp_raise(t, &gp_ZeroDivisionError, "float divmod()");
    Value q = gp_float_binop(t, GP_OP_FLOORDIV, a, b);
    Value m = gp_float_binop(t, GP_OP_MOD, a, b);
    if (!q || !m) return VNULL;
    return gp_tuple_pack(t, 2, q, m);
}

static Value float_binop(GpThread *t, int op, Value a, Value b) { return gp_float_binop(t, op, a, b); }

static Value float_unop(GpThread *t, int op, Value a) {
    (void)t;
    double x = gp_float_value(a);
    switch (op) {
    case GP_UOP_NEG: return v_from_float(-x);
    case GP_UOP_POS: return v_from_float(x);
    case GP_UOP_ABS: return v_from_float(fabs(x));
    default: return V_NOTIMPL;
    }
}

static Value float_richcmp(GpThread *t, Value a, Value b, int op) {
    double x = gp_float_value(a);
    if (gp_is_float(b)) {
        double y = gp_float_value(b);
        switch (op) {
        case GP_LT: return v_bool(x < y);
        case GP_LE: return v_bool(x <= y);
        case GP_EQ: return v_bool(x == y);
        case GP_NE: return v_bool(x != y);
        case GP_GT: return v_bool(x > y);
        default: return v_bool(x >= y);
        }
    }
    if (gp_is_int(b)) return v_bool(gp_float_int_cmp(t, x, b, op));
    return V_NOTIMPL;
}

static Value float_repr(GpThread *t, Value self) { return gp_float_repr(t, gp_float_value(self)); }

static int float_hash(GpThread *t, Value self, int64_t *out) {
    (void)t;
    double d = gp_float_value(self);
    if (isnan(d)) {
        uint64_t p = (uint64_t)self;
        *out = (int64_t)((p >> 4) | (p << 60));
        if (*out == -1) *out = -2;
        return 0;
    }
    *out = gp_float_hash(d);
    return 0;
}

static int float_truth(GpThread *t, Value self) {
    (void)t;
    return gp_float_value(self) != 0.0;
}

static Value float_to_int(GpThread *t, Value self) {
    double d = gp_float_value(self);
    if (isnan(d)) return gp_raise(t, &gp_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return gp_raise(t, &gp_OverflowError, "cannot convert float infinity to integer");
    return gp_int_from_double(t, d);
}

static Value float_to_float(GpThread *t, Value self) {
    (void)t;
    return v_from_float(gp_float_value(self));
}

/* float(x) */
static Value float_from_text(GpThread *t, Value x) {
    const char *s;
    size_t n;
    if (gp_is_str(x)) {
        s = gp_str_data(x);
        n = gp_str_nbytes(x);
    } else {
        const uint8_t *p = gp_bytes_like(t, x, &n, "float");
        if (!p) return VNULL;
        s = (const char *)p;
    }
    double d;
    nf_err err = NF_ERR_INIT;
    nf_status st = nf_parse_float(s, n, &d, &err);
    nf_err_free(&err);
    if (st == NF_OK) return isnan(d) ? gp_float_fresh_nan(t, signbit(d)) : v_from_float(d);
    if (st == NF_MEMORY_ERROR) return gp_raise_memory(t);
    return gp_raise(t, &gp_ValueError, "could not convert string to float: %R", x);
}

Value gp_number_float(GpThread *t, Value x) {
    if (v_is_float(x)) return x;
    if (gp_is_float(x)) return v_from_float(gp_float_value(x));
    if (gp_is_str(x) || gp_is_bytes(x) || v_is_type(x, &gp_bytearray_type)) return float_from_text(t, x);
    GpType *tp = v_type(x);
    if (tp->to_float) {
        Value r = tp->to_float(t, x);
        if (!r) return VNULL;
        if (!gp_is_float(r))
            return gp_raise(t, &gp_TypeError, "%s.__float__ returned non-float (type %s)", tp->name, v_type(r)->name);
        return v_from_float(gp_float_value(r));
    }
    if (tp->index) {
        Value i = tp->index(t, x);
        if (!i) return VNULL;
        double d;
        if (gp_int_to_double(t, i, &d) < 0) return VNULL;
        return v_from_float(d);
    }
    return gp_raise(t, &gp_TypeError, "float() argument must be a string or a real number, not '%s'", tp->name);
}

static Value float_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames && gp_tuple_len(kwnames)) return gp_raise(t, &gp_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return gp_raise(t, &gp_TypeError, "float expected at most 1 argument, got %zu", nargs);
    Value r = nargs ? gp_number_float(t, args[0]) : v_from_float(0.0);
    if (!r) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    if (type == &gp_float_type) return r;
    GpFloatObj *o = gp_alloc(t, type, type->size);
    if (!o) return VNULL;
    o->value = v_float(r);
    return v_from_obj(o);
}

/* ---- methods */

static Value m_is_integer(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)kw;
    if (gp_check_nargs(t, "is_integer", n, 0, 0) < 0) return VNULL;
    double d = gp_float_value(self);
    return v_bool(isfinite(d) && floor(d) == d);
}

static Value m_as_integer_ratio(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)kw;
    if (gp_check_nargs(t, "as_integer_ratio", n, 0, 0) < 0) return VNULL;
    double d = gp_float_value(self);
    if (isinf(d)) return gp_raise(t, &gp_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return gp_raise(t, &gp_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = gp_int_from_double(t, m);
    Value den = v_from_small(1);
    if (!num) return VNULL;
    Value shift = v_from_small(e > 0 ? e : -e);
    if (e > 0) num = gp_int_binop(t, GP_OP_LSHIFT, num, shift);
    else den = gp_int_binop(t, GP_OP_LSHIFT, den, shift);
    if (!num || !den) return VNULL;
    return gp_tuple_pack(t, 2, num, den);
}

static Value m_hex(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)kw;
    if (gp_check_nargs(t, "hex", n, 0, 0) < 0) return VNULL;
    nf_buf b = NF_BUF_INIT;
    nf_status st = nf_float_hex(&b, gp_float_value(self));
    return nf_to_str(t, &b, st);
}

static Value m_fromhex(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "fromhex", n, 1, 1) < 0) return VNULL;
    if (!gp_is_str(a[0])) return gp_raise(t, &gp_TypeError, "fromhex() argument must be str, not %s", v_type(a[0])->name);
    double d;
    nf_err err = NF_ERR_INIT;
    nf_status st = nf_float_fromhex(gp_str_data(a[0]), gp_str_nbytes(a[0]), &d, &err);
    if (st != NF_OK) {
        Value msg = gp_str_from_cstr(t, nf_err_message(&err));
        nf_err_free(&err);
        if (st == NF_MEMORY_ERROR) return gp_raise_memory(t);
        return gp_raise_arg(t, st == NF_OVERFLOW_ERROR ? &gp_OverflowError : &gp_ValueError, msg);
    }
    nf_err_free(&err);
    Value v = v_from_float(d);
    if ((GpType *)v_obj(self) != &gp_float_type) return gp_call1(t, self, v);
    return v;
}

static Value m_conjugate(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)t; (void)a; (void)n; (void)kw;
    return v_from_float(gp_float_value(self));
}

static Value m_trunc(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return float_to_int(t, self);
}

static Value m_floor(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return float_to_int(t, v_from_float(floor(gp_float_value(self))));
}

static Value m_ceil(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return float_to_int(t, v_from_float(ceil(gp_float_value(self))));
}

static Value m_round(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "__round__", n, 0, 1) < 0) return VNULL;
    double d = gp_float_value(self);
    if (n == 0 || a[0] == V_NONE) return float_to_int(t, v_from_float(nf_round_half_even(d)));
    int64_t nd;
    if (gp_as_ssize(t, a[0], &nd) < 0) return VNULL;
    if (!isfinite(d)) return v_from_float(d);
    double r;
    nf_err err = NF_ERR_INIT;
    nf_status st = nf_round_double(d, nd, &r, &err);
    if (st != NF_OK) {
        Value msg = gp_str_from_cstr(t, nf_err_message(&err));
        nf_err_free(&err);
        if (st == NF_MEMORY_ERROR) return gp_raise_memory(t);
        return gp_raise_arg(t, &gp_OverflowError, msg);
    }
    nf_err_free(&err);
    return v_from_float(r);
}

static Value m_format(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    extern Value gp_float_format(GpThread * t, Value v, Value spec);
    (void)kw;
    if (gp_check_nargs(t, "__format__", n, 1, 1) < 0) return VNULL;
    if (!gp_is_str(a[0])) return gp_raise(t, &gp_TypeError, "__format__() argument must be str, not %s", v_type(a[0])->name);
    return gp_float_format(t, self, a[0]);
}

static Value m_divmod(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (n != 1) return gp_raise(t, &gp_TypeError, "expected 1 argument, got %zu", n);
    return gp_float_divmod(t, self, a[0]);
}

static Value m_rdivmod(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (n != 1) return gp_raise(t, &gp_TypeError, "expected 1 argument, got %zu", n);
    return gp_float_divmod(t, a[0], self);
}

/* float.__getformat__: how doubles are stored, for the test suite. */
static Value m_getformat(GpThread *t, Value cls, const Value *a, size_t n, Value kw) {
    (void)cls;
    (void)kw;
    if (gp_check_nargs(t, "__getformat__", n, 1, 1) < 0) return VNULL;
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "__getformat__() argument must be str, not %s", v_type(a[0])->name);
    if (!gp_str_eq_cstr(a[0], "double") && !gp_str_eq_cstr(a[0], "float"))
        return gp_raise(t, &gp_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return gp_str_from_cstr(t, "IEEE, little-endian");
}

static Value m_getnewargs(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return gp_tuple_pack(t, 1, v_from_float(gp_float_value(self)));
}

static Value get_real(GpThread *t, Value self) {
    (void)t;
    return v_from_float(gp_float_value(self));
}
static Value get_imag(GpThread *t, Value self) {
    (void)t;
    (void)self;
    return v_from_float(0.0);
}

static const GpGetSetDef float_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef float_methods[] = {
    {"is_integer", m_is_integer, GP_METH_NOKW},
    {"as_integer_ratio", m_as_integer_ratio, GP_METH_NOKW},
    {"hex", m_hex, GP_METH_NOKW},
    {"fromhex", m_fromhex, GP_METH_CLASS | GP_METH_NOKW},
    {"conjugate", m_conjugate, GP_METH_NOKW},
    {"__trunc__", m_trunc, GP_METH_NOKW},
    {"__int__", m_trunc, GP_METH_NOKW},
    {"__floor__", m_floor, GP_METH_NOKW},
    {"__ceil__", m_ceil, GP_METH_NOKW},
    {"__round__", m_round, GP_METH_NOKW},
    {"__format__", m_format, GP_METH_NOKW},
    {"__getnewargs__", m_getnewargs, GP_METH_NOKW},
    {"__divmod__", m_divmod, GP_METH_NOKW},
    {"__rdivmod__", m_rdivmod, GP_METH_NOKW},
    {"__getformat__", m_getformat, GP_METH_CLASS | GP_METH_NOKW},
    {NULL, NULL, 0},
};

static void floatsub_trace(GpGc *gc, GpObj *self) {
    int32_t off = self->type->dict_offset;
    if (off) gc_mark(gc, *(Value *)((char *)self + off));
}

GpType gp_float_type = {
    .hdr = {&gp_type_type},
    .name = "float",
    .base = &gp_object_type,
    .size = sizeof(GpFloatObj),
    .flags = GP_TF_BASETYPE | GP_TF_FLOAT_SUB,
    .repr = float_repr,
    .hash = float_hash,
    .richcmp = float_richcmp,
    .truth = float_truth,
    .binop = float_binop,
    .unop = float_unop,
    .to_int = float_to_int,
    .to_float = float_to_float,
    .new_ = float_new,
    .trace = floatsub_trace,
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = "Convert a string or number to a floating point number, if possible.",
};

GP_REGISTER_TYPE(gp_float_type);

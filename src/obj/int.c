/* int.c - the int type: small immediates with machine-arithmetic fast
 * paths, heap bignums through obj/bignum.h for everything else. */
#include "int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bignum.h"
#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- conversions between values and Bn */

static GpInt *big(Value v) { return (GpInt *)v_obj(v); }

static int is_big(Value v) { return v_is_obj(v) && v_obj(v)->type == &gp_int_type; }

/* A Bn view of any int value (no allocation). */
static const Bn *as_bn(Value v, BnSmall *tmp, Bn *view) {
    if (v_is_int(v)) return bn_small(tmp, v_int(v));
    if (v == V_TRUE) return bn_small(tmp, 1);
    if (v == V_FALSE) return bn_small(tmp, 0);
    GpInt *b = big(v);
    view->sign = b->sign;
    view->n = b->n;
    view->d = b->d;
    return view;
}

static Value raise_status(GpThread *t, BnStatus st) {
    switch (st) {
    case BN_ENOMEM:
    case BN_ETOOBIG: return gp_raise_memory(t);
    case BN_EZERODIV: return gp_raise(t, &gp_ZeroDivisionError, "integer division or modulo by zero");
    case BN_EOVERFLOW: return gp_raise(t, &gp_OverflowError, "int too large to convert to float");
    case BN_ENEGSHIFT: return gp_raise(t, &gp_ValueError, "negative shift count");
    case BN_EMODZERO: return gp_raise(t, &gp_ValueError, "pow() 3rd argument cannot be 0");
    case BN_ENOTINV: return gp_raise(t, &gp_ValueError, "base is not invertible for the given modulus");
    case BN_ENAN: return gp_raise(t, &gp_ValueError, "cannot convert float NaN to integer");
    case BN_EINF: return gp_raise(t, &gp_OverflowError, "cannot convert float infinity to integer");
    case BN_ENEGATIVE: return gp_raise(t, &gp_ValueError, "isqrt() argument must be nonnegative");
    default: return gp_raise(t, &gp_SystemError, "bignum error %d", (int)st);
    }
}

/* Take ownership of r's digits: a small int if it fits, else a GpInt. */
static Value from_bn(GpThread *t, Bn *r) {
    int64_t i;
    if (bn_to_int64(r, &i) == BN_OK && v_small_fits(i)) {
        bn_free(r);
        return v_from_small(i);
    }
    GpInt *b = gp_alloc(t, &gp_int_type, sizeof(GpInt) + r->n * sizeof(uint32_t));
    if (!b) {
        bn_free(r);
        return VNULL;
    }
    b->sign = r->sign;
    b->n = (uint32_t)r->n;
    memcpy(b->d, r->d, r->n * sizeof(uint32_t));
    bn_free(r);
    return v_from_obj(b);
}

static Value bn_result(GpThread *t, BnStatus st, Bn *r) {
    if (st != BN_OK) {
        bn_free(r);
        return raise_status(t, st);
    }
    return from_bn(t, r);
}

/* A heap int of magnitude m, which is beyond the 48 bits of an immediate
 * and so has exactly two digits: built in place, with no bignum scratch
 * (hash() results are such ints, made on every call). */
static Value int_from_mag64(GpThread *t, uint64_t m, int sign) {
    GpInt *b = gp_alloc(t, &gp_int_type, sizeof(GpInt) + 2 * sizeof(uint32_t));
    if (!b) return VNULL;
    b->sign = sign;
    b->n = 2;
    b->d[0] = (uint32_t)m;
    b->d[1] = (uint32_t)(m >> 32);
    return v_from_obj(b);
}

Value gp_int_from_i64(GpThread *t, int64_t i) {
    if (v_small_fits(i)) return v_from_small(i);
    return int_from_mag64(t, i < 0 ? 0 - (uint64_t)i : (uint64_t)i, i < 0 ? -1 : 1);
}

Value gp_int_from_u64(GpThread *t, uint64_t u) {
    if (u <= (uint64_t)GP_SMALL_MAX) return v_from_small((int64_t)u);
    return int_from_mag64(t, u, 1);
}

Value gp_int_from_double(GpThread *t, double d) {
    if (d > -1e14 && d < 1e14) return v_from_small((int64_t)d);
    Bn r;
    BnStatus st = bn_from_double(&r, d);
    return bn_result(t, st, &r);
}

int gp_int_to_i64(Value v, int64_t *out) {
    if (v_is_int(v)) {
        *out = v_int(v);
        return 1;
    }
    if (v == V_TRUE || v == V_FALSE) {
        *out = v == V_TRUE;
        return 1;
    }
    if (!is_big(v)) {
        if (v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_INT_SUB)) {
            /* an instance of a subclass keeps its value in an int field */
            extern Value gp_int_subclass_value(Value v);
            return gp_int_to_i64(gp_int_subclass_value(v), out);
        }
        return 0;
    }
    BnSmall tmp;
    Bn view;
    return bn_to_int64(as_bn(v, &tmp, &view), out) == BN_OK;
}

int gp_int_as_i64(GpThread *t, Value v, int64_t *out) {
    if (gp_int_to_i64(v, out)) return 0;
    return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C long");
}

int gp_int_to_double(GpThread *t, Value v, double *out) {
    int64_t i;
    if (gp_int_to_i64(v, &i)) {
        *out = (double)i;
        return 0;
    }
    BnSmall tmp;
    Bn view;
    BnStatus st = bn_to_double(as_bn(gp_int_exact(t, v), &tmp, &view), out);
    if (st != BN_OK) {
        raise_status(t, st);
        return -1;
    }
    return 0;
}

int gp_int_sign(Value v) {
    int64_t i;
    if (gp_int_to_i64(v, &i)) return (i > 0) - (i < 0);
    return big(v)->sign;
}

int gp_int_cmp(Value a, Value b) {
    int64_t x, y;
    if (gp_int_to_i64(a, &x) && gp_int_to_i64(b, &y)) return (x > y) - (x < y);
    BnSmall ta, tb;
    Bn va, vb;
    return bn_cmp(as_bn(a, &ta, &va), as_bn(b, &tb, &vb));
}

int64_t gp_int_hash(Value v) {
    int64_t i;
    if (v_is_int(v)) {
        i = v_int(v);
        /* Small ints are below 2**61 - 1, so the modular reduction is the
         * identity, except that -1 hashes to -2 as in CPython. */
        return i == -1 ? -2 : i;
    }
    BnSmall tmp;
    Bn view;
    return bn_hash(as_bn(v, &tmp, &view));
}

/* Subclass instances (and bools) as plain ints. */
typedef struct GpIntSub {
    GpObj hdr;
    Value value;
    Value dict;
} GpIntSub;

Value gp_int_subclass_value(Value v) {
    if (v == V_TRUE) return v_from_small(1);
    if (v == V_FALSE) return v_from_small(0);
    return ((GpIntSub *)v_obj(v))->value;
}

Value gp_int_exact(GpThread *t, Value v) {
    (void)t;
    if (v_is_int(v) || is_big(v)) return v;
    return gp_int_subclass_value(v);
}

Value gp_int_from_words(GpThread *t, const uint32_t *w, size_t n) {
    while (n > 0 && w[n - 1] == 0) n--;
    Bn view = {n ? 1 : 0, n, n ? (uint32_t *)w : NULL}, r;
    BnStatus st = bn_copy(&r, &view);
    return bn_result(t, st, &r);
}

uint32_t *gp_int_abs_words(GpThread *t, Value v, size_t *n) {
    BnSmall tmp;
    Bn view;
    const Bn *b = as_bn(gp_int_exact(t, v), &tmp, &view);
    size_t count = b->n ? b->n : 1;
    uint32_t *w = calloc(count, sizeof(uint32_t));
    if (!w) return gp_raise_memory(t), NULL;
    if (b->n) memcpy(w, b->d, b->n * sizeof(uint32_t));
    *n = count;
    return w;
}

/* ---- text */

static int max_str_digits(GpThread *t) { return t ? t->interp->int_max_str_digits : 4300; }

Value gp_int_from_str(GpThread *t, const char *s, size_t n, int base) {
    /* Fast path: short plain decimal literals. */
    if (base == 10 || base == 0) {
        size_t i = 0;
        int64_t acc = 0;
        while (i < n && i < 15 && s[i] >= '0' && s[i] <= '9') acc = acc * 10 + (s[i++] - '0');
        if (i == n && n > 0 && (n == 1 || s[0] != '0')) return v_from_small(acc);
    }
    Bn r;
    BnStatus st = bn_from_str(&r, s, n, base);
    if (st == BN_EINVALID) {
        Value text = gp_str_decode_utf8(t, s, n, "replace");
        if (!text) return VNULL;
        return gp_raise(t, &gp_ValueError, "invalid literal for int() with base %d: %R", base, text);
    }
    if (st == BN_EBASE) return gp_raise(t, &gp_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (st != BN_OK) return raise_status(t, st);
    int limit = max_str_digits(t);
    if (limit > 0 && (base == 10 || base == 0) && n > (size_t)limit) {
        /* Count the digits actually given (underscores and signs aside). */
        size_t digits = 0;
        for (size_t i = 0; i < n; i++) digits += s[i] >= '0' && s[i] <= '9';
        if (digits > (size_t)limit) {
            bn_free(&r);
            return gp_raise(t, &gp_ValueError,
                            "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; use "
                            "sys.set_int_max_str_digits() to increase the limit",
                            limit, digits);
        }
    }
    return from_bn(t, &r);
}

Value gp_int_to_str(GpThread *t, Value v, int base, int prefix) {
    v = gp_int_exact(t, v);
    if (v_is_int(v) && base == 10 && !prefix) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v_int(v));
        return gp_str_new(t, buf, (size_t)n);
    }
    BnSmall tmp;
    Bn view;
    const Bn *b = as_bn(v, &tmp, &view);
    if (base == 10) {
        int limit = max_str_digits(t);
        /* A cheap bound first: 32 bits hold at most 9.64 decimal digits. */
        if (limit > 0 && b->n > 0 && (double)bn_bit_length(b) * 0.30103 > (double)limit + 1) {
            return gp_raise(t, &gp_ValueError,
                            "Exceeds the limit (%d digits) for integer string conversion; use "
                            "sys.set_int_max_str_digits() to increase the limit",
                            limit);
        }
    }
    char *out = NULL;
    size_t len = 0;
    BnStatus st = prefix ? bn_to_str_prefixed(b, base, &out, &len) : bn_to_str(b, base, &out, &len);
    if (st != BN_OK) return raise_status(t, st);
    if (base == 10) {
        int limit = max_str_digits(t);
        size_t digits = len - (out[0] == '-');
        if (limit > 0 && digits > (size_t)limit) {
            free(out);
            return gp_raise(t, &gp_ValueError,
                            "Exceeds the limit (%d digits) for integer string conversion; use "
                            "sys.set_int_max_str_digits() to increase the limit",
                            limit);
        }
    }
    Value s = gp_str_new(t, out, len);
    free(out);
    return s;
}

static Value int_repr(GpThread *t, Value self) { return gp_int_to_str(t, self, 10, 0); }

/* ---- arithmetic */

static int floordiv_i64(int64_t a, int64_t b, int64_t *q, int64_t *m) {
    int64_t qq = a / b, mm = a % b;
    if (mm != 0 && ((mm < 0) != (b < 0))) {
        qq--;
        mm += b;
    }
    *q = qq;
    *m = mm;
    return 0;
}

static Value int_pow(GpThread *t, Value a, Value b) {
    if (gp_int_sign(b) < 0) {
        /* A negative exponent gives a float. */
        double x, y;
        if (gp_int_to_double(t, a, &x) < 0 || gp_int_to_double(t, b, &y) < 0) return VNULL;
        if (x == 0.0) return gp_raise(t, &gp_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return v_from_float(pow(x, y));
    }
    int64_t x, y;
    if (gp_int_to_i64(a, &x) && gp_int_to_i64(b, &y)) {
        /* Small results by repeated squaring in 128-bit arithmetic. */
        __int128 result = 1, base = x;
        int64_t e = y;
        int ok = 1;
        while (e > 0 && ok) {
            if (e & 1) {
                result *= base;
                if (result > ((__int128)1 << 62) || result < -((__int128)1 << 62)) ok = 0;
            }
            e >>= 1;
            if (e) {
                base *= base;
                if (base > ((__int128)1 << 62) || base < -((__int128)1 << 62)) ok = 0;
            }
        }
        if (ok) return gp_int_from_i64(t, (int64_t)result);
    }
    BnSmall ta, tb;
    Bn va, vb, r;
    BnStatus st = bn_pow(&r, as_bn(a, &ta, &va), as_bn(b, &tb, &vb));
    return bn_result(t, st, &r);
}

Value gp_int_powmod(GpThread *t, Value a, Value b, Value m) {
    BnSmall ta, tb, tm;
    Bn va, vb, vm, r;
    BnStatus st = bn_powmod(&r, as_bn(a, &ta, &va), as_bn(b, &tb, &vb), as_bn(m, &tm, &vm));
    return bn_result(t, st, &r);
}

/* Both operands are ints (or bools). */
static Value int_arith(GpThread *t, int op, Value a, Value b) {
    int64_t x, y;
    if (gp_int_to_i64(a, &x) && gp_int_to_i64(b, &y)) {
        int64_t r;
        switch (op) {
        case GP_OP_ADD:
            if (!__builtin_add_overflow(x, y, &r)) return gp_int_from_i64(t, r);
            break;
        case GP_OP_SUB:
            if (!__builtin_sub_overflow(x, y, &r)) return gp_int_from_i64(t, r);
            break;
        case GP_OP_MUL:
            if (!__builtin_mul_overflow(x, y, &r)) return gp_int_from_i64(t, r);
            break;
        case GP_OP_FLOORDIV:
        case GP_OP_MOD: {
            if (y == 0)
                return gp_raise(t, &gp_ZeroDivisionError,
                                op == GP_OP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
            if (x == INT64_MIN && y == -1) break;
            int64_t q, m;
            floordiv_i64(x, y, &q, &m);
            return gp_int_from_i64(t, op == GP_OP_MOD ? m : q);
        }
        case GP_OP_TRUEDIV:
            if (y == 0) return gp_raise(t, &gp_ZeroDivisionError, "division by zero");
            /* Exact when both fit in a double's 53 bits. */
            if (x > -(INT64_C(1) << 53) && x < (INT64_C(1) << 53) && y > -(INT64_C(1) << 53) && y < (INT64_C(1) << 53))
                return v_from_float((double)x / (double)y);
            break;
        case GP_OP_AND: return gp_int_from_i64(t, x & y);
        case GP_OP_OR: return gp_int_from_i64(t, x | y);
        case GP_OP_XOR: return gp_int_from_i64(t, x ^ y);
        case GP_OP_LSHIFT:
            if (y < 0) return gp_raise(t, &gp_ValueError, "negative shift count");
            if (x == 0) return v_from_small(0);
            if (y < 62 && (x >= 0 ? x : -x) < (INT64_C(1) << (62 - y))) return gp_int_from_i64(t, x * (INT64_C(1) << y));
            break;
        case GP_OP_RSHIFT:
            if (y < 0) return gp_raise(t, &gp_ValueError, "negative shift count");
            return gp_int_from_i64(t, y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        case GP_OP_POW: return int_pow(t, a, b);
        default: return V_NOTIMPL;
        }
    }
    if (op == GP_OP_POW) return int_pow(t, a, b);
    BnSmall ta, tb;
    Bn va, vb, r = BN_ZERO_INIT;
    const Bn *pa = as_bn(a, &ta, &va), *pb = as_bn(b, &tb, &vb);
    BnStatus st;
    switch (op) {
    case GP_OP_ADD: st = bn_add(&r, pa, pb); break;
    case GP_OP_SUB: st = bn_sub(&r, pa, pb); break;
    case GP_OP_MUL: st = bn_mul(&r, pa, pb); break;
    case GP_OP_FLOORDIV: st = bn_divmod(&r, NULL, pa, pb); break;
    case GP_OP_MOD:
        st = bn_divmod(NULL, &r, pa, pb);
        if (st == BN_EZERODIV) return gp_raise(t, &gp_ZeroDivisionError, "integer modulo by zero");
        break;
    case GP_OP_TRUEDIV: {
        double d;
        st = bn_truediv(pa, pb, &d);
        if (st == BN_EZERODIV) return gp_raise(t, &gp_ZeroDivisionError, "division by zero");
        if (st == BN_EOVERFLOW) return gp_raise(t, &gp_OverflowError, "integer division result too large for a float");
        if (st != BN_OK) return raise_status(t, st);
        return v_from_float(d);
    }
    case GP_OP_AND: st = bn_and(&r, pa, pb); break;
    case GP_OP_OR: st = bn_or(&r, pa, pb); break;
    case GP_OP_XOR: st = bn_xor(&r, pa, pb); break;
    case GP_OP_LSHIFT:
        st = bn_shl_bn(&r, pa, pb);
        if (st == BN_ETOOBIG) return gp_raise(t, &gp_OverflowError, "too many digits in integer");
        break;
    case GP_OP_RSHIFT: st = bn_shr_bn(&r, pa, pb); break;
    default: return V_NOTIMPL;
    }
    return bn_result(t, st, &r);
}

Value gp_int_binop(GpThread *t, int op, Value a, Value b) {
    if (!gp_is_int(a) || !gp_is_int(b)) return V_NOTIMPL;
    return int_arith(t, op, a, b);
}

static Value int_binop(GpThread *t, int op, Value a, Value b) { return gp_int_binop(t, op, a, b); }

static Value int_unop(GpThread *t, int op, Value a) {
    int64_t x;
    if (gp_int_to_i64(a, &x) && x != INT64_MIN) {
        switch (op) {
        case GP_UOP_NEG: return gp_int_from_i64(t, -x);
        case GP_UOP_POS: return gp_int_from_i64(t, x);
        case GP_UOP_INVERT: return gp_int_from_i64(t, ~x);
        default: return gp_int_from_i64(t, x < 0 ? -x : x);
        }
    }
    BnSmall ta;
    Bn va, r;
    const Bn *pa = as_bn(a, &ta, &va);
    BnStatus st;
    switch (op) {
    case GP_UOP_NEG: st = bn_neg(&r, pa); break;
    case GP_UOP_POS: st = bn_copy(&r, pa); break;
    case GP_UOP_INVERT: st = bn_invert(&r, pa); break;
    default: st = bn_abs(&r, pa); break;
    }
    return bn_result(t, st, &r);
}

/* int vs float comparisons are left to float's richcmp (reflected), which
 * compares exactly. */
static Value int_richcmp(GpThread *t, Value a, Value b, int op) {
    (void)t;
    if (!gp_is_int(b)) return V_NOTIMPL;
    int c = gp_int_cmp(a, b);
    switch (op) {
    case GP_LT: return v_bool(c < 0);
    case GP_LE: return v_bool(c <= 0);
    case GP_EQ: return v_bool(c == 0);
    case GP_NE: return v_bool(c != 0);
    case GP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

static int int_hash(GpThread *t, Value self, int64_t *out) {
    *out = gp_int_hash(gp_int_exact(t, self));
    return 0;
}

static int int_truth(GpThread *t, Value self) {
    (void)t;
    return gp_int_sign(self) != 0;
}

static Value int_index(GpThread *t, Value self) { return gp_int_exact(t, self); }
static Value int_to_float(GpThread *t, Value self) {
    double d;
    if (gp_int_to_double(t, self, &d) < 0) return VNULL;
    return v_from_float(d);
}

/* ---- int(x, base) */

static Value int_from_text(GpThread *t, Value x, Value base_v, int has_base) {
    int64_t base = 10;
    if (has_base) {
        if (gp_as_ssize(t, base_v, &base) < 0) return VNULL;
        if (base != 0 && (base < 2 || base > 36)) return gp_raise(t, &gp_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (gp_is_str(x)) {
        /* Non-ASCII digits and spaces map to ASCII first, as in CPython. */
        extern int nf_unicode_decimal(uint32_t cp);
        extern _Bool nf_unicode_isspace(uint32_t cp);
        const char *s = gp_str_data(x);
        size_t n = gp_str_nbytes(x);
        if (gp_str_obj(x)->ascii) return gp_int_from_str(t, s, n, (int)base);
        GpBuf b;
        gp_buf_init(&b);
        size_t pos = 0;
        while (pos < n) {
            uint32_t cp = gp_utf8_next(s, &pos);
            int d = nf_unicode_decimal(cp);
            if (cp < 0x80) gp_buf_putc(&b, (char)cp);
            else if (d >= 0) gp_buf_putc(&b, (char)('0' + d));
            else if (nf_unicode_isspace(cp)) gp_buf_putc(&b, ' ');
            else gp_buf_putc(&b, '!');
        }
        Value ascii = gp_buf_finish_str(t, &b);
        if (!ascii) return VNULL;
        Value r = gp_int_from_str(t, gp_str_data(ascii), gp_str_nbytes(ascii), (int)base);
        if (!r && gp_exc_matches(t, &gp_ValueError)) {
            gp_exc_clear(t);
            return gp_raise(t, &gp_ValueError, "invalid literal for int() with base %d: %R", (int)base, x);
        }
        return r;
    }
    size_t n;
    const uint8_t *data = gp_bytes_like(t, x, &n, "int");
    if (!data) return VNULL;
    Value r = gp_int_from_str(t, (const char *)data, n, (int)base);
    if (!r && gp_exc_matches(t, &gp_ValueError)) {
        Value msg = ((GpExc *)v_obj(t->exc))->args;
        int limit_error = msg && gp_tuple_len(msg) && gp_is_str(gp_tuple_items(msg)[0]) &&
                          strstr(gp_str_data(gp_tuple_items(msg)[0]), "Exceeds");
        if (!limit_error) {
            gp_exc_clear(t);
            Value bytes_val = v_is_type(x, &gp_bytes_type) ? x : gp_bytes_new(t, data, n);
            return gp_raise(t, &gp_ValueError, "invalid literal for int() with base %d: %R", (int)base, bytes_val);
        }
    }
    return r;
}

Value gp_number_int(GpThread *t, Value x) {
    if (gp_is_int(x)) return gp_int_exact(t, x);
    if (gp_is_float(x)) {
        double d = gp_float_value(x);
        if (isnan(d)) return gp_raise(t, &gp_ValueError, "cannot convert float NaN to integer");
        if (isinf(d)) return gp_raise(t, &gp_OverflowError, "cannot convert float infinity to integer");
        return gp_int_from_double(t, d);
    }
    if (gp_is_str(x) || gp_is_bytes(x) || v_is_type(x, &gp_bytearray_type)) return int_from_text(t, x, VNULL, 0);
    GpType *tp = v_type(x);
    if (tp->to_int) {
        Value r = tp->to_int(t, x);
        if (r && !gp_is_int(r))
            return gp_raise(t, &gp_TypeError, "__int__ returned non-int (type %s)", v_type(r)->name);
        return r ? gp_int_exact(t, r) : VNULL;
    }
    if (tp->index) {
        Value r = tp->index(t, x);
        if (r && !gp_is_int(r))
            return gp_raise(t, &gp_TypeError, "__index__ returned non-int (type %s)", v_type(r)->name);
        return r ? gp_int_exact(t, r) : VNULL;
    }
    Value trunc = gp_type_lookup_cstr(tp, "__trunc__");
    if (trunc) {
        Value r = gp_call1(t, trunc, x);
        if (!r) return VNULL;
        if (gp_is_int(r)) return gp_int_exact(t, r);
        Value idx = gp_index(t, r);
        if (!idx) {
            gp_exc_clear(t);
            return gp_raise(t, &gp_TypeError, "__trunc__ returned non-Integral (type %s)", v_type(r)->name);
        }
        return idx;
    }
    return gp_raise(t, &gp_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    tp->name);
}

static Value int_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"", "base"};
    static const GpArgSpec spec = {"int", names, 2, 2, 1, 0};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kwnames, a) < 0) return VNULL;
    Value r;
    if (!a[0]) {
        if (a[1]) return gp_raise(t, &gp_TypeError, "int() missing string argument");
        r = v_from_small(0);
    } else if (a[1]) {
        if (!gp_is_str(a[0]) && !gp_is_bytes(a[0]) && !v_is_type(a[0], &gp_bytearray_type))
            return gp_raise(t, &gp_TypeError, "int() can't convert non-string with explicit base");
        r = int_from_text(t, a[0], a[1], 1);
    } else {
        r = gp_number_int(t, a[0]);
    }
    if (!r) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    if (type == &gp_int_type) return r;
    GpIntSub *o = gp_alloc(t, type, type->size);
    if (!o) return VNULL;
    o->value = r;
    return v_from_obj(o);
}

/* ---- methods */

static Value m_bit_length(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)kw;
    if (gp_check_nargs(t, "bit_length", n, 0, 0) < 0) return VNULL;
    BnSmall tmp;
    Bn view;
    return gp_int_from_u64(t, bn_bit_length(as_bn(gp_int_exact(t, self), &tmp, &view)));
}

static Value m_bit_count(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)kw;
    if (gp_check_nargs(t, "bit_count", n, 0, 0) < 0) return VNULL;
    BnSmall tmp;
    Bn view;
    return gp_int_from_u64(t, bn_bit_count(as_bn(gp_int_exact(t, self), &tmp, &view)));
}

static Value m_conjugate(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return gp_int_exact(t, self);
}

static Value m_as_integer_ratio(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return gp_tuple_pack(t, 2, gp_int_exact(t, self), v_from_small(1));
}

static Value m_is_integer(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)t; (void)self; (void)a; (void)n; (void)kw;
    return V_TRUE;
}

static Value m_round(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "__round__", n, 0, 1) < 0) return VNULL;
    Value v = gp_int_exact(t, self);
    if (n == 0 || a[0] == V_NONE) return v;
    int64_t nd;
    if (gp_as_ssize(t, a[0], &nd) < 0) return VNULL;
    if (nd >= 0) return v;
    /* Round half to even at 10**-nd. */
    Value pow10 = int_pow(t, v_from_small(10), gp_int_from_i64(t, -nd));
    if (!pow10) return VNULL;
    Value q = int_arith(t, GP_OP_FLOORDIV, v, pow10);
    Value r = q ? int_arith(t, GP_OP_MOD, v, pow10) : VNULL;
    if (!r) return VNULL;
    Value twice = int_arith(t, GP_OP_MUL, r, v_from_small(2));
    if (!twice) return VNULL;
    int c = gp_int_cmp(twice, pow10);
    int64_t qlow = 0;
    if (c == 0) {
        Value odd = int_arith(t, GP_OP_AND, q, v_from_small(1));
        gp_int_to_i64(odd, &qlow);
    }
    if (c > 0 || (c == 0 && qlow)) q = int_arith(t, GP_OP_ADD, q, v_from_small(1));
    return q ? int_arith(t, GP_OP_MUL, q, pow10) : VNULL;
}

static Value m_trunc(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return gp_int_exact(t, self);
}

static Value m_to_bytes(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    static const GpArgSpec spec = {"to_bytes", names, 3, 2, 0, 0};
    Value args[3];
    if (gp_parse_args(t, &spec, a, n, kw, args) < 0) return VNULL;
    int64_t len = 1;
    if (args[0] && gp_as_ssize(t, args[0], &len) < 0) return VNULL;
    if (len < 0) return gp_raise(t, &gp_ValueError, "length argument must be non-negative");
    int little = 0;
    if (args[1]) {
        if (!gp_is_str(args[1])) return gp_raise(t, &gp_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", v_type(args[1])->name);
        if (gp_str_eq_cstr(args[1], "little")) little = 1;
        else if (!gp_str_eq_cstr(args[1], "big")) return gp_raise(t, &gp_ValueError, "byteorder must be either 'little' or 'big'");
    }
    int is_signed = args[2] ? gp_truthy(t, args[2]) : 0;
    if (is_signed < 0) return VNULL;
    Value v = gp_int_exact(t, self);
    if (!is_signed && gp_int_sign(v) < 0) return gp_raise(t, &gp_OverflowError, "can't convert negative int to unsigned");
    /* Two's complement of v in len bytes: v mod 256**len, with a range check. */
    BnSmall tmp;
    Bn view;
    const Bn *b = as_bn(v, &tmp, &view);
    uint64_t bits = bn_bit_length(b);
    int fits = is_signed ? (b->sign >= 0 ? bits < (uint64_t)len * 8 || (len == 0 && bits == 0)
                                         : bits <= (uint64_t)len * 8)
                         : bits <= (uint64_t)len * 8;
    if (is_signed && b->sign < 0 && bits == (uint64_t)len * 8) {
        /* -2**(8len-1) fits exactly; other values of that bit length don't. */
        Bn absb;
        bn_abs(&absb, b);
        fits = bn_bit_count(&absb) == 1;
        bn_free(&absb);
    }
    if (!fits) return gp_raise(t, &gp_OverflowError, "int too big to convert");
    Value out = gp_bytes_new(t, NULL, (size_t)len);
    if (!out) return VNULL;
    uint8_t *p = gp_bytes_obj(out)->data;
    /* magnitude bytes little-endian, then negate for negatives */
    for (int64_t i = 0; i < len; i++) {
        size_t digit = (size_t)i / 4;
        p[i] = digit < b->n ? (uint8_t)(b->d[digit] >> (8 * (i % 4))) : 0;
    }
    if (b->sign < 0) {
        int carry = 1;
        for (int64_t i = 0; i < len; i++) {
            int x = (uint8_t)~p[i] + carry;
            p[i] = (uint8_t)x;
            carry = x >> 8;
        }
    }
    if (!little)
        for (int64_t i = 0, j = len - 1; i < j; i++, j--) {
            uint8_t x = p[i];
            p[i] = p[j];
            p[j] = x;
        }
    return out;
}

static Value m_from_bytes(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    static const GpArgSpec spec = {"from_bytes", names, 3, 2, 0, 1};
    Value args[3];
    if (gp_parse_args(t, &spec, a, n, kw, args) < 0) return VNULL;
    int little = 0;
    if (args[1]) {
        if (!gp_is_str(args[1])) return gp_raise(t, &gp_TypeError, "from_bytes() argument 'byteorder' must be str, not %s", v_type(args[1])->name);
        if (gp_str_eq_cstr(args[1], "little")) little = 1;
        else if (!gp_str_eq_cstr(args[1], "big")) return gp_raise(t, &gp_ValueError, "byteorder must be either 'little' or 'big'");
    }
    int is_signed = args[2] ? gp_truthy(t, args[2]) : 0;
    if (is_signed < 0) return VNULL;
    size_t len;
    Value src = args[0];
    if (!gp_is_bytes(src) && !v_is_type(src, &gp_bytearray_type)) {
        extern Value gp_bytes_from_object(GpThread * t, Value v);
        src = gp_bytes_from_object(t, src);
        if (!src) return VNULL;
    }
    const uint8_t *p = gp_bytes_like(t, src, &len, "from_bytes");
    if (!p) return VNULL;
    Bn r = BN_ZERO_INIT;
    BnStatus st = BN_OK;
    /* Build from 32-bit little-endian words. */
    size_t nd = (len + 3) / 4;
    uint32_t *d = calloc(nd ? nd : 1, sizeof(uint32_t));
    if (!d) return gp_raise_memory(t);
    for (size_t i = 0; i < len; i++) {
        uint8_t byte = little ? p[i] : p[len - 1 - i];
        d[i / 4] |= (uint32_t)byte << (8 * (i % 4));
    }
    int negative = is_signed && len && ((little ? p[len - 1] : p[0]) & 0x80);
    if (negative) {
        /* two's complement: magnitude = ~x + 1 within len bytes */
        uint64_t carry = 1;
        for (size_t i = 0; i < nd; i++) {
            uint32_t mask = i == nd - 1 && len % 4 ? (uint32_t)((UINT64_C(1) << (8 * (len % 4))) - 1) : 0xFFFFFFFFu;
            uint64_t x = (uint64_t)(~d[i] & mask) + carry;
            d[i] = (uint32_t)x;
            carry = x >> 32;
        }
    }
    size_t top = nd;
    while (top > 0 && d[top - 1] == 0) top--;
    Bn view = {top ? (negative ? -1 : 1) : 0, top, top ? d : NULL};
    st = bn_copy(&r, &view);
    free(d);
    Value v = bn_result(t, st, &r);
    if (!v) return VNULL;
    if ((GpType *)v_obj(self) != &gp_int_type) return gp_call1(t, self, v);
    return v;
}

static Value m_format(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    extern Value gp_int_format(GpThread * t, Value v, Value spec);
    (void)kw;
    if (gp_check_nargs(t, "__format__", n, 1, 1) < 0) return VNULL;
    if (!gp_is_str(a[0])) return gp_raise(t, &gp_TypeError, "__format__() argument must be str, not %s", v_type(a[0])->name);
    return gp_int_format(t, self, a[0]);
}

static Value m_getnewargs(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return gp_tuple_pack(t, 1, gp_int_exact(t, self));
}

/* int.__divmod__ / __rdivmod__: the nb_divmod slot's wrappers in CPython,
 * hence their "expected 1 argument" wording. */
static Value int_divmod(GpThread *t, Value a, Value b) {
    if (!gp_is_int(a) || !gp_is_int(b)) return V_NOTIMPL;
    if (gp_int_sign(b) == 0) return gp_raise(t, &gp_ZeroDivisionError, "integer division or modulo by zero");
    Value q = gp_int_binop(t, GP_OP_FLOORDIV, a, b);
    Value m = q ? gp_int_binop(t, GP_OP_MOD, a, b) : VNULL;
    return m ? gp_tuple_pack(t, 2, q, m) : VNULL;
}

static Value m_divmod(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (n != 1) return gp_raise(t, &gp_TypeError, "expected 1 argument, got %zu", n);
    return int_divmod(t, self, a[0]);
}

static Value m_rdivmod(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (n != 1) return gp_raise(t, &gp_TypeError, "expected 1 argument, got %zu", n);
    return int_divmod(t, a[0], self);
}

/* CPython's size: a 24-byte header plus one 30-bit digit per 30 bits of
 * magnitude (at least one), so that sizes match what CPython reports. */
static Value m_sizeof(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)kw;
    if (n) return gp_raise(t, &gp_TypeError, "int.__sizeof__() takes no arguments (%zu given)", n);
    BnSmall tmp;
    Bn view;
    uint64_t bits = bn_bit_length(as_bn(gp_int_exact(t, self), &tmp, &view));
    uint64_t digits = bits ? (bits + 29) / 30 : 1;
    return gp_int_from_u64(t, 24 + 4 * digits);
}

static Value get_real(GpThread *t, Value self) { return gp_int_exact(t, self); }
static Value get_imag(GpThread *t, Value self) { (void)t; (void)self; return v_from_small(0); }
static Value get_denominator(GpThread *t, Value self) { (void)t; (void)self; return v_from_small(1); }

static const GpGetSetDef int_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {"numerator", get_real, NULL},
    {"denominator", get_denominator, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef int_methods[] = {
    {"bit_length", m_bit_length, GP_METH_NOKW},
    {"bit_count", m_bit_count, GP_METH_NOKW},
    {"conjugate", m_conjugate, GP_METH_NOKW},
    {"as_integer_ratio", m_as_integer_ratio, GP_METH_NOKW},
    {"is_integer", m_is_integer, GP_METH_NOKW},
    {"to_bytes", m_to_bytes, 0},
    {"from_bytes", m_from_bytes, GP_METH_CLASS},
    {"__round__", m_round, GP_METH_NOKW},
    {"__trunc__", m_trunc, GP_METH_NOKW},
    {"__floor__", m_trunc, GP_METH_NOKW},
    {"__ceil__", m_trunc, GP_METH_NOKW},
    {"__index__", m_trunc, GP_METH_NOKW},
    {"__int__", m_trunc, GP_METH_NOKW},
    {"__format__", m_format, GP_METH_NOKW},
    {"__getnewargs__", m_getnewargs, GP_METH_NOKW},
    {"__divmod__", m_divmod, GP_METH_NOKW},
    {"__rdivmod__", m_rdivmod, GP_METH_NOKW},
    {"__sizeof__", m_sizeof, GP_METH_NOKW},
    {NULL, NULL, 0},
};

static void intsub_trace(GpGc *gc, GpObj *self) {
    if (self->type == &gp_int_type || self->type == &gp_bool_type) return;
    GpIntSub *o = (GpIntSub *)self;
    gc_mark(gc, o->value);
    int32_t off = self->type->dict_offset;
    if (off) gc_mark(gc, *(Value *)((char *)self + off));
}

GpType gp_int_type = {
    .hdr = {&gp_type_type},
    .name = "int",
    .base = &gp_object_type,
    .size = sizeof(GpIntSub),
    .flags = GP_TF_BASETYPE | GP_TF_INT_SUB,
    .repr = int_repr,
    .hash = int_hash,
    .richcmp = int_richcmp,
    .truth = int_truth,
    .binop = int_binop,
    .unop = int_unop,
    .index = int_index,
    .to_int = int_index,
    .to_float = int_to_float,
    .new_ = int_new,
    .trace = intsub_trace,
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};

GP_REGISTER_TYPE(gp_int_type);

/* bytes_ctype.c - methods shared by bytes and bytearray that look at
 * bytes one by one, as ASCII characters: case conversion, the is*
 * predicates, padding, splitlines, expandtabs, hex/fromhex, decode,
 * translate and maketrans. */
#include <stdio.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bytes_internal.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "str_search.h"
#include "tuple.h"

static int is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static int is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(uint8_t c) { return is_lower(c) || is_upper(c); }
static int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
static uint8_t to_lower(uint8_t c) { return is_upper(c) ? (uint8_t)(c + 32) : c; }
static uint8_t to_upper(uint8_t c) { return is_lower(c) ? (uint8_t)(c - 32) : c; }

enum { B_LOWER, B_UPPER, B_SWAP, B_CAPITALIZE, B_TITLE };

static Value convert(GpThread *t, Value self, const char *meth, size_t n, Value kw, int mode) {
    if (gp_bnoargs(t, self, meth, n, kw) < 0) return VNULL;
    size_t len;
    gp_bdata(self, &len);
    Value r = gp_bmake(t, self, NULL, len);
    if (!r) return VNULL;
    const uint8_t *d = gp_bdata(self, &len);
    uint8_t *o = (uint8_t *)gp_bdata(r, &len);
    int prev_cased = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = d[i];
        switch (mode) {
        case B_LOWER: o[i] = to_lower(c); break;
        case B_UPPER: o[i] = to_upper(c); break;
        case B_SWAP: o[i] = is_lower(c) ? to_upper(c) : to_lower(c); break;
        case B_CAPITALIZE: o[i] = i ? to_lower(c) : to_upper(c); break;
        default:
            o[i] = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_alpha(c);
            break;
        }
    }
    return r;
}

GP_METHOD(gp_bytes_m_lower) { (void)a; return convert(t, self, "lower", n, kw, B_LOWER); }
GP_METHOD(gp_bytes_m_upper) { (void)a; return convert(t, self, "upper", n, kw, B_UPPER); }
GP_METHOD(gp_bytes_m_swapcase) { (void)a; return convert(t, self, "swapcase", n, kw, B_SWAP); }
GP_METHOD(gp_bytes_m_capitalize) { (void)a; return convert(t, self, "capitalize", n, kw, B_CAPITALIZE); }
GP_METHOD(gp_bytes_m_title) { (void)a; return convert(t, self, "title", n, kw, B_TITLE); }

/* ---- predicates */

enum { P_DIGIT, P_ALPHA, P_ALNUM, P_SPACE, P_ASCII };

static int all_bytes(Value self, int kind) {
    size_t len;
    const uint8_t *d = gp_bdata(self, &len);
    if (kind == P_ASCII) {
        for (size_t i = 0; i < len; i++)
            if (d[i] >= 0x80) return 0;
        return 1;
    }
    if (!len) return 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = d[i];
        int ok = kind == P_DIGIT   ? is_digit(c)
                 : kind == P_ALPHA ? is_alpha(c)
                 : kind == P_ALNUM ? is_alpha(c) || is_digit(c)
                                   : gp_ascii_isspace(c);
        if (!ok) return 0;
    }
    return 1;
}

#define BPRED(fn, meth, expr)                                              \
    GP_METHOD(fn) {                                                        \
        (void)a;                                                           \
        if (gp_bnoargs(t, self, meth, n, kw) < 0) return VNULL;            \
        return v_bool(expr);                                               \
    }

static int case_pred(Value self, int upper) {
    size_t len;
    const uint8_t *d = gp_bdata(self, &len);
    int cased = 0;
    for (size_t i = 0; i < len; i++) {
        if (upper ? is_lower(d[i]) : is_upper(d[i])) return 0;
        if (upper ? is_upper(d[i]) : is_lower(d[i])) cased = 1;
    }
    return cased;
}

static int is_title(Value self) {
    size_t len;
    const uint8_t *d = gp_bdata(self, &len);
    int cased = 0, prev = 0;
    for (size_t i = 0; i < len; i++) {
        if (is_upper(d[i])) {
            if (prev) return 0;
            prev = cased = 1;
        } else if (is_lower(d[i])) {
            if (!prev) return 0;
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return cased;
}

BPRED(gp_bytes_m_isdigit, "isdigit", all_bytes(self, P_DIGIT))
BPRED(gp_bytes_m_isalpha, "isalpha", all_bytes(self, P_ALPHA))
BPRED(gp_bytes_m_isalnum, "isalnum", all_bytes(self, P_ALNUM))
BPRED(gp_bytes_m_isspace, "isspace", all_bytes(self, P_SPACE))
BPRED(gp_bytes_m_isascii, "isascii", all_bytes(self, P_ASCII))
BPRED(gp_bytes_m_isupper, "isupper", case_pred(self, 1))
BPRED(gp_bytes_m_islower, "islower", case_pred(self, 0))
BPRED(gp_bytes_m_istitle, "istitle", is_title(self))

/* ---- padding */

static Value pad(GpThread *t, Value self, size_t left, size_t right, uint8_t fill) {
    size_t len;
    gp_bdata(self, &len);
    if (!left && !right) return gp_bsame(t, self);
    Value r = gp_bmake(t, self, NULL, len + left + right);
    if (!r) return VNULL;
    size_t rn;
    uint8_t *o = (uint8_t *)gp_bdata(r, &rn);
    const uint8_t *d = gp_bdata(self, &len);
    memset(o, fill, left);
    memcpy(o + left, d, len);
    memset(o + left + len, fill, right);
    return r;
}

static int pad_args(GpThread *t, const char *fname, Value self, const Value *a, size_t n, Value kw, size_t *marg,
                    uint8_t *fill) {
    if (gp_bnokw(t, self, fname, kw) < 0 || gp_check_nargs(t, fname, n, 1, 2) < 0) return -1;
    int64_t width;
    if (gp_ssize_arg(t, a[0], &width) < 0) return -1;
    *fill = ' ';
    if (n > 1) {
        size_t fn = 0;
        const uint8_t *fd = gp_is_bytes(a[1]) || gp_is_bytearray(a[1]) ? gp_bdata(a[1], &fn) : NULL;
        if (!fd || fn != 1)
            return gp_raise_i(t, &gp_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname,
                              gp_arg_tname(a[1]));
        *fill = fd[0];
    }
    size_t len;
    gp_bdata(self, &len);
    *marg = width > (int64_t)len ? (size_t)width - len : 0;
    return 0;
}

GP_METHOD(gp_bytes_m_center) {
    size_t marg, len;
    uint8_t fill;
    if (pad_args(t, "center", self, a, n, kw, &marg, &fill) < 0) return VNULL;
    gp_bdata(self, &len);
    size_t left = marg / 2 + (marg & (len + marg) & 1);
    return pad(t, self, left, marg - left, fill);
}

GP_METHOD(gp_bytes_m_ljust) {
    size_t marg;
    uint8_t fill;
    if (pad_args(t, "ljust", self, a, n, kw, &marg, &fill) < 0) return VNULL;
    return pad(t, self, 0, marg, fill);
}

GP_METHOD(gp_bytes_m_rjust) {
    size_t marg;
    uint8_t fill;
    if (pad_args(t, "rjust", self, a, n, kw, &marg, &fill) < 0) return VNULL;
    return pad(t, self, marg, 0, fill);
}

GP_METHOD(gp_bytes_m_zfill) {
    if (gp_bnokw(t, self, "zfill", kw) < 0) return VNULL;
    if (n != 1) return gp_raise(t, &gp_TypeError, "%s.zfill() takes exactly one argument (%zu given)", gp_bname(self), n);
    int64_t width;
    if (gp_ssize_arg(t, a[0], &width) < 0) return VNULL;
    size_t len;
    gp_bdata(self, &len);
    if (width <= (int64_t)len) return gp_bsame(t, self);
    size_t fill = (size_t)width - len;
    Value r = pad(t, self, fill, 0, '0');
    if (!r) return VNULL;
    uint8_t *o = (uint8_t *)gp_bdata(r, &len);
    if (len > fill && (o[fill] == '+' || o[fill] == '-')) {
        o[0] = o[fill];
        o[fill] = '0';
    }
    return r;
}

GP_METHOD(gp_bytes_m_expandtabs) {
    static const char *const names[] = {"tabsize"};
    static const GpArgSpec spec = {"expandtabs", names, 1, 1, 0, 0};
    Value av[1];
    if (gp_parse_args(t, &spec, a, n, kw, av) < 0) return VNULL;
    int64_t tabsize = 8;
    if (av[0]) {
        Value i = gp_index(t, av[0]);
        if (!i) return VNULL;
        if (!gp_int_to_i64(i, &tabsize) || tabsize > INT32_MAX || tabsize < INT32_MIN)
            return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C int");
    }
    size_t len;
    const uint8_t *d = gp_bdata(self, &len);
    GpBuf b;
    gp_buf_init(&b);
    size_t col = 0;
    for (size_t i = 0; i < len; i++) {
        if (d[i] == '\t') {
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - col % (size_t)tabsize;
                for (size_t k = 0; k < incr; k++) gp_buf_putc(&b, ' ');
                col += incr;
            }
            continue;
        }
        gp_buf_putc(&b, (char)d[i]);
        col = d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
    }
    if (b.failed) {
        gp_buf_free(&b);
        return gp_raise_memory(t);
    }
    Value r = gp_bmake(t, self, b.data, b.len);
    gp_buf_free(&b);
    return r;
}

GP_METHOD(gp_bytes_m_splitlines) {
    static const char *const names[] = {"keepends"};
    static const GpArgSpec spec = {"splitlines", names, 1, 1, 0, 0};
    Value av[1];
    if (gp_parse_args(t, &spec, a, n, kw, av) < 0) return VNULL;
    int keep = 0;
    if (av[0] && (keep = gp_truthy(t, av[0])) < 0) return VNULL;
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    size_t len, start = 0, i = 0;
    const uint8_t *d = gp_bdata(self, &len);
    while (i < len) {
        size_t br = d[i] == '\n' ? 1 : d[i] == '\r' ? (i + 1 < len && d[i + 1] == '\n' ? 2 : 1) : 0;
        if (!br) {
            i++;
            continue;
        }
        Value piece = gp_bmake(t, self, d + start, (keep ? i + br : i) - start);
        if (!piece || gp_list_append(t, list, piece) < 0) return VNULL;
        d = gp_bdata(self, &len);
        i += br;
        start = i;
    }
    if (start < len) {
        Value piece = start == 0 && v_is_type(self, &gp_bytes_type) ? self : gp_bmake(t, self, d + start, len - start);
        if (!piece || gp_list_append(t, list, piece) < 0) return VNULL;
    }
    return list;
}

/* ---- hex and fromhex */

GP_METHOD(gp_bytes_m_hex) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const GpArgSpec spec = {"hex", names, 2, 2, 0, 0};
    Value av[2];
    if (gp_parse_args(t, &spec, a, n, kw, av) < 0) return VNULL;
    char sep = 0;
    if (av[0]) {
        size_t sn;
        uint32_t c;
        if (gp_is_str(av[0])) {
            sn = gp_str_len(av[0]);
            c = sn == 1 ? gp_str_char_at(av[0], 0) : 0;
        } else if (gp_is_bytes(av[0]) || gp_is_bytearray(av[0])) {
            const uint8_t *sd = gp_bdata(av[0], &sn);
            c = sn == 1 ? sd[0] : 0;
        } else {
            return gp_raise(t, &gp_TypeError, "object of type '%s' has no len()", v_type(av[0])->name);
        }
        if (sn != 1) return gp_raise(t, &gp_ValueError, "sep must be length 1.");
        if (c >= 0x80) return gp_raise(t, &gp_ValueError, "sep must be ASCII.");
        sep = (char)c;
    }
    int64_t group = 1;
    if (av[1]) {
        Value i = gp_index(t, av[1]);
        if (!i) return VNULL;
        if (!gp_int_to_i64(i, &group) || group > INT32_MAX || group < INT32_MIN)
            return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C int");
    }
    size_t len;
    const uint8_t *d = gp_bdata(self, &len);
    static const char hexd[] = "0123456789abcdef";
    GpBuf b;
    gp_buf_init(&b);
    size_t g = group < 0 ? (size_t)-group : (size_t)group;
    for (size_t i = 0; i < len; i++) {
        /* Groups count from the right for a positive bytes_per_sep. */
        if (sep && g && i) {
            size_t pos = group > 0 ? len - i : i;
            if (pos % g == 0) gp_buf_putc(&b, sep);
        }
        gp_buf_putc(&b, hexd[d[i] >> 4]);
        gp_buf_putc(&b, hexd[d[i] & 15]);
    }
    return gp_buf_finish_str(t, &b);
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

GP_METHOD(gp_bytes_m_fromhex) {
    GpType *cls = (GpType *)v_obj(self);
    int is_ba = gp_type_is_subtype(cls, &gp_bytearray_type);
    const char *tname = is_ba ? "bytearray" : "bytes";
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "%s.fromhex() takes no keyword arguments", tname);
    if (n != 1) return gp_raise(t, &gp_TypeError, "%s.fromhex() takes exactly one argument (%zu given)", tname, n);
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "fromhex() argument must be str, not %s", gp_arg_tname(a[0]));
    const char *s = gp_str_data(a[0]);
    size_t sn = gp_str_nbytes(a[0]), pos = 0, ci = 0;
    GpBuf b;
    gp_buf_init(&b);
    while (pos < sn) {
        size_t p = pos;
        uint32_t c = gp_utf8_next(s, &p);
        if (c < 128 && gp_ascii_isspace((unsigned char)c)) {
            pos = p;
            ci++;
            continue;
        }
        int hi = hexval(c), lo = -1;
        size_t bad = ci;
        if (hi >= 0) {
            bad = ci + 1;
            if (p < sn) {
                uint32_t c2 = gp_utf8_next(s, &p);
                lo = hexval(c2);
            }
        }
        if (hi < 0 || lo < 0) {
            gp_buf_free(&b);
            return gp_raise(t, &gp_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", bad);
        }
        gp_buf_putc(&b, (char)(hi << 4 | lo));
        pos = p;
        ci += 2;
    }
    if (b.failed) {
        gp_buf_free(&b);
        return gp_raise_memory(t);
    }
    Value r = is_ba ? gp_bytearray_new(t, b.data, b.len) : gp_bytes_new(t, b.data, b.len);
    gp_buf_free(&b);
    if (!r || cls == &gp_bytes_type || cls == &gp_bytearray_type) return r;
    return gp_call1(t, self, r);
}

/* ---- decode, translate, maketrans */

GP_METHOD(gp_bytes_m_decode) {
    static const char *const names[] = {"encoding", "errors"};
    static const GpArgSpec spec = {"decode", names, 2, 2, 0, 0};
    Value av[2];
    if (gp_parse_args(t, &spec, a, n, kw, av) < 0) return VNULL;
    for (int i = 0; i < 2; i++)
        if (av[i] && !gp_is_str(av[i]))
            return gp_raise(t, &gp_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                            gp_arg_tname(av[i]));
    size_t len;
    const uint8_t *d = gp_bdata(self, &len);
    return gp_str_decode(t, (const char *)d, len, av[0] ? gp_str_data(av[0]) : NULL, av[1] ? gp_str_data(av[1]) : NULL);
}

GP_METHOD(gp_bytes_m_translate) {
    size_t npos = n, nkw = kw ? gp_tuple_len(kw) : 0;
    Value delete_arg = VNULL;
    if (npos < 1)
        return gp_raise(t, &gp_TypeError, "translate() takes at least 1 positional argument (0 given)");
    for (size_t i = 0; i < nkw; i++) {
        Value name = gp_tuple_items(kw)[i];
        if (!gp_str_eq_cstr(name, "delete"))
            return gp_raise(t, &gp_TypeError, "'%U' is an invalid keyword argument for translate()", name);
        delete_arg = a[n + i];
    }
    if (npos + nkw > 2) return gp_raise(t, &gp_TypeError, "translate() takes at most 2 arguments (%zu given)", npos + nkw);
    if (npos == 2) delete_arg = a[1];
    const uint8_t *table = NULL, *del = NULL;
    size_t tn = 0, dn = 0, len;
    if (a[0] != V_NONE) {
        if (gp_barg(t, a[0], &table, &tn) < 0) return VNULL;
        if (tn != 256) return gp_raise(t, &gp_ValueError, "translation table must be 256 characters long");
    }
    if (delete_arg && gp_barg(t, delete_arg, &del, &dn) < 0) return VNULL;
    uint8_t drop[256] = {0};
    for (size_t i = 0; i < dn; i++) drop[del[i]] = 1;
    const uint8_t *d = gp_bdata(self, &len);
    GpBuf b;
    gp_buf_init(&b);
    for (size_t i = 0; i < len; i++)
        if (!drop[d[i]]) gp_buf_putc(&b, (char)(table ? table[d[i]] : d[i]));
    if (b.failed) {
        gp_buf_free(&b);
        return gp_raise_memory(t);
    }
    Value r = gp_bmake(t, self, b.data, b.len);
    gp_buf_free(&b);
    return r;
}

static Value maketrans(GpThread *t, const char *tname, const Value *a, size_t n, Value kw) {
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "%s.maketrans() takes no keyword arguments", tname);
    if (gp_check_nargs(t, "maketrans", n, 2, 2) < 0) return VNULL;
    const uint8_t *f, *to;
    size_t fn, tn;
    if (gp_barg(t, a[0], &f, &fn) < 0 || gp_barg(t, a[1], &to, &tn) < 0) return VNULL;
    if (fn != tn) return gp_raise(t, &gp_ValueError, "maketrans arguments must have same length");
    uint8_t table[256];
    for (int i = 0; i < 256; i++) table[i] = (uint8_t)i;
    for (size_t i = 0; i < fn; i++) table[f[i]] = to[i];
    return gp_bytes_new(t, table, 256);
}

GP_METHOD(gp_bytes_m_maketrans) {
    (void)self;
    return maketrans(t, "bytes", a, n, kw);
}

GP_METHOD(gp_bytearray_m_maketrans) {
    (void)self;
    return maketrans(t, "bytearray", a, n, kw);
}

/* str_pad.c - str methods that lay text out or map its characters:
 * center, ljust, rjust, zfill, expandtabs, maketrans, translate. */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "str.h"
#include "str_internal.h"
#include "tuple.h"

/* self with `left` and `right` copies of fill around it. */
static Value pad(GpThread *t, Value self, size_t left, size_t right, uint32_t fill) {
    if (!left && !right) return gp_str_exact(t, self);
    char f[4];
    size_t fl = gp_utf8_encode(fill, f), nb = gp_str_nbytes(self);
    Value r = gp_str_alloc_n(t, nb + (left + right) * fl, gp_str_len(self) + left + right);
    if (!r) return VNULL;
    char *d = gp_str_obj(r)->data;
    if (fl == 1) {
        memset(d, f[0], left);
        d += left;
    } else {
        for (size_t i = 0; i < left; i++, d += fl) memcpy(d, f, fl);
    }
    memcpy(d, gp_str_data(self), nb);
    d += nb;
    if (fl == 1) memset(d, f[0], right);
    else
        for (size_t i = 0; i < right; i++, d += fl) memcpy(d, f, fl);
    return r;
}

/* (width[, fillchar]) of center, ljust and rjust; returns the padding
 * needed (0 when the string is already wide enough). */
static int pad_args(GpThread *t, const char *qual, const char *fname, Value self, const Value *a, size_t n, Value kw,
                    size_t *marg, uint32_t *fill) {
    if (gp_meth_nokw(t, qual, kw) < 0 || gp_check_nargs(t, fname, n, 1, 2) < 0) return -1;
    int64_t width;
    if (gp_ssize_arg(t, a[0], &width) < 0) return -1;
    *fill = ' ';
    if (n > 1) {
        if (!gp_is_str(a[1]))
            return gp_raise_i(t, &gp_TypeError, "The fill character must be a unicode character, not %s",
                              v_type(a[1])->name);
        if (gp_str_len(a[1]) != 1)
            return gp_raise_i(t, &gp_TypeError, "The fill character must be exactly one character long");
        *fill = gp_str_char_at(a[1], 0);
    }
    int64_t len = (int64_t)gp_str_len(self);
    *marg = width > len ? (size_t)(width - len) : 0;
    return 0;
}

GP_METHOD(gp_str_m_center) {
    size_t marg;
    uint32_t fill;
    if (pad_args(t, "str.center", "center", self, a, n, kw, &marg, &fill) < 0) return VNULL;
    /* CPython's rounding: the odd space goes left when width is odd. */
    int64_t width = (int64_t)(gp_str_len(self) + marg);
    size_t left = marg / 2 + (marg & (size_t)width & 1);
    return pad(t, self, left, marg - left, fill);
}

GP_METHOD(gp_str_m_ljust) {
    size_t marg;
    uint32_t fill;
    if (pad_args(t, "str.ljust", "ljust", self, a, n, kw, &marg, &fill) < 0) return VNULL;
    return pad(t, self, 0, marg, fill);
}

GP_METHOD(gp_str_m_rjust) {
    size_t marg;
    uint32_t fill;
    if (pad_args(t, "str.rjust", "rjust", self, a, n, kw, &marg, &fill) < 0) return VNULL;
    return pad(t, self, marg, 0, fill);
}

GP_METHOD(gp_str_m_zfill) {
    if (gp_meth_nokw(t, "str.zfill", kw) < 0 || gp_check_nargs(t, "str.zfill", n, 1, 1) < 0) return VNULL;
    int64_t width;
    if (gp_ssize_arg(t, a[0], &width) < 0) return VNULL;
    int64_t len = (int64_t)gp_str_len(self);
    if (width <= len) return gp_str_exact(t, self);
    Value r = pad(t, self, (size_t)(width - len), 0, '0');
    if (!r) return VNULL;
    char *d = gp_str_obj(r)->data;
    size_t fill = (size_t)(width - len);
    if (len && (d[fill] == '+' || d[fill] == '-')) {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

GP_METHOD(gp_str_m_expandtabs) {
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
    const char *s = gp_str_data(self);
    size_t nb = gp_str_nbytes(self);
    if (!memchr(s, '\t', nb)) return gp_str_exact(t, self);
    GpBuf b;
    gp_buf_init(&b);
    size_t col = 0;
    for (size_t pos = 0; pos < nb;) {
        size_t start = pos;
        uint32_t c = gp_utf8_next(s, &pos);
        if (c == '\t') {
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - col % (size_t)tabsize;
                for (size_t k = 0; k < incr; k++) gp_buf_putc(&b, ' ');
                col += incr;
            }
            continue;
        }
        gp_buf_put(&b, s + start, pos - start);
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return gp_buf_finish_str(t, &b);
}

/* ---- maketrans / translate */

static int maketrans_key(GpThread *t, Value d, Value key, Value v) {
    if (gp_is_str(key)) {
        if (gp_str_len(key) != 1)
            return gp_raise_i(t, &gp_ValueError, "string keys in translate table must be of length 1");
        key = v_from_small(gp_str_char_at(key, 0));
    } else if (!gp_is_int(key)) {
        return gp_raise_i(t, &gp_TypeError, "keys in translate table must be strings or integers");
    }
    return gp_dict_set(t, d, key, v);
}

GP_METHOD(gp_str_m_maketrans) {
    (void)self;
    if (gp_meth_nokw(t, "str.maketrans", kw) < 0 || gp_check_nargs(t, "maketrans", n, 1, 3) < 0) return VNULL;
    Value d = gp_dict_new(t);
    if (!d) return VNULL;
    if (n == 1) {
        if (!gp_is_dict(a[0]))
            return gp_raise(t, &gp_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value k, v;
        while (gp_dict_next(a[0], &pos, &k, &v))
            if (maketrans_key(t, d, k, v) < 0) return VNULL;
        return d;
    }
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "first maketrans argument must be a string if there is a second argument");
    for (size_t i = 1; i < n; i++)
        if (!gp_is_str(a[i]))
            return gp_raise(t, &gp_TypeError, "maketrans() argument %zu must be str, not %s", i + 1,
                            gp_arg_tname(a[i]));
    if (gp_str_len(a[0]) != gp_str_len(a[1]))
        return gp_raise(t, &gp_ValueError, "the first two maketrans arguments must have equal length");
    const char *x = gp_str_data(a[0]), *y = gp_str_data(a[1]);
    for (size_t px = 0, py = 0; px < gp_str_nbytes(a[0]);) {
        uint32_t cx = gp_utf8_next(x, &px), cy = gp_utf8_next(y, &py);
        if (gp_dict_set(t, d, v_from_small(cx), v_from_small(cy)) < 0) return VNULL;
    }
    if (n > 2) {
        const char *z = gp_str_data(a[2]);
        for (size_t pz = 0; pz < gp_str_nbytes(a[2]);)
            if (gp_dict_set(t, d, v_from_small(gp_utf8_next(z, &pz)), V_NONE) < 0) return VNULL;
    }
    return d;
}

/* table[c]: VNULL with no exception when c is to be kept (the lookup
 * raised LookupError), V_NONE to delete it, else an int or a str. */
static Value translate_lookup(GpThread *t, Value table, uint32_t c) {
    Value r = gp_getitem(t, table, v_from_small(c));
    if (!r) {
        if (gp_exc_matches(t, &gp_LookupError)) gp_exc_clear(t);
        return VNULL;
    }
    if (r == V_NONE || gp_is_str(r)) return r;
    if (gp_is_int(r)) {
        int64_t v;
        if (!gp_int_to_i64(r, &v) || v < 0 || v > 0x10FFFF)
            return gp_raise(t, &gp_ValueError, "character mapping must be in range(0x110000)");
        return v_from_small(v);
    }
    return gp_raise(t, &gp_TypeError, "character mapping must return integer, None or str");
}

static void put_mapping(GpBuf *b, Value m) {
    if (v_is_int(m)) gp_buf_put_utf8(b, (uint32_t)v_int(m));
    else if (m != V_NONE) gp_buf_put(b, gp_str_data(m), gp_str_nbytes(m));
}

GP_METHOD(gp_str_m_translate) {
    if (gp_meth_nokw(t, "str.translate", kw) < 0 || gp_check_nargs(t, "str.translate", n, 1, 1) < 0) return VNULL;
    Value table = a[0];
    const char *s = gp_str_data(self);
    size_t nb = gp_str_nbytes(self);
    /* Each ASCII character is looked up once: V_TRUE marks "keep". */
    Value cache[128] = {0};
    GpBuf b;
    gp_buf_init(&b);
    for (size_t pos = 0; pos < nb;) {
        size_t start = pos;
        uint32_t c = gp_utf8_next(s, &pos);
        Value m = c < 128 ? cache[c] : VNULL;
        if (!m) {
            m = translate_lookup(t, table, c);
            if (!m && t->exc) {
                gp_buf_free(&b);
                return VNULL;
            }
            if (!m) m = V_TRUE;
            if (c < 128) cache[c] = m;
        }
        if (m == V_TRUE) gp_buf_put(&b, s + start, pos - start);
        else put_mapping(&b, m);
    }
    return gp_buf_finish_str(t, &b);
}

/* str_split.c - the methods of str that cut it into pieces or trim it:
 * split, rsplit, splitlines, partition, rpartition, join, strip, lstrip,
 * rstrip. Pieces are copied out of the UTF-8 bytes with memcpy. */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "list.h"
#include "str.h"
#include "str_internal.h"
#include "str_search.h"
#include "tuple.h"

/* The code point at byte offset *pos, and the offset after it. */
static uint32_t next_cp(const char *d, size_t *pos) { return gp_utf8_next(d, pos); }

/* The code point that ends just before byte offset *pos; moves *pos back. */
static uint32_t prev_cp(const char *d, size_t *pos) {
    size_t p = *pos - 1;
    while (p > 0 && ((unsigned char)d[p] & 0xC0) == 0x80) p--;
    size_t q = p;
    *pos = p;
    return gp_utf8_next(d, &q);
}

static int push(GpThread *t, Value list, Value self, size_t lo, size_t hi) {
    Value piece = gp_str_substr(t, self, lo, hi);
    return piece ? gp_list_append(t, list, piece) : -1;
}

static int split_args(GpThread *t, const char *fname, const Value *a, size_t n, Value kw, Value *sep,
                      int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    GpArgSpec spec = {fname, names, 2, 2, 0, 0};
    Value av[2];
    if (gp_parse_args(t, &spec, a, n, kw, av) < 0) return -1;
    *sep = av[0] && av[0] != V_NONE ? av[0] : VNULL;
    *maxsplit = -1;
    if (av[1] && gp_ssize_arg(t, av[1], maxsplit) < 0) return -1;
    if (*sep) {
        if (!gp_is_str(*sep)) return gp_raise_i(t, &gp_TypeError, "must be str or None, not %s", v_type(*sep)->name);
        if (gp_str_nbytes(*sep) == 0) return gp_raise_i(t, &gp_ValueError, "empty separator");
    }
    return 0;
}

static Value split_whitespace(GpThread *t, Value self, size_t maxsplit) {
    const char *d = gp_str_data(self);
    size_t n = gp_str_nbytes(self), pos = 0;
    int ascii = gp_str_obj(self)->ascii;
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    for (;;) {
        /* Skip whitespace; stop at the end. */
        while (pos < n) {
            size_t p = pos;
            uint32_t c = ascii ? (unsigned char)d[p++] : next_cp(d, &p);
            if (!gp_str_isspace_cp(c)) break;
            pos = p;
        }
        if (pos >= n) break;
        if (maxsplit == 0) {
            /* The rest, trailing whitespace included, as CPython. */
            if (push(t, list, self, pos, n) < 0) return VNULL;
            break;
        }
        size_t wstart = pos;
        while (pos < n) {
            size_t p = pos;
            uint32_t c = ascii ? (unsigned char)d[p++] : next_cp(d, &p);
            if (gp_str_isspace_cp(c)) break;
            pos = p;
        }
        if (push(t, list, self, wstart, pos) < 0) return VNULL;
        maxsplit--;
    }
    return list;
}

static Value rsplit_whitespace(GpThread *t, Value self, size_t maxsplit) {
    const char *d = gp_str_data(self);
    size_t pos = gp_str_nbytes(self);
    int ascii = gp_str_obj(self)->ascii;
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    for (;;) {
        while (pos > 0) {
            size_t p = pos;
            uint32_t c = ascii ? (unsigned char)d[--p] : prev_cp(d, &p);
            if (!gp_str_isspace_cp(c)) break;
            pos = p;
        }
        if (pos == 0) break;
        if (maxsplit == 0) {
            if (push(t, list, self, 0, pos) < 0) return VNULL;
            break;
        }
        size_t wend = pos;
        while (pos > 0) {
            size_t p = pos;
            uint32_t c = ascii ? (unsigned char)d[--p] : prev_cp(d, &p);
            if (gp_str_isspace_cp(c)) break;
            pos = p;
        }
        if (push(t, list, self, pos, wend) < 0) return VNULL;
        maxsplit--;
    }
    GpList *l = gp_list_obj(list);
    for (size_t i = 0, j = l->n; i + 1 < j; i++, j--) {
        Value x = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = x;
    }
    return list;
}

GP_METHOD(gp_str_m_split) {
    Value sep;
    int64_t maxsplit;
    if (split_args(t, "split", a, n, kw, &sep, &maxsplit) < 0) return VNULL;
    size_t maxs = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
    if (!sep) return split_whitespace(t, self, maxs);
    const char *d = gp_str_data(self), *sd = gp_str_data(sep);
    size_t len = gp_str_nbytes(self), m = gp_str_nbytes(sep), pos = 0;
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    while (maxs > 0) {
        int64_t r = gp_bfind(d + pos, len - pos, sd, m);
        if (r < 0) break;
        if (push(t, list, self, pos, pos + (size_t)r) < 0) return VNULL;
        pos += (size_t)r + m;
        maxs--;
    }
    if (push(t, list, self, pos, len) < 0) return VNULL;
    return list;
}

GP_METHOD(gp_str_m_rsplit) {
    Value sep;
    int64_t maxsplit;
    if (split_args(t, "rsplit", a, n, kw, &sep, &maxsplit) < 0) return VNULL;
    size_t maxs = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
    if (!sep) return rsplit_whitespace(t, self, maxs);
    const char *d = gp_str_data(self), *sd = gp_str_data(sep);
    size_t m = gp_str_nbytes(sep), end = gp_str_nbytes(self);
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    while (maxs > 0) {
        int64_t r = gp_brfind(d, end, sd, m);
        if (r < 0) break;
        if (push(t, list, self, (size_t)r + m, end) < 0) return VNULL;
        end = (size_t)r;
        maxs--;
    }
    if (push(t, list, self, 0, end) < 0) return VNULL;
    GpList *l = gp_list_obj(list);
    for (size_t i = 0, j = l->n; i + 1 < j; i++, j--) {
        Value x = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = x;
    }
    return list;
}

/* Line boundaries of str.splitlines: \n \r \r\n \v \f \x1c \x1d \x1e
 * \x85 \u2028 \u2029. Returns the boundary's length in bytes at pos, 0 if
 * none starts there. */
static size_t line_break(const char *d, size_t n, size_t pos) {
    unsigned char c = (unsigned char)d[pos];
    switch (c) {
    case '\n': case '\v': case '\f': case 0x1C: case 0x1D: case 0x1E: return 1;
    case '\r': return pos + 1 < n && d[pos + 1] == '\n' ? 2 : 1;
    case 0xC2: return pos + 1 < n && (unsigned char)d[pos + 1] == 0x85 ? 2 : 0;
    case 0xE2:
        return pos + 2 < n && (unsigned char)d[pos + 1] == 0x80 &&
                       ((unsigned char)d[pos + 2] == 0xA8 || (unsigned char)d[pos + 2] == 0xA9)
                   ? 3
                   : 0;
    default: return 0;
    }
}

GP_METHOD(gp_str_m_splitlines) {
    static const char *const names[] = {"keepends"};
    static const GpArgSpec spec = {"splitlines", names, 1, 1, 0, 0};
    Value av[1];
    if (gp_parse_args(t, &spec, a, n, kw, av) < 0) return VNULL;
    int keep = 0;
    if (av[0] && (keep = gp_truthy(t, av[0])) < 0) return VNULL;
    const char *d = gp_str_data(self);
    size_t len = gp_str_nbytes(self), start = 0, pos = 0;
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    while (pos < len) {
        size_t br = line_break(d, len, pos);
        if (!br) {
            pos++;
            continue;
        }
        if (push(t, list, self, start, keep ? pos + br : pos) < 0) return VNULL;
        pos += br;
        start = pos;
    }
    if (start < len && push(t, list, self, start, len) < 0) return VNULL;
    return list;
}

static Value partition(GpThread *t, const char *qual, Value self, const Value *a, size_t n, Value kw, int dir) {
    if (gp_meth_nokw(t, qual, kw) < 0 || gp_check_nargs(t, qual, n, 1, 1) < 0) return VNULL;
    Value sep = a[0];
    if (gp_str_expect(t, sep, "") < 0) return VNULL;
    if (gp_str_nbytes(sep) == 0) return gp_raise(t, &gp_ValueError, "empty separator");
    const char *d = gp_str_data(self);
    size_t len = gp_str_nbytes(self), m = gp_str_nbytes(sep);
    int64_t r = dir > 0 ? gp_bfind(d, len, gp_str_data(sep), m) : gp_brfind(d, len, gp_str_data(sep), m);
    Value empty = gp_str_new(t, "", 0), whole = gp_str_exact(t, self);
    if (!empty || !whole) return VNULL;
    if (r < 0) return dir > 0 ? gp_tuple_pack(t, 3, whole, empty, empty) : gp_tuple_pack(t, 3, empty, empty, whole);
    Value head = gp_str_substr(t, self, 0, (size_t)r);
    Value tail = head ? gp_str_substr(t, self, (size_t)r + m, len) : VNULL;
    Value mid = gp_str_exact(t, sep);
    if (!tail || !mid) return VNULL;
    return gp_tuple_pack(t, 3, head, mid, tail);
}

GP_METHOD(gp_str_m_partition) { return partition(t, "str.partition", self, a, n, kw, 1); }
GP_METHOD(gp_str_m_rpartition) { return partition(t, "str.rpartition", self, a, n, kw, -1); }

GP_METHOD(gp_str_m_join) {
    if (gp_meth_nokw(t, "str.join", kw) < 0 || gp_check_nargs(t, "str.join", n, 1, 1) < 0) return VNULL;
    GpType *type = v_type(a[0]);
    if (!type->iter && !type->getitem) return gp_raise(t, &gp_TypeError, "can only join an iterable");
    return gp_str_join(t, self, a[0]);
}

/* strip family: which = 1 left, 2 right, 3 both. Without chars (or with
 * None) whitespace is stripped; otherwise any code point of chars. */
static int in_chars(uint32_t c, Value chars) {
    if (!chars) return gp_str_isspace_cp(c);
    const char *d = gp_str_data(chars);
    size_t n = gp_str_nbytes(chars);
    if (c < 0x80) return memchr(d, (int)c, n) != NULL;
    for (size_t pos = 0; pos < n;)
        if (gp_utf8_next(d, &pos) == c) return 1;
    return 0;
}

static Value strip(GpThread *t, const char *qual, const char *fname, Value self, const Value *a, size_t n, Value kw,
                   int which) {
    if (gp_meth_nokw(t, qual, kw) < 0 || gp_check_nargs(t, fname, n, 0, 1) < 0) return VNULL;
    Value chars = n && a[0] != V_NONE ? a[0] : VNULL;
    if (chars && !gp_is_str(chars)) return gp_raise(t, &gp_TypeError, "%s arg must be None or str", fname);
    const char *d = gp_str_data(self);
    size_t lo = 0, hi = gp_str_nbytes(self);
    int ascii = gp_str_obj(self)->ascii;
    if (which & 1) {
        while (lo < hi) {
            size_t p = lo;
            uint32_t c = ascii ? (unsigned char)d[p++] : next_cp(d, &p);
            if (!in_chars(c, chars)) break;
            lo = p;
        }
    }
    if (which & 2) {
        while (hi > lo) {
            size_t p = hi;
            uint32_t c = ascii ? (unsigned char)d[--p] : prev_cp(d, &p);
            if (!in_chars(c, chars)) break;
            hi = p;
        }
    }
    if (lo == 0 && hi == gp_str_nbytes(self)) return gp_str_exact(t, self);
    return gp_str_substr(t, self, lo, hi);
}

GP_METHOD(gp_str_m_strip) { return strip(t, "str.strip", "strip", self, a, n, kw, 3); }
GP_METHOD(gp_str_m_lstrip) { return strip(t, "str.lstrip", "lstrip", self, a, n, kw, 1); }
GP_METHOD(gp_str_m_rstrip) { return strip(t, "str.rstrip", "rstrip", self, a, n, kw, 2); }

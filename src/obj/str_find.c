/* str_find.c - the searching methods of str: find, rfind, index, rindex,
 * count, startswith, endswith, replace, removeprefix, removesuffix.
 * All search the UTF-8 bytes (str_search.h) and convert offsets between
 * bytes and characters only at the edges. */
#include <stdio.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "int.h"
#include "str.h"
#include "str_internal.h"
#include "str_search.h"
#include "tuple.h"

/* (sub[, start[, end]]) for find, rfind, index, rindex and count. */
static int sub_args(GpThread *t, const char *fname, const Value *a, size_t n, Value kw, Value *sub, int64_t *start,
                    int64_t *end) {
    if (kw && gp_tuple_len(kw)) return gp_raise_i(t, &gp_TypeError, "str.%s() takes no keyword arguments", fname);
    if (gp_meth_nargs_range(t, fname, n, 1, 3) < 0) return -1;
    if (gp_str_expect(t, a[0], "") < 0) return -1;
    *sub = a[0];
    *start = 0;
    *end = INT64_MAX;
    if (n > 1 && gp_slice_index_arg(t, a[1], start) < 0) return -1;
    if (n > 2 && gp_slice_index_arg(t, a[2], end) < 0) return -1;
    return 0;
}

/* The character index of the first (dir > 0) or last match, or -1. */
static int64_t find_impl(Value self, Value sub, int64_t start, int64_t end, int dir) {
    int64_t len = (int64_t)gp_str_len(self);
    gp_adjust_indices(&start, &end, len);
    if (end - start < (int64_t)gp_str_len(sub)) return -1;
    size_t lo = gp_str_byte_offset(self, (size_t)start), hi = gp_str_byte_offset(self, (size_t)end);
    const char *d = gp_str_data(self);
    int64_t r = dir > 0 ? gp_bfind(d + lo, hi - lo, gp_str_data(sub), gp_str_nbytes(sub))
                        : gp_brfind(d + lo, hi - lo, gp_str_data(sub), gp_str_nbytes(sub));
    if (r < 0) return -1;
    if (gp_str_obj(self)->ascii) return start + r;
    return start + (int64_t)gp_utf8_count(d + lo, (size_t)r);
}

static Value find_method(GpThread *t, const char *fname, Value self, const Value *a, size_t n, Value kw, int dir,
                         int raise) {
    Value sub;
    int64_t start, end;
    if (sub_args(t, fname, a, n, kw, &sub, &start, &end) < 0) return VNULL;
    int64_t r = find_impl(self, sub, start, end, dir);
    if (r < 0 && raise) return gp_raise(t, &gp_ValueError, "substring not found");
    return gp_int_from_i64(t, r);
}

GP_METHOD(gp_str_m_find) { return find_method(t, "find", self, a, n, kw, 1, 0); }
GP_METHOD(gp_str_m_rfind) { return find_method(t, "rfind", self, a, n, kw, -1, 0); }
GP_METHOD(gp_str_m_index) { return find_method(t, "index", self, a, n, kw, 1, 1); }
GP_METHOD(gp_str_m_rindex) { return find_method(t, "rindex", self, a, n, kw, -1, 1); }

GP_METHOD(gp_str_m_count) {
    Value sub;
    int64_t start, end;
    if (sub_args(t, "count", a, n, kw, &sub, &start, &end) < 0) return VNULL;
    int64_t len = (int64_t)gp_str_len(self);
    gp_adjust_indices(&start, &end, len);
    if (end - start < (int64_t)gp_str_len(sub)) return v_from_small(0);
    if (gp_str_nbytes(sub) == 0) return gp_int_from_i64(t, end - start + 1);
    size_t lo = gp_str_byte_offset(self, (size_t)start), hi = gp_str_byte_offset(self, (size_t)end);
    size_t c = gp_bcount(gp_str_data(self) + lo, hi - lo, gp_str_data(sub), gp_str_nbytes(sub), SIZE_MAX);
    return gp_int_from_i64(t, (int64_t)c);
}

/* CPython's tailmatch: does sub occur at the start (dir < 0) or the end
 * (dir > 0) of self[start:end]? */
static int tailmatch(Value self, Value sub, int64_t start, int64_t end, int dir) {
    int64_t len = (int64_t)gp_str_len(self), sublen = (int64_t)gp_str_len(sub);
    gp_adjust_indices(&start, &end, len);
    end -= sublen;
    if (end < start) return 0;
    if (sublen == 0) return 1;
    size_t off = gp_str_byte_offset(self, (size_t)(dir < 0 ? start : end));
    size_t m = gp_str_nbytes(sub);
    if (off + m > gp_str_nbytes(self)) return 0;
    return memcmp(gp_str_data(self) + off, gp_str_data(sub), m) == 0;
}

static Value startsend(GpThread *t, const char *fname, Value self, const Value *a, size_t n, Value kw, int dir) {
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "str.%s() takes no keyword arguments", fname);
    if (gp_meth_nargs_range(t, fname, n, 1, 3) < 0) return VNULL;
    int64_t start = 0, end = INT64_MAX;
    if (n > 1 && gp_slice_index_arg(t, a[1], &start) < 0) return VNULL;
    if (n > 2 && gp_slice_index_arg(t, a[2], &end) < 0) return VNULL;
    if (gp_is_tuple(a[0])) {
        for (size_t i = 0; i < gp_tuple_len(a[0]); i++) {
            Value s = gp_tuple_items(a[0])[i];
            if (!gp_is_str(s))
                return gp_raise(t, &gp_TypeError, "tuple for %s must only contain str, not %s", fname,
                                v_type(s)->name);
            if (tailmatch(self, s, start, end, dir)) return V_TRUE;
        }
        return V_FALSE;
    }
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "%s first arg must be str or a tuple of str, not %s", fname,
                        v_type(a[0])->name);
    return v_bool(tailmatch(self, a[0], start, end, dir));
}

GP_METHOD(gp_str_m_startswith) { return startsend(t, "startswith", self, a, n, kw, -1); }
GP_METHOD(gp_str_m_endswith) { return startsend(t, "endswith", self, a, n, kw, 1); }

/* An empty `old` inserts `new` before every character and at the end, up
 * to maxcount times. */
static Value replace_empty(GpThread *t, Value self, Value new_, size_t maxcount) {
    GpStr *s = gp_str_obj(self);
    size_t k = s->nchars + 1 < maxcount ? s->nchars + 1 : maxcount;
    size_t nn = gp_str_nbytes(new_);
    if ((SIZE_MAX - s->nbytes) / (nn ? nn : 1) < k) return gp_raise(t, &gp_OverflowError, "replace string is too long");
    Value r = gp_str_alloc_n(t, s->nbytes + k * nn, s->nchars + k * gp_str_len(new_));
    if (!r) return VNULL;
    char *d = gp_str_obj(r)->data;
    size_t pos = 0;
    for (size_t i = 0; i < k; i++) {
        memcpy(d, gp_str_data(new_), nn);
        d += nn;
        if (pos < s->nbytes) {
            size_t next = pos;
            gp_utf8_next(s->data, &next);
            memcpy(d, s->data + pos, next - pos);
            d += next - pos;
            pos = next;
        }
    }
    memcpy(d, s->data + pos, s->nbytes - pos);
    return r;
}

GP_METHOD(gp_str_m_replace) {
    if (gp_meth_nokw(t, "str.replace", kw) < 0 || gp_check_nargs(t, "replace", n, 2, 3) < 0) return VNULL;
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "replace() argument 1 must be str, not %s", gp_arg_tname(a[0]));
    if (!gp_is_str(a[1]))
        return gp_raise(t, &gp_TypeError, "replace() argument 2 must be str, not %s", gp_arg_tname(a[1]));
    int64_t count = -1;
    if (n > 2 && gp_ssize_arg(t, a[2], &count) < 0) return VNULL;
    size_t maxcount = count < 0 ? SIZE_MAX : (size_t)count;
    Value old = a[0], new_ = a[1];
    if (maxcount == 0) return gp_str_exact(t, self);
    size_t on = gp_str_nbytes(old), nn = gp_str_nbytes(new_), sn = gp_str_nbytes(self);
    if (on == 0) return replace_empty(t, self, new_, maxcount);
    const char *sd = gp_str_data(self), *od = gp_str_data(old), *nd = gp_str_data(new_);
    size_t k = gp_bcount(sd, sn, od, on, maxcount);
    if (k == 0) return gp_str_exact(t, self);
    if (nn > on && (nn - on) > (SIZE_MAX - sn) / k) return gp_raise(t, &gp_OverflowError, "replace string is too long");
    size_t total = sn - k * on + k * nn;
    size_t chars = gp_str_len(self) - k * gp_str_len(old) + k * gp_str_len(new_);
    Value r = gp_str_alloc_n(t, total, chars);
    if (!r) return VNULL;
    char *d = gp_str_obj(r)->data;
    size_t pos = 0;
    for (size_t i = 0; i < k; i++) {
        size_t at = pos + (size_t)gp_bfind(sd + pos, sn - pos, od, on);
        memcpy(d, sd + pos, at - pos);
        d += at - pos;
        memcpy(d, nd, nn);
        d += nn;
        pos = at + on;
    }
    memcpy(d, sd + pos, sn - pos);
    return r;
}

static Value remove_affix(GpThread *t, const char *fname, Value self, const Value *a, size_t n, Value kw, int suffix) {
    char qual[32];
    snprintf(qual, sizeof qual, "str.%s", fname);
    if (gp_meth_nokw(t, qual, kw) < 0 || gp_check_nargs(t, qual, n, 1, 1) < 0) return VNULL;
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "%s() argument must be str, not %s", fname, gp_arg_tname(a[0]));
    size_t sn = gp_str_nbytes(self), an = gp_str_nbytes(a[0]);
    const char *sd = gp_str_data(self);
    if (an && an <= sn && memcmp(suffix ? sd + sn - an : sd, gp_str_data(a[0]), an) == 0)
        return suffix ? gp_str_substr(t, self, 0, sn - an) : gp_str_substr(t, self, an, sn);
    return gp_str_exact(t, self);
}

GP_METHOD(gp_str_m_removeprefix) { return remove_affix(t, "removeprefix", self, a, n, kw, 0); }
GP_METHOD(gp_str_m_removesuffix) { return remove_affix(t, "removesuffix", self, a, n, kw, 1); }

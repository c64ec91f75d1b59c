/* bytes_find.c - searching and cutting methods shared by bytes and
 * bytearray: find, rfind, index, rindex, count, startswith, endswith,
 * split, rsplit, join, strip family, replace, partition, rpartition,
 * removeprefix, removesuffix, and `in`. */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bytes_internal.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "str_search.h"
#include "tuple.h"

/* The needle of find() and friends: an int byte or a bytes-like object.
 * buf receives the single byte. */
static int needle_arg(GpThread *t, Value v, uint8_t *buf, const uint8_t **d, size_t *n) {
    if (gp_is_bytes(v) || gp_is_bytearray(v)) {
        *d = gp_bdata(v, n);
        return 0;
    }
    if (!gp_is_int(v) && !v_type(v)->index)
        return gp_raise_i(t, &gp_TypeError, "argument should be integer or bytes-like object, not '%s'",
                          v_type(v)->name);
    if (gp_byte_value(t, v, buf) < 0) return -1;
    *d = buf;
    *n = 1;
    return 0;
}

static int sub_args(GpThread *t, Value self, const char *fname, const Value *a, size_t n, Value kw, uint8_t *buf,
                    const uint8_t **sd, size_t *sn, int64_t *start, int64_t *end) {
    if (gp_bnokw(t, self, fname, kw) < 0) return -1;
    if (gp_meth_nargs_range(t, fname, n, 1, 3) < 0) return -1;
    if (needle_arg(t, a[0], buf, sd, sn) < 0) return -1;
    *start = 0;
    *end = INT64_MAX;
    if (n > 1 && gp_slice_index_arg(t, a[1], start) < 0) return -1;
    if (n > 2 && gp_slice_index_arg(t, a[2], end) < 0) return -1;
    return 0;
}

static Value find_method(GpThread *t, const char *fname, Value self, const Value *a, size_t n, Value kw, int dir,
                         int raise) {
    uint8_t buf;
    const uint8_t *sd;
    size_t sn, len;
    int64_t start, end;
    if (sub_args(t, self, fname, a, n, kw, &buf, &sd, &sn, &start, &end) < 0) return VNULL;
    const uint8_t *d = gp_bdata(self, &len);
    gp_adjust_indices(&start, &end, (int64_t)len);
    int64_t r = -1;
    if (end - start >= (int64_t)sn) {
        r = dir > 0 ? gp_bfind((const char *)d + start, (size_t)(end - start), (const char *)sd, sn)
                    : gp_brfind((const char *)d + start, (size_t)(end - start), (const char *)sd, sn);
        if (r >= 0) r += start;
    }
    if (r < 0 && raise) return gp_raise(t, &gp_ValueError, "subsection not found");
    return gp_int_from_i64(t, r);
}

GP_METHOD(gp_bytes_m_find) { return find_method(t, "find", self, a, n, kw, 1, 0); }
GP_METHOD(gp_bytes_m_rfind) { return find_method(t, "rfind", self, a, n, kw, -1, 0); }
GP_METHOD(gp_bytes_m_index) { return find_method(t, "index", self, a, n, kw, 1, 1); }
GP_METHOD(gp_bytes_m_rindex) { return find_method(t, "rindex", self, a, n, kw, -1, 1); }

GP_METHOD(gp_bytes_m_count) {
    uint8_t buf;
    const uint8_t *sd;
    size_t sn, len;
    int64_t start, end;
    if (sub_args(t, self, "count", a, n, kw, &buf, &sd, &sn, &start, &end) < 0) return VNULL;
    const uint8_t *d = gp_bdata(self, &len);
    gp_adjust_indices(&start, &end, (int64_t)len);
    if (end - start < (int64_t)sn) return v_from_small(0);
    size_t c = gp_bcount((const char *)d + start, (size_t)(end - start), (const char *)sd, sn, SIZE_MAX);
    return gp_int_from_i64(t, (int64_t)c);
}

int gp_bytes_contains(GpThread *t, Value self, Value item) {
    size_t len, sn;
    const uint8_t *sd;
    uint8_t byte;
    if (gp_is_int(item) || v_type(item)->index) {
        if (gp_byte_value(t, item, &byte) < 0) return -1;
        sd = &byte;
        sn = 1;
    } else if (gp_barg(t, item, &sd, &sn) < 0) {
        return -1;
    }
    const uint8_t *d = gp_bdata(self, &len);
    return gp_bfind((const char *)d, len, (const char *)sd, sn) >= 0;
}

static int tailmatch(Value self, const uint8_t *sd, size_t sn, int64_t start, int64_t end, int dir) {
    size_t len;
    const uint8_t *d = gp_bdata(self, &len);
    gp_adjust_indices(&start, &end, (int64_t)len);
    end -= (int64_t)sn;
    if (end < start) return 0;
    if (sn == 0) return 1;
    return memcmp(d + (dir < 0 ? start : end), sd, sn) == 0;
}

static Value startsend(GpThread *t, const char *fname, Value self, const Value *a, size_t n, Value kw, int dir) {
    if (gp_bnokw(t, self, fname, kw) < 0 || gp_meth_nargs_range(t, fname, n, 1, 3) < 0) return VNULL;
    int64_t start = 0, end = INT64_MAX;
    if (n > 1 && gp_slice_index_arg(t, a[1], &start) < 0) return VNULL;
    if (n > 2 && gp_slice_index_arg(t, a[2], &end) < 0) return VNULL;
    const uint8_t *sd;
    size_t sn;
    if (gp_is_tuple(a[0])) {
        for (size_t i = 0; i < gp_tuple_len(a[0]); i++) {
            if (gp_barg(t, gp_tuple_items(a[0])[i], &sd, &sn) < 0) return VNULL;
            if (tailmatch(self, sd, sn, start, end, dir)) return V_TRUE;
        }
        return V_FALSE;
    }
    if (!gp_is_bytes(a[0]) && !gp_is_bytearray(a[0]))
        return gp_raise(t, &gp_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                        v_type(a[0])->name);
    sd = gp_bdata(a[0], &sn);
    return v_bool(tailmatch(self, sd, sn, start, end, dir));
}

GP_METHOD(gp_bytes_m_startswith) { return startsend(t, "startswith", self, a, n, kw, -1); }
GP_METHOD(gp_bytes_m_endswith) { return startsend(t, "endswith", self, a, n, kw, 1); }

/* ---- split */

static int push(GpThread *t, Value list, Value self, size_t lo, size_t hi) {
    size_t len;
    const uint8_t *d = gp_bdata(self, &len);
    Value piece = lo == 0 && hi == len && v_is_type(self, &gp_bytes_type) ? self : gp_bmake(t, self, d + lo, hi - lo);
    return piece ? gp_list_append(t, list, piece) : -1;
}

static void reverse_list(Value list) {
    GpList *l = gp_list_obj(list);
    for (size_t i = 0, j = l->n; i + 1 < j; i++, j--) {
        Value x = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = x;
    }
}

static int split_args(GpThread *t, const char *fname, const Value *a, size_t n, Value kw, const uint8_t **sd,
                      size_t *sn, size_t *maxs) {
    static const char *const names[] = {"sep", "maxsplit"};
    GpArgSpec spec = {fname, names, 2, 2, 0, 0};
    Value av[2];
    if (gp_parse_args(t, &spec, a, n, kw, av) < 0) return -1;
    int64_t maxsplit = -1;
    if (av[1] && gp_ssize_arg(t, av[1], &maxsplit) < 0) return -1;
    *maxs = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
    *sd = NULL;
    if (av[0] && av[0] != V_NONE) {
        if (gp_barg(t, av[0], sd, sn) < 0) return -1;
        if (*sn == 0) return gp_raise_i(t, &gp_ValueError, "empty separator");
    }
    return 0;
}

GP_METHOD(gp_bytes_m_split) {
    const uint8_t *sd;
    size_t sn, maxs, len;
    if (split_args(t, "split", a, n, kw, &sd, &sn, &maxs) < 0) return VNULL;
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    const uint8_t *d = gp_bdata(self, &len);
    size_t pos = 0;
    if (!sd) {
        for (;;) {
            while (pos < len && gp_ascii_isspace(d[pos])) pos++;
            if (pos >= len) break;
            size_t end = pos;
            if (maxs == 0) {
                end = len;
            } else {
                while (end < len && !gp_ascii_isspace(d[end])) end++;
            }
            if (push(t, list, self, pos, end) < 0) return VNULL;
            d = gp_bdata(self, &len);
            if (maxs == 0) break;
            maxs--;
            pos = end;
        }
        return list;
    }
    while (maxs > 0) {
        int64_t r = gp_bfind((const char *)d + pos, len - pos, (const char *)sd, sn);
        if (r < 0) break;
        if (push(t, list, self, pos, pos + (size_t)r) < 0) return VNULL;
        pos += (size_t)r + sn;
        maxs--;
    }
    return push(t, list, self, pos, len) < 0 ? VNULL : list;
}

GP_METHOD(gp_bytes_m_rsplit) {
    const uint8_t *sd;
    size_t sn, maxs, len;
    if (split_args(t, "rsplit", a, n, kw, &sd, &sn, &maxs) < 0) return VNULL;
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    const uint8_t *d = gp_bdata(self, &len);
    size_t end = len;
    if (!sd) {
        for (;;) {
            while (end > 0 && gp_ascii_isspace(d[end - 1])) end--;
            if (end == 0) break;
            size_t start = end;
            if (maxs == 0) {
                start = 0;
            } else {
                while (start > 0 && !gp_ascii_isspace(d[start - 1])) start--;
            }
            if (push(t, list, self, start, end) < 0) return VNULL;
            d = gp_bdata(self, &len);
            if (maxs == 0) break;
            maxs--;
            end = start;
        }
        reverse_list(list);
        return list;
    }
    while (maxs > 0) {
        int64_t r = gp_brfind((const char *)d, end, (const char *)sd, sn);
        if (r < 0) break;
        if (push(t, list, self, (size_t)r + sn, end) < 0) return VNULL;
        end = (size_t)r;
        maxs--;
    }
    if (push(t, list, self, 0, end) < 0) return VNULL;
    reverse_list(list);
    return list;
}

GP_METHOD(gp_bytes_m_join) {
    if (gp_bnokw(t, self, "join", kw) < 0) return VNULL;
    if (n != 1)
        return gp_raise(t, &gp_TypeError, "%s.join() takes exactly one argument (%zu given)", gp_bname(self), n);
    GpType *tp = v_type(a[0]);
    if (!tp->iter && !tp->getitem) return gp_raise(t, &gp_TypeError, "can only join an iterable");
    Value items = gp_sequence_tuple(t, a[0]);
    if (!items) return VNULL;
    size_t k = gp_tuple_len(items), total = 0, sn;
    Value *it = gp_tuple_items(items);
    for (size_t i = 0; i < k; i++) {
        if (!gp_is_bytes(it[i]) && !gp_is_bytearray(it[i]))
            return gp_raise(t, &gp_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                            v_type(it[i])->name);
        size_t m;
        gp_bdata(it[i], &m);
        total += m;
    }
    gp_bdata(self, &sn);
    if (k == 1 && v_is_type(it[0], &gp_bytes_type) && v_is_type(self, &gp_bytes_type)) return it[0];
    if (k > 1) total += sn * (k - 1);
    Value r = gp_bmake(t, self, NULL, total);
    if (!r) return VNULL;
    size_t rn;
    uint8_t *o = (uint8_t *)gp_bdata(r, &rn);
    const uint8_t *sd = gp_bdata(self, &sn);
    for (size_t i = 0; i < k; i++) {
        if (i) {
            memcpy(o, sd, sn);
            o += sn;
        }
        size_t m;
        const uint8_t *md = gp_bdata(it[i], &m);
        memcpy(o, md, m);
        o += m;
    }
    return r;
}

/* ---- strip */

static Value strip(GpThread *t, const char *fname, Value self, const Value *a, size_t n, Value kw, int which) {
    if (gp_bnokw(t, self, fname, kw) < 0 || gp_check_nargs(t, fname, n, 0, 1) < 0) return VNULL;
    const uint8_t *chars = NULL;
    size_t nchars = 0, len;
    if (n && a[0] != V_NONE && gp_barg(t, a[0], &chars, &nchars) < 0) return VNULL;
    const uint8_t *d = gp_bdata(self, &len);
    size_t lo = 0, hi = len;
    if (which & 1)
        while (lo < hi && (chars ? memchr(chars, d[lo], nchars) != NULL : gp_ascii_isspace(d[lo]))) lo++;
    if (which & 2)
        while (hi > lo && (chars ? memchr(chars, d[hi - 1], nchars) != NULL : gp_ascii_isspace(d[hi - 1]))) hi--;
    if (lo == 0 && hi == len) return gp_bsame(t, self);
    return gp_bmake(t, self, d + lo, hi - lo);
}

GP_METHOD(gp_bytes_m_strip) { return strip(t, "strip", self, a, n, kw, 3); }
GP_METHOD(gp_bytes_m_lstrip) { return strip(t, "lstrip", self, a, n, kw, 1); }
GP_METHOD(gp_bytes_m_rstrip) { return strip(t, "rstrip", self, a, n, kw, 2); }

/* ---- replace */

GP_METHOD(gp_bytes_m_replace) {
    if (gp_bnokw(t, self, "replace", kw) < 0 || gp_check_nargs(t, "replace", n, 2, 3) < 0) return VNULL;
    const uint8_t *od, *nd;
    size_t on, nn, len;
    if (gp_barg(t, a[0], &od, &on) < 0 || gp_barg(t, a[1], &nd, &nn) < 0) return VNULL;
    int64_t count = -1;
    if (n > 2 && gp_ssize_arg(t, a[2], &count) < 0) return VNULL;
    size_t maxcount = count < 0 ? SIZE_MAX : (size_t)count;
    const uint8_t *d = gp_bdata(self, &len);
    size_t k = maxcount == 0 ? 0 : gp_bcount((const char *)d, len, (const char *)od, on, maxcount);
    if (k == 0) return gp_bsame(t, self);
    if (nn > on && (nn - on) > (SIZE_MAX / 2 - len) / k) return gp_raise(t, &gp_OverflowError, "replace bytes is too long");
    GpBuf b;
    gp_buf_init(&b);
    size_t pos = 0;
    for (size_t i = 0; i < k; i++) {
        size_t at;
        if (on == 0) {
            at = pos;
        } else {
            at = pos + (size_t)gp_bfind((const char *)d + pos, len - pos, (const char *)od, on);
        }
        gp_buf_put(&b, (const char *)d + pos, at - pos);
        gp_buf_put(&b, (const char *)nd, nn);
        if (on == 0) {
            if (at < len) gp_buf_putc(&b, (char)d[at]);
            pos = at + 1;
        } else {
            pos = at + on;
        }
    }
    if (pos < len) gp_buf_put(&b, (const char *)d + pos, len - pos);
    if (b.failed) {
        gp_buf_free(&b);
        return gp_raise_memory(t);
    }
    Value r = gp_bmake(t, self, b.data, b.len);
    gp_buf_free(&b);
    return r;
}

/* ---- partition */

static Value partition(GpThread *t, const char *fname, Value self, const Value *a, size_t n, Value kw, int dir) {
    if (gp_bnokw(t, self, fname, kw) < 0) return VNULL;
    if (n != 1)
        return gp_raise(t, &gp_TypeError, "%s.%s() takes exactly one argument (%zu given)", gp_bname(self), fname, n);
    const uint8_t *sd;
    size_t sn, len;
    if (gp_barg(t, a[0], &sd, &sn) < 0) return VNULL;
    if (sn == 0) return gp_raise(t, &gp_ValueError, "empty separator");
    const uint8_t *d = gp_bdata(self, &len);
    int64_t r = dir > 0 ? gp_bfind((const char *)d, len, (const char *)sd, sn)
                        : gp_brfind((const char *)d, len, (const char *)sd, sn);
    Value e1 = gp_bmake(t, self, NULL, 0), e2 = gp_bmake(t, self, NULL, 0);
    if (!e1 || !e2) return VNULL;
    if (r < 0) {
        Value whole = gp_bsame(t, self);
        if (!whole) return VNULL;
        return dir > 0 ? gp_tuple_pack(t, 3, whole, e1, e2) : gp_tuple_pack(t, 3, e1, e2, whole);
    }
    d = gp_bdata(self, &len);
    Value head = gp_bmake(t, self, d, (size_t)r);
    Value mid = head ? gp_bmake(t, self, sd, sn) : VNULL;
    d = gp_bdata(self, &len);
    Value tail = mid ? gp_bmake(t, self, d + r + sn, len - (size_t)r - sn) : VNULL;
    return tail ? gp_tuple_pack(t, 3, head, mid, tail) : VNULL;
}

GP_METHOD(gp_bytes_m_partition) { return partition(t, "partition", self, a, n, kw, 1); }
GP_METHOD(gp_bytes_m_rpartition) { return partition(t, "rpartition", self, a, n, kw, -1); }

static Value remove_affix(GpThread *t, const char *fname, Value self, const Value *a, size_t n, Value kw, int suffix) {
    if (gp_bnokw(t, self, fname, kw) < 0) return VNULL;
    if (n != 1)
        return gp_raise(t, &gp_TypeError, "%s.%s() takes exactly one argument (%zu given)", gp_bname(self), fname, n);
    const uint8_t *xd;
    size_t xn, len;
    if (gp_barg(t, a[0], &xd, &xn) < 0) return VNULL;
    const uint8_t *d = gp_bdata(self, &len);
    if (xn && xn <= len && memcmp(suffix ? d + len - xn : d, xd, xn) == 0)
        return gp_bmake(t, self, suffix ? d : d + xn, len - xn);
    return gp_bsame(t, self);
}

GP_METHOD(gp_bytes_m_removeprefix) { return remove_affix(t, "removeprefix", self, a, n, kw, 0); }
GP_METHOD(gp_bytes_m_removesuffix) { return remove_affix(t, "removesuffix", self, a, n, kw, 1); }

/* bytearray.c - the mutable byte string: its buffer management, item and
 * slice assignment, the mutating methods (append, extend, pop, insert,
 * remove, clear, reverse, copy, +=, *=) and its type object. The
 * non-mutating methods are shared with bytes (bytes_find.c,
 * bytes_ctype.c). */
#include <stdio.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bytes_internal.h"
#include "exc.h"
#include "format.h"
#include "int.h"
#include "range.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* Room for `need` bytes plus the NUL; grows by 1/8 plus a constant as
 * CPython's bytearray does, so repeated appends are amortised O(1). */
static int ba_reserve(GpThread *t, GpByteArray *b, size_t need) {
    if (need + 1 <= b->cap) return 0;
    if (need > SIZE_MAX / 2) {
        gp_raise_memory(t);
        return -1;
    }
    size_t ncap = need + (need >> 3) + (need < 9 ? 3 : 6) + 1;
    uint8_t *d = gp_mem_realloc(t, b->data, b->cap, ncap);
    if (!d) return -1;
    b->data = d;
    b->cap = ncap;
    return 0;
}

static int ba_resize(GpThread *t, GpByteArray *b, size_t n) {
    if (ba_reserve(t, b, n) < 0) return -1;
    b->n = n;
    b->data[n] = 0;
    return 0;
}

Value gp_bytearray_new(GpThread *t, const void *data, size_t n) {
    GpByteArray *b = gp_alloc(t, &gp_bytearray_type, sizeof(GpByteArray));
    if (!b) return VNULL;
    if (ba_resize(t, b, n) < 0) return VNULL;
    if (n) {
        if (data) memcpy(b->data, data, n);
        else memset(b->data, 0, n);
    }
    return v_from_obj(b);
}

/* Replace b[lo:hi] by src[0..m). src may point into b itself. */
static int ba_splice(GpThread *t, GpByteArray *b, size_t lo, size_t hi, const uint8_t *src, size_t m) {
    uint8_t *copy = NULL;
    if (m && b->data && src >= b->data && src < b->data + b->cap) {
        copy = gp_mem_alloc(t, m);
        if (!copy) return -1;
        memcpy(copy, src, m);
        src = copy;
    }
    size_t old = hi - lo, n = b->n;
    int rc = 0;
    rc = ba_reserve(t, b, n - old + m);
    if (rc == 0) {
        memmove(b->data + lo + m, b->data + hi, n - hi);
        if (m) memcpy(b->data + lo, src, m);
        b->n = n - old + m;
        b->data[b->n] = 0;
    }
    if (copy) gp_mem_free(t->interp, copy, m);
    return rc;
}

/* ---- slots */

static Value ba_repr(GpThread *t, Value self) {
    GpByteArray *b = gp_bytearray_obj(self);
    const char *name = v_type(self)->name;
    char prefix[96];
    snprintf(prefix, sizeof prefix, "%s(", name);
    return gp_bytes_repr(t, b->data ? b->data : (const uint8_t *)"", b->n, prefix, ")");
}

static int64_t ba_len(GpThread *t, Value self) {
    (void)t;
    return (int64_t)gp_bytearray_obj(self)->n;
}

static Value ba_getitem(GpThread *t, Value self, Value key) { return gp_bytes_getitem_any(t, self, key, "bytearray"); }

/* The bytes an assigned value stands for: bytes-like, or an iterable of
 * ints (not an int, not a str). */
static int assigned_bytes(GpThread *t, Value v, GpBuf *out) {
    if (gp_is_bytes(v) || gp_is_bytearray(v)) {
        size_t n;
        const uint8_t *d = gp_bdata(v, &n);
        gp_buf_put(out, (const char *)d, n);
        return 0;
    }
    GpType *tp = v_type(v);
    if (gp_is_int(v) || gp_is_str(v) || tp->index || (!tp->iter && !tp->getitem))
        return gp_raise_i(t, &gp_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return gp_bytes_collect(t, v, "bytearray", out);
}

static int ba_assign_slice(GpThread *t, Value self, Value key, Value v) {
    GpByteArray *b = gp_bytearray_obj(self);
    /* The new bytes first: collecting them may run Python code that
     * resizes b, and the slice must be resolved against the final size. */
    GpBuf src;
    gp_buf_init(&src);
    if (v && assigned_bytes(t, v, &src) < 0) {
        gp_buf_free(&src);
        return -1;
    }
    if (src.failed) {
        gp_buf_free(&src);
        gp_raise_memory(t);
        return -1;
    }
    int64_t start, stop, step;
    int64_t len = gp_slice_indices(t, key, (int64_t)b->n, &start, &stop, &step);
    if (len < 0) {
        gp_buf_free(&src);
        return -1;
    }
    int rc = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        rc = ba_splice(t, b, (size_t)start, (size_t)stop, (const uint8_t *)src.data, src.len);
    } else if (!v) {
        if (step < 0) {
            start = start + (len - 1) * step;
            step = -step;
        }
        size_t w = (size_t)start;
        int64_t removed = 0;
        for (size_t r = (size_t)start; r < b->n; r++) {
            if (removed < len && (int64_t)r == start + removed * step) {
                removed++;
                continue;
            }
            b->data[w++] = b->data[r];
        }
        b->n = w;
        b->data[w] = 0;
    } else if ((int64_t)src.len != len) {
        rc = gp_raise_i(t, &gp_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                        src.len, (long long)len);
    } else {
        for (int64_t i = 0; i < len; i++) b->data[start + i * step] = (uint8_t)src.data[i];
    }
    gp_buf_free(&src);
    return rc;
}

static int ba_setitem(GpThread *t, Value self, Value key, Value v) {
    GpByteArray *b = gp_bytearray_obj(self);
    if (v_is_type(key, &gp_slice_type)) return ba_assign_slice(t, self, key, v);
    int64_t i;
    if (!gp_is_int(key) && !v_type(key)->index)
        return gp_raise_i(t, &gp_TypeError, "bytearray indices must be integers or slices, not %s", v_type(key)->name);
    if (gp_as_ssize(t, key, &i) < 0) {
        if (gp_exc_matches(t, &gp_OverflowError)) {
            gp_exc_clear(t);
            return gp_raise_i(t, &gp_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    uint8_t byte = 0;
    if (v && gp_byte_value(t, v, &byte) < 0) return -1;
    if (i < 0) i += (int64_t)b->n;
    if (i < 0 || (uint64_t)i >= b->n) return gp_raise_i(t, &gp_IndexError, "bytearray index out of range");
    if (v) {
        b->data[i] = byte;
        return 0;
    }
    return ba_splice(t, b, (size_t)i, (size_t)i + 1, NULL, 0);
}

static Value ba_inplace(GpThread *t, int op, Value a, Value b) {
    GpByteArray *ba = gp_bytearray_obj(a);
    if (op == GP_OP_ADD) {
        if (!gp_is_bytes(b) && !gp_is_bytearray(b)) {
            if (v_type(b)->flags & GP_TF_HEAPTYPE) return V_NOTIMPL;
            return gp_raise(t, &gp_TypeError, "can't concat %s to %s", v_type(b)->name, v_type(a)->name);
        }
        size_t n;
        const uint8_t *d = gp_bdata(b, &n);
        return ba_splice(t, ba, ba->n, ba->n, d, n) < 0 ? VNULL : a;
    }
    if (op == GP_OP_MUL) {
        if (!gp_is_int(b) && !v_type(b)->index) return V_NOTIMPL;
        Value r = gp_bytes_repeat(t, a, b);
        if (!r) return VNULL;
        size_t n;
        const uint8_t *d = gp_bdata(r, &n);
        return ba_splice(t, ba, 0, ba->n, d, n) < 0 ? VNULL : a;
    }
    return V_NOTIMPL;
}

static void ba_trace(GpGc *gc, GpObj *self) {
    int32_t off = self->type->dict_offset;
    if (off > 0) gc_mark(gc, *(Value *)((char *)self + off));
}

static void ba_finalize(GpInterp *in, GpObj *self) {
    GpByteArray *b = (GpByteArray *)self;
    gp_mem_free(in, b->data, b->cap);
    b->data = NULL;
    b->cap = b->n = 0;
}

/* ---- iterator: reads the live buffer, so it sees mutations */

typedef struct BaIter {
    GpObj hdr;
    Value seq;
    size_t i;
} BaIter;

GpType gp_bytearray_iter_type;

static Value ba_iter(GpThread *t, Value self) {
    BaIter *it = gp_alloc(t, &gp_bytearray_iter_type, sizeof *it);
    if (!it) return VNULL;
    it->seq = self;
    return v_from_obj(it);
}

static Value baiter_next(GpThread *t, Value self) {
    (void)t;
    BaIter *it = (BaIter *)v_obj(self);
    if (!it->seq) return VNULL;
    GpByteArray *b = gp_bytearray_obj(it->seq);
    if (it->i < b->n) return v_from_small(b->data[it->i++]);
    it->seq = VNULL;
    return VNULL;
}

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

static void baiter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((BaIter *)self)->seq); }

static GP_METHOD(baiter_length_hint) {
    (void)a;
    if (gp_meth_noargs(t, "__length_hint__", n, kw) < 0) return VNULL;
    BaIter *it = (BaIter *)v_obj(self);
    if (!it->seq) return v_from_small(0);
    size_t len = gp_bytearray_obj(it->seq)->n;
    return v_from_small(it->i < len ? (int64_t)(len - it->i) : 0);
}

static const GpMethodDef baiter_methods[] = {{"__length_hint__", baiter_length_hint, 0}, {NULL, NULL, 0}};

GpType gp_bytearray_iter_type = {
    .hdr = {&gp_type_type},
    .name = "bytearray_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'bytearray_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(BaIter),
    .iter = self_iter,
    .next = baiter_next,
    .trace = baiter_trace,
    .methods = baiter_methods,
};

/* ---- construction: bytearray(source=b'', encoding, errors) */

static Value ba_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    GpType *type = (GpType *)v_obj(callable);
    GpByteArray *b = gp_alloc(t, type, type->size);
    return b ? v_from_obj(b) : VNULL;
}

static int ba_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    static const GpArgSpec spec = {"bytearray", names, 3, 3, 0, 0};
    Value av[3];
    if (gp_parse_args(t, &spec, args, nargs, kwnames, av) < 0) return -1;
    Value x = av[0], encoding = av[1], errors = av[2];
    GpByteArray *b = gp_bytearray_obj(self);
    GpBuf buf;
    gp_buf_init(&buf);
    if (!x) {
        if (encoding || errors)
            return gp_raise_i(t, &gp_TypeError, encoding ? "encoding without a string argument"
                                                         : "errors without a string argument");
    } else if (encoding || errors) {
        for (int i = 1; i < 3; i++)
            if (av[i] && !gp_is_str(av[i]))
                return gp_raise_i(t, &gp_TypeError, "bytearray() argument '%s' must be str, not %s", names[i],
                                  gp_arg_tname(av[i]));
        if (!gp_is_str(x))
            return gp_raise_i(t, &gp_TypeError, encoding ? "encoding without a string argument"
                                                         : "errors without a string argument");
        if (!encoding) return gp_raise_i(t, &gp_TypeError, "string argument without an encoding");
        Value enc = gp_str_encode(t, x, gp_str_data(encoding), errors ? gp_str_data(errors) : NULL);
        if (!enc) return -1;
        gp_buf_put(&buf, (const char *)gp_bytes_obj(enc)->data, gp_bytes_obj(enc)->n);
    } else if (gp_is_str(x)) {
        return gp_raise_i(t, &gp_TypeError, "string argument without an encoding");
    } else if (gp_bytes_collect(t, x, "bytearray", &buf) < 0) {
        gp_buf_free(&buf);
        return -1;
    }
    if (buf.failed) {
        gp_buf_free(&buf);
        gp_raise_memory(t);
        return -1;
    }
    int rc = ba_splice(t, b, 0, b->n, (const uint8_t *)buf.data, buf.len);
    gp_buf_free(&buf);
    return rc;
}

/* ---- mutating methods */

static GP_METHOD(m_append) {
    if (gp_meth_nokw(t, "bytearray.append", kw) < 0 || gp_check_nargs(t, "bytearray.append", n, 1, 1) < 0)
        return VNULL;
    uint8_t c;
    if (gp_byte_value(t, a[0], &c) < 0) return VNULL;
    GpByteArray *b = gp_bytearray_obj(self);
    return ba_splice(t, b, b->n, b->n, &c, 1) < 0 ? VNULL : V_NONE;
}

static GP_METHOD(m_extend) {
    if (gp_meth_nokw(t, "bytearray.extend", kw) < 0 || gp_check_nargs(t, "bytearray.extend", n, 1, 1) < 0)
        return VNULL;
    GpBuf buf;
    gp_buf_init(&buf);
    Value x = a[0];
    GpType *tp = v_type(x);
    if (gp_is_bytes(x) || gp_is_bytearray(x)) {
        size_t k;
        const uint8_t *d = gp_bdata(x, &k);
        gp_buf_put(&buf, (const char *)d, k);
    } else if (!tp->iter && !tp->getitem) {
        return gp_raise(t, &gp_TypeError, "can't extend bytearray with %s", tp->name);
    } else {
        Value it = gp_iter(t, x);
        if (!it) return VNULL;
        for (;;) {
            Value item = gp_next(t, it);
            if (!item) {
                if (t->exc) {
                    gp_buf_free(&buf);
                    return VNULL;
                }
                break;
            }
            uint8_t c;
            if (gp_byte_value(t, item, &c) < 0) {
                gp_buf_free(&buf);
                return VNULL;
            }
            gp_buf_putc(&buf, (char)c);
        }
    }
    if (buf.failed) {
        gp_buf_free(&buf);
        return gp_raise_memory(t);
    }
    GpByteArray *b = gp_bytearray_obj(self);
    int rc = ba_splice(t, b, b->n, b->n, (const uint8_t *)buf.data, buf.len);
    gp_buf_free(&buf);
    return rc < 0 ? VNULL : V_NONE;
}

static GP_METHOD(m_pop) {
    if (gp_meth_nokw(t, "bytearray.pop", kw) < 0 || gp_check_nargs(t, "pop", n, 0, 1) < 0) return VNULL;
    GpByteArray *b = gp_bytearray_obj(self);
    int64_t i = -1;
    if (n && gp_ssize_arg(t, a[0], &i) < 0) return VNULL;
    if (b->n == 0) return gp_raise(t, &gp_IndexError, "pop from empty bytearray");
    if (i < 0) i += (int64_t)b->n;
    if (i < 0 || (uint64_t)i >= b->n) return gp_raise(t, &gp_IndexError, "pop index out of range");
    uint8_t c = b->data[i];
    if (ba_splice(t, b, (size_t)i, (size_t)i + 1, NULL, 0) < 0) return VNULL;
    return v_from_small(c);
}

static GP_METHOD(m_insert) {
    if (gp_meth_nokw(t, "bytearray.insert", kw) < 0 || gp_check_nargs(t, "insert", n, 2, 2) < 0) return VNULL;
    GpByteArray *b = gp_bytearray_obj(self);
    int64_t i;
    uint8_t c;
    if (gp_ssize_arg(t, a[0], &i) < 0 || gp_byte_value(t, a[1], &c) < 0) return VNULL;
    if (i < 0 && (i += (int64_t)b->n) < 0) i = 0;
    if ((uint64_t)i > b->n) i = (int64_t)b->n;
    return ba_splice(t, b, (size_t)i, (size_t)i, &c, 1) < 0 ? VNULL : V_NONE;
}

static GP_METHOD(m_remove) {
    if (gp_meth_nokw(t, "bytearray.remove", kw) < 0 || gp_check_nargs(t, "bytearray.remove", n, 1, 1) < 0)
        return VNULL;
    uint8_t c;
    if (gp_byte_value(t, a[0], &c) < 0) return VNULL;
    GpByteArray *b = gp_bytearray_obj(self);
    uint8_t *p = b->n ? memchr(b->data, c, b->n) : NULL;
    if (!p) return gp_raise(t, &gp_ValueError, "value not found in bytearray");
    size_t i = (size_t)(p - b->data);
    return ba_splice(t, b, i, i + 1, NULL, 0) < 0 ? VNULL : V_NONE;
}

static GP_METHOD(m_clear) {
    (void)a;
    if (gp_meth_noargs(t, "bytearray.clear", n, kw) < 0) return VNULL;
    GpByteArray *b = gp_bytearray_obj(self);
    return ba_splice(t, b, 0, b->n, NULL, 0) < 0 ? VNULL : V_NONE;
}

static GP_METHOD(m_reverse) {
    (void)a;
    if (gp_meth_noargs(t, "bytearray.reverse", n, kw) < 0) return VNULL;
    GpByteArray *b = gp_bytearray_obj(self);
    for (size_t i = 0, j = b->n; i + 1 < j; i++, j--) {
        uint8_t x = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = x;
    }
    return V_NONE;
}

static GP_METHOD(m_copy) {
    (void)a;
    if (gp_meth_noargs(t, "bytearray.copy", n, kw) < 0) return VNULL;
    GpByteArray *b = gp_bytearray_obj(self);
    return gp_bytearray_new(t, b->data, b->n);
}

static GP_METHOD(m_iadd) {
    if (gp_meth_nokw(t, "bytearray.__iadd__", kw) < 0 || gp_check_nargs(t, "bytearray.__iadd__", n, 1, 1) < 0)
        return VNULL;
    return ba_inplace(t, GP_OP_ADD, self, a[0]);
}

static GP_METHOD(m_imul) {
    if (gp_meth_nokw(t, "bytearray.__imul__", kw) < 0 || gp_check_nargs(t, "bytearray.__imul__", n, 1, 1) < 0)
        return VNULL;
    Value r = ba_inplace(t, GP_OP_MUL, self, a[0]);
    if (r == V_NOTIMPL)
        return gp_raise(t, &gp_TypeError, "'%s' object cannot be interpreted as an integer", v_type(a[0])->name);
    return r;
}

static GP_METHOD(m_alloc) {
    (void)a;
    if (gp_meth_noargs(t, "bytearray.__alloc__", n, kw) < 0) return VNULL;
    GpByteArray *b = gp_bytearray_obj(self);
    return v_from_small((int64_t)(b->data ? b->cap : 0));
}

static const GpMethodDef ba_methods[] = {
    {"append", m_append, 0},
    {"extend", m_extend, 0},
    {"pop", m_pop, 0},
    {"insert", m_insert, 0},
    {"remove", m_remove, 0},
    {"clear", m_clear, 0},
    {"reverse", m_reverse, 0},
    {"copy", m_copy, 0},
    {"__iadd__", m_iadd, 0},
    {"__imul__", m_imul, 0},
    {"__alloc__", m_alloc, 0},
    {"capitalize", gp_bytes_m_capitalize, 0},
    {"center", gp_bytes_m_center, 0},
    {"count", gp_bytes_m_count, 0},
    {"decode", gp_bytes_m_decode, 0},
    {"endswith", gp_bytes_m_endswith, 0},
    {"expandtabs", gp_bytes_m_expandtabs, 0},
    {"find", gp_bytes_m_find, 0},
    {"fromhex", gp_bytes_m_fromhex, GP_METH_CLASS},
    {"hex", gp_bytes_m_hex, 0},
    {"index", gp_bytes_m_index, 0},
    {"isalnum", gp_bytes_m_isalnum, 0},
    {"isalpha", gp_bytes_m_isalpha, 0},
    {"isascii", gp_bytes_m_isascii, 0},
    {"isdigit", gp_bytes_m_isdigit, 0},
    {"islower", gp_bytes_m_islower, 0},
    {"isspace", gp_bytes_m_isspace, 0},
    {"istitle", gp_bytes_m_istitle, 0},
    {"isupper", gp_bytes_m_isupper, 0},
    {"join", gp_bytes_m_join, 0},
    {"ljust", gp_bytes_m_ljust, 0},
    {"lower", gp_bytes_m_lower, 0},
    {"lstrip", gp_bytes_m_lstrip, 0},
    {"maketrans", gp_bytearray_m_maketrans, GP_METH_STATIC},
    {"partition", gp_bytes_m_partition, 0},
    {"removeprefix", gp_bytes_m_removeprefix, 0},
    {"removesuffix", gp_bytes_m_removesuffix, 0},
    {"replace", gp_bytes_m_replace, 0},
    {"rfind", gp_bytes_m_rfind, 0},
    {"rindex", gp_bytes_m_rindex, 0},
    {"rjust", gp_bytes_m_rjust, 0},
    {"rpartition", gp_bytes_m_rpartition, 0},
    {"rsplit", gp_bytes_m_rsplit, 0},
    {"rstrip", gp_bytes_m_rstrip, 0},
    {"split", gp_bytes_m_split, 0},
    {"splitlines", gp_bytes_m_splitlines, 0},
    {"startswith", gp_bytes_m_startswith, 0},
    {"strip", gp_bytes_m_strip, 0},
    {"swapcase", gp_bytes_m_swapcase, 0},
    {"title", gp_bytes_m_title, 0},
    {"translate", gp_bytes_m_translate, 0},
    {"upper", gp_bytes_m_upper, 0},
    {"zfill", gp_bytes_m_zfill, 0},
    {NULL, NULL, 0},
};

GpType gp_bytearray_type = {
    .hdr = {&gp_type_type},
    .name = "bytearray",
    .base = &gp_object_type,
    .size = sizeof(GpByteArray),
    .flags = GP_TF_BASETYPE,
    .repr = ba_repr,
    .hash = gp_hash_not_implemented,
    .richcmp = gp_bytes_richcmp_any,
    .len = ba_len,
    .iter = ba_iter,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = gp_bytes_contains,
    .binop = gp_bytes_binop_any,
    .inplace = ba_inplace,
    .new_ = ba_new,
    .init = ba_init,
    .trace = ba_trace,
    .finalize = ba_finalize,
    .methods = ba_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array",
};

GP_REGISTER_TYPE(gp_bytearray_type);
GP_REGISTER_TYPE(gp_bytearray_iter_type);

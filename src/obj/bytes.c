/* bytes.c - the bytes type: construction, repr, the slots it shares with
 * bytearray (comparison, indexing, repetition), its iterator and its
 * method table. The methods themselves are in bytes_find.c and
 * bytes_ctype.c, shared with bytearray. */
#include "bytes.h"

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

Value gp_bytes_new(GpThread *t, const void *data, size_t n) {
    if (n > SIZE_MAX / 2) return gp_raise_memory(t);
    GpBytes *b = gp_alloc(t, &gp_bytes_type, sizeof(GpBytes) + n + 1);
    if (!b) return VNULL;
    b->hash = -1;
    b->n = n;
    if (data && n) memcpy(b->data, data, n);
    return v_from_obj(b);
}

const uint8_t *gp_bytes_like(GpThread *t, Value v, size_t *n, const char *what) {
    (void)what;
    if (gp_is_bytes(v) || gp_is_bytearray(v)) return gp_bdata(v, n);
    gp_raise(t, &gp_TypeError, "a bytes-like object is required, not '%s'", v_type(v)->name);
    return NULL;
}

Value gp_bytes_repr(GpThread *t, const uint8_t *data, size_t n, const char *prefix, const char *suffix) {
    int squote = memchr(data, '\'', n) != NULL, dquote = memchr(data, '"', n) != NULL;
    char quote = squote && !dquote ? '"' : '\'';
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_puts(&b, prefix);
    gp_buf_putc(&b, 'b');
    gp_buf_putc(&b, quote);
    /* bytearray's repr (a prefix is given) escapes ' even inside "..." */
    int escape_squote = prefix[0] != 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = data[i];
        if (c == quote || c == '\\' || (c == '\'' && escape_squote)) {
            gp_buf_putc(&b, '\\');
            gp_buf_putc(&b, (char)c);
        } else if (c == '\t') {
            gp_buf_puts(&b, "\\t");
        } else if (c == '\n') {
            gp_buf_puts(&b, "\\n");
        } else if (c == '\r') {
            gp_buf_puts(&b, "\\r");
        } else if (c < ' ' || c >= 0x7F) {
            gp_buf_printf(&b, "\\x%02x", c);
        } else {
            gp_buf_putc(&b, (char)c);
        }
    }
    gp_buf_putc(&b, quote);
    gp_buf_puts(&b, suffix);
    return gp_buf_finish_str(t, &b);
}

/* ---- helpers shared with bytearray and the method files */

Value gp_bmake(GpThread *t, Value like, const void *data, size_t n) {
    return gp_is_bytearray(like) ? gp_bytearray_new(t, data, n) : gp_bytes_new(t, data, n);
}

Value gp_bsame(GpThread *t, Value self) {
    if (v_is_type(self, &gp_bytes_type)) return self;
    size_t n;
    const uint8_t *d = gp_bdata(self, &n);
    return gp_bmake(t, self, d, n);
}

int gp_barg(GpThread *t, Value v, const uint8_t **d, size_t *n) {
    *d = gp_bytes_like(t, v, n, NULL);
    return *d ? 0 : -1;
}

int gp_byte_value(GpThread *t, Value v, uint8_t *out) {
    int64_t i;
    Value iv = gp_index(t, v);
    if (!iv) return -1;
    if (!gp_int_to_i64(iv, &i) || i < 0 || i > 255)
        return gp_raise_i(t, &gp_ValueError, "byte must be in range(0, 256)");
    *out = (uint8_t)i;
    return 0;
}

int gp_bnokw(GpThread *t, Value self, const char *meth, Value kw) {
    if (kw && gp_tuple_len(kw))
        return gp_raise_i(t, &gp_TypeError, "%s.%s() takes no keyword arguments", gp_bname(self), meth);
    return 0;
}

int gp_bnoargs(GpThread *t, Value self, const char *meth, size_t n, Value kw) {
    if (gp_bnokw(t, self, meth, kw) < 0) return -1;
    if (n) return gp_raise_i(t, &gp_TypeError, "%s.%s() takes no arguments (%zu given)", gp_bname(self), meth, n);
    return 0;
}

/* ---- construction */

static const char zeros[4096];

int gp_bytes_collect(GpThread *t, Value x, const char *tname, GpBuf *out) {
    if (gp_is_bytes(x) || gp_is_bytearray(x)) {
        size_t n;
        const uint8_t *d = gp_bdata(x, &n);
        gp_buf_put(out, (const char *)d, n);
        return 0;
    }
    GpType *tp = v_type(x);
    if (gp_is_int(x) || tp->index) {
        int64_t count;
        Value iv = gp_index(t, x);
        if (!iv) return -1;
        if (!gp_int_to_i64(iv, &count))
            return gp_raise_i(t, &gp_OverflowError, "cannot fit 'int' into an index-sized integer");
        if (count < 0) return gp_raise_i(t, &gp_ValueError, "negative count");
        for (size_t left = (size_t)count; left && !out->failed;) {
            size_t k = left < sizeof zeros ? left : sizeof zeros;
            gp_buf_put(out, zeros, k);
            left -= k;
        }
        return 0;
    }
    if (!tp->iter && !tp->getitem)
        return gp_raise_i(t, &gp_TypeError, "cannot convert '%s' object to %s", tp->name, tname);
    Value it = gp_iter(t, x);
    if (!it) return -1;
    int is_bytes = !strcmp(tname, "bytes");
    for (;;) {
        Value item = gp_next(t, it);
        if (!item) return t->exc ? -1 : 0;
        int64_t v;
        Value iv = v_is_int(item) ? item : gp_index(t, item);
        if (!iv) return -1;
        if (!gp_int_to_i64(iv, &v) || v < 0 || v > 255)
            return gp_raise_i(t, &gp_ValueError, "%s must be in range(0, 256)", is_bytes ? "bytes" : "byte");
        gp_buf_putc(out, (char)v);
    }
}

/* The part of bytes() and bytearray() that handles `encoding` and
 * `errors`: 1 if it produced *out, 0 to go on with x alone, -1. */
static int encode_source(GpThread *t, Value x, Value encoding, Value errors, Value *out) {
    if (!x) {
        if (encoding || errors)
            return gp_raise_i(t, &gp_TypeError, encoding ? "encoding without a string argument"
                                                         : "errors without a string argument");
        return 0;
    }
    for (int i = 0; i < 2; i++) {
        Value a = i ? errors : encoding;
        if (a && !gp_is_str(a))
            return gp_raise_i(t, &gp_TypeError, "bytes() argument '%s' must be str, not %s", i ? "errors" : "encoding",
                              gp_arg_tname(a));
    }
    if (encoding) {
        if (!gp_is_str(x)) return gp_raise_i(t, &gp_TypeError, "encoding without a string argument");
        *out = gp_str_encode(t, x, gp_str_data(encoding), errors ? gp_str_data(errors) : NULL);
        return *out ? 1 : -1;
    }
    if (errors)
        return gp_raise_i(t, &gp_TypeError, gp_is_str(x) ? "string argument without an encoding"
                                                        : "errors without a string argument");
    if (gp_is_str(x)) return gp_raise_i(t, &gp_TypeError, "string argument without an encoding");
    return 0;
}

static Value from_object(GpThread *t, Value x) {
    if (v_is_type(x, &gp_bytes_type)) return x;
    Value m = gp_type_lookup(v_type(x), gp_str_intern_cstr(t, "__bytes__"));
    if (m && !gp_is_bytes(x)) {
        Value r = gp_call_method(t, x, "__bytes__", NULL, 0);
        if (r && !gp_is_bytes(r))
            return gp_raise(t, &gp_TypeError, "__bytes__ returned non-bytes (type %s)", v_type(r)->name);
        return r;
    }
    GpBuf b;
    gp_buf_init(&b);
    if (gp_bytes_collect(t, x, "bytes", &b) < 0) {
        gp_buf_free(&b);
        return VNULL;
    }
    return gp_buf_finish_bytes(t, &b);
}

Value gp_bytes_from_object(GpThread *t, Value v) {
    if (gp_is_str(v)) return gp_raise(t, &gp_TypeError, "cannot convert 'str' object to bytes");
    return from_object(t, v);
}

static Value bytes_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    static const GpArgSpec spec = {"bytes", names, 3, 3, 0, 0};
    GpType *type = (GpType *)v_obj(callable);
    Value av[3];
    if (gp_parse_args(t, &spec, args, nargs, kwnames, av) < 0) return VNULL;
    Value r = VNULL;
    int st = encode_source(t, av[0], av[1], av[2], &r);
    if (st < 0) return VNULL;
    if (st == 0) r = av[0] ? from_object(t, av[0]) : gp_bytes_new(t, NULL, 0);
    if (!r || type == &gp_bytes_type) return r;
    GpBytes *src = gp_bytes_obj(r);
    GpBytes *o = gp_alloc(t, type, type->size + gp_bytes_var_size(r));
    if (!o) return VNULL;
    o->hash = -1;
    o->n = src->n;
    memcpy(o->data, src->data, src->n);
    return v_from_obj(o);
}

/* ---- slots shared with bytearray */

Value gp_bytes_richcmp_any(GpThread *t, Value a, Value b, int op) {
    (void)t;
    if (!(gp_is_bytes(b) || gp_is_bytearray(b))) return V_NOTIMPL;
    size_t na, nb;
    const uint8_t *da = gp_bdata(a, &na), *db = gp_bdata(b, &nb);
    if ((op == GP_EQ || op == GP_NE) && na != nb) return v_bool(op == GP_NE);
    int c = memcmp(da, db, na < nb ? na : nb);
    if (!c) c = na < nb ? -1 : na > nb;
    switch (op) {
    case GP_LT: return v_bool(c < 0);
    case GP_LE: return v_bool(c <= 0);
    case GP_EQ: return v_bool(c == 0);
    case GP_NE: return v_bool(c != 0);
    case GP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

Value gp_bytes_getitem_any(GpThread *t, Value self, Value key, const char *what) {
    size_t n;
    const uint8_t *d = gp_bdata(self, &n);
    if (v_is_type(key, &gp_slice_type)) {
        int64_t start, stop, step;
        int64_t len = gp_slice_indices(t, key, (int64_t)n, &start, &stop, &step);
        if (len < 0) return VNULL;
        if (step == 1) {
            if (len == (int64_t)n && v_is_type(self, &gp_bytes_type)) return self;
            return gp_bmake(t, self, d + start, (size_t)len);
        }
        Value r = gp_bmake(t, self, NULL, (size_t)len);
        if (!r) return VNULL;
        uint8_t *o = (uint8_t *)gp_bdata(r, &n);
        for (int64_t i = 0; i < len; i++) o[i] = d[start + i * step];
        return r;
    }
    int64_t i;
    if (v_is_int(key)) {
        i = v_int(key);
    } else if (gp_is_int(key) || v_type(key)->index) {
        if (gp_as_ssize(t, key, &i) < 0) {
            if (gp_exc_matches(t, &gp_OverflowError)) {
                gp_exc_clear(t);
                return gp_raise(t, &gp_IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return VNULL;
        }
    } else {
        return gp_raise(t, &gp_TypeError, "%s indices must be integers or slices, not %s",
                        !strcmp(what, "bytes") ? "byte" : what, v_type(key)->name);
    }
    if (i < 0) i += (int64_t)n;
    if (i < 0 || (uint64_t)i >= n)
        return gp_raise(t, &gp_IndexError, "%sindex out of range", !strcmp(what, "bytes") ? "" : "bytearray ");
    return v_from_small(d[i]);
}

Value gp_bytes_repeat(GpThread *t, Value self, Value count) {
    int64_t k;
    if (gp_as_ssize(t, count, &k) < 0) return VNULL;
    size_t n;
    const uint8_t *d = gp_bdata(self, &n);
    if (k <= 0 || n == 0) return gp_bmake(t, self, NULL, 0);
    if (k == 1 && v_is_type(self, &gp_bytes_type)) return self;
    if ((uint64_t)k > (SIZE_MAX / 4) / n) return gp_raise_memory(t);
    size_t total = n * (size_t)k;
    Value r = gp_bmake(t, self, NULL, total);
    if (!r) return VNULL;
    uint8_t *o = (uint8_t *)gp_bdata(r, &total);
    d = gp_bdata(self, &n);
    memcpy(o, d, n);
    for (size_t done = n; done < total;) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(o + done, o, chunk);
        done += chunk;
    }
    return r;
}

/* ---- bytes slots */

static Value bytes_repr(GpThread *t, Value self) {
    GpBytes *b = gp_bytes_obj(self);
    return gp_bytes_repr(t, b->data, b->n, "", "");
}

static int bytes_hash(GpThread *t, Value self, int64_t *out) {
    (void)t;
    GpBytes *b = gp_bytes_obj(self);
    if (b->hash == -1) b->hash = gp_hash_bytes(b->data, b->n);
    *out = b->hash;
    return 0;
}

static int64_t bytes_len(GpThread *t, Value self) {
    (void)t;
    return (int64_t)gp_bytes_obj(self)->n;
}

static Value bytes_getitem(GpThread *t, Value self, Value key) { return gp_bytes_getitem_any(t, self, key, "bytes"); }

static int is_count(Value v) { return gp_is_int(v) || v_type(v)->index; }
static int is_byteslike(Value v) { return gp_is_bytes(v) || gp_is_bytearray(v); }

/* bytes and bytearray share this operator slot. */
static Value bytes_binop(GpThread *t, int op, Value a, Value b) {
    switch (op) {
    case GP_OP_ADD: {
        if (!is_byteslike(a)) return V_NOTIMPL;
        if (!is_byteslike(b)) {
            if (v_type(b)->flags & GP_TF_HEAPTYPE) return V_NOTIMPL;
            return gp_raise(t, &gp_TypeError, "can't concat %s to %s", v_type(b)->name, gp_bname(a));
        }
        size_t na, nb;
        gp_bdata(a, &na);
        gp_bdata(b, &nb);
        if (nb == 0 && v_is_type(a, &gp_bytes_type)) return a;
        Value r = gp_bmake(t, a, NULL, na + nb);
        if (!r) return VNULL;
        size_t nr;
        uint8_t *o = (uint8_t *)gp_bdata(r, &nr);
        const uint8_t *da = gp_bdata(a, &na), *db = gp_bdata(b, &nb);
        memcpy(o, da, na);
        memcpy(o + na, db, nb);
        return r;
    }
    case GP_OP_MUL:
        if (is_byteslike(a) && is_count(b)) return gp_bytes_repeat(t, a, b);
        if (is_byteslike(b) && is_count(a)) return gp_bytes_repeat(t, b, a);
        return V_NOTIMPL;
    case GP_OP_MOD: {
        if (!is_byteslike(a)) return V_NOTIMPL;
        Value r = gp_bytes_percent(t, a, b);
        if (r && gp_is_bytearray(a)) return gp_bmake(t, a, gp_bytes_obj(r)->data, gp_bytes_obj(r)->n);
        return r;
    }
    default:
        return V_NOTIMPL;
    }
}

Value gp_bytes_binop_any(GpThread *t, int op, Value a, Value b) { return bytes_binop(t, op, a, b); }

/* bytes hold no Values (see str_trace). */
static void bytes_trace(GpGc *gc, GpObj *self) {
    (void)gc;
    (void)self;
}

/* ---- iterator */

typedef struct BytesIter {
    GpObj hdr;
    Value seq;
    size_t i;
} BytesIter;

GpType gp_bytes_iter_type;

static Value bytes_iter(GpThread *t, Value self) {
    BytesIter *it = gp_alloc(t, &gp_bytes_iter_type, sizeof *it);
    if (!it) return VNULL;
    it->seq = self;
    return v_from_obj(it);
}

static Value bytesiter_next(GpThread *t, Value self) {
    (void)t;
    BytesIter *it = (BytesIter *)v_obj(self);
    if (!it->seq) return VNULL;
    GpBytes *b = gp_bytes_obj(it->seq);
    if (it->i < b->n) return v_from_small(b->data[it->i++]);
    it->seq = VNULL;
    return VNULL;
}

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

static void bytesiter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((BytesIter *)self)->seq); }

static GP_METHOD(bytesiter_length_hint) {
    (void)a;
    if (gp_meth_noargs(t, "__length_hint__", n, kw) < 0) return VNULL;
    BytesIter *it = (BytesIter *)v_obj(self);
    return v_from_small(it->seq ? (int64_t)(gp_bytes_obj(it->seq)->n - it->i) : 0);
}

static const GpMethodDef bytesiter_methods[] = {{"__length_hint__", bytesiter_length_hint, 0}, {NULL, NULL, 0}};

GpType gp_bytes_iter_type = {
    .hdr = {&gp_type_type},
    .name = "bytes_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'bytes_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(BytesIter),
    .iter = self_iter,
    .next = bytesiter_next,
    .trace = bytesiter_trace,
    .methods = bytesiter_methods,
};

/* ---- dunder methods */

static GP_METHOD(m_getnewargs) {
    (void)a;
    if (gp_meth_noargs(t, "bytes.__getnewargs__", n, kw) < 0) return VNULL;
    GpBytes *b = gp_bytes_obj(self);
    Value c = v_is_type(self, &gp_bytes_type) ? self : gp_bytes_new(t, b->data, b->n);
    return c ? gp_tuple_pack(t, 1, c) : VNULL;
}

static GP_METHOD(m_bytes) {
    (void)a;
    if (gp_meth_noargs(t, "bytes.__bytes__", n, kw) < 0) return VNULL;
    return gp_bsame(t, self);
}

static const GpMethodDef bytes_methods[] = {
    {"__getnewargs__", m_getnewargs, 0},
    {"__bytes__", m_bytes, 0},
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
    {"maketrans", gp_bytes_m_maketrans, GP_METH_STATIC},
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

GpType gp_bytes_type = {
    .hdr = {&gp_type_type},
    .name = "bytes",
    .base = &gp_object_type,
    .size = sizeof(GpBytes),
    .flags = GP_TF_BASETYPE | GP_TF_BYTES_SUB,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcmp = gp_bytes_richcmp_any,
    .len = bytes_len,
    .iter = bytes_iter,
    .getitem = bytes_getitem,
    .contains = gp_bytes_contains,
    .binop = bytes_binop,
    .new_ = bytes_new,
    .trace = bytes_trace,
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
};

GP_REGISTER_TYPE(gp_bytes_type);
GP_REGISTER_TYPE(gp_bytes_iter_type);

/* str_type.c - the str type object: its slots (comparison, indexing,
 * slicing, iteration, concatenation, repetition, construction), its
 * iterator types and its method table. The methods live in str_*.c. */
#include <stdint.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bytes.h"
#include "exc.h"
#include "format.h"
#include "int.h"
#include "range.h"
#include "str.h"
#include "str_internal.h"
#include "str_search.h"
#include "tuple.h"
#include "type.h"
#include "unicode.h"

/* ---- argument helpers shared by the str, bytes and bytearray methods */

int gp_meth_noargs(GpThread *t, const char *qualname, size_t n, Value kw) {
    if (gp_meth_nokw(t, qualname, kw) < 0) return -1;
    if (n) return gp_raise_i(t, &gp_TypeError, "%s() takes no arguments (%zu given)", qualname, n);
    return 0;
}

int gp_meth_nokw(GpThread *t, const char *qualname, Value kw) {
    if (kw && gp_tuple_len(kw)) return gp_raise_i(t, &gp_TypeError, "%s() takes no keyword arguments", qualname);
    return 0;
}

int gp_meth_nargs_range(GpThread *t, const char *fname, size_t n, size_t min, size_t max) {
    if (n < min)
        return gp_raise_i(t, &gp_TypeError, "%s() takes at least %zu argument%s (%zu given)", fname, min,
                          min == 1 ? "" : "s", n);
    if (n > max)
        return gp_raise_i(t, &gp_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, max,
                          max == 1 ? "" : "s", n);
    return 0;
}

int gp_slice_index_arg(GpThread *t, Value v, int64_t *out) {
    if (v == V_NONE) return 0;
    if (v_is_int(v)) {
        *out = v_int(v);
        return 0;
    }
    if (!gp_is_int(v) && !v_type(v)->index)
        return gp_raise_i(t, &gp_TypeError, "slice indices must be integers or None or have an __index__ method");
    Value i = gp_index(t, v);
    if (!i) return -1;
    if (!gp_int_to_i64(i, out)) *out = gp_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

int gp_ssize_arg(GpThread *t, Value v, int64_t *out) {
    if (v_is_int(v)) {
        *out = v_int(v);
        return 0;
    }
    Value i = gp_index(t, v);
    if (!i) return -1;
    if (!gp_int_to_i64(i, out))
        return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C ssize_t");
    return 0;
}

int gp_str_expect(GpThread *t, Value v, const char *what) {
    if (gp_is_str(v)) return 0;
    return gp_raise_i(t, &gp_TypeError, "%smust be str, not %s", what, v_type(v)->name);
}

Value gp_str_alloc_n(GpThread *t, size_t nbytes, size_t nchars) {
    Value r = gp_str_alloc(t, nbytes);
    if (!r) return VNULL;
    GpStr *s = gp_str_obj(r);
    s->data[nbytes] = 0;
    s->nchars = nchars;
    s->ascii = nchars == nbytes;
    return r;
}

int gp_str_char_range(Value s, int64_t start, int64_t end, size_t *lo, size_t *hi) {
    int64_t len = (int64_t)gp_str_len(s);
    gp_adjust_indices(&start, &end, len);
    if (start > end) return 0;
    *lo = gp_str_byte_offset(s, (size_t)start);
    *hi = gp_str_byte_offset(s, (size_t)end);
    return 1;
}

int gp_str_isspace_uni(uint32_t cp) { return gp_uni_has(cp, GP_UNI_SPACE); }

/* ---- slots */

static int64_t str_len(GpThread *t, Value self) {
    (void)t;
    return (int64_t)gp_str_len(self);
}

static Value str_repr(GpThread *t, Value self) { return gp_str_repr(t, self); }

static Value str_str(GpThread *t, Value self) { return gp_str_exact(t, self); }

static int str_hash(GpThread *t, Value self, int64_t *out) {
    (void)t;
    *out = gp_str_hash(self);
    return 0;
}

/* UTF-8 byte order is code point order, so memcmp compares. */
static int str_cmp(Value a, Value b) {
    size_t na = gp_str_nbytes(a), nb = gp_str_nbytes(b);
    int c = memcmp(gp_str_data(a), gp_str_data(b), na < nb ? na : nb);
    if (c) return c;
    return na < nb ? -1 : na > nb;
}

static Value str_richcmp(GpThread *t, Value a, Value b, int op) {
    (void)t;
    if (!gp_is_str(b)) return V_NOTIMPL;
    if (op == GP_EQ) return v_bool(gp_str_eq(a, b));
    if (op == GP_NE) return v_bool(!gp_str_eq(a, b));
    int c = str_cmp(a, b);
    switch (op) {
    case GP_LT: return v_bool(c < 0);
    case GP_LE: return v_bool(c <= 0);
    case GP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

static Value str_slice(GpThread *t, Value self, Value key) {
    GpStr *s = gp_str_obj(self);
    int64_t start, stop, step;
    int64_t len = gp_slice_indices(t, key, (int64_t)s->nchars, &start, &stop, &step);
    if (len < 0) return VNULL;
    if (len == 0) return gp_str_new(t, "", 0);
    if (step == 1) {
        size_t lo = gp_str_byte_offset(self, (size_t)start);
        size_t hi = gp_str_byte_offset(self, (size_t)(start + len));
        return gp_str_substr(t, self, lo, hi);
    }
    if (s->ascii) {
        Value r = gp_str_alloc_n(t, (size_t)len, (size_t)len);
        if (!r) return VNULL;
        char *d = gp_str_obj(r)->data;
        for (int64_t i = 0; i < len; i++) d[i] = s->data[start + i * step];
        return r;
    }
    /* Collect the byte offset of every character once, then gather. */
    size_t *offs = gp_mem_alloc(t, (s->nchars + 1) * sizeof(size_t));
    if (!offs) return VNULL;
    size_t pos = 0, total = 0;
    for (size_t i = 0; i < s->nchars; i++) {
        offs[i] = pos;
        gp_utf8_next(s->data, &pos);
    }
    offs[s->nchars] = pos;
    for (int64_t i = 0; i < len; i++) {
        size_t c = (size_t)(start + i * step);
        total += offs[c + 1] - offs[c];
    }
    Value r = gp_str_alloc_n(t, total, (size_t)len);
    if (r) {
        char *d = gp_str_obj(r)->data;
        for (int64_t i = 0; i < len; i++) {
            size_t c = (size_t)(start + i * step), w = offs[c + 1] - offs[c];
            memcpy(d, s->data + offs[c], w);
            d += w;
        }
    }
    gp_mem_free(t->interp, offs, (s->nchars + 1) * sizeof(size_t));
    return r;
}

static Value str_getitem(GpThread *t, Value self, Value key) {
    GpStr *s = gp_str_obj(self);
    int64_t i;
    if (v_is_int(key)) {
        i = v_int(key);
    } else if (v_is_type(key, &gp_slice_type)) {
        return str_slice(t, self, key);
    } else if (gp_is_int(key) || v_type(key)->index) {
        if (gp_as_ssize(t, key, &i) < 0) {
            if (gp_exc_matches(t, &gp_OverflowError)) {
                gp_exc_clear(t);
                return gp_raise(t, &gp_IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return VNULL;
        }
    } else {
        return gp_raise(t, &gp_TypeError, "string indices must be integers, not '%s'", v_type(key)->name);
    }
    if (i < 0) i += (int64_t)s->nchars;
    if (i < 0 || (uint64_t)i >= s->nchars) return gp_raise(t, &gp_IndexError, "string index out of range");
    if (s->ascii) return gp_str_char(t, (unsigned char)s->data[i]);
    return gp_str_char(t, gp_str_char_at(self, (size_t)i));
}

int gp_str_contains(GpThread *t, Value self, Value item) {
    if (!gp_is_str(item))
        return gp_raise_i(t, &gp_TypeError, "'in <string>' requires string as left operand, not %s", v_type(item)->name);
    return gp_bfind(gp_str_data(self), gp_str_nbytes(self), gp_str_data(item), gp_str_nbytes(item)) >= 0;
}

/* s * k by doubling: log2(k) memcpy calls. */
static Value str_repeat(GpThread *t, Value s, Value count) {
    int64_t k;
    if (gp_as_ssize(t, count, &k) < 0) return VNULL;
    size_t nb = gp_str_nbytes(s), nc = gp_str_len(s);
    if (k <= 0 || nb == 0) return gp_str_new(t, "", 0);
    if (k == 1 && v_is_type(s, &gp_str_type)) return s;
    if ((uint64_t)k > (SIZE_MAX / 4) / nb) return gp_raise(t, &gp_OverflowError, "repeated string is too long");
    size_t total = nb * (size_t)k;
    Value r = gp_str_alloc_n(t, total, nc * (size_t)k);
    if (!r) return VNULL;
    char *d = gp_str_obj(r)->data;
    if (nb == 1) {
        memset(d, gp_str_data(s)[0], total);
        return r;
    }
    memcpy(d, gp_str_data(s), nb);
    size_t done = nb;
    while (done < total) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(d + done, d, chunk);
        done += chunk;
    }
    return r;
}

static int is_count(Value v) { return gp_is_int(v) || v_type(v)->index; }

static Value str_binop(GpThread *t, int op, Value a, Value b) {
    switch (op) {
    case GP_OP_ADD:
        if (!gp_is_str(a) || !gp_is_str(b)) return V_NOTIMPL;
        return gp_str_concat(t, a, b);
    case GP_OP_MUL:
        if (gp_is_str(a) && is_count(b)) return str_repeat(t, a, b);
        if (gp_is_str(b) && is_count(a)) return str_repeat(t, b, a);
        return V_NOTIMPL;
    case GP_OP_MOD:
        if (!gp_is_str(a)) return V_NOTIMPL;
        return gp_str_percent(t, a, b);
    default:
        return V_NOTIMPL;
    }
}

/* A str holds no Values; the words a heap subclass adds are traced by
 * the subclass's own trace slot. */
static void str_trace(GpGc *gc, GpObj *self) {
    (void)gc;
    (void)self;
}

/* ---- iterators: CPython 3.12 has a separate type for ASCII strings */

typedef struct StrIter {
    GpObj hdr;
    Value seq;
    size_t pos;  /* byte offset of the next character */
    size_t left; /* characters left */
} StrIter;

GpType gp_str_iter_type, gp_str_ascii_iter_type;

static Value str_iter(GpThread *t, Value self) {
    GpStr *s = gp_str_obj(self);
    StrIter *it = gp_alloc(t, s->ascii ? &gp_str_ascii_iter_type : &gp_str_iter_type, sizeof *it);
    if (!it) return VNULL;
    it->seq = self;
    it->left = s->nchars;
    return v_from_obj(it);
}

static Value striter_next(GpThread *t, Value self) {
    StrIter *it = (StrIter *)v_obj(self);
    if (!it->seq) return VNULL;
    if (!it->left) {
        it->seq = VNULL;
        return VNULL;
    }
    GpStr *s = gp_str_obj(it->seq);
    it->left--;
    if (s->ascii) return gp_str_char(t, (unsigned char)s->data[it->pos++]);
    return gp_str_char(t, gp_utf8_next(s->data, &it->pos));
}

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

static void striter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((StrIter *)self)->seq); }

static GP_METHOD(striter_length_hint) {
    (void)a;
    if (gp_meth_noargs(t, "__length_hint__", n, kw) < 0) return VNULL;
    StrIter *it = (StrIter *)v_obj(self);
    return v_from_small(it->seq ? (int64_t)it->left : 0);
}

static const GpMethodDef striter_methods[] = {{"__length_hint__", striter_length_hint, 0}, {NULL, NULL, 0}};

GpType gp_str_iter_type = {
    .hdr = {&gp_type_type},
    .name = "str_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'str_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(StrIter),
    .iter = self_iter,
    .next = striter_next,
    .trace = striter_trace,
    .methods = striter_methods,
};

GpType gp_str_ascii_iter_type = {
    .hdr = {&gp_type_type},
    .name = "str_ascii_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'str_ascii_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(StrIter),
    .iter = self_iter,
    .next = striter_next,
    .trace = striter_trace,
    .methods = striter_methods,
};

/* ---- construction: str(object='', encoding='utf-8', errors='strict') */

static Value str_of_subtype(GpThread *t, GpType *type, Value s) {
    if (type == &gp_str_type) return s;
    size_t nb = gp_str_nbytes(s);
    GpStr *r = gp_alloc(t, type, type->size + gp_str_var_size(s));
    if (!r) return VNULL;
    r->hash = -1;
    r->nbytes = nb;
    r->nchars = gp_str_len(s);
    r->ascii = gp_str_obj(s)->ascii;
    memcpy(r->data, gp_str_data(s), nb + 1);
    return v_from_obj(r);
}

static Value str_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    static const GpArgSpec spec = {"str", names, 3, 3, 0, 0};
    GpType *type = (GpType *)v_obj(callable);
    Value av[3];
    if (gp_parse_args(t, &spec, args, nargs, kwnames, av) < 0) return VNULL;
    Value r;
    if (!av[0]) {
        r = gp_str_new(t, "", 0);
    } else if (!av[1] && !av[2]) {
        r = gp_str(t, av[0]);
        if (r && !v_is_type(r, &gp_str_type)) r = gp_str_exact(t, r);
    } else {
        for (int i = 1; i < 3; i++)
            if (av[i] && !gp_is_str(av[i]))
                return gp_raise(t, &gp_TypeError, "str() argument '%s' must be str, not %s", names[i],
                                gp_arg_tname(av[i]));
        if (gp_is_str(av[0])) return gp_raise(t, &gp_TypeError, "decoding str is not supported");
        if (!gp_is_bytes(av[0]) && !gp_isinstance_type(av[0], &gp_bytearray_type))
            return gp_raise(t, &gp_TypeError, "decoding to str: need a bytes-like object, %s found",
                            v_type(av[0])->name);
        size_t len;
        const uint8_t *data = gp_bytes_like(t, av[0], &len, "str");
        if (!data) return VNULL;
        r = gp_str_decode(t, (const char *)data, len, av[1] ? gp_str_data(av[1]) : NULL,
                          av[2] ? gp_str_data(av[2]) : NULL);
    }
    if (!r) return VNULL;
    return str_of_subtype(t, type, r);
}

/* ---- dunder methods whose behaviour differs from the slot wrappers that
 * slots.c makes (str.__add__ raises rather than return NotImplemented). */

static GP_METHOD(m_add) {
    if (gp_meth_nokw(t, "str.__add__", kw) < 0 || gp_check_nargs(t, "str.__add__", n, 1, 1) < 0) return VNULL;
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "can only concatenate str (not \"%s\") to str", v_type(a[0])->name);
    return gp_str_concat(t, self, a[0]);
}

static GP_METHOD(m_mul) {
    if (gp_meth_nokw(t, "str.__mul__", kw) < 0 || gp_check_nargs(t, "str.__mul__", n, 1, 1) < 0) return VNULL;
    if (!is_count(a[0]))
        return gp_raise(t, &gp_TypeError, "'%s' object cannot be interpreted as an integer", v_type(a[0])->name);
    return str_repeat(t, self, a[0]);
}

static GP_METHOD(m_mod) {
    if (gp_meth_nokw(t, "str.__mod__", kw) < 0 || gp_check_nargs(t, "str.__mod__", n, 1, 1) < 0) return VNULL;
    return gp_str_percent(t, self, a[0]);
}

static GP_METHOD(m_rmod) {
    if (gp_meth_nokw(t, "str.__rmod__", kw) < 0 || gp_check_nargs(t, "str.__rmod__", n, 1, 1) < 0) return VNULL;
    if (!gp_is_str(a[0])) return V_NOTIMPL;
    return gp_str_percent(t, a[0], self);
}

static GP_METHOD(m_getnewargs) {
    (void)a;
    if (gp_meth_noargs(t, "str.__getnewargs__", n, kw) < 0) return VNULL;
    Value s = gp_str_exact(t, self);
    return s ? gp_tuple_pack(t, 1, s) : VNULL;
}

/* CPython's size: a 40-byte header for ASCII strings, 56 otherwise, and
 * 1, 2 or 4 bytes per character after the widest one, plus a NUL. */
static GP_METHOD(m_sizeof) {
    (void)a;
    if (gp_meth_noargs(t, "str.__sizeof__", n, kw) < 0) return VNULL;
    GpStr *s = gp_str_obj(self);
    if (s->ascii) return v_from_small((int64_t)(40 + s->nchars + 1));
    uint32_t maxc = 0;
    for (size_t pos = 0; pos < s->nbytes;) {
        uint32_t c = gp_utf8_next(s->data, &pos);
        if (c > maxc) maxc = c;
    }
    size_t width = maxc < 256 ? 1 : maxc < 65536 ? 2 : 4;
    return v_from_small((int64_t)(56 + (s->nchars + 1) * width));
}

static const GpMethodDef str_methods[] = {
    {"encode", gp_str_m_encode, 0},
    {"replace", gp_str_m_replace, 0},
    {"split", gp_str_m_split, 0},
    {"rsplit", gp_str_m_rsplit, 0},
    {"join", gp_str_m_join, 0},
    {"capitalize", gp_str_m_capitalize, 0},
    {"casefold", gp_str_m_casefold, 0},
    {"title", gp_str_m_title, 0},
    {"center", gp_str_m_center, 0},
    {"count", gp_str_m_count, 0},
    {"expandtabs", gp_str_m_expandtabs, 0},
    {"find", gp_str_m_find, 0},
    {"partition", gp_str_m_partition, 0},
    {"index", gp_str_m_index, 0},
    {"ljust", gp_str_m_ljust, 0},
    {"lower", gp_str_m_lower, 0},
    {"lstrip", gp_str_m_lstrip, 0},
    {"rfind", gp_str_m_rfind, 0},
    {"rindex", gp_str_m_rindex, 0},
    {"rjust", gp_str_m_rjust, 0},
    {"rstrip", gp_str_m_rstrip, 0},
    {"rpartition", gp_str_m_rpartition, 0},
    {"splitlines", gp_str_m_splitlines, 0},
    {"strip", gp_str_m_strip, 0},
    {"swapcase", gp_str_m_swapcase, 0},
    {"translate", gp_str_m_translate, 0},
    {"upper", gp_str_m_upper, 0},
    {"startswith", gp_str_m_startswith, 0},
    {"endswith", gp_str_m_endswith, 0},
    {"removeprefix", gp_str_m_removeprefix, 0},
    {"removesuffix", gp_str_m_removesuffix, 0},
    {"isascii", gp_str_m_isascii, 0},
    {"islower", gp_str_m_islower, 0},
    {"isupper", gp_str_m_isupper, 0},
    {"istitle", gp_str_m_istitle, 0},
    {"isspace", gp_str_m_isspace, 0},
    {"isdecimal", gp_str_m_isdecimal, 0},
    {"isdigit", gp_str_m_isdigit, 0},
    {"isnumeric", gp_str_m_isnumeric, 0},
    {"isalpha", gp_str_m_isalpha, 0},
    {"isalnum", gp_str_m_isalnum, 0},
    {"isidentifier", gp_str_m_isidentifier, 0},
    {"isprintable", gp_str_m_isprintable, 0},
    {"zfill", gp_str_m_zfill, 0},
    {"format", gp_str_m_format, 0},
    {"format_map", gp_str_m_format_map, 0},
    {"__format__", gp_str_m_dunder_format, 0},
    {"maketrans", gp_str_m_maketrans, GP_METH_STATIC},
    {"__sizeof__", m_sizeof, 0},
    {"__getnewargs__", m_getnewargs, 0},
    {"__add__", m_add, 0},
    {"__mul__", m_mul, 0},
    {"__rmul__", m_mul, 0},
    {"__mod__", m_mod, 0},
    {"__rmod__", m_rmod, 0},
    {NULL, NULL, 0},
};

GpType gp_str_type = {
    .hdr = {&gp_type_type},
    .name = "str",
    .base = &gp_object_type,
    .size = sizeof(GpStr),
    .flags = GP_TF_BASETYPE | GP_TF_STR_SUB,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcmp = str_richcmp,
    .len = str_len,
    .iter = str_iter,
    .getitem = str_getitem,
    .contains = gp_str_contains,
    .binop = str_binop,
    .new_ = str_new,
    .trace = str_trace,
    .methods = str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
};

GP_REGISTER_TYPE(gp_str_type);
GP_REGISTER_TYPE(gp_str_iter_type);
GP_REGISTER_TYPE(gp_str_ascii_iter_type);

/* tuple.c - the tuple type. */
#include "tuple.h"

#include <stdarg.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "genericalias.h"

static GpTuple empty_tuple = {{&gp_tuple_type}, 0};

Value gp_tuple_empty(void) { return v_from_obj(&empty_tuple); }

Value gp_tuple_new(GpThread *t, size_t n) {
    if (n == 0) return gp_tuple_empty();
    if (n > (SIZE_MAX - sizeof(GpTuple)) / sizeof(Value)) return gp_raise_memory(t);
    GpTuple *tp = gp_alloc(t, &gp_tuple_type, sizeof(GpTuple) + n * sizeof(Value));
    if (!tp) return VNULL;
    tp->n = n;
    return v_from_obj(tp);
}

Value gp_tuple_from(GpThread *t, const Value *items, size_t n) {
    Value v = gp_tuple_new(t, n);
    if (v && n) memcpy(gp_tuple_items(v), items, n * sizeof(Value));
    return v;
}

Value gp_tuple_pack(GpThread *t, size_t n, ...) {
    Value v = gp_tuple_new(t, n);
    if (!v) return VNULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) gp_tuple_items(v)[i] = va_arg(ap, Value);
    va_end(ap);
    return v;
}

Value gp_tuple_slice(GpThread *t, Value tup, size_t lo, size_t hi) {
    if (lo == 0 && hi == gp_tuple_len(tup) && v_is_type(tup, &gp_tuple_type)) return tup;
    return gp_tuple_from(t, gp_tuple_items(tup) + lo, hi > lo ? hi - lo : 0);
}

static int64_t tuple_len(GpThread *t, Value self) {
    (void)t;
    return (int64_t)gp_tuple_len(self);
}

static Value tuple_repr(GpThread *t, Value self) {
    size_t n = gp_tuple_len(self);
    if (n == 0) return gp_str_from_cstr(t, "()");
    int r = gp_repr_enter(t, self);
    if (r) return r < 0 ? VNULL : gp_str_from_cstr(t, "(...)");
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_putc(&b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i) gp_buf_puts(&b, ", ");
        if (gp_buf_put_repr(t, &b, gp_tuple_items(self)[i]) < 0) {
            gp_repr_leave(t, self);
            gp_buf_free(&b);
            return VNULL;
        }
    }
    if (n == 1) gp_buf_putc(&b, ',');
    gp_buf_putc(&b, ')');
    gp_repr_leave(t, self);
    return gp_buf_finish_str(t, &b);
}

/* CPython's tuple hash (xxHash-style accumulation), so hash(t) and the
 * order of sets of tuples match. */
static int tuple_hash(GpThread *t, Value self, int64_t *out) {
    const uint64_t P1 = UINT64_C(11400714785074694791), P2 = UINT64_C(14029467366897019727),
                   P5 = UINT64_C(2870177450012600261);
    size_t n = gp_tuple_len(self);
    uint64_t acc = P5;
    for (size_t i = 0; i < n; i++) {
        int64_t h;
        if (gp_hash(t, gp_tuple_items(self)[i], &h) < 0) return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += n ^ (P5 ^ UINT64_C(3527539));
    if (acc == (uint64_t)-1) acc = 1546275796;
    *out = (int64_t)acc;
    return 0;
}

/* Sequence comparison shared by tuple and list: first differing item
 * decides, then lengths. */
Value gp_seq_richcmp(GpThread *t, const Value *a, size_t na, const Value *b, size_t nb, int op) {
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = gp_eq(t, a[i], b[i]);
        if (eq < 0) return VNULL;
        if (!eq) break;
    }
    if (i >= na || i >= nb) {
        int c = na < nb ? -1 : na > nb;
        switch (op) {
        case GP_LT: return v_bool(c < 0);
        case GP_LE: return v_bool(c <= 0);
        case GP_EQ: return v_bool(c == 0);
        case GP_NE: return v_bool(c != 0);
        case GP_GT: return v_bool(c > 0);
        default: return v_bool(c >= 0);
        }
    }
    if (op == GP_EQ) return V_FALSE;
    if (op == GP_NE) return V_TRUE;
    return gp_richcmp(t, a[i], b[i], op);
}

static Value tuple_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!gp_is_tuple(b)) return V_NOTIMPL;
    return gp_seq_richcmp(t, gp_tuple_items(a), gp_tuple_len(a), gp_tuple_items(b), gp_tuple_len(b), op);
}

/* Normalise an index for a sequence of length n; IndexError if outside. */
int gp_seq_index(GpThread *t, Value key, size_t n, size_t *out, const char *what) {
    int64_t i;
    if (v_is_int(key)) i = v_int(key);
    else if (gp_as_ssize(t, key, &i) < 0) {
        if (gp_exc_matches(t, &gp_TypeError)) {
            gp_exc_clear(t);
            gp_raise(t, &gp_TypeError, "%s indices must be integers or slices, not %s", what, v_type(key)->name);
        } else if (gp_exc_matches(t, &gp_OverflowError)) {
            gp_exc_clear(t);
            gp_raise(t, &gp_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (i < 0) i += (int64_t)n;
    if (i < 0 || (uint64_t)i >= n) return gp_raise_i(t, &gp_IndexError, "%s index out of range", what);
    *out = (size_t)i;
    return 0;
}

static Value tuple_getitem(GpThread *t, Value self, Value key) {
    size_t n = gp_tuple_len(self);
    if (v_is_type(key, &gp_slice_type)) {
        int64_t start, stop, step;
        int64_t len = gp_slice_indices(t, key, (int64_t)n, &start, &stop, &step);
        if (len < 0) return VNULL;
        if (step == 1) return gp_tuple_slice(t, self, (size_t)start, (size_t)(start + len));
        Value r = gp_tuple_new(t, (size_t)len);
        if (!r) return VNULL;
        for (int64_t i = 0; i < len; i++) gp_tuple_items(r)[i] = gp_tuple_items(self)[start + i * step];
        return r;
    }
    size_t i;
    if (gp_seq_index(t, key, n, &i, "tuple") < 0) return VNULL;
    return gp_tuple_items(self)[i];
}

static int tuple_contains(GpThread *t, Value self, Value item) {
    for (size_t i = 0; i < gp_tuple_len(self); i++) {
        int r = gp_eq(t, gp_tuple_items(self)[i], item);
        if (r) return r;
    }
    return 0;
}

static Value tuple_binop(GpThread *t, int op, Value a, Value b) {
    if (op == GP_OP_ADD) {
        if (!gp_is_tuple(a) || !gp_is_tuple(b)) return V_NOTIMPL;
        size_t na = gp_tuple_len(a), nb = gp_tuple_len(b);
        if (!nb && v_is_type(a, &gp_tuple_type)) return a;
        if (!na && v_is_type(b, &gp_tuple_type)) return b;
        Value r = gp_tuple_new(t, na + nb);
        if (!r) return VNULL;
        memcpy(gp_tuple_items(r), gp_tuple_items(a), na * sizeof(Value));
        memcpy(gp_tuple_items(r) + na, gp_tuple_items(b), nb * sizeof(Value));
        return r;
    }
    if (op == GP_OP_MUL) {
        Value seq = gp_is_tuple(a) ? a : b, count = gp_is_tuple(a) ? b : a;
        if (!gp_is_int(count) && !v_type(count)->index) return V_NOTIMPL;
        int64_t k;
        if (gp_as_ssize(t, count, &k) < 0) {
            if (gp_exc_matches(t, &gp_OverflowError)) {
                gp_exc_clear(t);
                return gp_raise(t, &gp_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return VNULL;
        }
        size_t n = gp_tuple_len(seq);
        if (k <= 0 || n == 0) return gp_tuple_empty();
        if (k == 1 && v_is_type(seq, &gp_tuple_type)) return seq;
        if ((uint64_t)k > SIZE_MAX / sizeof(Value) / n) return gp_raise_memory(t);
        Value r = gp_tuple_new(t, n * (size_t)k);
        if (!r) return VNULL;
        for (int64_t i = 0; i < k; i++) memcpy(gp_tuple_items(r) + i * n, gp_tuple_items(seq), n * sizeof(Value));
        return r;
    }
    return V_NOTIMPL;
}

typedef struct TupleIter {
    GpObj hdr;
    Value seq;
    size_t i;
} TupleIter;

GpType gp_tupleiter_type;

static Value tuple_iter(GpThread *t, Value self) {
    TupleIter *it = gp_alloc(t, &gp_tupleiter_type, sizeof *it);
    if (!it) return VNULL;
    it->seq = self;
    return v_from_obj(it);
}

static Value tupleiter_next(GpThread *t, Value self) {
    (void)t;
    TupleIter *it = (TupleIter *)v_obj(self);
    if (!it->seq) return VNULL;
    if (it->i < gp_tuple_len(it->seq)) return gp_tuple_items(it->seq)[it->i++];
    it->seq = VNULL;
    return VNULL;
}

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

static void tupleiter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((TupleIter *)self)->seq); }

static Value tupleiter_length_hint(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)t; (void)a; (void)n; (void)kw;
    TupleIter *it = (TupleIter *)v_obj(self);
    return v_from_small(it->seq ? (int64_t)(gp_tuple_len(it->seq) - it->i) : 0);
}
static const GpMethodDef tupleiter_methods[] = {{"__length_hint__", tupleiter_length_hint, GP_METH_NOKW}, {NULL, NULL, 0}};

GpType gp_tupleiter_type = {
    .hdr = {&gp_type_type},
    .name = "tuple_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'tuple_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(TupleIter),
    .iter = self_iter,
    .next = tupleiter_next,
    .trace = tupleiter_trace,
    .methods = tupleiter_methods,
};

static void tuple_trace(GpGc *gc, GpObj *self) {
    GpTuple *tp = (GpTuple *)self;
    gc_mark_range(gc, tp->items, tp->n);
    /* A negative offset (the dict after the items, in subclasses) is
     * marked by the heap type's own trace. */
    int32_t off = self->type->dict_offset;
    if (off > 0) gc_mark(gc, *(Value *)((char *)self + off));
}

static Value tuple_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    GpType *type = (GpType *)v_obj(callable);
    if (kwnames && gp_tuple_len(kwnames)) return gp_raise(t, &gp_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1) return gp_raise(t, &gp_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    Value items = nargs ? gp_sequence_tuple(t, args[0]) : gp_tuple_empty();
    if (!items || type == &gp_tuple_type) return items;
    size_t n = gp_tuple_len(items);
    GpTuple *tp = gp_alloc(t, type, type->size + n * sizeof(Value));
    if (!tp) return VNULL;
    tp->n = n;
    memcpy(tp->items, gp_tuple_items(items), n * sizeof(Value));
    return v_from_obj(tp);
}

static Value m_index(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "index", n, 1, 3) < 0) return VNULL;
    int64_t len = (int64_t)gp_tuple_len(self), start = 0, stop = len;
    if (n > 1 && gp_as_ssize(t, a[1], &start) < 0) return VNULL;
    if (n > 2 && gp_as_ssize(t, a[2], &stop) < 0) return VNULL;
    if (start < 0 && (start += len) < 0) start = 0;
    if (stop < 0 && (stop += len) < 0) stop = 0;
    for (int64_t i = start; i < stop && i < len; i++) {
        int r = gp_eq(t, gp_tuple_items(self)[i], a[0]);
        if (r < 0) return VNULL;
        if (r) return v_from_small(i);
    }
    return gp_raise(t, &gp_ValueError, "tuple.index(x): x not in tuple");
}

static Value m_count(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "count", n, 1, 1) < 0) return VNULL;
    int64_t c = 0;
    for (size_t i = 0; i < gp_tuple_len(self); i++) {
        int r = gp_eq(t, gp_tuple_items(self)[i], a[0]);
        if (r < 0) return VNULL;
        c += r;
    }
    return v_from_small(c);
}

static Value m_getnewargs(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return gp_tuple_pack(t, 1, gp_tuple_from(t, gp_tuple_items(self), gp_tuple_len(self)));
}

static const GpMethodDef tuple_methods[] = {
    {"__class_getitem__", gp_generic_class_getitem, GP_METH_CLASS},
    {"index", m_index, GP_METH_NOKW},
    {"count", m_count, GP_METH_NOKW},
    {"__getnewargs__", m_getnewargs, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_tuple_type = {
    .hdr = {&gp_type_type},
    .name = "tuple",
    .base = &gp_object_type,
    .size = sizeof(GpTuple),
    .flags = GP_TF_BASETYPE | GP_TF_TUPLE_SUB,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .len = tuple_len,
    .iter = tuple_iter,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .binop = tuple_binop,
    .new_ = tuple_new,
    .trace = tuple_trace,
    .methods = tuple_methods,
};

GP_REGISTER_TYPE(gp_tupleiter_type);
GP_REGISTER_TYPE(gp_tuple_type);

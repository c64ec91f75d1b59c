/* deque.c - collections.deque: storage, construction, item access and
 * the mutating methods. Representation: see GpDeque in collections.h.
 * Repr, comparisons, + and *, and the iterators are in deque_ops.c. */
#include <string.h>

#include "../mem/heap.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "collections.h"
#include "../obj/genericalias.h"

#define MIN_CAP 8

/* ---- storage */

/* Move the items into a fresh buffer of new_cap slots (a power of two
 * >= len), starting at slot 0. The old blob is left to the collector. */
static int resize(GpThread *t, GpDeque *d, size_t new_cap) {
    Value *nb = gp_blob_alloc(t, new_cap * sizeof(Value));
    if (!nb) return -1;
    for (size_t i = 0; i < d->len; i++) nb[i] = gp_deque_at(d, i);
    d->buf = nb;
    d->cap = new_cap;
    d->head = 0;
    return 0;
}

static int reserve(GpThread *t, GpDeque *d, size_t need) {
    if (need <= d->cap) return 0;
    size_t cap = d->cap ? d->cap : MIN_CAP;
    while (cap < need) {
        if (cap > SIZE_MAX / 2 / sizeof(Value)) return gp_raise_memory(t), -1;
        cap *= 2;
    }
    return resize(t, d, cap);
}

/* After removals: give memory back once three quarters are unused. */
static void maybe_shrink(GpThread *t, GpDeque *d) {
    if (d->cap > 4 * MIN_CAP && d->len < d->cap / 4 && resize(t, d, d->cap / 2) < 0) gp_exc_clear(t);
}

static Value pop_end(GpDeque *d, int left) {
    Value v;
    if (left) {
        v = d->buf[d->head];
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        v = gp_deque_at(d, d->len - 1);
    }
    d->len--;
    return v;
}

/* Append at one end; with a maxlen, an item falls off the other end. */
int gp_deque_push(GpThread *t, GpDeque *d, Value v, int left) {
    if (d->maxlen == 0) return 0;
    if (d->len == d->cap && reserve(t, d, d->len + 1) < 0) return -1;
    if (left) {
        d->head = (d->head - 1) & (d->cap - 1);
        d->buf[d->head] = v;
    } else {
        d->buf[(d->head + d->len) & (d->cap - 1)] = v;
    }
    d->len++;
    if (d->maxlen >= 0 && d->len > (size_t)d->maxlen) pop_end(d, !left);
    d->state++;
    return 0;
}

static void clear(GpDeque *d) {
    d->buf = NULL;
    d->cap = d->head = d->len = 0;
    d->state++;
}

/* Remove the item at i, moving whichever side is shorter. */
static void del_at(GpThread *t, GpDeque *d, size_t i) {
    size_t mask = d->cap - 1;
    if (i < d->len / 2) {
        for (size_t j = i; j > 0; j--) d->buf[(d->head + j) & mask] = d->buf[(d->head + j - 1) & mask];
        d->head = (d->head + 1) & mask;
    } else {
        for (size_t j = i; j + 1 < d->len; j++) d->buf[(d->head + j) & mask] = d->buf[(d->head + j + 1) & mask];
    }
    d->len--;
    d->state++;
    maybe_shrink(t, d);
}

/* Rotate right by n (left when negative). Only the shorter way round is
 * walked; a full ring just moves its head. */
static void rotate(GpDeque *d, int64_t n) {
    if (d->len <= 1) return;
    int64_t len = (int64_t)d->len;
    n %= len;
    if (n < 0) n += len;
    if (n == 0) return;
    size_t mask = d->cap - 1;
    if (d->len == d->cap) {
        d->head = (d->head - (size_t)n) & mask;
    } else if (n <= len / 2) {
        for (int64_t k = 0; k < n; k++) {
            Value v = gp_deque_at(d, d->len - 1);
            d->head = (d->head - 1) & mask;
            d->buf[d->head] = v;
        }
    } else {
        for (int64_t k = 0; k < len - n; k++) {
            Value v = d->buf[d->head];
            d->buf[(d->head + d->len) & mask] = v;
            d->head = (d->head + 1) & mask;
        }
    }
    d->state++;
}

/* Insert before index i (0 <= i <= len), moving the shorter side. */
static int insert_at(GpThread *t, GpDeque *d, size_t i, Value v) {
    if (reserve(t, d, d->len + 1) < 0) return -1;
    size_t mask = d->cap - 1;
    if (i < d->len / 2) {
        d->head = (d->head - 1) & mask;
        for (size_t j = 0; j < i; j++) d->buf[(d->head + j) & mask] = d->buf[(d->head + j + 1) & mask];
    } else {
        for (size_t j = d->len; j > i; j--) d->buf[(d->head + j) & mask] = d->buf[(d->head + j - 1) & mask];
    }
    d->buf[(d->head + i) & mask] = v;
    d->len++;
    d->state++;
    return 0;
}

int gp_deque_extend(GpThread *t, Value self, Value iterable, int left) {
    GpDeque *d = gp_deque_obj(self);
    /* d.extend(d): iterate over a snapshot, as CPython does. */
    if (iterable == self) {
        iterable = gp_sequence_list(t, iterable);
        if (!iterable) return -1;
    }
    if (gp_is_list(iterable) || gp_is_tuple(iterable)) {
        int is_list = gp_is_list(iterable);
        for (size_t i = 0;; i++) {
            size_t n = is_list ? gp_list_obj(iterable)->n : gp_tuple_len(iterable);
            if (i >= n) return 0;
            Value x = is_list ? gp_list_obj(iterable)->items[i] : gp_tuple_items(iterable)[i];
            if (gp_deque_push(t, d, x, left) < 0) return -1;
        }
    }
    Value it = gp_iter(t, iterable);
    if (!it) return -1;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? -1 : 0;
        if (gp_deque_push(t, d, x, left) < 0) return -1;
    }
}

/* An int argument as a C ssize_t, with PyLong_AsSsize_t's overflow
 * message (gp_as_ssize words it as an index). */
static int ssize_arg(GpThread *t, Value v, int64_t *out) {
    if (gp_as_ssize(t, v, out) == 0) return 0;
    if (gp_exc_matches(t, &gp_OverflowError)) {
        gp_exc_clear(t);
        gp_raise(t, &gp_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return -1;
}

/* ---- construction */

static Value deque_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    GpType *type = (GpType *)v_obj(callable);
    GpDeque *d = gp_alloc(t, type, type->size);
    if (!d) return VNULL;
    d->maxlen = -1;
    return v_from_obj(d);
}

static int deque_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"iterable", "maxlen"};
    static const GpArgSpec spec = {"deque", names, 2, 2, 0, 0};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return -1;
    int64_t maxlen = -1;
    if (a[1] && a[1] != V_NONE) {
        if (!gp_is_int(a[1])) return gp_raise_i(t, &gp_TypeError, "an integer is required");
        if (ssize_arg(t, a[1], &maxlen) < 0) return -1;
        if (maxlen < 0) return gp_raise_i(t, &gp_ValueError, "maxlen must be non-negative");
    }
    GpDeque *d = gp_deque_obj(self);
    d->maxlen = maxlen;
    if (d->len) clear(d);
    if (a[0]) return gp_deque_extend(t, self, a[0], 0);
    return 0;
}

Value gp_deque_copy(GpThread *t, Value self) {
    GpDeque *d = gp_deque_obj(self);
    GpType *type = v_type(self);
    if (type == &gp_deque_type) {
        GpDeque *c = gp_alloc(t, &gp_deque_type, sizeof(GpDeque));
        if (!c) return VNULL;
        c->maxlen = d->maxlen;
        if (d->len && reserve(t, c, d->len) < 0) return VNULL;
        for (size_t i = 0; i < d->len; i++) c->buf[i] = gp_deque_at(d, i);
        c->len = d->len;
        return v_from_obj(c);
    }
    Value r;
    if (d->maxlen < 0) {
        r = gp_call1(t, v_from_obj(type), self);
    } else {
        Value maxlen = gp_int_from_i64(t, d->maxlen);
        r = maxlen ? gp_call2(t, v_from_obj(type), self, maxlen) : VNULL;
    }
    if (r && !gp_is_deque(r))
        return gp_raise(t, &gp_TypeError, "%s() must return a deque, not %s", type->name, v_type(r)->name);
    return r;
}

/* ---- slots */

static int64_t deque_len(GpThread *t, Value self) {
    (void)t;
    return (int64_t)gp_deque_obj(self)->len;
}

static int deque_truth(GpThread *t, Value self) {
    (void)t;
    return gp_deque_obj(self)->len != 0;
}

/* An item index as CPython's sequence protocol checks it. */
static int item_index(GpThread *t, GpDeque *d, Value key, size_t *out) {
    int64_t i;
    if (v_is_int(key)) {
        i = v_int(key);
    } else {
        if (!gp_is_int(key) && !v_type(key)->index)
            return gp_raise_i(t, &gp_TypeError, "sequence index must be integer, not '%s'", v_type(key)->name);
        if (gp_as_ssize(t, key, &i) < 0) {
            if (gp_exc_matches(t, &gp_OverflowError)) {
                gp_exc_clear(t);
                gp_raise(t, &gp_IndexError, "cannot fit '%s' into an index-sized integer", v_type(key)->name);
            }
            return -1;
        }
    }
    if (i < 0) i += (int64_t)d->len;
    if (i < 0 || (uint64_t)i >= d->len) return gp_raise_i(t, &gp_IndexError, "deque index out of range");
    *out = (size_t)i;
    return 0;
}

static Value deque_getitem(GpThread *t, Value self, Value key) {
    GpDeque *d = gp_deque_obj(self);
    size_t i;
    if (item_index(t, d, key, &i) < 0) return VNULL;
    return gp_deque_at(d, i);
}

static int deque_setitem(GpThread *t, Value self, Value key, Value v) {
    GpDeque *d = gp_deque_obj(self);
    size_t i;
    if (item_index(t, d, key, &i) < 0) return -1;
    if (v) d->buf[(d->head + i) & (d->cap - 1)] = v;
    else del_at(t, d, i);
    return 0;
}

/* Calls x == item for each item, stopping at the first true result;
 * returns its index, -1 when none, -2 on error (mutation included). */
static int64_t find(GpThread *t, Value self, Value item, size_t start, size_t stop, GpType *mutated_exc) {
    GpDeque *d = gp_deque_obj(self);
    uint64_t state = d->state;
    for (size_t i = start; i < stop && i < d->len; i++) {
        int r = gp_eq(t, gp_deque_at(d, i), item);
        if (r < 0) return -2;
        if (d->state != state) {
            gp_raise(t, mutated_exc, "deque mutated during iteration");
            return -2;
        }
        if (r) return (int64_t)i;
    }
    return -1;
}

static int deque_contains(GpThread *t, Value self, Value item) {
    int64_t i = find(t, self, item, 0, gp_deque_obj(self)->len, &gp_RuntimeError);
    return i == -2 ? -1 : i >= 0;
}

static void deque_trace(GpGc *gc, GpObj *self) {
    GpDeque *d = (GpDeque *)self;
    gc_mark_blob(gc, d->buf);
    for (size_t i = 0; i < d->len; i++) gc_mark(gc, gp_deque_at(d, i));
}

/* ---- methods */

static Value m_append(ARGS) {
    if (gp_check_no_kw(t, "deque.append", kw) < 0 || gp_check_nargs(t, "deque.append", nargs, 1, 1) < 0)
        return VNULL;
    return gp_deque_push(t, gp_deque_obj(self), args[0], 0) < 0 ? VNULL : V_NONE;
}

static Value m_appendleft(ARGS) {
    if (gp_check_no_kw(t, "deque.appendleft", kw) < 0 || gp_check_nargs(t, "deque.appendleft", nargs, 1, 1) < 0)
        return VNULL;
    return gp_deque_push(t, gp_deque_obj(self), args[0], 1) < 0 ? VNULL : V_NONE;
}

static Value pop_method(GpThread *t, Value self, size_t nargs, Value kw, int left) {
    const char *name = left ? "deque.popleft" : "deque.pop";
    if (gp_check_no_kw(t, name, kw) < 0 || gp_check_nargs(t, name, nargs, 0, 0) < 0) return VNULL;
    GpDeque *d = gp_deque_obj(self);
    if (!d->len) return gp_raise(t, &gp_IndexError, "pop from an empty deque");
    Value v = pop_end(d, left);
    d->state++;
    maybe_shrink(t, d);
    return v;
}

static Value m_pop(ARGS) {
    (void)args;
    return pop_method(t, self, nargs, kw, 0);
}

static Value m_popleft(ARGS) {
    (void)args;
    return pop_method(t, self, nargs, kw, 1);
}

static Value m_extend(ARGS) {
    if (gp_check_no_kw(t, "deque.extend", kw) < 0 || gp_check_nargs(t, "deque.extend", nargs, 1, 1) < 0)
        return VNULL;
    return gp_deque_extend(t, self, args[0], 0) < 0 ? VNULL : V_NONE;
}

static Value m_extendleft(ARGS) {
    if (gp_check_no_kw(t, "deque.extendleft", kw) < 0 || gp_check_nargs(t, "deque.extendleft", nargs, 1, 1) < 0)
        return VNULL;
    return gp_deque_extend(t, self, args[0], 1) < 0 ? VNULL : V_NONE;
}

static Value m_insert(ARGS) {
    if (gp_check_no_kw(t, "deque.insert", kw) < 0) return VNULL;
    if (nargs != 2) return gp_raise(t, &gp_TypeError, "insert() takes exactly 2 arguments (%zu given)", nargs);
    int64_t i;
    if (ssize_arg(t, args[0], &i) < 0) return VNULL;
    GpDeque *d = gp_deque_obj(self);
    if (d->maxlen >= 0 && d->len == (size_t)d->maxlen)
        return gp_raise(t, &gp_IndexError, "deque already at its maximum size");
    int64_t n = (int64_t)d->len;
    if (i < 0 && (i += n) < 0) i = 0;
    if (i > n) i = n;
    return insert_at(t, d, (size_t)i, args[1]) < 0 ? VNULL : V_NONE;
}

static Value m_remove(ARGS) {
    if (gp_check_no_kw(t, "deque.remove", kw) < 0 || gp_check_nargs(t, "deque.remove", nargs, 1, 1) < 0)
        return VNULL;
    int64_t i = find(t, self, args[0], 0, gp_deque_obj(self)->len, &gp_IndexError);
    if (i == -2) return VNULL;
    if (i < 0) return gp_raise(t, &gp_ValueError, "%R is not in deque", args[0]);
    del_at(t, gp_deque_obj(self), (size_t)i);
    return V_NONE;
}

/* A start or stop bound of index(), clamped into [0, len] as slices are. */
static int bound(GpThread *t, Value v, int64_t len, int64_t *out) {
    int64_t i;
    if (v_is_int(v)) {
        i = v_int(v);
    } else {
        if (!gp_is_int(v) && !v_type(v)->index)
            return gp_raise_i(t, &gp_TypeError, "slice indices must be integers or have an __index__ method");
        Value x = gp_index(t, v);
        if (!x) return -1;
        if (!gp_int_to_i64(x, &i)) i = gp_int_sign(x) < 0 ? -len - 1 : len;
    }
    if (i < 0 && (i += len) < 0) i = 0;
    *out = i > len ? len : i;
    return 0;
}

static Value m_index(ARGS) {
    if (gp_check_no_kw(t, "deque.index", kw) < 0) return VNULL;
    if (nargs < 1) return gp_raise(t, &gp_TypeError, "index() takes at least 1 argument (%zu given)", nargs);
    if (nargs > 3) return gp_raise(t, &gp_TypeError, "index() takes at most 3 arguments (%zu given)", nargs);
    int64_t len = (int64_t)gp_deque_obj(self)->len, start = 0, stop = len;
    if (nargs > 1 && bound(t, args[1], len, &start) < 0) return VNULL;
    if (nargs > 2 && bound(t, args[2], len, &stop) < 0) return VNULL;
    int64_t i = start < stop ? find(t, self, args[0], (size_t)start, (size_t)stop, &gp_RuntimeError) : -1;
    if (i == -2) return VNULL;
    if (i < 0) return gp_raise(t, &gp_ValueError, "%R is not in deque", args[0]);
    return v_from_small(i);
}

static Value m_count(ARGS) {
    if (gp_check_no_kw(t, "deque.count", kw) < 0 || gp_check_nargs(t, "deque.count", nargs, 1, 1) < 0) return VNULL;
    GpDeque *d = gp_deque_obj(self);
    uint64_t state = d->state;
    int64_t c = 0;
    for (size_t i = 0; i < d->len; i++) {
        int r = gp_eq(t, gp_deque_at(d, i), args[0]);
        if (r < 0) return VNULL;
        if (d->state != state) return gp_deque_mutated(t);
        c += r;
    }
    return v_from_small(c);
}

static Value m_reverse(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "deque.reverse", kw) < 0 || gp_check_nargs(t, "deque.reverse", nargs, 0, 0) < 0)
        return VNULL;
    GpDeque *d = gp_deque_obj(self);
    size_t mask = d->cap - 1;
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        Value *a = &d->buf[(d->head + i) & mask], *b = &d->buf[(d->head + j - 1) & mask];
        Value x = *a;
        *a = *b;
        *b = x;
    }
    d->state++;
    return V_NONE;
}

static Value m_rotate(ARGS) {
    if (gp_check_no_kw(t, "deque.rotate", kw) < 0 || gp_check_nargs(t, "deque.rotate", nargs, 0, 1) < 0)
        return VNULL;
    int64_t n = 1;
    if (nargs && ssize_arg(t, args[0], &n) < 0) return VNULL;
    rotate(gp_deque_obj(self), n);
    return V_NONE;
}

static Value m_clear(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "deque.clear", kw) < 0 || gp_check_nargs(t, "deque.clear", nargs, 0, 0) < 0) return VNULL;
    clear(gp_deque_obj(self));
    return V_NONE;
}

static Value m_copy(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "deque.copy", kw) < 0 || gp_check_nargs(t, "deque.copy", nargs, 0, 0) < 0) return VNULL;
    return gp_deque_copy(t, self);
}

static Value m_dunder_copy(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "deque.__copy__", kw) < 0 || gp_check_nargs(t, "deque.__copy__", nargs, 0, 0) < 0)
        return VNULL;
    return gp_deque_copy(t, self);
}

/* (type, () or ((), maxlen), instance dict or None, iterator). */
static Value m_reduce(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "deque.__reduce__", kw) < 0 || gp_check_nargs(t, "deque.__reduce__", nargs, 0, 0) < 0)
        return VNULL;
    GpDeque *d = gp_deque_obj(self);
    Value cargs = gp_tuple_empty();
    if (d->maxlen >= 0) {
        Value maxlen = gp_int_from_i64(t, d->maxlen);
        cargs = maxlen ? gp_tuple_pack(t, 2, gp_tuple_empty(), maxlen) : VNULL;
        if (!cargs) return VNULL;
    }
    Value *dslot = gp_instance_dict_slot(self);
    Value state = dslot && *dslot && gp_len(t, *dslot) > 0 ? *dslot : V_NONE;
    Value it = gp_deque_iter(t, self);
    if (!it) return VNULL;
    return gp_tuple_pack(t, 4, v_from_obj(v_type(self)), cargs, state, it);
}

static Value m_sizeof(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "deque.__sizeof__", kw) < 0 || gp_check_nargs(t, "deque.__sizeof__", nargs, 0, 0) < 0)
        return VNULL;
    GpDeque *d = gp_deque_obj(self);
    return gp_int_from_i64(t, (int64_t)(v_type(self)->size + d->cap * sizeof(Value)));
}

static Value get_maxlen(GpThread *t, Value self) {
    GpDeque *d = gp_deque_obj(self);
    return d->maxlen < 0 ? V_NONE : gp_int_from_i64(t, d->maxlen);
}

static const GpGetSetDef deque_getsets[] = {{"maxlen", get_maxlen, NULL}, {NULL, NULL, NULL}};

static const GpMethodDef deque_methods[] = {
    {"__class_getitem__", gp_generic_class_getitem, GP_METH_CLASS},
    {"append", m_append, 0},
    {"appendleft", m_appendleft, 0},
    {"pop", m_pop, 0},
    {"popleft", m_popleft, 0},
    {"extend", m_extend, 0},
    {"extendleft", m_extendleft, 0},
    {"insert", m_insert, 0},
    {"remove", m_remove, 0},
    {"index", m_index, 0},
    {"count", m_count, 0},
    {"reverse", m_reverse, 0},
    {"rotate", m_rotate, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"__copy__", m_dunder_copy, 0},
    {"__reduce__", m_reduce, 0},
    {"__reversed__", gp_deque_reversed, 0},
    {"__sizeof__", m_sizeof, 0},
    {NULL, NULL, 0},
};

GpType gp_deque_type = {
    .hdr = {&gp_type_type},
    .name = "collections.deque",
    .base = &gp_object_type,
    .size = sizeof(GpDeque),
    .flags = GP_TF_BASETYPE,
    .repr = gp_deque_repr,
    .hash = gp_hash_not_implemented,
    .richcmp = gp_deque_richcmp,
    .truth = deque_truth,
    .len = deque_len,
    .iter = gp_deque_iter,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .binop = gp_deque_binop,
    .inplace = gp_deque_inplace,
    .new_ = deque_new,
    .init = deque_init,
    .trace = deque_trace,
    .methods = deque_methods,
    .getsets = deque_getsets,
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
};
GP_REGISTER_TYPE(gp_deque_type);

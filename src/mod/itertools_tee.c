/* itertools_tee.c - tee(iterable, n=2) and its _tee iterators.
 *
 * The representation, as CPython's: the items read from the shared input
 * live in a singly linked list of _tee_dataobject blocks of LINKCELLS
 * items each. Every _tee is a cursor (a block and an index in it); the
 * one furthest ahead reads the input and appends, the others replay.
 * Blocks that every cursor has passed become unreachable and are
 * collected, so memory is bounded by the distance between the slowest
 * and the fastest cursor. Copying a _tee copies the cursor. */
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "itertools_impl.h"

enum { LINKCELLS = 57 };

typedef struct TeeData {
    GpObj hdr;
    Value it;       /* the shared input iterator */
    Value nextlink; /* the next block, VNULL until needed */
    int numread;    /* items filled in values[] */
    int running;    /* reading the input: guards against re-entry */
    Value values[LINKCELLS];
} TeeData;

typedef struct Tee {
    GpObj hdr;
    Value data; /* TeeData */
    int index;  /* position in data->values */
} Tee;

static Value teedata_make(GpThread *t, Value it) {
    TeeData *d = gp_alloc(t, &gp_itertools_teedata_type, sizeof(TeeData));
    if (!d) return VNULL;
    d->it = it;
    return v_from_obj(d);
}

static Value tee_make(GpThread *t, Value data, int index) {
    Tee *to = gp_alloc(t, &gp_itertools_tee_type, sizeof(Tee));
    if (!to) return VNULL;
    to->data = data;
    to->index = index;
    return v_from_obj(to);
}

static Value tee_copy(GpThread *t, Value self) {
    Tee *to = (Tee *)v_obj(self);
    return tee_make(t, to->data, to->index);
}

/* A _tee over any iterable; a _tee given a _tee copies it. */
static Value tee_from_iterable(GpThread *t, Value iterable) {
    Value it = gp_iter(t, iterable);
    if (!it) return VNULL;
    if (v_is_type(it, &gp_itertools_tee_type)) return tee_copy(t, it);
    Value data = teedata_make(t, it);
    return data ? tee_make(t, data, 0) : VNULL;
}

static Value tee_next(GpThread *t, Value self) {
    Tee *to = (Tee *)v_obj(self);
    TeeData *d = (TeeData *)v_obj(to->data);
    if (to->index >= LINKCELLS) {
        if (!d->nextlink && !(d->nextlink = teedata_make(t, d->it))) return VNULL;
        to->data = d->nextlink;
        to->index = 0;
        d = (TeeData *)v_obj(to->data);
    }
    if (to->index < d->numread) return d->values[to->index++];
    /* This cursor leads: read from the input. */
    if (d->running) return gp_raise(t, &gp_RuntimeError, "cannot re-enter the tee iterator");
    d->running = 1;
    Value x = gp_next(t, d->it);
    d->running = 0;
    if (!x) return VNULL;
    d->values[d->numread++] = x;
    to->index++;
    return x;
}

static Value tee_new(ITER_ARGS) {
    (void)callable;
    if (gp_check_no_kw(t, "_tee", kw) < 0 || gp_check_positional(t, "_tee", nargs, 1, 1) < 0) return VNULL;
    return tee_from_iterable(t, args[0]);
}

static Value tee_m_copy(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "_tee.__copy__", n, 0, 0) < 0) return VNULL;
    return tee_copy(t, self);
}

static const GpMethodDef tee_methods[] = {
    {"__copy__", tee_m_copy, GP_METH_NOKW},
    {NULL, NULL, 0},
};

static void tee_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((Tee *)self)->data); }

GpType gp_itertools_tee_type = {
    .hdr = {&gp_type_type},
    .name = "itertools._tee",
    .base = &gp_object_type,
    .size = sizeof(Tee),
    .iter = gp_itertools_self_iter,
    .next = tee_next,
    .new_ = tee_new,
    .trace = tee_trace,
    .methods = tee_methods,
    .doc = "Iterator wrapped to make it copyable.",
};

static void teedata_trace(GpGc *gc, GpObj *self) {
    TeeData *d = (TeeData *)self;
    gc_mark(gc, d->it);
    gc_mark(gc, d->nextlink);
    gc_mark_range(gc, d->values, (size_t)d->numread);
}

/* Only tee makes blocks; the constructor exists for its error messages
 * (CPython's rebuilds blocks for pickling, which gilpy does not do). */
static Value teedata_new(ITER_ARGS) {
    (void)callable;
    (void)args;
    if (gp_check_no_kw(t, "teedataobject", kw) < 0 || gp_check_positional(t, "teedataobject", nargs, 3, 3) < 0)
        return VNULL;
    return gp_raise(t, &gp_TypeError, "cannot create 'itertools._tee_dataobject' instances");
}

GpType gp_itertools_teedata_type = {
    .hdr = {&gp_type_type},
    .name = "itertools._tee_dataobject",
    .base = &gp_object_type,
    .size = sizeof(TeeData),
    .new_ = teedata_new,
    .trace = teedata_trace,
    .doc = "Data container common to multiple tee objects.",
};

/* ---- tee(iterable, n=2, /): n iterators. An input that can copy
 * itself (__copy__, as a _tee can) is copied; anything else is wrapped
 * in a _tee first. */

Value gp_itertools_tee(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    if (gp_check_no_kw(t, "itertools.tee", kw) < 0 || gp_check_positional(t, "tee", nargs, 1, 2) < 0) return VNULL;
    int64_t n = 2;
    if (nargs > 1 && gp_itertools_ssize(t, args[1], &n) < 0) return VNULL;
    if (n < 0) return gp_raise(t, &gp_ValueError, "n must be >= 0");
    Value result = gp_tuple_new(t, (size_t)n);
    if (!result) return VNULL;
    if (n == 0) return result;
    Value it = gp_iter(t, args[0]);
    if (!it) return VNULL;
    Value copyfn = gp_getattr_opt(t, it, gp_str_intern_cstr(t, "__copy__"));
    if (!copyfn) {
        if (t->exc) return VNULL;
        if (!(it = tee_from_iterable(t, it))) return VNULL;
    }
    gp_tuple_items(result)[0] = it;
    for (int64_t i = 1; i < n; i++) {
        Value c = copyfn ? gp_call0(t, copyfn) : tee_copy(t, it);
        if (!c) return VNULL;
        gp_tuple_items(result)[i] = c;
    }
    return result;
}

GP_REGISTER_TYPE(gp_itertools_tee_type);
GP_REGISTER_TYPE(gp_itertools_teedata_type);

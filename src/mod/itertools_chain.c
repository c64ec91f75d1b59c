/* itertools_chain.c - the iterators that join or regroup their inputs:
 * chain, accumulate, batched, pairwise and zip_longest. */
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/list.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "itertools_impl.h"

/* ---- chain(*iterables), chain.from_iterable(iterable): `source` yields
 * the iterables, `active` is an iterator over the current one. */

typedef struct Chain {
    GpObj hdr;
    Value source; /* VNULL when done */
    Value active; /* VNULL between iterables */
} Chain;

static Value chain_make(GpThread *t, Value type, Value iterable) {
    Value source = gp_iter(t, iterable);
    if (!source) return VNULL;
    Chain *c = gp_itertools_alloc(t, type);
    if (!c) return VNULL;
    c->source = source;
    return v_from_obj(c);
}

static Value chain_new(ITER_ARGS) {
    if (gp_check_no_kw(t, "chain", kw) < 0) return VNULL;
    Value its = gp_tuple_from(t, args, nargs);
    return its ? chain_make(t, callable, its) : VNULL;
}

static Value chain_from_iterable(GpThread *t, Value cls, const Value *args, size_t nargs, Value kw) {
    if (gp_check_no_kw(t, "chain.from_iterable", kw) < 0 || gp_check_nargs(t, "chain.from_iterable", nargs, 1, 1) < 0)
        return VNULL;
    return chain_make(t, cls, args[0]);
}

static Value chain_next(GpThread *t, Value self) {
    Chain *c = (Chain *)v_obj(self);
    while (c->source) {
        if (!c->active) {
            Value iterable = gp_next(t, c->source);
            if (!iterable) {
                c->source = VNULL;
                return VNULL;
            }
            c->active = gp_iter(t, iterable);
            if (!c->active) {
                c->source = VNULL;
                return VNULL;
            }
        }
        Value x = gp_next(t, c->active);
        if (x || t->exc) return x;
        c->active = VNULL;
    }
    return VNULL;
}

static void chain_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((Chain *)self)->source);
    gc_mark(gc, ((Chain *)self)->active);
}

static const GpMethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, GP_METH_CLASS},
    {NULL, NULL, 0},
};

GpType gp_itertools_chain_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.chain",
    .base = &gp_object_type,
    .size = sizeof(Chain),
    .flags = GP_TF_BASETYPE,
    .iter = gp_itertools_self_iter,
    .next = chain_next,
    .new_ = chain_new,
    .trace = chain_trace,
    .methods = chain_methods,
    .doc = "Return a chain object whose .__next__() method returns elements from the\n"
           "first iterable until it is exhausted, then elements from the next\n"
           "iterable, until all of the iterables are exhausted.",
};

/* ---- accumulate(iterable, func=None, *, initial=None) */

typedef struct Accumulate {
    GpObj hdr;
    Value it;
    Value func;    /* VNULL: + */
    Value total;   /* VNULL before the first item */
    Value initial; /* VNULL once yielded (or when None) */
} Accumulate;

static Value accumulate_new(ITER_ARGS) {
    static const char *const names[] = {"iterable", "func", "initial"};
    static const GpArgSpec spec = {"accumulate", names, 3, 2, 0, 1};
    Value a[3];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value it = gp_iter(t, a[0]);
    if (!it) return VNULL;
    Accumulate *acc = gp_itertools_alloc(t, callable);
    if (!acc) return VNULL;
    acc->it = it;
    acc->func = a[1] == V_NONE ? VNULL : a[1];
    acc->initial = a[2] == V_NONE ? VNULL : a[2];
    return v_from_obj(acc);
}

static Value accumulate_next(GpThread *t, Value self) {
    Accumulate *acc = (Accumulate *)v_obj(self);
    if (acc->initial) {
        acc->total = acc->initial;
        acc->initial = VNULL;
        return acc->total;
    }
    Value x = gp_next(t, acc->it);
    if (!x) return VNULL;
    if (!acc->total) return acc->total = x;
    Value r = acc->func ? gp_call2(t, acc->func, acc->total, x) : gp_binop(t, GP_OP_ADD, acc->total, x);
    if (!r) return VNULL;
    return acc->total = r;
}

static void accumulate_trace(GpGc *gc, GpObj *self) {
    Accumulate *acc = (Accumulate *)self;
    gc_mark(gc, acc->it);
    gc_mark(gc, acc->func);
    gc_mark(gc, acc->total);
    gc_mark(gc, acc->initial);
}

GpType gp_itertools_accumulate_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.accumulate",
    .base = &gp_object_type,
    .size = sizeof(Accumulate),
    .flags = GP_TF_BASETYPE,
    .iter = gp_itertools_self_iter,
    .next = accumulate_next,
    .new_ = accumulate_new,
    .trace = accumulate_trace,
    .doc = "Return series of accumulated sums (or other binary function results).",
};

/* ---- batched(iterable, n): tuples of n items, the last may be shorter */

typedef struct Batched {
    GpObj hdr;
    Value it; /* VNULL when done */
    int64_t n;
} Batched;

static Value batched_new(ITER_ARGS) {
    static const char *const names[] = {"iterable", "n"};
    static const GpArgSpec spec = {"batched", names, 2, 2, 0, 2};
    Value a[2];
    int64_t n;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || gp_itertools_ssize(t, a[1], &n) < 0) return VNULL;
    if (n < 1) return gp_raise(t, &gp_ValueError, "n must be at least one");
    Value it = gp_iter(t, a[0]);
    if (!it) return VNULL;
    Batched *b = gp_itertools_alloc(t, callable);
    if (!b) return VNULL;
    b->it = it;
    b->n = n;
    return v_from_obj(b);
}

static Value batched_next(GpThread *t, Value self) {
    Batched *b = (Batched *)v_obj(self);
    if (!b->it) return VNULL;
    /* Small batches gather on the C stack (seen by the collector); large
     * ones in a list, so a huge n costs nothing until items arrive. */
    enum { SMALL = 32 };
    Value small[SMALL];
    Value list = VNULL;
    size_t got = 0;
    if (b->n > SMALL && !(list = gp_list_new(t, 0))) return VNULL;
    while ((int64_t)got < b->n) {
        Value x = gp_next(t, b->it);
        if (!x) {
            if (t->exc) return VNULL;
            b->it = VNULL;
            break;
        }
        if (list) {
            if (gp_list_append(t, list, x) < 0) return VNULL;
        } else {
            small[got] = x;
        }
        got++;
    }
    if (got == 0) return VNULL;
    return list ? gp_list_as_tuple(t, list) : gp_tuple_from(t, small, got);
}

static void batched_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((Batched *)self)->it); }

GpType gp_itertools_batched_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.batched",
    .base = &gp_object_type,
    .size = sizeof(Batched),
    .flags = GP_TF_BASETYPE,
    .iter = gp_itertools_self_iter,
    .next = batched_next,
    .new_ = batched_new,
    .trace = batched_trace,
    .doc = "Batch data into tuples of length n. The last batch may be shorter than n.",
};

/* ---- pairwise(iterable) */

typedef struct Pairwise {
    GpObj hdr;
    Value it;  /* VNULL when done */
    Value old; /* the previous item, VNULL before the first */
} Pairwise;

static Value pairwise_new(ITER_ARGS) {
    if (gp_check_no_kw(t, "pairwise", kw) < 0 || gp_check_positional(t, "pairwise", nargs, 1, 1) < 0) return VNULL;
    Value it = gp_iter(t, args[0]);
    if (!it) return VNULL;
    Pairwise *p = gp_itertools_alloc(t, callable);
    if (!p) return VNULL;
    p->it = it;
    return v_from_obj(p);
}

static Value pairwise_next(GpThread *t, Value self) {
    Pairwise *p = (Pairwise *)v_obj(self);
    if (!p->it) return VNULL;
    if (!p->old && !(p->old = gp_next(t, p->it))) {
        p->it = VNULL;
        return VNULL;
    }
    Value x = gp_next(t, p->it);
    if (!x) {
        p->it = VNULL;
        p->old = VNULL;
        return VNULL;
    }
    Value r = gp_tuple_pack(t, 2, p->old, x);
    p->old = x;
    return r;
}

static void pairwise_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((Pairwise *)self)->it);
    gc_mark(gc, ((Pairwise *)self)->old);
}

GpType gp_itertools_pairwise_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.pairwise",
    .base = &gp_object_type,
    .size = sizeof(Pairwise),
    .flags = GP_TF_BASETYPE,
    .iter = gp_itertools_self_iter,
    .next = pairwise_next,
    .new_ = pairwise_new,
    .trace = pairwise_trace,
    .doc = "Return an iterator of overlapping pairs taken from the input iterator.\n\n"
           "    s -> (s0,s1), (s1,s2), (s2, s3), ...",
};

/* ---- zip_longest(*iterables, fillvalue=None): an exhausted input's
 * slot in `its` becomes VNULL and yields the fill value from then on. */

typedef struct ZipLongest {
    GpObj hdr;
    Value its; /* tuple of iterators */
    Value fill;
    size_t active;
} ZipLongest;

static Value zip_longest_new(ITER_ARGS) {
    Value fill = V_NONE;
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    if (nkw) {
        if (nkw > 1 || !gp_str_eq_cstr(gp_tuple_items(kw)[0], "fillvalue"))
            return gp_raise(t, &gp_TypeError, "zip_longest() got an unexpected keyword argument");
        fill = args[nargs];
    }
    Value its = gp_tuple_new(t, nargs);
    if (!its) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        Value it = gp_iter(t, args[i]);
        if (!it) return VNULL;
        gp_tuple_items(its)[i] = it;
    }
    ZipLongest *z = gp_itertools_alloc(t, callable);
    if (!z) return VNULL;
    z->its = its;
    z->fill = fill;
    z->active = nargs;
    return v_from_obj(z);
}

static Value zip_longest_next(GpThread *t, Value self) {
    ZipLongest *z = (ZipLongest *)v_obj(self);
    size_t n = gp_tuple_len(z->its);
    if (n == 0 || z->active == 0) return VNULL;
    Value result = gp_tuple_new(t, n);
    if (!result) return VNULL;
    Value *its = gp_tuple_items(z->its);
    for (size_t i = 0; i < n; i++) {
        Value x = z->fill;
        if (its[i]) {
            x = gp_next(t, its[i]);
            if (!x) {
                if (--z->active == 0 || t->exc) {
                    z->active = 0;
                    return VNULL;
                }
                its[i] = VNULL;
                x = z->fill;
            }
        }
        gp_tuple_items(result)[i] = x;
    }
    return result;
}

static void zip_longest_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((ZipLongest *)self)->its);
    gc_mark(gc, ((ZipLongest *)self)->fill);
}

GpType gp_itertools_zip_longest_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.zip_longest",
    .base = &gp_object_type,
    .size = sizeof(ZipLongest),
    .flags = GP_TF_BASETYPE,
    .iter = gp_itertools_self_iter,
    .next = zip_longest_next,
    .new_ = zip_longest_new,
    .trace = zip_longest_trace,
    .doc = "Return a zip_longest object whose .__next__() method returns a tuple where\n"
           "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
           "method continues until the longest iterable in the argument sequence\n"
           "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
           "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
           "defaults to None or can be specified by a keyword argument.",
};

GP_REGISTER_TYPE(gp_itertools_chain_type);
GP_REGISTER_TYPE(gp_itertools_accumulate_type);
GP_REGISTER_TYPE(gp_itertools_batched_type);
GP_REGISTER_TYPE(gp_itertools_pairwise_type);
GP_REGISTER_TYPE(gp_itertools_zip_longest_type);

/* builtin_iters.c - enumerate, zip, map, filter and reversed: lazy
 * iterator types, as in CPython (so type(map(f, x)) is <class 'map'>). */
#include "builtin_iters.h"

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

/* ---- enumerate(iterable, start=0) */

typedef struct Enumerate {
    GpObj hdr;
    Value it;
    Value count; /* an int; machine arithmetic while it is small */
} Enumerate;

static Value enumerate_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"iterable", "start"};
    static const GpArgSpec spec = {"enumerate", names, 2, 2, 0, 1};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value start = v_from_small(0);
    if (a[1]) {
        start = gp_index(t, a[1]);
        if (!start) return VNULL;
    }
    Value it = gp_iter(t, a[0]);
    if (!it) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    Enumerate *e = gp_alloc(t, type, type->size);
    if (!e) return VNULL;
    e->it = it;
    e->count = start;
    return v_from_obj(e);
}

static Value enumerate_next(GpThread *t, Value self) {
    Enumerate *e = (Enumerate *)v_obj(self);
    Value x = gp_next(t, e->it);
    if (!x) return VNULL;
    Value i = e->count;
    Value next = v_is_int(i) && v_int(i) < GP_SMALL_MAX ? v_from_small(v_int(i) + 1)
                                                        : gp_int_binop(t, GP_OP_ADD, i, v_from_small(1));
    if (!next) return VNULL;
    e->count = next;
    return gp_tuple_pack(t, 2, i, x);
}

static void enumerate_trace(GpGc *gc, GpObj *self) {
    Enumerate *e = (Enumerate *)self;
    gc_mark(gc, e->it);
    gc_mark(gc, e->count);
}

GpType gp_enumerate_type = {
    .hdr = {&gp_type_type},
    .name = "enumerate",
    .base = &gp_object_type,
    .size = sizeof(Enumerate),
    .flags = GP_TF_BASETYPE,
    .iter = self_iter,
    .next = enumerate_next,
    .new_ = enumerate_new,
    .trace = enumerate_trace,
};

/* ---- zip(*iterables, strict=False) */

typedef struct Zip {
    GpObj hdr;
    Value its; /* tuple of iterators */
    int strict;
    int done;
} Zip;

static Value zip_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    int strict = 0;
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value name = gp_tuple_items(kw)[i];
        if (!gp_str_eq_cstr(name, "strict"))
            return gp_raise(t, &gp_TypeError, "zip() got an unexpected keyword argument '%U'", name);
        strict = gp_truthy(t, args[nargs + i]);
        if (strict < 0) return VNULL;
    }
    Value its = gp_tuple_new(t, nargs);
    if (!its) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        GpType *tp = v_type(args[i]);
        if (!tp->iter && !tp->getitem)
            return gp_raise(t, &gp_TypeError, "'%s' object is not iterable", tp->name);
        Value it = gp_iter(t, args[i]);
        if (!it) return VNULL;
        gp_tuple_items(its)[i] = it;
    }
    GpType *type = (GpType *)v_obj(callable);
    Zip *z = gp_alloc(t, type, type->size);
    if (!z) return VNULL;
    z->its = its;
    z->strict = strict;
    return v_from_obj(z);
}

static Value zip_next(GpThread *t, Value self) {
    Zip *z = (Zip *)v_obj(self);
    size_t n = gp_tuple_len(z->its);
    if (z->done || n == 0) return VNULL;
    Value result = gp_tuple_new(t, n);
    if (!result) return VNULL;
    for (size_t i = 0; i < n; i++) {
        Value x = gp_next(t, gp_tuple_items(z->its)[i]);
        if (!x) {
            if (t->exc) return VNULL;
            z->done = 1;
            if (!z->strict) return VNULL;
            if (i > 0)
                return gp_raise(t, &gp_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                                i == 1 ? " " : "s 1-", i);
            for (size_t j = 1; j < n; j++) {
                Value y = gp_next(t, gp_tuple_items(z->its)[j]);
                if (y) {
                    return gp_raise(t, &gp_ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1,
                                    j == 1 ? " " : "s 1-", j);
                }
                if (t->exc) return VNULL;
            }
            return VNULL;
        }
        gp_tuple_items(result)[i] = x;
    }
    return result;
}

static void zip_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((Zip *)self)->its); }

GpType gp_zip_type = {
    .hdr = {&gp_type_type},
    .name = "zip",
    .base = &gp_object_type,
    .size = sizeof(Zip),
    .flags = GP_TF_BASETYPE,
    .iter = self_iter,
    .next = zip_next,
    .new_ = zip_new,
    .trace = zip_trace,
};

/* ---- map(function, *iterables) */

typedef struct Map {
    GpObj hdr;
    Value fn;
    Value its;
} Map;

static Value map_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) return gp_raise(t, &gp_TypeError, "map() must have at least two arguments.");
    Value its = gp_tuple_new(t, nargs - 1);
    if (!its) return VNULL;
    for (size_t i = 1; i < nargs; i++) {
        Value it = gp_iter(t, args[i]);
        if (!it) return VNULL;
        gp_tuple_items(its)[i - 1] = it;
    }
    GpType *type = (GpType *)v_obj(callable);
    Map *m = gp_alloc(t, type, type->size);
    if (!m) return VNULL;
    m->fn = args[0];
    m->its = its;
    return v_from_obj(m);
}

static Value map_next(GpThread *t, Value self) {
    Map *m = (Map *)v_obj(self);
    size_t n = gp_tuple_len(m->its);
    Value small[8];
    Value tmp = VNULL;
    Value *argv = small;
    if (n > 8) {
        tmp = gp_tuple_new(t, n);
        if (!tmp) return VNULL;
        argv = gp_tuple_items(tmp);
    }
    for (size_t i = 0; i < n; i++) {
        argv[i] = gp_next(t, gp_tuple_items(m->its)[i]);
        if (!argv[i]) return VNULL;
    }
    return gp_call(t, m->fn, argv, n, VNULL);
}

static void map_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((Map *)self)->fn);
    gc_mark(gc, ((Map *)self)->its);
}

GpType gp_map_type = {
    .hdr = {&gp_type_type},
    .name = "map",
    .base = &gp_object_type,
    .size = sizeof(Map),
    .flags = GP_TF_BASETYPE,
    .iter = self_iter,
    .next = map_next,
    .new_ = map_new,
    .trace = map_trace,
};

/* ---- filter(function or None, iterable) */

typedef struct Filter {
    GpObj hdr;
    Value fn;
    Value it;
} Filter;

static Value filter_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "filter() takes no keyword arguments");
    if (gp_check_nargs(t, "filter", nargs, 2, 2) < 0) return VNULL;
    Value it = gp_iter(t, args[1]);
    if (!it) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    Filter *f = gp_alloc(t, type, type->size);
    if (!f) return VNULL;
    f->fn = args[0];
    f->it = it;
    return v_from_obj(f);
}

static Value filter_next(GpThread *t, Value self) {
    Filter *f = (Filter *)v_obj(self);
    for (;;) {
        Value x = gp_next(t, f->it);
        if (!x) return VNULL;
        int keep;
        if (f->fn == V_NONE || f->fn == v_from_obj(&gp_bool_type)) {
            keep = gp_truthy(t, x);
        } else {
            Value r = gp_call1(t, f->fn, x);
            if (!r) return VNULL;
            keep = gp_truthy(t, r);
        }
        if (keep < 0) return VNULL;
        if (keep) return x;
    }
}

static void filter_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((Filter *)self)->fn);
    gc_mark(gc, ((Filter *)self)->it);
}

GpType gp_filter_type = {
    .hdr = {&gp_type_type},
    .name = "filter",
    .base = &gp_object_type,
    .size = sizeof(Filter),
    .flags = GP_TF_BASETYPE,
    .iter = self_iter,
    .next = filter_next,
    .new_ = filter_new,
    .trace = filter_trace,
};

/* ---- reversed(sequence): __reversed__, or the sequence protocol */

typedef struct Reversed {
    GpObj hdr;
    Value seq;
    int64_t index; /* next index to fetch; -1 when done */
} Reversed;

static Value reversed_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "reversed() takes no keyword arguments");
    if (gp_check_nargs(t, "reversed", nargs, 1, 1) < 0) return VNULL;
    Value seq = args[0];
    GpType *tp = v_type(seq);
    Value rev = gp_type_lookup_cstr(tp, "__reversed__");
    if (rev) {
        if (rev == V_NONE) return gp_raise(t, &gp_TypeError, "'%s' object is not reversible", tp->name);
        return gp_call1(t, rev, seq);
    }
    if (!tp->getitem || !tp->len || (tp->flags & GP_TF_DICT_SUB) || (tp->flags & GP_TF_SET_SUB))
        return gp_raise(t, &gp_TypeError, "'%s' object is not reversible", tp->name);
    int64_t n = gp_len(t, seq);
    if (n < 0) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    Reversed *r = gp_alloc(t, type, type->size);
    if (!r) return VNULL;
    r->seq = seq;
    r->index = n - 1;
    return v_from_obj(r);
}

static Value reversed_next(GpThread *t, Value self) {
    Reversed *r = (Reversed *)v_obj(self);
    if (r->index < 0 || !r->seq) return VNULL;
    Value v = gp_getitem(t, r->seq, gp_int_from_i64(t, r->index));
    if (!v) {
        if (gp_exc_matches(t, &gp_IndexError) || gp_exc_matches(t, &gp_StopIteration)) {
            gp_exc_clear(t);
            r->seq = VNULL;
        }
        return VNULL;
    }
    r->index--;
    return v;
}

static void reversed_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((Reversed *)self)->seq); }

static Value reversed_length_hint(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    Reversed *r = (Reversed *)v_obj(self);
    return gp_int_from_i64(t, r->seq ? r->index + 1 : 0);
}
static const GpMethodDef reversed_methods[] = {{"__length_hint__", reversed_length_hint, GP_METH_NOKW},
                                               {NULL, NULL, 0}};

GpType gp_reversed_type = {
    .hdr = {&gp_type_type},
    .name = "reversed",
    .base = &gp_object_type,
    .size = sizeof(Reversed),
    .flags = GP_TF_BASETYPE,
    .iter = self_iter,
    .next = reversed_next,
    .new_ = reversed_new,
    .trace = reversed_trace,
    .methods = reversed_methods,
};

GP_REGISTER_TYPE(gp_enumerate_type);
GP_REGISTER_TYPE(gp_zip_type);
GP_REGISTER_TYPE(gp_map_type);
GP_REGISTER_TYPE(gp_filter_type);
GP_REGISTER_TYPE(gp_reversed_type);

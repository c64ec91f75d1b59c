/* itertools_filter.c - the iterators that pass on some of one input:
 * compress, dropwhile, takewhile, filterfalse, islice, and starmap (which
 * maps one input through a function). */
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "itertools_impl.h"

/* The layout shared by dropwhile, takewhile, filterfalse and starmap: a
 * function and an iterator. */
typedef struct FnIter {
    GpObj hdr;
    Value fn;
    Value it;
    int done; /* dropwhile: stopped dropping; takewhile: stopped taking */
} FnIter;

static Value fniter_new(GpThread *t, Value callable, const char *name, const Value *args, size_t nargs, Value kw) {
    if (gp_check_no_kw(t, name, kw) < 0 || gp_check_positional(t, name, nargs, 2, 2) < 0) return VNULL;
    Value it = gp_iter(t, args[1]);
    if (!it) return VNULL;
    FnIter *f = gp_itertools_alloc(t, callable);
    if (!f) return VNULL;
    f->fn = args[0];
    f->it = it;
    return v_from_obj(f);
}

static void fniter_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((FnIter *)self)->fn);
    gc_mark(gc, ((FnIter *)self)->it);
}

/* pred(x) as a truth value: 1, 0 or -1. */
static int test(GpThread *t, Value pred, Value x) {
    Value r = gp_call1(t, pred, x);
    return r ? gp_truthy(t, r) : -1;
}

#define FNITER_TYPE(var, pyname, nextfn, docstr)                                                   \
    static Value var##_new(ITER_ARGS) { return fniter_new(t, callable, pyname, args, nargs, kw); } \
    GpType var = {                                                                                 \
        .hdr = {&gp_type_type},                                                                    \
        .name = "itertools." pyname,                                                               \
        .base = &gp_object_type,                                                                   \
        .size = sizeof(FnIter),                                                                    \
        .flags = GP_TF_BASETYPE,                                                                   \
        .iter = gp_itertools_self_iter,                                                            \
        .next = nextfn,                                                                            \
        .new_ = var##_new,                                                                         \
        .trace = fniter_trace,                                                                     \
        .doc = docstr,                                                                             \
    };                                                                                             \
    GP_REGISTER_TYPE(var)

/* ---- dropwhile(predicate, iterable) */

static Value dropwhile_next(GpThread *t, Value self) {
    FnIter *f = (FnIter *)v_obj(self);
    for (;;) {
        Value x = gp_next(t, f->it);
        if (!x || f->done) return x;
        int ok = test(t, f->fn, x);
        if (ok < 0) return VNULL;
        if (!ok) {
            f->done = 1;
            return x;
        }
    }
}
FNITER_TYPE(gp_itertools_dropwhile_type, "dropwhile", dropwhile_next,
            "Drop items from the iterable while predicate(item) is true.\n\n"
            "Afterwards, return every element until the iterable is exhausted.");

/* ---- takewhile(predicate, iterable) */

static Value takewhile_next(GpThread *t, Value self) {
    FnIter *f = (FnIter *)v_obj(self);
    if (f->done) return VNULL;
    Value x = gp_next(t, f->it);
    if (!x) return VNULL;
    int ok = test(t, f->fn, x);
    if (ok < 0) return VNULL;
    if (ok) return x;
    f->done = 1;
    return VNULL;
}
FNITER_TYPE(gp_itertools_takewhile_type, "takewhile", takewhile_next,
            "Return successive entries from an iterable as long as the predicate evaluates to true for each "
            "entry.");

/* ---- filterfalse(function or None, iterable) */

static Value filterfalse_next(GpThread *t, Value self) {
    FnIter *f = (FnIter *)v_obj(self);
    for (;;) {
        Value x = gp_next(t, f->it);
        if (!x) return VNULL;
        int ok = f->fn == V_NONE || f->fn == v_from_obj(&gp_bool_type) ? gp_truthy(t, x) : test(t, f->fn, x);
        if (ok < 0) return VNULL;
        if (!ok) return x;
    }
}
FNITER_TYPE(gp_itertools_filterfalse_type, "filterfalse", filterfalse_next,
            "Return those items of iterable for which function(item) is false.\n\n"
            "If function is None, return the items that are false.");

/* ---- starmap(function, iterable): function(*item) */

static Value starmap_next(GpThread *t, Value self) {
    FnIter *f = (FnIter *)v_obj(self);
    Value x = gp_next(t, f->it);
    if (!x) return VNULL;
    Value tup = gp_sequence_tuple(t, x);
    if (!tup) return VNULL;
    return gp_call(t, f->fn, gp_tuple_items(tup), gp_tuple_len(tup), VNULL);
}
FNITER_TYPE(gp_itertools_starmap_type, "starmap", starmap_next,
            "Return an iterator whose values are returned from the function evaluated with an argument tuple "
            "taken from the given sequence.");

/* ---- compress(data, selectors) */

typedef struct Compress {
    GpObj hdr;
    Value data, selectors;
} Compress;

static Value compress_new(ITER_ARGS) {
    static const char *const names[] = {"data", "selectors"};
    static const GpArgSpec spec = {"compress", names, 2, 2, 0, 2};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value data = gp_iter(t, a[0]);
    if (!data) return VNULL;
    Value selectors = gp_iter(t, a[1]);
    if (!selectors) return VNULL;
    Compress *c = gp_itertools_alloc(t, callable);
    if (!c) return VNULL;
    c->data = data;
    c->selectors = selectors;
    return v_from_obj(c);
}

static Value compress_next(GpThread *t, Value self) {
    Compress *c = (Compress *)v_obj(self);
    for (;;) {
        Value x = gp_next(t, c->data);
        if (!x) return VNULL;
        Value s = gp_next(t, c->selectors);
        if (!s) return VNULL;
        int ok = gp_truthy(t, s);
        if (ok < 0) return VNULL;
        if (ok) return x;
    }
}

static void compress_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((Compress *)self)->data);
    gc_mark(gc, ((Compress *)self)->selectors);
}

GpType gp_itertools_compress_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.compress",
    .base = &gp_object_type,
    .size = sizeof(Compress),
    .flags = GP_TF_BASETYPE,
    .iter = gp_itertools_self_iter,
    .next = compress_next,
    .new_ = compress_new,
    .trace = compress_trace,
    .doc = "Return data elements corresponding to true selector elements.\n\n"
           "Forms a shorter iterator from selected data elements using the selectors to\n"
           "choose the data elements.",
};
GP_REGISTER_TYPE(gp_itertools_compress_type);

/* ---- islice(iterable, stop) / islice(iterable, start, stop[, step])
 *
 * `next` is the input position of the next item to yield, `cnt` how many
 * items were read; items between are read and dropped. stop == -1: no
 * stop. The input is dropped at the end, as CPython does. */

typedef struct Islice {
    GpObj hdr;
    Value it; /* VNULL when done */
    int64_t next, stop, step, cnt;
} Islice;

static const char stop_msg[] = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/* An index argument as CPython reads it: -1 (with no exception) when it is
 * not an int or is out of range, as then the caller's ValueError applies. */
static int64_t islice_arg(GpThread *t, Value v) {
    int64_t i;
    if (gp_as_ssize(t, v, &i) < 0) {
        gp_exc_clear(t);
        return -1;
    }
    return i;
}

static Value islice_new(ITER_ARGS) {
    if (gp_check_no_kw(t, "islice", kw) < 0 || gp_check_positional(t, "islice", nargs, 2, 4) < 0) return VNULL;
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (args[1] != V_NONE && (stop = islice_arg(t, args[1])) == -1)
            return gp_raise(t, &gp_ValueError, stop_msg);
    } else {
        if (args[1] != V_NONE) start = islice_arg(t, args[1]);
        if (args[2] != V_NONE && (stop = islice_arg(t, args[2])) == -1)
            return gp_raise(t, &gp_ValueError, stop_msg);
    }
    if (start < 0 || stop < -1)
        return gp_raise(t, &gp_ValueError,
                        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (nargs == 4 && args[3] != V_NONE) step = islice_arg(t, args[3]);
    if (step < 1) return gp_raise(t, &gp_ValueError, "Step for islice() must be a positive integer or None.");
    Value it = gp_iter(t, args[0]);
    if (!it) return VNULL;
    Islice *s = gp_itertools_alloc(t, callable);
    if (!s) return VNULL;
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return v_from_obj(s);
}

static Value islice_next(GpThread *t, Value self) {
    Islice *s = (Islice *)v_obj(self);
    Value it = s->it;
    if (!it) return VNULL;
    Value (*next)(GpThread *, Value) = v_type(it)->next;
    Value x;
    while (s->cnt < s->next) {
        if (!(x = next(t, it))) goto empty;
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    if (!(x = next(t, it))) goto empty;
    s->cnt++;
    int64_t old = s->next;
    s->next = (int64_t)((uint64_t)s->next + (uint64_t)s->step);
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return x;
empty:
    s->it = VNULL;
    if (t->exc && gp_exc_matches(t, &gp_StopIteration)) gp_exc_clear(t);
    return VNULL;
}

static void islice_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((Islice *)self)->it); }

GpType gp_itertools_islice_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.islice",
    .base = &gp_object_type,
    .size = sizeof(Islice),
    .flags = GP_TF_BASETYPE,
    .iter = gp_itertools_self_iter,
    .next = islice_next,
    .new_ = islice_new,
    .trace = islice_trace,
    .doc = "islice(iterable, stop) --> islice object\n"
           "islice(iterable, start, stop[, step]) --> islice object\n\n"
           "Return an iterator whose next() method returns selected values from an\n"
           "iterable.  If start is specified, will skip all preceding elements;\n"
           "otherwise, start defaults to zero.  Step defaults to one.  If\n"
           "specified as another value, step defaults to one.  Iteration stops when\n"
           "the stop value is reached.",
};
GP_REGISTER_TYPE(gp_itertools_islice_type);

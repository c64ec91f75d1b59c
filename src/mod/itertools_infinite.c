/* itertools_infinite.c - count, cycle and repeat. */
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "itertools_impl.h"

/* ---- count(start=0, step=1)
 *
 * Why two modes: the common count() / count(n) steps an immediate int by
 * one without calling the int machinery (step is VNULL then), as CPython's
 * "fast mode" steps a C counter. Any other step, or a start that is not an
 * int, adds with the + operator, so floats, Fractions and user numbers
 * work. The fast mode overflows into bignums through gp_int_binop. */

typedef struct Count {
    GpObj hdr;
    Value cnt;  /* the next value */
    Value step; /* VNULL: the fast mode, cnt an exact int, step 1 */
} Count;

/* CPython's PyNumber_Check: something int(), float() or index() accepts. */
static int is_number(Value v) {
    if (v_is_int(v) || v_is_float(v)) return 1;
    GpType *tp = v_type(v);
    return tp->index || tp->to_int || tp->to_float || (tp->flags & (GP_TF_INT_SUB | GP_TF_FLOAT_SUB));
}

static int is_int_one(Value v) {
    int64_t i;
    return gp_is_int(v) && gp_int_to_i64(v, &i) && i == 1;
}

static Value count_new(ITER_ARGS) {
    static const char *const names[] = {"start", "step"};
    static const GpArgSpec spec = {"count", names, 2, 2, 0, 0};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value start = a[0] ? a[0] : v_from_small(0), step = a[1] ? a[1] : v_from_small(1);
    if (!is_number(start) || !is_number(step)) return gp_raise(t, &gp_TypeError, "a number is required");
    int64_t i;
    int fast = gp_is_int(start) && gp_int_to_i64(start, &i) && is_int_one(step);
    if (fast && !v_is_int(start) && !(start = gp_int_from_i64(t, i))) return VNULL;
    Count *c = gp_itertools_alloc(t, callable);
    if (!c) return VNULL;
    c->cnt = start;
    c->step = fast ? VNULL : step;
    return v_from_obj(c);
}

static Value count_next(GpThread *t, Value self) {
    Count *c = (Count *)v_obj(self);
    Value v = c->cnt, next;
    if (!c->step) {
        if (GP_LIKELY(v_is_int(v) && v_int(v) < GP_SMALL_MAX)) {
            c->cnt = v_from_small(v_int(v) + 1);
            return v;
        }
        next = gp_int_binop(t, GP_OP_ADD, v, v_from_small(1));
    } else {
        next = gp_binop(t, GP_OP_ADD, v, c->step);
    }
    if (!next) return VNULL;
    c->cnt = next;
    return v;
}

static Value count_repr(GpThread *t, Value self) {
    Count *c = (Count *)v_obj(self);
    const char *name = gp_itertools_short_name(self);
    if (!c->step || is_int_one(c->step)) return gp_format(t, "%s(%R)", name, c->cnt);
    return gp_format(t, "%s(%R, %R)", name, c->cnt, c->step);
}

static void count_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((Count *)self)->cnt);
    gc_mark(gc, ((Count *)self)->step);
}

GpType gp_itertools_count_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.count",
    .base = &gp_object_type,
    .size = sizeof(Count),
    .flags = GP_TF_BASETYPE,
    .repr = count_repr,
    .iter = gp_itertools_self_iter,
    .next = count_next,
    .new_ = count_new,
    .trace = count_trace,
    .doc = "Return a count object whose .__next__() method returns consecutive values.",
};

/* ---- cycle(iterable): the first pass saves what it yields, later passes
 * replay the saved list. */

typedef struct Cycle {
    GpObj hdr;
    Value it;    /* VNULL once exhausted */
    Value saved; /* list */
    size_t index;
} Cycle;

static Value cycle_new(ITER_ARGS) {
    if (gp_check_no_kw(t, "cycle", kw) < 0 || gp_check_positional(t, "cycle", nargs, 1, 1) < 0) return VNULL;
    Value it = gp_iter(t, args[0]);
    if (!it) return VNULL;
    Value saved = gp_list_new(t, 0);
    if (!saved) return VNULL;
    Cycle *c = gp_itertools_alloc(t, callable);
    if (!c) return VNULL;
    c->it = it;
    c->saved = saved;
    return v_from_obj(c);
}

static Value cycle_next(GpThread *t, Value self) {
    Cycle *c = (Cycle *)v_obj(self);
    if (c->it) {
        Value x = gp_next(t, c->it);
        if (x) return gp_list_append(t, c->saved, x) < 0 ? VNULL : x;
        if (t->exc) return VNULL;
        c->it = VNULL;
    }
    GpList *l = gp_list_obj(c->saved);
    if (l->n == 0) return VNULL;
    if (c->index >= l->n) c->index = 0;
    return l->items[c->index++];
}

static void cycle_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((Cycle *)self)->it);
    gc_mark(gc, ((Cycle *)self)->saved);
}

GpType gp_itertools_cycle_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.cycle",
    .base = &gp_object_type,
    .size = sizeof(Cycle),
    .flags = GP_TF_BASETYPE,
    .iter = gp_itertools_self_iter,
    .next = cycle_next,
    .new_ = cycle_new,
    .trace = cycle_trace,
    .doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
};

/* ---- repeat(object[, times]) */

typedef struct Repeat {
    GpObj hdr;
    Value elem;
    int64_t cnt; /* -1: forever */
} Repeat;

static Value repeat_new(ITER_ARGS) {
    static const char *const names[] = {"object", "times"};
    static const GpArgSpec spec = {"repeat", names, 2, 2, 0, 1};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    int64_t cnt = -1;
    if (a[1]) {
        if (gp_itertools_ssize(t, a[1], &cnt) < 0) return VNULL;
        if (cnt < 0) cnt = 0;
    }
    Repeat *r = gp_itertools_alloc(t, callable);
    if (!r) return VNULL;
    r->elem = a[0];
    r->cnt = cnt;
    return v_from_obj(r);
}

static Value repeat_next(GpThread *t, Value self) {
    (void)t;
    Repeat *r = (Repeat *)v_obj(self);
    if (r->cnt == 0) return VNULL;
    if (r->cnt > 0) r->cnt--;
    return r->elem;
}

static Value repeat_repr(GpThread *t, Value self) {
    Repeat *r = (Repeat *)v_obj(self);
    const char *name = gp_itertools_short_name(self);
    if (r->cnt < 0) return gp_format(t, "%s(%R)", name, r->elem);
    return gp_format(t, "%s(%R, %lld)", name, r->elem, (long long)r->cnt);
}

static Value repeat_length_hint(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "repeat.__length_hint__", n, 0, 0) < 0) return VNULL;
    Repeat *r = (Repeat *)v_obj(self);
    if (r->cnt < 0) return gp_raise(t, &gp_TypeError, "len() of unsized object");
    return gp_int_from_i64(t, r->cnt);
}

static const GpMethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, GP_METH_NOKW},
    {NULL, NULL, 0},
};

static void repeat_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((Repeat *)self)->elem); }

GpType gp_itertools_repeat_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.repeat",
    .base = &gp_object_type,
    .size = sizeof(Repeat),
    .flags = GP_TF_BASETYPE,
    .repr = repeat_repr,
    .iter = gp_itertools_self_iter,
    .next = repeat_next,
    .new_ = repeat_new,
    .trace = repeat_trace,
    .methods = repeat_methods,
    .doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
           "for the specified number of times.  If not specified, returns the object\nendlessly.",
};

GP_REGISTER_TYPE(gp_itertools_count_type);
GP_REGISTER_TYPE(gp_itertools_cycle_type);
GP_REGISTER_TYPE(gp_itertools_repeat_type);

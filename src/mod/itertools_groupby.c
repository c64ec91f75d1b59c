/* itertools_groupby.c - groupby and its _grouper sub-iterators.
 *
 * The protocol, as CPython's: every group shares the groupby's input
 * iterator. groupby holds the item read last (currvalue, with its key
 * currkey) and the key of the group being yielded (tgtkey). A _grouper
 * yields while the current key equals its own; advancing the groupby
 * makes the previous _grouper stale (currgrouper no longer points to it),
 * so it yields nothing more, and the groupby skips the rest of that group.
 * Keys compare with ==, identity first. */
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "itertools_impl.h"

typedef struct Groupby {
    GpObj hdr;
    Value it;
    Value keyfunc;     /* VNULL: the identity */
    Value tgtkey;      /* key of the group last handed out, VNULL at first */
    Value currkey;     /* key of currvalue */
    Value currvalue;   /* the item read but not yet yielded, VNULL if none */
    Value currgrouper; /* the one _grouper that may still yield */
} Groupby;

typedef struct Grouper {
    GpObj hdr;
    Value parent; /* the groupby */
    Value tgtkey;
} Grouper;

static Value groupby_new(ITER_ARGS) {
    static const char *const names[] = {"iterable", "key"};
    static const GpArgSpec spec = {"groupby", names, 2, 2, 0, 1};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value it = gp_iter(t, a[0]);
    if (!it) return VNULL;
    Groupby *g = gp_itertools_alloc(t, callable);
    if (!g) return VNULL;
    g->it = it;
    g->keyfunc = a[1] == V_NONE ? VNULL : a[1];
    return v_from_obj(g);
}

/* Read the next item and its key: 1, 0 when exhausted, -1 on error. */
static int groupby_step(GpThread *t, Groupby *g) {
    Value x = gp_next(t, g->it);
    if (!x) return t->exc ? -1 : 0;
    Value key = x;
    if (g->keyfunc && !(key = gp_call1(t, g->keyfunc, x))) return -1;
    g->currvalue = x;
    g->currkey = key;
    return 1;
}

static Value grouper_make(GpThread *t, Value parent, Value tgtkey) {
    Grouper *gr = gp_alloc(t, &gp_itertools_grouper_type, sizeof(Grouper));
    if (!gr) return VNULL;
    gr->parent = parent;
    gr->tgtkey = tgtkey;
    ((Groupby *)v_obj(parent))->currgrouper = v_from_obj(gr);
    return v_from_obj(gr);
}

static Value groupby_next(GpThread *t, Value self) {
    Groupby *g = (Groupby *)v_obj(self);
    g->currgrouper = VNULL;
    /* Skip to the first item whose key differs from the last group's. */
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey) break;
            int eq = gp_eq(t, g->tgtkey, g->currkey);
            if (eq < 0) return VNULL;
            if (!eq) break;
        }
        int r = groupby_step(t, g);
        if (r <= 0) return VNULL;
    }
    g->tgtkey = g->currkey;
    Value grouper = grouper_make(t, self, g->tgtkey);
    if (!grouper) return VNULL;
    return gp_tuple_pack(t, 2, g->currkey, grouper);
}

static void groupby_trace(GpGc *gc, GpObj *self) {
    Groupby *g = (Groupby *)self;
    gc_mark(gc, g->it);
    gc_mark(gc, g->keyfunc);
    gc_mark(gc, g->tgtkey);
    gc_mark(gc, g->currkey);
    gc_mark(gc, g->currvalue);
    gc_mark(gc, g->currgrouper);
}

GpType gp_itertools_groupby_type = {
    .hdr = {&gp_type_type},
    .name = "itertools.groupby",
    .base = &gp_object_type,
    .size = sizeof(Groupby),
    .flags = GP_TF_BASETYPE,
    .iter = gp_itertools_self_iter,
    .next = groupby_next,
    .new_ = groupby_new,
    .trace = groupby_trace,
    .doc = "make an iterator that returns consecutive keys and groups from the iterable\n\n"
           "  iterable\n    Elements to divide into groups according to the key function.\n"
           "  key\n    A function for computing the group category for each element.\n"
           "    If the key function is not specified or is None, the element itself\n"
           "    is used for grouping.",
};

/* ---- _grouper(parent, tgtkey) */

static Value grouper_new(ITER_ARGS) {
    (void)callable;
    if (gp_check_no_kw(t, "_grouper", kw) < 0 || gp_check_positional(t, "_grouper", nargs, 2, 2) < 0) return VNULL;
    if (!gp_isinstance_type(args[0], &gp_itertools_groupby_type))
        return gp_raise(t, &gp_TypeError, "_grouper() argument 1 must be itertools.groupby, not %T", args[0]);
    return grouper_make(t, args[0], args[1]);
}

static Value grouper_next(GpThread *t, Value self) {
    Grouper *gr = (Grouper *)v_obj(self);
    Groupby *g = (Groupby *)v_obj(gr->parent);
    if (g->currgrouper != self) return VNULL;
    if (!g->currvalue && groupby_step(t, g) <= 0) return VNULL;
    int eq = gp_eq(t, gr->tgtkey, g->currkey);
    if (eq <= 0) return VNULL;
    Value x = g->currvalue;
    g->currvalue = VNULL;
    return x;
}

static void grouper_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((Grouper *)self)->parent);
    gc_mark(gc, ((Grouper *)self)->tgtkey);
}

GpType gp_itertools_grouper_type = {
    .hdr = {&gp_type_type},
    .name = "itertools._grouper",
    .base = &gp_object_type,
    .size = sizeof(Grouper),
    .iter = gp_itertools_self_iter,
    .next = grouper_next,
    .new_ = grouper_new,
    .trace = grouper_trace,
};

GP_REGISTER_TYPE(gp_itertools_groupby_type);
GP_REGISTER_TYPE(gp_itertools_grouper_type);

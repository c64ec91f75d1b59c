/* gc_module.c - gc: the collector, as far as CPython's interface means
 * something for gilpy's (mem/heap.h: mark and sweep, no reference
 * counting).
 *
 *   gc.collect(generation=2)  a full collection now; returns the number of
 *                             objects it freed (CPython: the unreachable
 *                             objects its cycle collector found; here every
 *                             dead object, since all are the collector's)
 *   gc.disable(), gc.enable(), gc.isenabled()
 *                             disabled, automatic collections are deferred
 *                             (rarer, bounded memory), not stopped: with no
 *                             reference counting, stopping them would let
 *                             memory grow without limit (mem/heap.c)
 *   gc.garbage                [] (no object is ever left uncollectable)
 * Generations, thresholds and object lists have no meaning for this
 * collector and are not offered.
 */
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../vm/error.h"
#include "../vm/state.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

static Value m_collect(ARGS) {
    (void)self;
    static const char *const names[] = {"generation"};
    static const GpArgSpec spec = {"collect", names, 1, 1, 0, 0};
    Value a[1];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    if (a[0]) {
        int64_t gen;
        if (gp_as_ssize(t, a[0], &gen) < 0) return VNULL;
        if (gen < 0 || gen > 2) return gp_raise(t, &gp_ValueError, "invalid generation");
    }
    return gp_int_from_u64(t, gp_gc_collect_counted(t));
}

static Value set_enabled(GpThread *t, const char *fname, size_t nargs, Value kw, int enabled) {
    if (gp_check_no_kw(t, fname, kw) < 0 || gp_check_nargs(t, fname, nargs, 0, 0) < 0) return VNULL;
    gp_gc_set_enabled(t->interp->heap, enabled);
    return V_NONE;
}

static Value m_enable(ARGS) {
    (void)self;
    (void)args;
    return set_enabled(t, "gc.enable", nargs, kw, 1);
}

static Value m_disable(ARGS) {
    (void)self;
    (void)args;
    return set_enabled(t, "gc.disable", nargs, kw, 0);
}

static Value m_isenabled(ARGS) {
    (void)self;
    (void)args;
    if (gp_check_no_kw(t, "gc.isenabled", kw) < 0 || gp_check_nargs(t, "gc.isenabled", nargs, 0, 0) < 0) return VNULL;
    return gp_gc_is_enabled(t->interp->heap) ? V_TRUE : V_FALSE;
}

static int gc_init(GpThread *t, Value m) {
    Value garbage = gp_list_new(t, 0);
    if (!garbage) return -1;
    return gp_module_add(t, m, "garbage", garbage);
}

static const GpMethodDef gc_methods[] = {
    {"collect", m_collect, 0},
    {"enable", m_enable, 0},
    {"disable", m_disable, 0},
    {"isenabled", m_isenabled, 0},
    {NULL, NULL, 0},
};

const GpModuleDef gp_gc_module = {
    "gc",
    gc_methods,
    gc_init,
    "This module provides access to the garbage collector.",
};
GP_REGISTER_MODULE(gp_gc_module);

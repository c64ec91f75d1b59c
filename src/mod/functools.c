/* functools.c - the _functools module: reduce, cmp_to_key (the
 * functools.KeyWrapper type), partial (functools_partial.c) and
 * _lru_cache_wrapper (functools_lru.c). These are the hot parts of
 * functools; lib/functools.py builds the rest. */
#include "../mem/heap.h"
#include "../obj/exc.h"
#include "../obj/module.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "functools.h"

/* ---- reduce(function, iterable[, initial]) */

static Value m_reduce(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "reduce", kw) < 0 || gp_check_nargs(t, "reduce", nargs, 2, 3) < 0) return VNULL;
    Value fn = args[0], result = nargs == 3 ? args[2] : VNULL;
    Value it = gp_iter(t, args[1]);
    if (!it) {
        if (gp_exc_matches(t, &gp_TypeError)) {
            gp_exc_clear(t);
            gp_raise(t, &gp_TypeError, "reduce() arg 2 must support iteration");
        }
        return VNULL;
    }
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) {
            if (t->exc) return VNULL;
            break;
        }
        result = result ? gp_call2(t, fn, result, x) : x;
        if (!result) return VNULL;
    }
    if (!result) return gp_raise(t, &gp_TypeError, "reduce() of empty iterable with no initial value");
    return result;
}

/* ---- cmp_to_key(mycmp): a KeyWrapper holding mycmp; calling it wraps a
 * value into another KeyWrapper (same cmp), and two wrapped values
 * compare as mycmp(a, b) compares with 0. */

typedef struct KeyWrapper {
    GpObj hdr;
    Value cmp;
    Value obj; /* VNULL in the wrapper cmp_to_key returns */
} KeyWrapper;

static Value keywrapper_make(GpThread *t, Value cmp, Value obj) {
    KeyWrapper *k = gp_alloc(t, &gp_keywrapper_type, sizeof *k);
    if (!k) return VNULL;
    k->cmp = cmp;
    k->obj = obj;
    return v_from_obj(k);
}

static Value keywrapper_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"obj"};
    static const GpArgSpec spec = {"K", names, 1, 1, 0, 1};
    Value a[1];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    return keywrapper_make(t, ((KeyWrapper *)v_obj(callable))->cmp, a[0]);
}

static Value keywrapper_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!v_is_type(b, &gp_keywrapper_type)) return gp_raise(t, &gp_TypeError, "other argument must be K instance");
    KeyWrapper *x = (KeyWrapper *)v_obj(a), *y = (KeyWrapper *)v_obj(b);
    Value xo = x->obj ? x->obj : V_NONE, yo = y->obj ? y->obj : V_NONE;
    Value r = gp_call2(t, x->cmp, xo, yo);
    if (!r) return VNULL;
    return gp_richcmp(t, r, v_from_small(0), op);
}

static Value keywrapper_get_obj(GpThread *t, Value self) {
    (void)t;
    Value o = ((KeyWrapper *)v_obj(self))->obj;
    return o ? o : V_NONE;
}

static int keywrapper_set_obj(GpThread *t, Value self, Value v) {
    (void)t;
    ((KeyWrapper *)v_obj(self))->obj = v;
    return 0;
}

static void keywrapper_trace(GpGc *gc, GpObj *self) {
    KeyWrapper *k = (KeyWrapper *)self;
    gc_mark(gc, k->cmp);
    gc_mark(gc, k->obj);
}

static const GpGetSetDef keywrapper_getsets[] = {{"obj", keywrapper_get_obj, keywrapper_set_obj}, {NULL, NULL, NULL}};

GpType gp_keywrapper_type = {
    .hdr = {&gp_type_type},
    .name = "functools.KeyWrapper",
    .base = &gp_object_type,
    .size = sizeof(KeyWrapper),
    .hash = gp_hash_not_implemented,
    .richcmp = keywrapper_richcmp,
    .call = keywrapper_call,
    .trace = keywrapper_trace,
    .getsets = keywrapper_getsets,
};
GP_REGISTER_TYPE(gp_keywrapper_type);

static Value m_cmp_to_key(ARGS) {
    (void)self;
    static const char *const names[] = {"mycmp"};
    static const GpArgSpec spec = {"cmp_to_key", names, 1, 1, 0, 1};
    Value a[1];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    return keywrapper_make(t, a[0], VNULL);
}

static const GpMethodDef functools_methods[] = {
    {"reduce", m_reduce, 0},
    {"cmp_to_key", m_cmp_to_key, 0},
    {NULL, NULL, 0},
};

static int functools_init(GpThread *t, Value m) {
    if (gp_module_add(t, m, "partial", v_from_obj(&gp_partial_type)) < 0 ||
        gp_module_add(t, m, "KeyWrapper", v_from_obj(&gp_keywrapper_type)) < 0 ||
        gp_module_add(t, m, "_lru_cache_wrapper", v_from_obj(&gp_lru_cache_type)) < 0)
        return -1;
    return 0;
}

static const GpModuleDef functools_module = {
    "_functools",
    functools_methods,
    functools_init,
    "Tools that operate on functions.",
};
GP_REGISTER_MODULE(functools_module);

/* defaultdict.c - collections.defaultdict: a dict whose missing keys are
 * filled in by calling default_factory.
 *
 * The layout extends GpDict by one word, the factory (VNULL reads as
 * None), so every dict slot and method works unchanged on it; only
 * __getitem__'s miss path, the repr, copying and `|` differ. */
#include <string.h>

#include "../mem/heap.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "collections.h"

typedef struct DefaultDict {
    GpDict dict;
    Value factory;
} DefaultDict;

static Value factory_of(Value self) {
    Value f = ((DefaultDict *)v_obj(self))->factory;
    return f ? f : V_NONE;
}

/* __missing__: KeyError without a factory, else self[key] = factory(). */
static Value missing(GpThread *t, Value self, Value key) {
    Value f = factory_of(self);
    if (f == V_NONE) return gp_raise_arg(t, &gp_KeyError, key);
    Value v = gp_call0(t, f);
    if (!v || gp_setitem(t, self, key, v) < 0) return VNULL;
    return v;
}

static Value m_missing(ARGS) {
    if (gp_check_no_kw(t, "defaultdict.__missing__", kw) < 0 ||
        gp_check_nargs(t, "defaultdict.__missing__", nargs, 1, 1) < 0)
        return VNULL;
    return missing(t, self, args[0]);
}

/* A subclass may override __missing__; the exact type goes straight to it. */
static Value dd_getitem(GpThread *t, Value self, Value key) {
    Value v;
    int r = gp_dict_lookup(t, self, key, &v);
    if (r < 0) return VNULL;
    if (r) return v;
    if (v_type(self) == &gp_defaultdict_type) return missing(t, self, key);
    Value m = gp_type_lookup_cstr(v_type(self), "__missing__");
    Value a[2] = {self, key};
    return gp_call(t, m, a, 2, VNULL);
}

static int dd_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    Value f = V_NONE;
    if (nargs) {
        f = args[0];
        if (f != V_NONE && !gp_callable(f)) return gp_raise_i(t, &gp_TypeError, "first argument must be callable or None");
        args++;
        nargs--;
    }
    ((DefaultDict *)v_obj(self))->factory = f;
    return gp_dict_type.init(t, self, args, nargs, kw);
}

/* The type's name without its module, as CPython's _PyType_Name. */
static const char *short_name(GpType *type) {
    const char *dot = strrchr(type->name, '.');
    return dot ? dot + 1 : type->name;
}

static Value dd_repr(GpThread *t, Value self) {
    Value f = factory_of(self);
    Value frepr;
    int r = gp_repr_enter(t, f);
    if (r < 0) return VNULL;
    if (r) {
        frepr = gp_str_from_cstr(t, "...");
    } else {
        frepr = gp_repr(t, f);
        gp_repr_leave(t, f);
    }
    Value drepr = frepr ? gp_dict_type.repr(t, self) : VNULL;
    if (!drepr) return VNULL;
    return gp_format(t, "%s(%U, %U)", short_name(v_type(self)), frepr, drepr);
}

/* type(self)(self.default_factory, arg), as copy() and | build results. */
static Value new_like(GpThread *t, Value self, Value arg) {
    return gp_call2(t, v_from_obj(v_type(self)), factory_of(self), arg);
}

static Value m_copy(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "defaultdict.copy", kw) < 0 || gp_check_nargs(t, "defaultdict.copy", nargs, 0, 0) < 0)
        return VNULL;
    return new_like(t, self, self);
}

static Value m_dunder_copy(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "defaultdict.__copy__", kw) < 0 || gp_check_nargs(t, "defaultdict.__copy__", nargs, 0, 0) < 0)
        return VNULL;
    return new_like(t, self, self);
}

/* (type, (factory,) or (), None, None, iter(items)). */
static Value m_reduce(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "defaultdict.__reduce__", kw) < 0 ||
        gp_check_nargs(t, "defaultdict.__reduce__", nargs, 0, 0) < 0)
        return VNULL;
    Value f = factory_of(self);
    Value cargs = f == V_NONE ? gp_tuple_empty() : gp_tuple_pack(t, 1, f);
    Value items = cargs ? gp_call_method(t, self, "items", NULL, 0) : VNULL;
    Value it = items ? gp_iter(t, items) : VNULL;
    if (!it) return VNULL;
    return gp_tuple_pack(t, 5, v_from_obj(v_type(self)), cargs, V_NONE, V_NONE, it);
}

static Value dd_binop(GpThread *t, int op, Value a, Value b) {
    if (op != GP_OP_OR) return V_NOTIMPL;
    int left = gp_isinstance_type(a, &gp_defaultdict_type);
    Value self = left ? a : b, other = left ? b : a;
    if (!gp_is_dict(other)) return V_NOTIMPL;
    Value r = new_like(t, self, a);
    if (!r || gp_dict_update(t, r, b) < 0) return VNULL;
    return r;
}

static Value get_factory(GpThread *t, Value self) {
    (void)t;
    return factory_of(self);
}

static int set_factory(GpThread *t, Value self, Value v) {
    (void)t;
    ((DefaultDict *)v_obj(self))->factory = v ? v : V_NONE;
    return 0;
}

static void dd_trace(GpGc *gc, GpObj *self) {
    gp_dict_type.trace(gc, self);
    gc_mark(gc, ((DefaultDict *)self)->factory);
}

static const GpGetSetDef dd_getsets[] = {{"default_factory", get_factory, set_factory}, {NULL, NULL, NULL}};

static const GpMethodDef dd_methods[] = {
    {"__missing__", m_missing, 0},
    {"copy", m_copy, 0},
    {"__copy__", m_dunder_copy, 0},
    {"__reduce__", m_reduce, 0},
    {NULL, NULL, 0},
};

GpType gp_defaultdict_type = {
    .hdr = {&gp_type_type},
    .name = "collections.defaultdict",
    .base = &gp_dict_type,
    .size = sizeof(DefaultDict),
    .flags = GP_TF_BASETYPE,
    .repr = dd_repr,
    .getitem = dd_getitem,
    .binop = dd_binop,
    .init = dd_init,
    .trace = dd_trace,
    .methods = dd_methods,
    .getsets = dd_getsets,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory",
};
GP_REGISTER_TYPE(gp_defaultdict_type);

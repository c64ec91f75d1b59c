/* thread_local.c - _thread._local (threading.local): attributes that each
 * thread sees separately.
 *
 * Representation: every thread keeps, in its t->user dict, one attribute
 * dict per local object it touched, keyed by the object's serial number.
 * The object itself has an ordinary instance-dict slot; before every
 * attribute access the current thread's dict is put in that slot, and the
 * generic attribute code does the rest (the GIL makes the swap atomic).
 * Why serial numbers and not the objects as keys: a thread's table must
 * not keep locals alive, and a number is never reused by another local.
 *
 * A thread that touches a local for the first time gets a fresh dict and,
 * for a subclass with __init__, a call of __init__ with the arguments the
 * local was created with, as in CPython.
 */
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "thread_impl.h"

typedef struct GpLocal {
    GpObj hdr;
    Value dict;    /* the current thread's attribute dict (swapped in) */
    Value args;    /* tuple: positional arguments of the constructor */
    Value kwnames; /* tuple of keyword names or VNULL; values follow args in kwvalues */
    Value kwvalues;
    uint64_t serial;
} GpLocal;

static void local_trace(GpGc *gc, GpObj *self) {
    GpLocal *l = (GpLocal *)self;
    gc_mark(gc, l->dict);
    gc_mark(gc, l->args);
    gc_mark(gc, l->kwnames);
    gc_mark(gc, l->kwvalues);
}

/* Put the current thread's dict in the slot, creating it (and running
 * __init__ for it) the first time this thread comes. */
static int local_prepare(GpThread *t, Value self) {
    GpLocal *l = (GpLocal *)v_obj(self);
    if (!t->user && !(t->user = gp_dict_new(t))) return -1;
    Value key = gp_int_from_u64(t, l->serial);
    if (!key) return -1;
    Value d;
    int r = gp_dict_lookup(t, t->user, key, &d);
    if (r < 0) return -1;
    if (r) {
        l->dict = d;
        return 0;
    }
    d = gp_dict_new(t);
    if (!d || gp_dict_set(t, t->user, key, d) < 0) return -1;
    l->dict = d;
    GpType *type = v_type(self);
    if (type->init && type->init != gp_object_type.init && type->init != gp_local_type.init) {
        size_t np = gp_tuple_len(l->args), nk = l->kwnames ? gp_tuple_len(l->kwnames) : 0;
        Value all = gp_tuple_new(t, np + nk);
        if (!all) return -1;
        for (size_t i = 0; i < np; i++) gp_tuple_items(all)[i] = gp_tuple_items(l->args)[i];
        for (size_t i = 0; i < nk; i++) gp_tuple_items(all)[np + i] = gp_tuple_items(l->kwvalues)[i];
        if (type->init(t, self, gp_tuple_items(all), np, l->kwnames) < 0) return -1;
    }
    return 0;
}

static Value local_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    GpType *type = (GpType *)v_obj(callable);
    size_t nk = kwnames ? gp_tuple_len(kwnames) : 0;
    if (type == &gp_local_type && (nargs || nk))
        return gp_raise(t, &gp_TypeError, "Initialization arguments are not supported");
    GpLocal *l = gp_alloc(t, type, type->size);
    if (!l) return VNULL;
    Value self = v_from_obj(l);
    l->serial = ++t->interp->next_serial;
    l->args = gp_tuple_from(t, args, nargs);
    l->kwnames = nk ? kwnames : VNULL;
    l->kwvalues = gp_tuple_from(t, args + nargs, nk);
    if (!l->args || !l->kwvalues) return VNULL;
    /* The creating thread's dict; __init__ runs for it through type(). */
    if (!t->user && !(t->user = gp_dict_new(t))) return VNULL;
    Value key = gp_int_from_u64(t, l->serial), d = gp_dict_new(t);
    if (!key || !d || gp_dict_set(t, t->user, key, d) < 0) return VNULL;
    l->dict = d;
    return self;
}

static Value local_getattr(GpThread *t, Value self, Value name) {
    if (local_prepare(t, self) < 0) return VNULL;
    return gp_generic_getattr(t, self, name);
}

static int local_setattr(GpThread *t, Value self, Value name, Value v) {
    if (gp_is_str(name) && gp_str_eq_cstr(name, "__dict__"))
        return gp_raise_i(t, &gp_AttributeError, "'%s' object attribute '__dict__' is read-only", v_type(self)->name);
    if (local_prepare(t, self) < 0) return -1;
    return gp_generic_setattr(t, self, name, v);
}

static Value local_get_dict(GpThread *t, Value self) {
    if (local_prepare(t, self) < 0) return VNULL;
    return ((GpLocal *)v_obj(self))->dict;
}

static const GpGetSetDef local_getsets[] = {
    {"__dict__", local_get_dict, NULL},
    {NULL, NULL, NULL},
};

GpType gp_local_type = {
    .hdr = {&gp_type_type},
    .name = "_thread._local",
    .base = &gp_object_type,
    .size = sizeof(GpLocal),
    .dict_offset = offsetof(GpLocal, dict),
    .flags = GP_TF_BASETYPE,
    .getattr = local_getattr,
    .setattr = local_setattr,
    .new_ = local_new,
    .trace = local_trace,
    .getsets = local_getsets,
    .doc = "Thread-local data",
};
GP_REGISTER_TYPE(gp_local_type);

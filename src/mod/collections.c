/* collections.c - the _collections module: deque and defaultdict (in
 * deque*.c and defaultdict.c), _tuplegetter (namedtuple's field
 * descriptors) and _count_elements (Counter's counting loop). The
 * collections package (lib/collections) builds on them. */
#include "../mem/heap.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "collections.h"

/* ---- _tuplegetter(index, doc): a data descriptor returning self[index]
 * of a tuple, so that namedtuple fields are read without a Python call. */

typedef struct TupleGetter {
    GpObj hdr;
    int64_t index;
    Value doc;
} TupleGetter;

static Value tg_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    if (gp_check_no_kw(t, "_tuplegetter", kw) < 0 || gp_check_nargs(t, "_tuplegetter", nargs, 2, 2) < 0) return VNULL;
    int64_t index;
    if (gp_as_ssize(t, args[0], &index) < 0) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    TupleGetter *g = gp_alloc(t, type, type->size);
    if (!g) return VNULL;
    g->index = index;
    g->doc = args[1];
    return v_from_obj(g);
}

static Value tg_get(GpThread *t, Value descr, Value obj, Value type) {
    (void)type;
    TupleGetter *g = (TupleGetter *)v_obj(descr);
    if (!obj || obj == V_NONE) return descr;
    if (!gp_is_tuple(obj))
        return gp_raise(t, &gp_TypeError, "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                        (long long)g->index, v_type(obj)->name);
    if (g->index < 0 || (uint64_t)g->index >= gp_tuple_len(obj))
        return gp_raise(t, &gp_IndexError, "tuple index out of range");
    return gp_tuple_items(obj)[g->index];
}

static int tg_set(GpThread *t, Value descr, Value obj, Value v) {
    (void)descr;
    (void)obj;
    return gp_raise_i(t, &gp_AttributeError, v ? "can't set attribute" : "can't delete attribute");
}

static Value tg_get_doc(GpThread *t, Value self) {
    (void)t;
    Value d = ((TupleGetter *)v_obj(self))->doc;
    return d ? d : V_NONE;
}

static int tg_set_doc(GpThread *t, Value self, Value v) {
    (void)t;
    ((TupleGetter *)v_obj(self))->doc = v ? v : V_NONE;
    return 0;
}

static Value tg_reduce(ARGS) {
    (void)args;
    (void)nargs;
    (void)kw;
    TupleGetter *g = (TupleGetter *)v_obj(self);
    Value index = gp_int_from_i64(t, g->index);
    Value a = index ? gp_tuple_pack(t, 2, index, tg_get_doc(t, self)) : VNULL;
    return a ? gp_tuple_pack(t, 2, v_from_obj(v_type(self)), a) : VNULL;
}

static Value tg_repr(GpThread *t, Value self) {
    TupleGetter *g = (TupleGetter *)v_obj(self);
    return gp_format(t, "_tuplegetter(%lld, %R)", (long long)g->index, tg_get_doc(t, self));
}

static void tg_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((TupleGetter *)self)->doc); }

static const GpGetSetDef tg_getsets[] = {{"__doc__", tg_get_doc, tg_set_doc}, {NULL, NULL, NULL}};
static const GpMethodDef tg_methods[] = {{"__reduce__", tg_reduce, GP_METH_NOKW}, {NULL, NULL, 0}};

GpType gp_tuplegetter_type = {
    .hdr = {&gp_type_type},
    .name = "_collections._tuplegetter",
    .base = &gp_object_type,
    .size = sizeof(TupleGetter),
    .repr = tg_repr,
    .descr_get = tg_get,
    .descr_set = tg_set,
    .new_ = tg_new,
    .trace = tg_trace,
    .getsets = tg_getsets,
    .methods = tg_methods,
};
GP_REGISTER_TYPE(gp_tuplegetter_type);

/* ---- _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1
 * for each x; straight on the table when mapping is a dict whose get and
 * __setitem__ are dict's own (Counter's case). */

static Value m_count_elements(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "_count_elements", kw) < 0 || gp_check_nargs(t, "_count_elements", nargs, 2, 2) < 0)
        return VNULL;
    Value mapping = args[0];
    GpType *type = v_type(mapping);
    int fast = gp_is_dict(mapping) &&
               gp_type_lookup_cstr(type, "__setitem__") == gp_type_lookup_cstr(&gp_dict_type, "__setitem__") &&
               gp_type_lookup_cstr(type, "get") == gp_type_lookup_cstr(&gp_dict_type, "get");
    Value get = VNULL;
    if (!fast && !(get = gp_getattr_cstr(t, mapping, "get"))) return VNULL;
    Value it = gp_iter(t, args[1]);
    if (!it) return VNULL;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? VNULL : V_NONE;
        Value old;
        if (fast) {
            int r = gp_dict_lookup(t, mapping, x, &old);
            if (r < 0) return VNULL;
            if (!r) old = v_from_small(0);
        } else {
            old = gp_call2(t, get, x, v_from_small(0));
            if (!old) return VNULL;
        }
        Value n = v_is_int(old) && v_int(old) < GP_SMALL_MAX ? v_from_small(v_int(old) + 1)
                                                             : gp_binop(t, GP_OP_ADD, old, v_from_small(1));
        if (!n) return VNULL;
        if ((fast ? gp_dict_set(t, mapping, x, n) : gp_setitem(t, mapping, x, n)) < 0) return VNULL;
    }
}

static const GpMethodDef collections_methods[] = {
    {"_count_elements", m_count_elements, 0},
    {NULL, NULL, 0},
};

static int collections_init(GpThread *t, Value m) {
    if (gp_module_add(t, m, "deque", v_from_obj(&gp_deque_type)) < 0 ||
        gp_module_add(t, m, "defaultdict", v_from_obj(&gp_defaultdict_type)) < 0 ||
        gp_module_add(t, m, "_deque_iterator", v_from_obj(&gp_dequeiter_type)) < 0 ||
        gp_module_add(t, m, "_deque_reverse_iterator", v_from_obj(&gp_dequereviter_type)) < 0 ||
        gp_module_add(t, m, "_tuplegetter", v_from_obj(&gp_tuplegetter_type)) < 0)
        return -1;
    return 0;
}

static const GpModuleDef collections_module = {
    "_collections",
    collections_methods,
    collections_init,
    "High performance data structures.",
};
GP_REGISTER_MODULE(collections_module);

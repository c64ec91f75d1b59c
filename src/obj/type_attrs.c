/* type_attrs.c - attributes of type objects beyond the basic ones in
 * type.c: __annotations__, __abstractmethods__, the layout numbers
 * (__basicsize__, __flags__ ...), __text_signature__, __type_params__,
 * __prepare__, and the | operator that builds unions (int | None).
 *
 * __annotations__ and __abstractmethods__ live in the class's own dict, as
 * in CPython; the descriptors on type give them CPython's behaviour:
 * C.__annotations__ of a class without annotations is a new empty dict
 * stored in the class, and __abstractmethods__ is only the class's own. */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "genericalias.h"
#include "int.h"
#include "object_methods.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static GpType *as_type(Value v) { return (GpType *)v_obj(v); }

static Value own_dict_attr(GpThread *t, Value self, const char *name) {
    GpType *tp = as_type(self);
    Value v = tp->dict ? gp_dict_get_cstr(tp->dict, name) : VNULL;
    if (!v) return gp_raise(t, &gp_AttributeError, "%s", name);
    return v;
}

/* Set (v) or delete (VNULL) name in a class's own dict. */
static int set_own_dict_attr(GpThread *t, Value self, const char *name, Value v) {
    GpType *tp = as_type(self);
    if (!(tp->flags & GP_TF_HEAPTYPE))
        return gp_raise_i(t, &gp_TypeError, "cannot set '%s' attribute of immutable type '%s'", name, tp->name);
    Value key = gp_str_intern_cstr(t, name);
    if (!key) return -1;
    if (v) {
        if (gp_dict_set(t, tp->dict, key, v) < 0) return -1;
    } else {
        int r = gp_dict_del(t, tp->dict, key);
        if (r < 0) return -1;
        if (r == 0) return gp_raise_i(t, &gp_AttributeError, "%s", name);
    }
    gp_heap_type_modified(t, tp, key);
    return 0;
}

Value gp_type_get_annotations(GpThread *t, Value self) {
    GpType *tp = as_type(self);
    if (!(tp->flags & GP_TF_HEAPTYPE))
        return gp_raise(t, &gp_AttributeError, "type object '%s' has no attribute '__annotations__'", tp->name);
    Value ann = gp_dict_get_cstr(tp->dict, "__annotations__");
    if (ann) {
        GpType *at = v_type(ann);
        return at->descr_get ? at->descr_get(t, ann, VNULL, self) : ann;
    }
    ann = gp_dict_new(t);
    if (!ann || set_own_dict_attr(t, self, "__annotations__", ann) < 0) return VNULL;
    return ann;
}

int gp_type_set_annotations(GpThread *t, Value self, Value v) {
    return set_own_dict_attr(t, self, "__annotations__", v);
}

Value gp_type_get_abstractmethods(GpThread *t, Value self) {
    /* type itself has the descriptor in its dict, not a value. */
    if (as_type(self) == &gp_type_type) return gp_raise(t, &gp_AttributeError, "__abstractmethods__");
    return own_dict_attr(t, self, "__abstractmethods__");
}

int gp_type_set_abstractmethods(GpThread *t, Value self, Value v) {
    if (v && gp_truthy(t, v) < 0) return -1;
    return set_own_dict_attr(t, self, "__abstractmethods__", v);
}

Value gp_type_get_basicsize(GpThread *t, Value self) { return gp_int_from_i64(t, (int64_t)as_type(self)->size); }
Value gp_type_get_dictoffset(GpThread *t, Value self) { return gp_int_from_i64(t, as_type(self)->dict_offset); }

Value gp_type_get_zero(GpThread *t, Value self) {
    (void)t;
    (void)self;
    return v_from_small(0);
}

/* CPython's Py_TPFLAGS_* bits for what gilpy's flags say. */
Value gp_type_get_flags(GpThread *t, Value self) {
    static const struct {
        uint32_t mine;
        int64_t cpython;
    } map[] = {
        {GP_TF_HEAPTYPE, 1 << 9},      {GP_TF_BASETYPE, 1 << 10},      {GP_TF_READY, 1 << 12},
        {GP_TF_INT_SUB, 1L << 24},     {GP_TF_LIST_SUB, 1L << 25},     {GP_TF_TUPLE_SUB, 1L << 26},
        {GP_TF_BYTES_SUB, 1L << 27},   {GP_TF_STR_SUB, 1L << 28},      {GP_TF_DICT_SUB, 1L << 29},
        {GP_TF_EXC_SUB, 1L << 30},     {GP_TF_TYPE_SUB, 1L << 31},
    };
    uint32_t f = as_type(self)->flags;
    int64_t r = f & GP_TF_HEAPTYPE ? 0 : 1 << 8; /* immutable */
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (f & map[i].mine) r |= map[i].cpython;
    return gp_int_from_i64(t, r);
}

Value gp_type_get_text_signature(GpThread *t, Value self) {
    (void)t;
    (void)self;
    return V_NONE;
}

Value gp_type_get_type_params(GpThread *t, Value self) {
    (void)t;
    GpType *tp = as_type(self);
    Value v = tp->dict && (tp->flags & GP_TF_HEAPTYPE) ? gp_dict_get_cstr(tp->dict, "__type_params__") : VNULL;
    return v ? v : gp_tuple_empty();
}

int gp_type_set_type_params(GpThread *t, Value self, Value v) {
    if (v && !gp_is_tuple(v))
        return gp_raise_i(t, &gp_TypeError, "__type_params__ must be set to a tuple, not %s", v_type(v)->name);
    return set_own_dict_attr(t, self, "__type_params__", v ? v : gp_tuple_empty());
}

/* type.__prepare__(name, bases, **kwds): the class namespace, a dict. */
Value gp_type_prepare(GpThread *t, Value cls, const Value *args, size_t nargs, Value kw) {
    (void)cls;
    (void)args;
    (void)nargs;
    (void)kw;
    return gp_dict_new(t);
}

Value gp_type_binop(GpThread *t, int op, Value a, Value b) {
    return op == GP_OP_OR ? gp_union_or(t, a, b) : V_NOTIMPL;
}

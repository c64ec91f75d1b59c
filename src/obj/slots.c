/* slots.c - dunder methods as C slots, C slots as dunder methods. */
#include "slots.h"

#include <stdio.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

enum {
    K_REPR, K_STR, K_HASH, K_RICHCMP, K_BOOL, K_LEN, K_GETATTRIBUTE, K_GETATTR, K_SETATTR, K_DELATTR,
    K_CALL, K_ITER, K_NEXT, K_GETITEM, K_SETITEM, K_DELITEM, K_CONTAINS, K_BINOP, K_RBINOP, K_IBINOP,
    K_UNOP, K_INDEX, K_INT, K_FLOAT, K_GET, K_SET, K_DELETE, K_NEW, K_INIT
};

typedef struct SlotDef {
    const char *name;
    int kind, op;
} SlotDef;

#define BIN(n, op) {"__" n "__", K_BINOP, op}, {"__r" n "__", K_RBINOP, op}, {"__i" n "__", K_IBINOP, op}

static const SlotDef slotdefs[] = {
    {"__repr__", K_REPR, 0},
    {"__str__", K_STR, 0},
    {"__hash__", K_HASH, 0},
    {"__lt__", K_RICHCMP, GP_LT},
    {"__le__", K_RICHCMP, GP_LE},
    {"__eq__", K_RICHCMP, GP_EQ},
    {"__ne__", K_RICHCMP, GP_NE},
    {"__gt__", K_RICHCMP, GP_GT},
    {"__ge__", K_RICHCMP, GP_GE},
    {"__bool__", K_BOOL, 0},
    {"__len__", K_LEN, 0},
    {"__getattribute__", K_GETATTRIBUTE, 0},
    {"__getattr__", K_GETATTR, 0},
    {"__setattr__", K_SETATTR, 0},
    {"__delattr__", K_DELATTR, 0},
    {"__call__", K_CALL, 0},
    {"__iter__", K_ITER, 0},
    {"__next__", K_NEXT, 0},
    {"__getitem__", K_GETITEM, 0},
    {"__setitem__", K_SETITEM, 0},
    {"__delitem__", K_DELITEM, 0},
    {"__contains__", K_CONTAINS, 0},
    BIN("add", GP_OP_ADD),
    BIN("sub", GP_OP_SUB),
    BIN("mul", GP_OP_MUL),
    BIN("matmul", GP_OP_MATMUL),
    BIN("truediv", GP_OP_TRUEDIV),
    BIN("mod", GP_OP_MOD),
    BIN("pow", GP_OP_POW),
    BIN("lshift", GP_OP_LSHIFT),
    BIN("rshift", GP_OP_RSHIFT),
    BIN("or", GP_OP_OR),
    BIN("xor", GP_OP_XOR),
    BIN("and", GP_OP_AND),
    BIN("floordiv", GP_OP_FLOORDIV),
    {"__neg__", K_UNOP, GP_UOP_NEG},
    {"__pos__", K_UNOP, GP_UOP_POS},
    {"__invert__", K_UNOP, GP_UOP_INVERT},
    {"__abs__", K_UNOP, GP_UOP_ABS},
    {"__index__", K_INDEX, 0},
    {"__int__", K_INT, 0},
    {"__float__", K_FLOAT, 0},
    {"__get__", K_GET, 0},
    {"__set__", K_SET, 0},
    {"__delete__", K_DELETE, 0},
    {"__new__", K_NEW, 0},
    {"__init__", K_INIT, 0},
};
#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])

/* Indices into slotdefs, and into a heap type's dunder cache. The rich
 * comparisons are D_LT + op, the unary operators D_NEG + op, and each
 * binary operator has three entries from D_BINOPS + 3 * op: __op__,
 * __rop__, __iop__. */
enum {
    D_REPR, D_STR, D_HASH, D_LT, D_LE, D_EQ, D_NE, D_GT, D_GE, D_BOOL, D_LEN, D_GETATTRIBUTE, D_GETATTR,
    D_SETATTR, D_DELATTR, D_CALL, D_ITER, D_NEXT, D_GETITEM, D_SETITEM, D_DELITEM, D_CONTAINS, D_BINOPS,
    D_NEG = D_BINOPS + 3 * GP_OP_COUNT, D_POS, D_INVERT, D_ABS, D_INDEX, D_INT, D_FLOAT, D_GET, D_SET,
    D_DELETE, D_NEW, D_INIT, D_COUNT
};
_Static_assert(NSLOTDEFS == D_COUNT && D_COUNT == GP_NDUNDERS, "slotdefs and the dunder ids disagree");

/* ---- calling dunders */

/* The nearest builtin type a class derives its layout and slots from. */
static GpType *static_base(GpType *tp) {
    while (tp && (tp->flags & GP_TF_HEAPTYPE)) tp = tp->base;
    return tp ? tp : &gp_object_type;
}

/* The attribute `name` found in a heap class of type's MRO (dunders of
 * builtin classes are served by their C slots instead). Only used to fill
 * the dunder cache: the slot functions read the cache (dunder()). */
static Value heap_lookup(GpType *type, const char *name) {
    Value mro = type->mro;
    size_t n = mro ? gp_tuple_len(mro) : 0;
    for (size_t i = 0; i < n; i++) {
        GpType *b = (GpType *)v_obj(gp_tuple_items(mro)[i]);
        Value v = b->dict ? gp_dict_get_cstr(b->dict, name) : VNULL;
        /* A builtin base that defines the name hides the classes after it
         * in the MRO (class C(int, Mixin): int's __hash__, not Mixin's);
         * the caller then falls back to the builtin slot. */
        if (!(b->flags & GP_TF_HEAPTYPE)) {
            if (v) return VNULL;
            continue;
        }
        if (v) return v;
    }
    return VNULL;
}

/* What heap_lookup(type, slotdefs[id].name) returned when the cache was
 * last filled; type is a heap type (only heap types get slot_* functions). */
static inline Value dunder(GpType *type, int id) { return ((GpHeapType *)type)->dunders[id]; }
/* The same for the type of obj, an instance of a heap type (so an object). */
static inline Value obj_dunder(Value obj, int id) { return dunder(v_obj(obj)->type, id); }

static Value call_descr(GpThread *t, Value descr, Value obj, const Value *args, size_t nargs, Value kwnames) {
    GpType *dt = v_type(descr);
    if (dt == &gp_function_type || (dt == &gp_builtin_type && ((GpBuiltin *)v_obj(descr))->owner &&
                                    !((GpBuiltin *)v_obj(descr))->self &&
                                    !(((GpBuiltin *)v_obj(descr))->def->flags & (GP_METH_STATIC | GP_METH_CLASS)))) {
        size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
        Value small[8];
        Value *argv = small;
        if (nargs + nkw + 1 > 8) {
            Value tmp = gp_tuple_new(t, nargs + nkw + 1);
            if (!tmp) return VNULL;
            argv = gp_tuple_items(tmp);
        }
        argv[0] = obj;
        if (nargs + nkw) memcpy(argv + 1, args, (nargs + nkw) * sizeof(Value));
        return gp_call(t, descr, argv, nargs + 1, kwnames);
    }
    Value bound = descr;
    if (dt->descr_get) {
        bound = dt->descr_get(t, descr, obj, v_from_obj(v_type(obj)));
        if (!bound) return VNULL;
    }
    return gp_call(t, bound, args, nargs, kwnames);
}

Value gp_call_special(GpThread *t, Value obj, const char *name, const Value *args, size_t nargs, int *found) {
    Value d = gp_type_lookup_cstr(v_type(obj), name);
    *found = d != VNULL;
    if (!d) return VNULL;
    return call_descr(t, d, obj, args, nargs, VNULL);
}

/* Call a dunder found in a heap class; *found tells whether there was one. */
static Value call_heap(GpThread *t, Value obj, int id, const Value *args, size_t nargs, int *found) {
    Value d = obj_dunder(obj, id);
    *found = d != VNULL;
    if (!d) return VNULL;
    if (d == V_NONE) return gp_raise(t, &gp_TypeError, "'%s' object is not callable", "NoneType");
    return call_descr(t, d, obj, args, nargs, VNULL);
}

/* ---- the slot functions of heap types */

static Value slot_repr(GpThread *t, Value self) {
    int found;
    Value r = call_heap(t, self, D_REPR, NULL, 0, &found);
    return found ? r : static_base(v_type(self))->repr(t, self);
}

static Value slot_str(GpThread *t, Value self) {
    int found;
    Value r = call_heap(t, self, D_STR, NULL, 0, &found);
    if (found) return r;
    GpType *b = static_base(v_type(self));
    /* object.__str__ calls repr(), which may be the class's own. */
    if (!b->str || b == &gp_object_type) return gp_repr(t, self);
    return b->str(t, self);
}

static int slot_hash(GpThread *t, Value self, int64_t *out) {
    Value h = obj_dunder(self, D_HASH);
    if (h == V_NONE) return gp_raise_i(t, &gp_TypeError, "unhashable type: '%s'", v_type(self)->name);
    if (!h) {
        GpType *b = static_base(v_type(self));
        if (!b->hash) return gp_raise_i(t, &gp_TypeError, "unhashable type: '%s'", v_type(self)->name);
        return b->hash(t, self, out);
    }
    Value r = call_descr(t, h, self, NULL, 0, VNULL);
    if (!r) return -1;
    if (!gp_is_int(r)) return gp_raise_i(t, &gp_TypeError, "__hash__ method should return an integer");
    /* A result that fits in a machine word is the hash itself (-1, which
     * means "error" in C, becomes -2); larger ones are reduced as hash()
     * of an int is. As CPython. */
    Value exact = gp_int_exact(t, r);
    if (!exact) return -1;
    int64_t h64;
    if (gp_int_to_i64(exact, &h64)) *out = h64 == -1 ? -2 : h64;
    else *out = gp_int_hash(exact);
    return 0;
}

static Value slot_richcmp(GpThread *t, Value a, Value b, int op) {
    int found;
    Value r = call_heap(t, a, D_LT + op, &b, 1, &found);
    if (found) return r;
    GpType *base = static_base(v_type(a));
    return base->richcmp ? base->richcmp(t, a, b, op) : V_NOTIMPL;
}

static int slot_bool(GpThread *t, Value self) {
    int found;
    Value r = call_heap(t, self, D_BOOL, NULL, 0, &found);
    if (found) {
        if (!r) return -1;
        if (r != V_TRUE && r != V_FALSE)
            return gp_raise_i(t, &gp_TypeError, "__bool__ should return bool, returned %s", v_type(r)->name);
        return r == V_TRUE;
    }
    Value len = obj_dunder(self, D_LEN);
    if (len) {
        int64_t n = gp_len(t, self);
        return n < 0 ? -1 : n != 0;
    }
    GpType *b = static_base(v_type(self));
    if (b->truth) return b->truth(t, self);
    if (b->len) {
        int64_t n = b->len(t, self);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

static int64_t slot_len(GpThread *t, Value self) {
    int found;
    Value r = call_heap(t, self, D_LEN, NULL, 0, &found);
    if (!found) {
        GpType *b = static_base(v_type(self));
        if (!b->len) return gp_raise_i(t, &gp_TypeError, "object of type '%s' has no len()", v_type(self)->name);
        return b->len(t, self);
    }
    if (!r) return -1;
    if (!gp_is_int(r))
        return gp_raise_i(t, &gp_TypeError, "'%s' object cannot be interpreted as an integer", v_type(r)->name);
    int64_t n;
    if (!gp_int_to_i64(r, &n)) return gp_raise_i(t, &gp_OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n < 0) return gp_raise_i(t, &gp_ValueError, "__len__() should return >= 0");
    return n;
}

static Value slot_getattr(GpThread *t, Value self, Value name) {
    Value ga = obj_dunder(self, D_GETATTRIBUTE);
    Value r;
    if (ga) r = call_descr(t, ga, self, &name, 1, VNULL);
    else r = static_base(v_type(self))->getattr(t, self, name);
    if (r || !gp_exc_matches(t, &gp_AttributeError)) return r;
    Value hook = obj_dunder(self, D_GETATTR);
    if (!hook) return VNULL;
    gp_exc_clear(t);
    return call_descr(t, hook, self, &name, 1, VNULL);
}

static int slot_setattr(GpThread *t, Value self, Value name, Value v) {
    int found;
    Value r;
    if (v) {
        Value args[2] = {name, v};
        r = call_heap(t, self, D_SETATTR, args, 2, &found);
    } else {
        r = call_heap(t, self, D_DELATTR, &name, 1, &found);
    }
    if (found) return r ? 0 : -1;
    GpType *b = static_base(v_type(self));
    if (!b->setattr) return gp_raise_i(t, &gp_AttributeError, "'%s' object has no attribute '%U'", v_type(self)->name, name);
    return b->setattr(t, self, name, v);
}

static Value slot_call(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    Value d = obj_dunder(self, D_CALL);
    if (!d) {
        GpType *b = static_base(v_type(self));
        if (!b->call) return gp_raise(t, &gp_TypeError, "'%s' object is not callable", v_type(self)->name);
        return b->call(t, self, args, nargs, kwnames);
    }
    return call_descr(t, d, self, args, nargs, kwnames);
}

static Value slot_iter(GpThread *t, Value self) {
    Value d = obj_dunder(self, D_ITER);
    if (d == V_NONE) return gp_raise(t, &gp_TypeError, "'%s' object is not iterable", v_type(self)->name);
    if (!d) {
        GpType *b = static_base(v_type(self));
        if (b->iter) return b->iter(t, self);
        if (obj_dunder(self, D_GETITEM)) {
            extern Value gp_seqiter_new(GpThread * t, Value seq);
            return gp_seqiter_new(t, self);
        }
        return gp_raise(t, &gp_TypeError, "'%s' object is not iterable", v_type(self)->name);
    }
    Value it = call_descr(t, d, self, NULL, 0, VNULL);
    if (it && !v_type(it)->next)
        return gp_raise(t, &gp_TypeError, "iter() returned non-iterator of type '%s'", v_type(it)->name);
    return it;
}

static Value slot_next(GpThread *t, Value self) {
    int found;
    Value r = call_heap(t, self, D_NEXT, NULL, 0, &found);
    if (!found) {
        GpType *b = static_base(v_type(self));
        if (!b->next) return gp_raise(t, &gp_TypeError, "'%s' object is not an iterator", v_type(self)->name);
        return b->next(t, self);
    }
    return r;
}

static Value slot_getitem(GpThread *t, Value self, Value key) {
    int found;
    Value r = call_heap(t, self, D_GETITEM, &key, 1, &found);
    if (found) return r;
    GpType *b = static_base(v_type(self));
    if (!b->getitem) return gp_raise(t, &gp_TypeError, "'%s' object is not subscriptable", v_type(self)->name);
    return b->getitem(t, self, key);
}

static int slot_setitem(GpThread *t, Value self, Value key, Value v) {
    int found;
    Value r;
    if (v) {
        Value args[2] = {key, v};
        r = call_heap(t, self, D_SETITEM, args, 2, &found);
    } else {
        r = call_heap(t, self, D_DELITEM, &key, 1, &found);
    }
    if (found) return r ? 0 : -1;
    GpType *b = static_base(v_type(self));
    if (!b->setitem)
        return gp_raise_i(t, &gp_TypeError, v ? "'%s' object does not support item assignment"
                                              : "'%s' object doesn't support item deletion",
                          v_type(self)->name);
    return b->setitem(t, self, key, v);
}

static int slot_contains(GpThread *t, Value self, Value item) {
    int found;
    Value r = call_heap(t, self, D_CONTAINS, &item, 1, &found);
    if (found) return r ? gp_truthy(t, r) : -1;
    GpType *b = static_base(v_type(self));
    if (b->contains) return b->contains(t, self, item);
    /* Fall back to iteration, as Python does. */
    Value it = gp_iter(t, self);
    if (!it) return -1;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? -1 : 0;
        int eq = gp_eq(t, x, item);
        if (eq) return eq;
    }
}

static int is_slot_binop_type(GpType *tp);

/* CPython's binary operator protocol for classes: a.__op__(b), then
 * b.__rop__(a), with the reflected method first when b's class is a
 * subclass of a's that overrides it. */
static Value slot_binop(GpThread *t, int op, Value a, Value b) {
    int id = D_BINOPS + 3 * op, rid = id + 1;
    GpType *ta = v_type(a), *tb = v_type(b);
    int a_is = is_slot_binop_type(ta), b_is = ta != tb && is_slot_binop_type(tb);
    Value fa = a_is ? dunder(ta, id) : VNULL;
    Value fb = b_is ? dunder(tb, rid) : VNULL;
    if (!fa && !fb) {
        /* Not defined in Python: the builtin base's operator (int, list ...). */
        GpType *base = a_is ? static_base(ta) : static_base(tb);
        return base->binop ? base->binop(t, op, a, b) : V_NOTIMPL;
    }
    /* (A builtin class has no __rop__ written in Python.) */
    if (fb && gp_type_is_subtype(tb, ta) && fb != ((ta->flags & GP_TF_HEAPTYPE) ? dunder(ta, rid) : VNULL)) {
        Value r = call_descr(t, fb, b, &a, 1, VNULL);
        if (r != V_NOTIMPL) return r;
        fb = VNULL;
    }
    if (fa) {
        Value r = call_descr(t, fa, a, &b, 1, VNULL);
        if (r != V_NOTIMPL) return r;
    }
    if (fb) return call_descr(t, fb, b, &a, 1, VNULL);
    if (!a_is || !b_is) {
        /* The other operand's builtin base may still handle it. */
        GpType *base = a_is ? static_base(ta) : static_base(tb);
        if (base->binop) return base->binop(t, op, a, b);
    }
    return V_NOTIMPL;
}

static Value slot_inplace(GpThread *t, int op, Value a, Value b) {
    int found;
    Value r = call_heap(t, a, D_BINOPS + 3 * op + 2, &b, 1, &found);
    if (found) return r;
    GpType *base = static_base(v_type(a));
    return base->inplace ? base->inplace(t, op, a, b) : V_NOTIMPL;
}

static Value slot_unop(GpThread *t, int op, Value a) {
    int found;
    Value r = call_heap(t, a, D_NEG + op, NULL, 0, &found);
    if (found) return r;
    GpType *base = static_base(v_type(a));
    return base->unop ? base->unop(t, op, a) : V_NOTIMPL;
}

static Value number_result(GpThread *t, Value self, int id, GpType *want_int_or_float, int want_int) {
    int found;
    const char *name = slotdefs[id].name;
    Value r = call_heap(t, self, id, NULL, 0, &found);
    if (!found) {
        GpType *b = static_base(v_type(self));
        Value (*fn)(GpThread *, Value) = id == D_INDEX ? b->index : id == D_INT ? b->to_int : b->to_float;
        if (!fn) return gp_raise(t, &gp_TypeError, "'%s' object cannot be interpreted as an integer", v_type(self)->name);
        return fn(t, self);
    }
    if (!r) return VNULL;
    (void)want_int_or_float;
    if (want_int && !gp_is_int(r))
        return gp_raise(t, &gp_TypeError, "%s returned non-int (type %s)", name, v_type(r)->name);
    return r;
}

static Value slot_index(GpThread *t, Value self) { return number_result(t, self, D_INDEX, &gp_int_type, 1); }
static Value slot_int(GpThread *t, Value self) { return number_result(t, self, D_INT, &gp_int_type, 1); }
static Value slot_float(GpThread *t, Value self) { return number_result(t, self, D_FLOAT, &gp_float_type, 0); }

static Value slot_descr_get(GpThread *t, Value descr, Value obj, Value type) {
    int found;
    Value args[2] = {obj ? obj : V_NONE, type ? type : V_NONE};
    Value r = call_heap(t, descr, D_GET, args, 2, &found);
    if (found) return r;
    GpType *b = static_base(v_type(descr));
    return b->descr_get ? b->descr_get(t, descr, obj, type) : descr;
}

static int slot_descr_set(GpThread *t, Value descr, Value obj, Value v) {
    int found;
    Value r;
    if (v) {
        Value args[2] = {obj, v};
        r = call_heap(t, descr, D_SET, args, 2, &found);
    } else {
        r = call_heap(t, descr, D_DELETE, &obj, 1, &found);
    }
    if (found) return r ? 0 : -1;
    return gp_raise_i(t, &gp_AttributeError, v ? "__set__" : "__delete__");
}

static Value slot_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    GpType *type = (GpType *)v_obj(callable);
    Value d = dunder(type, D_NEW);
    if (!d) return static_base(type)->new_(t, callable, args, nargs, kwnames);
    /* __new__ is a static method taking the class first. */
    GpType *dt = v_type(d);
    Value fn = dt->descr_get ? dt->descr_get(t, d, VNULL, callable) : d;
    if (!fn) return VNULL;
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    Value tmp = gp_tuple_new(t, nargs + nkw + 1);
    if (!tmp) return VNULL;
    Value *argv = gp_tuple_items(tmp);
    argv[0] = callable;
    if (nargs + nkw) memcpy(argv + 1, args, (nargs + nkw) * sizeof(Value));
    return gp_call(t, fn, argv, nargs + 1, kwnames);
}

static int slot_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    Value d = obj_dunder(self, D_INIT);
    if (!d) {
        GpType *b = static_base(v_type(self));
        return b->init ? b->init(t, self, args, nargs, kwnames) : 0;
    }
    Value r = call_descr(t, d, self, args, nargs, kwnames);
    if (!r) return -1;
    if (r != V_NONE) return gp_raise_i(t, &gp_TypeError, "__init__() should return None, not '%s'", v_type(r)->name);
    return 0;
}

static int is_slot_binop_type(GpType *tp) { return tp->binop == slot_binop; }

/* ---- assigning slots */

static int defines_any(GpType *type, int kind) {
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (slotdefs[i].kind == kind && dunder(type, (int)i)) return 1;
    return 0;
}

void gp_update_slots(GpType *type) {
    GpHeapType *ht = (GpHeapType *)type;
    for (size_t i = 0; i < NSLOTDEFS; i++) ht->dunders[i] = heap_lookup(type, slotdefs[i].name);
    GpType *b = static_base(type->base);
#define SET(slot, cond, fn) type->slot = (cond) ? fn : b->slot
    SET(repr, defines_any(type, K_REPR), slot_repr);
    SET(str, defines_any(type, K_STR) || defines_any(type, K_REPR), slot_str);
    SET(hash, defines_any(type, K_HASH), slot_hash);
    SET(richcmp, defines_any(type, K_RICHCMP), slot_richcmp);
    SET(truth, defines_any(type, K_BOOL) || defines_any(type, K_LEN), slot_bool);
    SET(len, defines_any(type, K_LEN), slot_len);
    SET(getattr, defines_any(type, K_GETATTRIBUTE) || defines_any(type, K_GETATTR), slot_getattr);
    SET(setattr, defines_any(type, K_SETATTR) || defines_any(type, K_DELATTR), slot_setattr);
    SET(call, defines_any(type, K_CALL), slot_call);
    SET(iter, defines_any(type, K_ITER) || (!b->iter && defines_any(type, K_GETITEM)), slot_iter);
    SET(next, defines_any(type, K_NEXT), slot_next);
    SET(getitem, defines_any(type, K_GETITEM), slot_getitem);
    SET(setitem, defines_any(type, K_SETITEM) || defines_any(type, K_DELITEM), slot_setitem);
    SET(contains, defines_any(type, K_CONTAINS), slot_contains);
    SET(binop, defines_any(type, K_BINOP) || defines_any(type, K_RBINOP), slot_binop);
    SET(inplace, defines_any(type, K_IBINOP), slot_inplace);
    SET(unop, defines_any(type, K_UNOP), slot_unop);
    SET(index, defines_any(type, K_INDEX), slot_index);
    SET(to_int, defines_any(type, K_INT), slot_int);
    SET(to_float, defines_any(type, K_FLOAT), slot_float);
    SET(descr_get, defines_any(type, K_GET), slot_descr_get);
    SET(descr_set, defines_any(type, K_SET) || defines_any(type, K_DELETE), slot_descr_set);
    SET(new_, defines_any(type, K_NEW), slot_new);
    SET(init, defines_any(type, K_INIT), slot_init);
#undef SET
    /* A class defining __eq__ but not __hash__ is unhashable (its dict
     * holds __hash__ = None, which slot_hash honours). */
    if (dunder(type, D_HASH) == V_NONE) type->hash = slot_hash;
}

Value gp_heap_init_function(GpType *type) {
    if (!(type->flags & GP_TF_HEAPTYPE) || (type->flags & GP_TF_ABSTRACT) || type->init != slot_init ||
        type->new_ != gp_object_type.new_ || type->hdr.type->call != gp_type_type.call)
        return VNULL;
    Value init = dunder(type, D_INIT);
    if (!v_is_type(init, &gp_function_type) || (((GpFunc *)v_obj(init))->code->flags & CO_GENERATOR)) return VNULL;
    return init;
}

int gp_is_slot_name(Value name) {
    if (!gp_is_str(name)) return 0;
    const char *s = gp_str_data(name);
    if (s[0] != '_' || s[1] != '_') return 0;
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (!strcmp(slotdefs[i].name, s)) return 1;
    return 0;
}

/* ---- slot wrappers: builtin slots callable from Python */

typedef struct SlotWrapper {
    GpObj hdr;
    GpType *owner;
    const SlotDef *def;
    Value self; /* bound object, or VNULL */
} SlotWrapper;

static Value wrapper_apply(GpThread *t, SlotWrapper *w, Value self, const Value *args, size_t nargs, Value kw) {
    GpType *tp = w->owner;
    const SlotDef *d = w->def;
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    if (nkw && d->kind != K_INIT && d->kind != K_NEW && d->kind != K_CALL)
        return gp_raise(t, &gp_TypeError, "wrapper %s() takes no keyword arguments", d->name);
#define NARGS(n)                                                                                         \
    if (nargs != (n))                                                                                    \
    return gp_raise(t, &gp_TypeError, "expected %d argument%s, got %zu", (n), (n) == 1 ? "" : "s", nargs)
    switch (d->kind) {
    case K_REPR: NARGS(0); return tp->repr(t, self);
    case K_STR: NARGS(0); return tp->str ? tp->str(t, self) : tp->repr(t, self);
    case K_HASH: {
        NARGS(0);
        int64_t h;
        if (tp->hash(t, self, &h) < 0) return VNULL;
        return gp_int_from_i64(t, h);
    }
    case K_RICHCMP: NARGS(1); return tp->richcmp(t, self, args[0], d->op);
    case K_BOOL: {
        NARGS(0);
        int r = tp->truth(t, self);
        return r < 0 ? VNULL : v_bool(r);
    }
    case K_LEN: {
        NARGS(0);
        int64_t n = tp->len(t, self);
        return n < 0 ? VNULL : gp_int_from_i64(t, n);
    }
    case K_GETATTRIBUTE:
        NARGS(1);
        if (!gp_is_str(args[0]))
            return gp_raise(t, &gp_TypeError, "attribute name must be string, not '%s'", v_type(args[0])->name);
        return tp->getattr(t, self, args[0]);
    case K_SETATTR:
        NARGS(2);
        return tp->setattr(t, self, args[0], args[1]) < 0 ? VNULL : V_NONE;
    case K_DELATTR: NARGS(1); return tp->setattr(t, self, args[0], VNULL) < 0 ? VNULL : V_NONE;
    case K_CALL: return tp->call(t, self, args, nargs, kw);
    case K_ITER: NARGS(0); return tp->iter(t, self);
    case K_NEXT: {
        NARGS(0);
        Value r = tp->next(t, self);
        if (!r && !t->exc) gp_exc_restore(t, gp_exc_new(t, &gp_StopIteration, gp_tuple_empty()));
        return r;
    }
    case K_GETITEM: NARGS(1); return tp->getitem(t, self, args[0]);
    case K_SETITEM: NARGS(2); return tp->setitem(t, self, args[0], args[1]) < 0 ? VNULL : V_NONE;
    case K_DELITEM: NARGS(1); return tp->setitem(t, self, args[0], VNULL) < 0 ? VNULL : V_NONE;
    case K_CONTAINS: {
        NARGS(1);
        int r = tp->contains(t, self, args[0]);
        return r < 0 ? VNULL : v_bool(r);
    }
    case K_BINOP: NARGS(1); return tp->binop(t, d->op, self, args[0]);
    case K_RBINOP: NARGS(1); return tp->binop(t, d->op, args[0], self);
    case K_IBINOP: NARGS(1); return tp->inplace(t, d->op, self, args[0]);
    case K_UNOP: NARGS(0); return tp->unop(t, d->op, self);
    case K_INDEX: NARGS(0); return tp->index(t, self);
    case K_INT: NARGS(0); return tp->to_int(t, self);
    case K_FLOAT: NARGS(0); return tp->to_float(t, self);
    case K_GET:
        if (nargs < 1 || nargs > 2) return gp_raise(t, &gp_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        return tp->descr_get(t, self, args[0] == V_NONE ? VNULL : args[0], nargs > 1 ? args[1] : VNULL);
    case K_SET: NARGS(2); return tp->descr_set(t, self, args[0], args[1]) < 0 ? VNULL : V_NONE;
    case K_DELETE: NARGS(1); return tp->descr_set(t, self, args[0], VNULL) < 0 ? VNULL : V_NONE;
    case K_INIT: return tp->init(t, self, args, nargs, kw) < 0 ? VNULL : V_NONE;
    default: return gp_raise(t, &gp_SystemError, "bad slot wrapper");
    }
#undef NARGS
}

static Value wrapper_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    SlotWrapper *w = (SlotWrapper *)v_obj(callable);
    if (w->def->kind == K_NEW) {
        /* T.__new__(cls, ...): cls must be a subtype of T. */
        if (nargs < 1) return gp_raise(t, &gp_TypeError, "%s.__new__(): not enough arguments", w->owner->name);
        Value cls = args[0];
        if (!v_has_flag(cls, GP_TF_TYPE_SUB))
            return gp_raise(t, &gp_TypeError, "%s.__new__(X): X is not a type object (%s)", w->owner->name,
                            v_type(cls)->name);
        GpType *ct = (GpType *)v_obj(cls);
        if (!gp_type_is_subtype(ct, w->owner))
            return gp_raise(t, &gp_TypeError, "%s.__new__(%s): %s is not a subtype of %s", w->owner->name, ct->name,
                            ct->name, w->owner->name);
        /* A builtin layout must be built by its own __new__. */
        GpType *solid = ct;
        while (solid->flags & GP_TF_HEAPTYPE) solid = solid->base;
        if (solid->new_ != w->owner->new_ && gp_type_is_subtype(solid, w->owner) && solid != w->owner)
            return gp_raise(t, &gp_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", w->owner->name,
                            ct->name, solid->name);
        return w->owner->new_(t, cls, args + 1, nargs - 1, kw);
    }
    Value self = w->self;
    if (!self) {
        if (nargs < 1)
            return gp_raise(t, &gp_TypeError, "descriptor '%s' of '%s' object needs an argument", w->def->name,
                            w->owner->name);
        self = args[0];
        if (!gp_isinstance_type(self, w->owner))
            return gp_raise(t, &gp_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                            w->def->name, w->owner->name, v_type(self)->name);
        args++;
        nargs--;
    }
    return wrapper_apply(t, w, self, args, nargs, kw);
}

static Value wrapper_get(GpThread *t, Value descr, Value obj, Value type) {
    (void)type;
    SlotWrapper *w = (SlotWrapper *)v_obj(descr);
    if (!obj || w->self || w->def->kind == K_NEW) return descr;
    SlotWrapper *b = gp_alloc(t, &gp_slot_wrapper_type, sizeof *b);
    if (!b) return VNULL;
    b->owner = w->owner;
    b->def = w->def;
    b->self = obj;
    return v_from_obj(b);
}

static Value wrapper_repr(GpThread *t, Value self) {
    SlotWrapper *w = (SlotWrapper *)v_obj(self);
    if (w->self)
        return gp_format(t, "<method-wrapper '%s' of %s object at %p>", w->def->name, v_type(w->self)->name,
                         (void *)v_obj(w->self));
    if (w->def->kind == K_NEW) return gp_format(t, "<built-in method __new__ of type object at %p>", (void *)w->owner);
    return gp_format(t, "<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static void wrapper_trace(GpGc *gc, GpObj *self) {
    SlotWrapper *w = (SlotWrapper *)self;
    gc_mark(gc, w->self);
}

static Value wrapper_get_name(GpThread *t, Value self) {
    return gp_str_from_cstr(t, ((SlotWrapper *)v_obj(self))->def->name);
}

static const GpGetSetDef wrapper_getsets[] = {{"__name__", wrapper_get_name, NULL}, {NULL, NULL, NULL}};

GpType gp_slot_wrapper_type = {
    .hdr = {&gp_type_type},
    .name = "wrapper_descriptor",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'wrapper_descriptor' instances" */
    .base = &gp_object_type,
    .size = sizeof(SlotWrapper),
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .trace = wrapper_trace,
    .getsets = wrapper_getsets,
};
GP_REGISTER_TYPE(gp_slot_wrapper_type);

/* Does type define this slot itself, rather than inherit it? */
static int own_slot(const GpType *type, const SlotDef *d) {
    const GpType *b = type->base;
#define OWN(slot) (type->slot && (!b || type->slot != b->slot))
    switch (d->kind) {
    case K_REPR: return OWN(repr);
    case K_STR: return OWN(str);
    case K_HASH: return OWN(hash) && type->hash != gp_hash_not_implemented;
    case K_RICHCMP: return OWN(richcmp);
    case K_BOOL: return OWN(truth);
    case K_LEN: return OWN(len);
    case K_GETATTRIBUTE: return OWN(getattr);
    case K_SETATTR:
    case K_DELATTR: return OWN(setattr);
    case K_CALL: return OWN(call);
    case K_ITER: return OWN(iter);
    case K_NEXT: return OWN(next);
    case K_GETITEM: return OWN(getitem);
    case K_SETITEM:
    case K_DELITEM: return OWN(setitem);
    case K_CONTAINS: return OWN(contains);
    case K_BINOP:
    case K_RBINOP: return OWN(binop);
    case K_IBINOP: return OWN(inplace);
    case K_UNOP: return OWN(unop);
    case K_INDEX: return OWN(index);
    case K_INT: return OWN(to_int);
    case K_FLOAT: return OWN(to_float);
    case K_GET: return OWN(descr_get);
    case K_SET:
    case K_DELETE: return OWN(descr_set);
    case K_NEW: return OWN(new_);
    case K_INIT: return OWN(init);
    default: return 0;
    }
#undef OWN
}

void gp_add_slot_wrappers(GpType *type) {
    /* Unhashable types say so with __hash__ = None, as in CPython. */
    if (type->hash == gp_hash_not_implemented && type->dict && !gp_dict_get_cstr(type->dict, "__hash__"))
        gp_dict_set(NULL, type->dict, gp_str_immortal("__hash__"), V_NONE);
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        if (!own_slot(type, d)) continue;
        /* Operators only where the type implements them: listed for the
         * core types (slots_exposed.c); for others we cannot tell from a
         * single binop slot, so keep the common ones of the numeric and
         * sequence types. */
        int op_kind = d->kind == K_BINOP || d->kind == K_RBINOP || d->kind == K_IBINOP || d->kind == K_UNOP;
        int shown = op_kind ? gp_builtin_op_dunder_shown(type, d->name) : -1;
        if (shown == 0 || gp_builtin_dunder_hidden(type, d->name)) continue;
        if (shown < 0 && (d->kind == K_BINOP || d->kind == K_RBINOP || d->kind == K_IBINOP) &&
            !(type->flags & (GP_TF_INT_SUB | GP_TF_FLOAT_SUB)) &&
            !((d->op == GP_OP_ADD || d->op == GP_OP_MUL) &&
              (type->flags & (GP_TF_LIST_SUB | GP_TF_TUPLE_SUB | GP_TF_STR_SUB | GP_TF_BYTES_SUB))) &&
            !(d->op == GP_OP_MOD && (type->flags & (GP_TF_STR_SUB | GP_TF_BYTES_SUB))) &&
            !((type->flags & (GP_TF_SET_SUB | GP_TF_DICT_SUB)) &&
              (d->op == GP_OP_OR || d->op == GP_OP_AND || d->op == GP_OP_SUB || d->op == GP_OP_XOR)))
            continue;
        if (type->dict && gp_dict_get_cstr(type->dict, d->name)) continue;
        SlotWrapper *w = gp_alloc(NULL, &gp_slot_wrapper_type, sizeof *w);
        w->owner = type;
        w->def = d;
        gp_dict_set(NULL, type->dict, gp_str_immortal(d->name), v_from_obj(w));
    }
}

/* abstract.c - Python's object protocols on top of the type slots. */
#include "abstract.h"

#include <string.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "genericalias.h"
#include "int.h"
#include "iter.h"
#include "list.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

const char *const gp_binop_symbols[GP_OP_COUNT] = {"+", "-", "*", "@", "/", "%", "** or pow()",
                                                   "<<", ">>", "|", "^", "&", "//"};
const char *const gp_inplace_symbols[GP_OP_COUNT] = {"+=", "-=", "*=", "@=", "/=", "%=", "**=",
                                                     "<<=", ">>=", "|=", "^=", "&=", "//="};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_cmp[] = {GP_GT, GP_GE, GP_EQ, GP_NE, GP_LT, GP_LE};

/* ---- recursion guard */

int gp_enter_recursive(GpThread *t, const char *where) {
    char probe;
    if (GP_UNLIKELY(&probe < t->c_stack_low)) {
        gp_raise(t, &gp_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    t->c_depth++;
    return 0;
}

void gp_leave_recursive(GpThread *t) { t->c_depth--; }

/* ---- repr, str, hash, truth */

Value gp_repr(GpThread *t, Value v) {
    GpType *type = v_type(v);
    if (gp_enter_recursive(t, " while getting the repr of an object") < 0) return VNULL;
    Value r = type->repr(t, v);
    gp_leave_recursive(t);
    if (r && !gp_is_str(r)) return gp_raise(t, &gp_TypeError, "__repr__ returned non-string (type %s)", v_type(r)->name);
    return r;
}

Value gp_str(GpThread *t, Value v) {
    if (v_is_type(v, &gp_str_type)) return v;
    GpType *type = v_type(v);
    if (gp_enter_recursive(t, " while getting the str of an object") < 0) return VNULL;
    Value r = type->str ? type->str(t, v) : type->repr(t, v);
    gp_leave_recursive(t);
    if (r && !gp_is_str(r)) return gp_raise(t, &gp_TypeError, "__str__ returned non-string (type %s)", v_type(r)->name);
    return r;
}

int gp_hash(GpThread *t, Value v, int64_t *out) {
    if (v_is_int(v)) {
        *out = gp_int_hash(v);
        return 0;
    }
    if (v_is_float(v)) {
        *out = gp_float_hash(v_float(v));
        return 0;
    }
    if (v_is_type(v, &gp_str_type)) {
        *out = gp_str_hash(v);
        return 0;
    }
    GpType *type = v_type(v);
    if (!type->hash) return gp_raise_i(t, &gp_TypeError, "unhashable type: '%s'", type->name);
    return type->hash(t, v, out);
}

int gp_truthy(GpThread *t, Value v) {
    if (v == V_TRUE) return 1;
    if (v == V_FALSE || v == V_NONE) return 0;
    if (v_is_int(v)) return v_int(v) != 0;
    if (v_is_float(v)) return v_float(v) != 0.0;
    GpType *type = v_type(v);
    if (type->truth) return type->truth(t, v);
    if (type->len) {
        int64_t n = type->len(t, v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

/* ---- comparisons */

Value gp_richcmp(GpThread *t, Value a, Value b, int op) {
    GpType *ta = v_type(a), *tb = v_type(b);
    int checked_reverse = 0;
    if (gp_enter_recursive(t, " in comparison") < 0) return VNULL;
    Value r;
    if (ta != tb && gp_type_is_subtype(tb, ta) && tb->richcmp) {
        checked_reverse = 1;
        r = tb->richcmp(t, b, a, swapped_cmp[op]);
        if (r != V_NOTIMPL) goto done;
    }
    if (ta->richcmp) {
        r = ta->richcmp(t, a, b, op);
        if (r != V_NOTIMPL) goto done;
    }
    if (!checked_reverse && tb->richcmp) {
        r = tb->richcmp(t, b, a, swapped_cmp[op]);
        if (r != V_NOTIMPL) goto done;
    }
    if (op == GP_EQ) r = v_bool(a == b);
    else if (op == GP_NE) r = v_bool(a != b);
    else
        r = gp_raise(t, &gp_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbols[op],
                     ta->name, tb->name);
done:
    gp_leave_recursive(t);
    return r;
}

int gp_richcmp_bool(GpThread *t, Value a, Value b, int op) {
    if (v_is_int(a) && v_is_int(b)) {
        int64_t x = v_int(a), y = v_int(b);
        switch (op) {
        case GP_LT: return x < y;
        case GP_LE: return x <= y;
        case GP_EQ: return x == y;
        case GP_NE: return x != y;
        case GP_GT: return x > y;
        default: return x >= y;
        }
    }
    Value r = gp_richcmp(t, a, b, op);
    if (!r) return -1;
    if (r == V_TRUE) return 1;
    if (r == V_FALSE) return 0;
    return gp_truthy(t, r);
}

int gp_eq(GpThread *t, Value a, Value b) {
    if (a == b) return 1;
    if (v_is_int(a) && v_is_int(b)) return 0;
    if (v_is_type(a, &gp_str_type) && v_is_type(b, &gp_str_type)) return gp_str_eq(a, b);
    return gp_richcmp_bool(t, a, b, GP_EQ);
}

/* ---- numbers */

static int is_sequence_for_mul(Value v) {
    GpType *type = v_type(v);
    return (type->flags & (GP_TF_STR_SUB | GP_TF_LIST_SUB | GP_TF_TUPLE_SUB | GP_TF_BYTES_SUB)) ||
           type == &gp_bytearray_type;
}

static Value binop_error(GpThread *t, int op, Value a, Value b, int inplace) {
    GpType *ta = v_type(a), *tb = v_type(b);
    if (op == GP_OP_ADD && (ta->flags & (GP_TF_STR_SUB | GP_TF_LIST_SUB | GP_TF_TUPLE_SUB | GP_TF_BYTES_SUB))) {
        if (ta->flags & GP_TF_BYTES_SUB)
            return gp_raise(t, &gp_TypeError, "can't concat %s to %s", tb->name, ta->name);
        return gp_raise(t, &gp_TypeError, "can only concatenate %s (not \"%s\") to %s",
                        ta->flags & GP_TF_STR_SUB ? "str" : ta->flags & GP_TF_LIST_SUB ? "list" : "tuple",
                        tb->name, ta->flags & GP_TF_STR_SUB ? "str" : ta->flags & GP_TF_LIST_SUB ? "list" : "tuple");
    }
    if (op == GP_OP_MUL && (is_sequence_for_mul(a) || is_sequence_for_mul(b))) {
        Value other = is_sequence_for_mul(a) ? b : a;
        return gp_raise(t, &gp_TypeError, "can't multiply sequence by non-int of type '%s'", v_type(other)->name);
    }
    return gp_raise(t, &gp_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    inplace ? gp_inplace_symbols[op] : gp_binop_symbols[op], ta->name, tb->name);
}

static Value binop_dispatch(GpThread *t, int op, Value a, Value b) {
    GpType *ta = v_type(a), *tb = v_type(b);
    Value r;
    if (ta != tb && tb->binop && tb->binop != ta->binop && gp_type_is_subtype(tb, ta)) {
        r = tb->binop(t, op, a, b);
        if (r != V_NOTIMPL) return r;
        tb = NULL;
    }
    if (ta->binop) {
        r = ta->binop(t, op, a, b);
        if (r != V_NOTIMPL) return r;
    }
    if (tb && tb != ta && tb->binop && tb->binop != ta->binop) {
        r = tb->binop(t, op, a, b);
        if (r != V_NOTIMPL) return r;
    }
    return V_NOTIMPL;
}

Value gp_binop(GpThread *t, int op, Value a, Value b) {
    if (gp_enter_recursive(t, NULL) < 0) return VNULL;
    Value r = binop_dispatch(t, op, a, b);
    gp_leave_recursive(t);
    if (r == V_NOTIMPL) return binop_error(t, op, a, b, 0);
    return r;
}

Value gp_inplace(GpThread *t, int op, Value a, Value b) {
    GpType *ta = v_type(a);
    if (ta->inplace) {
        if (gp_enter_recursive(t, NULL) < 0) return VNULL;
        Value r = ta->inplace(t, op, a, b);
        gp_leave_recursive(t);
        if (r != V_NOTIMPL) return r;
    }
    if (gp_enter_recursive(t, NULL) < 0) return VNULL;
    Value r = binop_dispatch(t, op, a, b);
    gp_leave_recursive(t);
    if (r == V_NOTIMPL) return binop_error(t, op, a, b, 1);
    return r;
}

Value gp_unop(GpThread *t, int op, Value v) {
    GpType *type = v_type(v);
    if (type->unop) {
        Value r = type->unop(t, op, v);
        if (r != V_NOTIMPL) return r;
    }
    static const char *const names[] = {"unary -", "unary +", "unary ~", "abs()"};
    return gp_raise(t, &gp_TypeError, "bad operand type for %s: '%s'", names[op], type->name);
}

/* ---- attributes */

Value gp_getattr(GpThread *t, Value obj, Value name) {
    GpType *type = v_type(obj);
    if (!type->getattr) return gp_raise_no_attr(t, obj, name);
    return type->getattr(t, obj, name);
}

Value gp_getattr_cstr(GpThread *t, Value obj, const char *name) {
    Value n = gp_str_intern_cstr(t, name);
    return n ? gp_getattr(t, obj, n) : VNULL;
}

Value gp_getattr_opt(GpThread *t, Value obj, Value name) {
    GpType *type = v_type(obj);
    if (type->getattr == gp_generic_getattr) return gp_generic_getattr_opt(t, obj, name);
    Value v = gp_getattr(t, obj, name);
    if (!v && gp_exc_matches(t, &gp_AttributeError)) gp_exc_clear(t);
    return v;
}

int gp_setattr(GpThread *t, Value obj, Value name, Value v) {
    GpType *type = v_type(obj);
    if (!gp_is_str(name))
        return gp_raise_i(t, &gp_TypeError, "attribute name must be string, not '%s'", v_type(name)->name);
    if (!type->setattr) {
        if (gp_type_lookup(type, name))
            return gp_raise_i(t, &gp_AttributeError, "'%s' object attribute '%U' is read-only", type->name, name);
        gp_raise_no_attr(t, obj, name);
        return -1;
    }
    return type->setattr(t, obj, name, v);
}

int gp_hasattr(GpThread *t, Value obj, Value name) {
    Value v = gp_getattr(t, obj, name);
    if (v) return 1;
    if (gp_exc_matches(t, &gp_AttributeError)) {
        gp_exc_clear(t);
        return 0;
    }
    return -1;
}

/* ---- items */

Value gp_getitem(GpThread *t, Value obj, Value key) {
    GpType *type = v_type(obj);
    if (type->getitem) return type->getitem(t, obj, key);
    if (type->flags & GP_TF_TYPE_SUB) {
        Value cg = gp_getattr_opt(t, obj, gp_str_intern_cstr(t, "__class_getitem__"));
        if (cg) return gp_call1(t, cg, key);
        if (t->exc) return VNULL;
        return gp_raise(t, &gp_TypeError, "type '%s' is not subscriptable", ((GpType *)v_obj(obj))->name);
    }
    return gp_raise(t, &gp_TypeError, "'%s' object is not subscriptable", type->name);
}

int gp_setitem(GpThread *t, Value obj, Value key, Value v) {
    GpType *type = v_type(obj);
    if (!type->setitem) return gp_raise_i(t, &gp_TypeError, "'%s' object does not support item assignment", type->name);
    return type->setitem(t, obj, key, v);
}

int gp_delitem(GpThread *t, Value obj, Value key) {
    GpType *type = v_type(obj);
    if (!type->setitem) {
        /* CPython words it "doesn't" when the type has sequence methods
         * (every class has) and the key is an index, else "does not". */
        int seq = (type->getitem || type->len || type->contains || (type->flags & GP_TF_HEAPTYPE)) &&
                  (gp_is_int(key) || v_type(key)->index);
        return gp_raise_i(t, &gp_TypeError, "'%s' object %s support item deletion", type->name,
                          seq ? "doesn't" : "does not");
    }
    return type->setitem(t, obj, key, VNULL);
}

int gp_contains(GpThread *t, Value container, Value item) {
    GpType *type = v_type(container);
    if (type->contains) return type->contains(t, container, item);
    if (!type->iter && !type->getitem)
        return gp_raise_i(t, &gp_TypeError, "argument of type '%s' is not iterable", type->name);
    Value it = gp_iter(t, container);
    if (!it) return -1;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? -1 : 0;
        int r = gp_eq(t, x, item);
        if (r != 0) return r;
    }
}

int64_t gp_len(GpThread *t, Value v) {
    GpType *type = v_type(v);
    if (!type->len) return gp_raise_i(t, &gp_TypeError, "object of type '%s' has no len()", type->name);
    return type->len(t, v);
}

/* ---- calls */

Value gp_call(GpThread *t, Value f, const Value *args, size_t nargs, Value kwnames) {
    GpType *type = v_type(f);
    if (!type->call) return gp_raise(t, &gp_TypeError, "'%s' object is not callable", type->name);
    return type->call(t, f, args, nargs, kwnames);
}

Value gp_call0(GpThread *t, Value f) { return gp_call(t, f, NULL, 0, VNULL); }
Value gp_call1(GpThread *t, Value f, Value a) { return gp_call(t, f, &a, 1, VNULL); }
Value gp_call2(GpThread *t, Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return gp_call(t, f, args, 2, VNULL);
}

Value gp_call_method(GpThread *t, Value obj, const char *name, const Value *args, size_t nargs) {
    Value m = gp_getattr_cstr(t, obj, name);
    if (!m) return VNULL;
    return gp_call(t, m, args, nargs, VNULL);
}

int gp_callable(Value v) { return v_type(v)->call != NULL; }

/* ---- iteration */

Value gp_iter(GpThread *t, Value v) {
    GpType *type = v_type(v);
    if (type->iter) {
        Value it = type->iter(t, v);
        if (it && !v_type(it)->next)
            return gp_raise(t, &gp_TypeError, "iter() returned non-iterator of type '%s'", v_type(it)->name);
        return it;
    }
    if (type->getitem && !(type->flags & GP_TF_DICT_SUB)) return gp_seqiter_new(t, v);
    return gp_raise(t, &gp_TypeError, "'%s' object is not iterable", type->name);
}

Value gp_next(GpThread *t, Value it) {
    GpType *type = v_type(it);
    if (!type->next) return gp_raise(t, &gp_TypeError, "'%s' object is not an iterator", type->name);
    Value v = type->next(t, it);
    /* A StopIteration (carrying a generator's return value, or raised by
     * a __next__ written in Python) is exhaustion too. */
    if (!v && t->exc && gp_exc_matches(t, &gp_StopIteration)) gp_exc_clear(t);
    return v;
}

/* ---- conversions */

Value gp_index(GpThread *t, Value v) {
    if (v_is_int(v)) return v;
    GpType *type = v_type(v);
    if (type == &gp_int_type) return v;
    if (type->index) return type->index(t, v);
    return gp_raise(t, &gp_TypeError, "'%s' object cannot be interpreted as an integer", type->name);
}

int gp_as_ssize(GpThread *t, Value v, int64_t *out) {
    if (v_is_int(v)) {
        *out = v_int(v);
        return 0;
    }
    Value i = gp_index(t, v);
    if (!i) return -1;
    if (gp_int_to_i64(i, out)) return 0;
    return gp_raise_i(t, &gp_OverflowError, "cannot fit 'int' into an index-sized integer");
}

int gp_as_double(GpThread *t, Value v, double *out) {
    if (v_is_float(v)) {
        *out = v_float(v);
        return 0;
    }
    if (v_is_int(v)) {
        *out = (double)v_int(v);
        return 0;
    }
    if (gp_is_float(v)) {
        *out = gp_float_value(v);
        return 0;
    }
    if (gp_is_int(v)) return gp_int_to_double(t, v, out);
    GpType *type = v_type(v);
    if (type->to_float) {
        Value f = type->to_float(t, v);
        if (!f) return -1;
        if (!gp_is_float(f))
            return gp_raise_i(t, &gp_TypeError, "%s.__float__ returned non-float (type %s)", type->name, v_type(f)->name);
        *out = gp_float_value(f);
        return 0;
    }
    if (type->index) {
        Value i = type->index(t, v);
        if (!i) return -1;
        return gp_int_to_double(t, i, out);
    }
    return gp_raise_i(t, &gp_TypeError, "must be real number, not %s", type->name);
}

int gp_type_is_subtype(const GpType *sub, const GpType *base) {
    if (sub == base) return 1;
    Value mro = sub->mro;
    if (!mro) {
        for (const GpType *b = sub; b; b = b->base)
            if (b == base) return 1;
        return 0;
    }
    size_t n = gp_tuple_len(mro);
    const Value *items = gp_tuple_items(mro);
    for (size_t i = 0; i < n; i++)
        if (v_obj(items[i]) == (const GpObj *)base) return 1;
    return 0;
}

static int is_type(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_TYPE_SUB); }

/* A metaclass other than type may define __instancecheck__ or
 * __subclasscheck__ (abc.ABCMeta does): call it with (cls, arg) and take
 * its truth. Returns -2 when the metaclass has no such override. */
static int meta_check(GpThread *t, Value cls, const char *name, Value arg) {
    GpType *meta = v_type(cls);
    if (meta == &gp_type_type) return -2;
    Value hook = gp_type_lookup_cstr(meta, name);
    if (!hook || hook == gp_type_lookup_cstr(&gp_type_type, name)) return -2;
    if (gp_enter_recursive(t, name[2] == 'i' ? " in __instancecheck__" : " in __subclasscheck__") < 0) return -1;
    Value args[2] = {cls, arg};
    Value r = gp_call(t, hook, args, 2, VNULL);
    gp_leave_recursive(t);
    return r ? gp_truthy(t, r) : -1;
}

/* cls is neither a type nor a tuple nor a union: its type's
 * __instancecheck__ / __subclasscheck__, if it has one, decides (an
 * alias like list[int] raises there). */
static Value checker_call(GpThread *t, Value cls, const char *name, Value arg, int *found) {
    if (gp_enter_recursive(t, name[2] == 'i' ? " in __instancecheck__" : " in __subclasscheck__") < 0) {
        *found = 1;
        return VNULL;
    }
    Value r = gp_call_special(t, cls, name, &arg, 1, found);
    gp_leave_recursive(t);
    return r;
}

int gp_isinstance(GpThread *t, Value v, Value cls) {
    if (is_type(cls)) {
        GpType *ct = (GpType *)v_obj(cls);
        if (v_type(v) == ct) return 1;
        int r = meta_check(t, cls, "__instancecheck__", v);
        if (r != -2) return r;
        return gp_type_is_subtype(v_type(v), ct);
    }
    if (gp_is_tuple(cls)) {
        size_t n = gp_tuple_len(cls);
        for (size_t i = 0; i < n; i++) {
            if (gp_enter_recursive(t, " in __instancecheck__") < 0) return -1;
            int r = gp_isinstance(t, v, gp_tuple_items(cls)[i]);
            gp_leave_recursive(t);
            if (r) return r;
        }
        return 0;
    }
    if (v_is_type(cls, &gp_union_type)) return gp_isinstance(t, v, ((GpUnion *)v_obj(cls))->args);
    int found;
    Value r = checker_call(t, cls, "__instancecheck__", v, &found);
    if (found) return r ? gp_truthy(t, r) : -1;
    if (t->exc) return -1;
    return gp_raise_i(t, &gp_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

int gp_issubclass(GpThread *t, Value sub, Value cls) {
    if (!is_type(sub)) return gp_raise_i(t, &gp_TypeError, "issubclass() arg 1 must be a class");
    if (is_type(cls)) {
        int r = meta_check(t, cls, "__subclasscheck__", sub);
        if (r != -2) return r;
        return gp_type_is_subtype((GpType *)v_obj(sub), (GpType *)v_obj(cls));
    }
    if (gp_is_tuple(cls)) {
        size_t n = gp_tuple_len(cls);
        for (size_t i = 0; i < n; i++) {
            if (gp_enter_recursive(t, " in __subclasscheck__") < 0) return -1;
            int r = gp_issubclass(t, sub, gp_tuple_items(cls)[i]);
            gp_leave_recursive(t);
            if (r) return r;
        }
        return 0;
    }
    if (v_is_type(cls, &gp_union_type)) return gp_issubclass(t, sub, ((GpUnion *)v_obj(cls))->args);
    int found;
    Value r = checker_call(t, cls, "__subclasscheck__", sub, &found);
    if (found) return r ? gp_truthy(t, r) : -1;
    if (t->exc) return -1;
    return gp_raise_i(t, &gp_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

Value gp_sequence_list(GpThread *t, Value iterable) {
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    if (gp_list_extend(t, list, iterable) < 0) return VNULL;
    return list;
}

Value gp_sequence_tuple(GpThread *t, Value iterable) {
    if (v_is_type(iterable, &gp_tuple_type)) return iterable;
    if (gp_is_list(iterable)) return gp_list_as_tuple(t, iterable);
    Value list = gp_sequence_list(t, iterable);
    return list ? gp_list_as_tuple(t, list) : VNULL;
}

/* ---- repr recursion */

int gp_repr_enter(GpThread *t, Value v) {
    if (!t->repr_stack && !(t->repr_stack = gp_list_new(t, 4))) return -1;
    GpList *l = gp_list_obj(t->repr_stack);
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i] == v) return 1;
    return gp_list_append(t, t->repr_stack, v) < 0 ? -1 : 0;
}

void gp_repr_leave(GpThread *t, Value v) {
    GpList *l = gp_list_obj(t->repr_stack);
    for (size_t i = l->n; i-- > 0;) {
        if (l->items[i] == v) {
            memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(Value));
            l->n--;
            return;
        }
    }
}

/* ---- argument parsing */

int gp_check_no_kw(GpThread *t, const char *fname, Value kwnames) {
    if (kwnames && gp_tuple_len(kwnames))
        return gp_raise_i(t, &gp_TypeError, "%s() takes no keyword arguments", fname);
    return 0;
}

int gp_check_nargs(GpThread *t, const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    if (max == 0) return gp_raise_i(t, &gp_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    if (min == 1 && max == 1)
        return gp_raise_i(t, &gp_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    if (min == max)
        return gp_raise_i(t, &gp_TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
    if (nargs < min)
        return gp_raise_i(t, &gp_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                          min == 1 ? "" : "s", nargs);
    return gp_raise_i(t, &gp_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s",
                      nargs);
}

int gp_check_positional(GpThread *t, const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    size_t want = nargs < min ? min : max;
    return gp_raise_i(t, &gp_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                      min == max ? "" : nargs < min ? "at least " : "at most ", want, want == 1 ? "" : "s", nargs);
}

int gp_parse_args(GpThread *t, const GpArgSpec *spec, const Value *args, size_t nargs, Value kwnames, Value *out) {
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    for (int i = 0; i < spec->nparams; i++) out[i] = VNULL;
    /* The checks and messages of CPython's argument clinic, in its order. */
    if (nargs + nkw > (size_t)spec->nparams)
        return gp_raise_i(t, &gp_TypeError, "%s() takes at most %d %sargument%s (%zu given)", spec->fname,
                          spec->nparams, nargs == 0 ? "keyword " : "", spec->nparams == 1 ? "" : "s", nargs + nkw);
    if (nargs > (size_t)spec->npos) {
        if (spec->npos == 0)
            return gp_raise_i(t, &gp_TypeError, "%s() takes no positional arguments", spec->fname);
        int minpos = spec->nrequired < spec->npos ? spec->nrequired : spec->npos;
        return gp_raise_i(t, &gp_TypeError, "%s() takes %s %d positional argument%s (%zu given)", spec->fname,
                          minpos < spec->npos ? "at most" : "exactly", spec->npos, spec->npos == 1 ? "" : "s", nargs);
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        Value name = gp_tuple_items(kwnames)[k];
        int found = -1;
        for (int i = 0; i < spec->nparams; i++) {
            if (gp_str_eq_cstr(name, spec->names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0 || found < spec->nposonly) {
            if (found >= 0)
                return gp_raise_i(t, &gp_TypeError,
                                  "%s() got some positional-only arguments passed as keyword arguments: '%U'",
                                  spec->fname, name);
            return gp_raise_i(t, &gp_TypeError, "'%U' is an invalid keyword argument for %s()", name, spec->fname);
        }
        if (out[found])
            return gp_raise_i(t, &gp_TypeError, "argument for %s() given by name ('%U') and position (%d)", spec->fname,
                              name, found + 1);
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < spec->nrequired; i++) {
        if (!out[i]) {
            if (i < spec->npos)
                return gp_raise_i(t, &gp_TypeError, "%s() missing required argument '%s' (pos %d)", spec->fname,
                                  spec->names[i], i + 1);
            return gp_raise_i(t, &gp_TypeError, "%s() missing required keyword-only argument '%s'", spec->fname,
                              spec->names[i]);
        }
    }
    return 0;
}

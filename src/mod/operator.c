/* operator.c - the operator module: Python's operators as functions.
 *
 * Every function goes through the abstract API (obj/abstract.h), so the
 * dunder methods of classes, reflected operands and CPython's error
 * messages come for free. As in CPython, the dunder spellings (__add__,
 * __not__, ...) are the same function objects as the plain ones, and the
 * messages name the functions as CPython's _operator module does. The
 * callable types itemgetter, attrgetter and methodcaller live in
 * operator_getters.c. */
#include <stdio.h>
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "operator_impl.h"

#define OP_ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

static int no_kw(GpThread *t, const char *name, Value kw) {
    if (kw && gp_tuple_len(kw))
        return gp_raise_i(t, &gp_TypeError, "_operator.%s() takes no keyword arguments", name);
    return 0;
}

/* Functions of several positional arguments: "add expected 2 arguments,
 * got 1". */
static int check_args(GpThread *t, const char *name, size_t nargs, Value kw, size_t min, size_t max) {
    if (no_kw(t, name, kw) < 0) return -1;
    return gp_check_positional(t, name, nargs, min, max);
}

/* Functions of one argument: "_operator.neg() takes exactly one argument
 * (0 given)". */
static int check_one(GpThread *t, const char *name, size_t nargs, Value kw) {
    if (no_kw(t, name, kw) < 0) return -1;
    if (nargs == 1) return 0;
    return gp_raise_i(t, &gp_TypeError, "_operator.%s() takes exactly one argument (%zu given)", name, nargs);
}

#define BINARY(name, expr)                                                        \
    static Value o_##name(OP_ARGS) {                                              \
        (void)self;                                                               \
        if (check_args(t, #name, nargs, kw, 2, 2) < 0) return VNULL;              \
        Value a = args[0], b = args[1];                                           \
        return expr;                                                              \
    }
#define UNARY(name, expr)                                                         \
    static Value o_##name(OP_ARGS) {                                              \
        (void)self;                                                               \
        if (check_one(t, #name, nargs, kw) < 0) return VNULL;                     \
        Value a = args[0];                                                        \
        return expr;                                                              \
    }

BINARY(add, gp_binop(t, GP_OP_ADD, a, b))
BINARY(sub, gp_binop(t, GP_OP_SUB, a, b))
BINARY(mul, gp_binop(t, GP_OP_MUL, a, b))
BINARY(matmul, gp_binop(t, GP_OP_MATMUL, a, b))
BINARY(truediv, gp_binop(t, GP_OP_TRUEDIV, a, b))
BINARY(floordiv, gp_binop(t, GP_OP_FLOORDIV, a, b))
BINARY(mod, gp_binop(t, GP_OP_MOD, a, b))
BINARY(pow, gp_binop(t, GP_OP_POW, a, b))
BINARY(lshift, gp_binop(t, GP_OP_LSHIFT, a, b))
BINARY(rshift, gp_binop(t, GP_OP_RSHIFT, a, b))
BINARY(and_, gp_binop(t, GP_OP_AND, a, b))
BINARY(or_, gp_binop(t, GP_OP_OR, a, b))
BINARY(xor, gp_binop(t, GP_OP_XOR, a, b))

BINARY(iadd, gp_inplace(t, GP_OP_ADD, a, b))
BINARY(isub, gp_inplace(t, GP_OP_SUB, a, b))
BINARY(imul, gp_inplace(t, GP_OP_MUL, a, b))
BINARY(imatmul, gp_inplace(t, GP_OP_MATMUL, a, b))
BINARY(itruediv, gp_inplace(t, GP_OP_TRUEDIV, a, b))
BINARY(ifloordiv, gp_inplace(t, GP_OP_FLOORDIV, a, b))
BINARY(imod, gp_inplace(t, GP_OP_MOD, a, b))
BINARY(ipow, gp_inplace(t, GP_OP_POW, a, b))
BINARY(ilshift, gp_inplace(t, GP_OP_LSHIFT, a, b))
BINARY(irshift, gp_inplace(t, GP_OP_RSHIFT, a, b))
BINARY(iand, gp_inplace(t, GP_OP_AND, a, b))
BINARY(ior, gp_inplace(t, GP_OP_OR, a, b))
BINARY(ixor, gp_inplace(t, GP_OP_XOR, a, b))

BINARY(lt, gp_richcmp(t, a, b, GP_LT))
BINARY(le, gp_richcmp(t, a, b, GP_LE))
BINARY(eq, gp_richcmp(t, a, b, GP_EQ))
BINARY(ne, gp_richcmp(t, a, b, GP_NE))
BINARY(gt, gp_richcmp(t, a, b, GP_GT))
BINARY(ge, gp_richcmp(t, a, b, GP_GE))

BINARY(is_, v_bool(a == b))
BINARY(is_not, v_bool(a != b))
BINARY(getitem, gp_getitem(t, a, b))
BINARY(delitem, gp_delitem(t, a, b) < 0 ? VNULL : V_NONE)

static Value truth_of(GpThread *t, Value a, int negate) {
    int r = gp_truthy(t, a);
    return r < 0 ? VNULL : v_bool(r != negate);
}

UNARY(neg, gp_unop(t, GP_UOP_NEG, a))
UNARY(pos, gp_unop(t, GP_UOP_POS, a))
UNARY(abs, gp_unop(t, GP_UOP_ABS, a))
UNARY(inv, gp_unop(t, GP_UOP_INVERT, a))
UNARY(invert, gp_unop(t, GP_UOP_INVERT, a))
UNARY(not_, truth_of(t, a, 1))
UNARY(truth, truth_of(t, a, 0))
UNARY(index, gp_index(t, a))

static Value o_setitem(OP_ARGS) {
    (void)self;
    if (check_args(t, "setitem", nargs, kw, 3, 3) < 0) return VNULL;
    return gp_setitem(t, args[0], args[1], args[2]) < 0 ? VNULL : V_NONE;
}

/* ---- sequences */

/* Types whose + is sequence concatenation (CPython's sq_concat). */
static int has_concat(Value v) {
    GpType *tp = v_type(v);
    return (tp->flags & (GP_TF_STR_SUB | GP_TF_LIST_SUB | GP_TF_TUPLE_SUB | GP_TF_BYTES_SUB)) ||
           gp_type_is_subtype(tp, &gp_bytearray_type);
}

/* CPython's PySequence_Check: indexable and not a mapping. */
static int is_sequence(Value v) {
    GpType *tp = v_type(v);
    return tp->getitem && !(tp->flags & GP_TF_DICT_SUB);
}

static Value concat(GpThread *t, Value a, Value b, int inplace) {
    if (!has_concat(a) && !(is_sequence(a) && is_sequence(b)))
        return gp_raise(t, &gp_TypeError, "'%s' object can't be concatenated", v_type(a)->name);
    return inplace ? gp_inplace(t, GP_OP_ADD, a, b) : gp_binop(t, GP_OP_ADD, a, b);
}

BINARY(concat, concat(t, a, b, 0))
BINARY(iconcat, concat(t, a, b, 1))

static Value contains(GpThread *t, Value a, Value b) {
    int r = gp_contains(t, a, b);
    return r < 0 ? VNULL : v_bool(r);
}
BINARY(contains, contains(t, a, b))

/* countOf and indexOf: the first index of b in a (or how many times b
 * is in a), comparing by identity, then ==. */
static Value search(GpThread *t, Value seq, Value obj, int count) {
    Value it = gp_iter(t, seq);
    if (!it) {
        if (gp_exc_matches(t, &gp_TypeError)) {
            gp_exc_clear(t);
            gp_raise(t, &gp_TypeError, "argument of type '%s' is not iterable", v_type(seq)->name);
        }
        return VNULL;
    }
    int64_t n = 0;
    for (int64_t i = 0;; i++) {
        Value x = gp_next(t, it);
        if (!x) break;
        int eq = gp_eq(t, x, obj);
        if (eq < 0) return VNULL;
        if (eq && !count) return gp_int_from_i64(t, i);
        n += eq;
    }
    if (t->exc) return VNULL;
    if (count) return gp_int_from_i64(t, n);
    return gp_raise(t, &gp_ValueError, "sequence.index(x): x not in sequence");
}
BINARY(countOf, search(t, a, b, 1))
BINARY(indexOf, search(t, a, b, 0))

/* length_hint(obj, default=0, /): len(obj) if it has one, else
 * obj.__length_hint__(), else default (CPython's PyObject_LengthHint). */
static Value o_length_hint(OP_ARGS) {
    (void)self;
    if (check_args(t, "length_hint", nargs, kw, 1, 2) < 0) return VNULL;
    Value obj = args[0];
    int64_t dflt = 0;
    if (nargs > 1) {
        if (!gp_is_int(args[1]))
            return gp_raise(t, &gp_TypeError, "'%s' object cannot be interpreted as an integer", v_type(args[1])->name);
        if (gp_as_ssize(t, args[1], &dflt) < 0) return VNULL;
    }
    GpType *tp = v_type(obj);
    if (tp->len) {
        int64_t n = gp_len(t, obj);
        if (n >= 0) return gp_int_from_i64(t, n);
        if (!gp_exc_matches(t, &gp_TypeError)) return VNULL;
        gp_exc_clear(t);
    }
    Value hint = gp_type_lookup_cstr(tp, "__length_hint__");
    if (!hint) return gp_int_from_i64(t, dflt);
    GpType *ht = v_type(hint);
    Value r = ht->descr_get ? ht->descr_get(t, hint, obj, v_from_obj(tp)) : hint;
    if (r) r = gp_call0(t, r);
    if (!r) {
        if (!gp_exc_matches(t, &gp_TypeError)) return VNULL;
        gp_exc_clear(t);
        return gp_int_from_i64(t, dflt);
    }
    if (r == V_NOTIMPL) return gp_int_from_i64(t, dflt);
    if (!gp_is_int(r))
        return gp_raise(t, &gp_TypeError, "__length_hint__ must be an integer, not %s", v_type(r)->name);
    int64_t n;
    if (!gp_int_to_i64(r, &n))
        return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C ssize_t");
    if (n < 0) return gp_raise(t, &gp_ValueError, "__length_hint__() should return >= 0");
    return gp_int_from_i64(t, n);
}

/* call(obj, /, *args, **kwargs) */
static Value o_call(OP_ARGS) {
    (void)self;
    if (gp_check_positional(t, "call", nargs, 1, SIZE_MAX) < 0) return VNULL;
    return gp_call(t, args[0], args + 1, nargs - 1, kw);
}

/* ---- the module */

#define F(name) {#name, o_##name, 0}
static const GpMethodDef operator_methods[] = {
    F(abs),     F(add),       F(and_),     F(call),     F(concat),   F(contains), F(countOf),
    F(delitem), F(eq),        F(floordiv), F(ge),       F(getitem),  F(gt),       F(iadd),
    F(iand),    F(iconcat),   F(ifloordiv), F(ilshift), F(imatmul),  F(imod),     F(imul),
    F(index),   F(indexOf),   F(inv),      F(invert),   F(ior),      F(ipow),     F(irshift),
    F(is_),     F(is_not),    F(isub),     F(itruediv), F(ixor),     F(le),       F(length_hint),
    F(lshift),  F(lt),        F(matmul),   F(mod),      F(mul),      F(ne),       F(neg),
    F(not_),    F(or_),       F(pos),      F(pow),      F(rshift),   F(setitem),  F(sub),
    F(truediv), F(truth),     F(xor),      {NULL, NULL, 0},
};
#undef F

/* The dunder spelling of a function drops the trailing "_" of and_,
 * or_ and not_; is_, is_not, countOf, indexOf, length_hint and truth
 * have none. */
static int add_dunder(GpThread *t, Value m, const char *name) {
    static const char *const none[] = {"is_", "is_not", "countOf", "indexOf", "length_hint", "truth"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        if (!strcmp(name, none[i])) return 0;
    char dunder[40];
    size_t n = strlen(name);
    if (name[n - 1] == '_') n--;
    snprintf(dunder, sizeof dunder, "__%.*s__", (int)n, name);
    Value f = gp_dict_get_cstr(((GpModule *)v_obj(m))->dict, name);
    return gp_module_add(t, m, dunder, f);
}

static int operator_init(GpThread *t, Value m) {
    Value all = gp_list_new(t, 0);
    if (!all) return -1;
    for (const GpMethodDef *d = operator_methods; d->name; d++) {
        Value name = gp_str_from_cstr(t, d->name);
        if (!name || gp_list_append(t, all, name) < 0 || add_dunder(t, m, d->name) < 0) return -1;
    }
    static const char *const types[] = {"attrgetter", "itemgetter", "methodcaller"};
    GpType *const type_objs[] = {&gp_operator_attrgetter_type, &gp_operator_itemgetter_type,
                                 &gp_operator_methodcaller_type};
    for (size_t i = 0; i < 3; i++) {
        Value name = gp_str_from_cstr(t, types[i]);
        if (!name || gp_list_append(t, all, name) < 0 || gp_module_add(t, m, types[i], v_from_obj(type_objs[i])) < 0)
            return -1;
    }
    if (gp_list_sort(t, all, VNULL, 0) < 0 || gp_module_add(t, m, "__all__", all) < 0) return -1;
    Value abs_fn = gp_dict_get_cstr(t->interp->builtins, "abs");
    if (abs_fn && gp_module_add(t, m, "_abs", abs_fn) < 0) return -1;
    return 0;
}

const GpModuleDef gp_operator_module = {
    "operator",
    operator_methods,
    operator_init,
    "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
    "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
    "is equivalent to the expression x+y.  The function names are those\n"
    "used for special methods; variants without leading and trailing\n"
    "'__' are also provided for convenience.",
};
GP_REGISTER_MODULE(gp_operator_module);

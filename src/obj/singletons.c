/* singletons.c - None, NotImplemented, Ellipsis and bool. */
#include <string.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static Value none_repr(GpThread *t, Value self) {
    (void)self;
    return gp_str_from_cstr(t, "None");
}
static int false_truth(GpThread *t, Value self) {
    (void)t;
    (void)self;
    return 0;
}
static Value none_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    (void)args;
    if (nargs || (kw && gp_tuple_len(kw))) return gp_raise(t, &gp_TypeError, "NoneType takes no arguments");
    return V_NONE;
}
static int none_hash(GpThread *t, Value self, int64_t *out) {
    (void)t;
    (void)self;
    /* CPython 3.12 hashes None to a constant. */
    *out = (int64_t)UINT64_C(0xFCA86420);
    return 0;
}

GpType gp_none_type = {
    .hdr = {&gp_type_type},
    .name = "NoneType",
    .base = &gp_object_type,
    .size = sizeof(GpObj),
    .repr = none_repr,
    .truth = false_truth,
    .hash = none_hash,
    .new_ = none_new,
};
GpObj gp_none_obj = {&gp_none_type};

static Value notimpl_repr(GpThread *t, Value self) {
    (void)self;
    return gp_str_from_cstr(t, "NotImplemented");
}
static Value notimpl_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    (void)args;
    if (nargs || (kw && gp_tuple_len(kw))) return gp_raise(t, &gp_TypeError, "NotImplementedType takes no arguments");
    return V_NOTIMPL;
}
GpType gp_notimpl_type = {
    .hdr = {&gp_type_type},
    .name = "NotImplementedType",
    .base = &gp_object_type,
    .size = sizeof(GpObj),
    .repr = notimpl_repr,
    .new_ = notimpl_new,
};
GpObj gp_notimpl_obj = {&gp_notimpl_type};

static Value ellipsis_repr(GpThread *t, Value self) {
    (void)self;
    return gp_str_from_cstr(t, "Ellipsis");
}
static Value ellipsis_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    (void)args;
    if (nargs || (kw && gp_tuple_len(kw))) return gp_raise(t, &gp_TypeError, "ellipsis takes no arguments");
    return V_ELLIPSIS;
}
GpType gp_ellipsis_type = {
    .hdr = {&gp_type_type},
    .name = "ellipsis",
    .base = &gp_object_type,
    .size = sizeof(GpObj),
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
};
GpObj gp_ellipsis_obj = {&gp_ellipsis_type};

/* ---- bool: a subclass of int with two instances */

static Value bool_repr(GpThread *t, Value self) { return gp_str_from_cstr(t, self == V_TRUE ? "True" : "False"); }

static Value bool_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return gp_raise(t, &gp_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (!nargs) return V_FALSE;
    int r = gp_truthy(t, args[0]);
    return r < 0 ? VNULL : v_bool(r);
}

static int bool_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)t; (void)self; (void)args; (void)nargs; (void)kw;
    return 0;
}

/* &, | and ^ of two bools stay bools; everything else is int arithmetic. */
static Value bool_binop(GpThread *t, int op, Value a, Value b) {
    if ((op == GP_OP_AND || op == GP_OP_OR || op == GP_OP_XOR) && v_is_type(a, &gp_bool_type) &&
        v_is_type(b, &gp_bool_type)) {
        int x = a == V_TRUE, y = b == V_TRUE;
        return v_bool(op == GP_OP_AND ? x & y : op == GP_OP_OR ? x | y : x ^ y);
    }
    return gp_int_binop(t, op, a, b);
}

static int bool_truth(GpThread *t, Value self) {
    (void)t;
    return self == V_TRUE;
}

GpType gp_bool_type = {
    .hdr = {&gp_type_type},
    .name = "bool",
    .base = &gp_int_type,
    .size = sizeof(GpObj),
    .repr = bool_repr,
    .str = bool_repr,
    .truth = bool_truth,
    .binop = bool_binop,
    .new_ = bool_new,
    .init = bool_init,
};
GpObj gp_true_obj = {&gp_bool_type}, gp_false_obj = {&gp_bool_type};

GP_REGISTER_TYPE(gp_none_type);
GP_REGISTER_TYPE(gp_notimpl_type);
GP_REGISTER_TYPE(gp_ellipsis_type);
GP_REGISTER_TYPE(gp_bool_type);

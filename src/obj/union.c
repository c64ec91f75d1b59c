/* union.c - types.UnionType: what int | None evaluates to.
 *
 * X | Y of classes, None, aliases and unions is a union whose members are
 * flattened (unions inside are opened), deduplicated (classes by
 * identity, aliases by ==) and keep their order; None becomes NoneType.
 * A union of one member is that member. isinstance() and issubclass()
 * accept a union as the tuple of its members (abstract.c). */
#include "genericalias.h"

#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static GpUnion *union_obj(Value v) { return (GpUnion *)v_obj(v); }

static int unionable(Value v) {
    return v == V_NONE || v_has_flag(v, GP_TF_TYPE_SUB) || v_is_type(v, &gp_genericalias_type) ||
           v_is_type(v, &gp_union_type);
}

/* Append v's members (v itself unless it is a union) to out[*n], skipping
 * those already there. */
static int add_members(GpThread *t, Value v, Value *out, size_t *n) {
    Value one = v;
    const Value *items = &one;
    size_t count = 1;
    if (v_is_type(v, &gp_union_type)) {
        items = gp_tuple_items(union_obj(v)->args);
        count = gp_tuple_len(union_obj(v)->args);
    }
    for (size_t i = 0; i < count; i++) {
        Value m = items[i] == V_NONE ? v_from_obj(&gp_none_type) : items[i];
        int dup = 0;
        for (size_t j = 0; j < *n && !dup; j++) {
            if (v_is_type(m, &gp_genericalias_type) && v_is_type(out[j], &gp_genericalias_type)) {
                dup = gp_richcmp_bool(t, m, out[j], GP_EQ);
                if (dup < 0) return -1;
            } else {
                dup = m == out[j];
            }
        }
        if (!dup) out[(*n)++] = m;
    }
    return 0;
}

Value gp_union_or(GpThread *t, Value a, Value b) {
    if (!unionable(a) || !unionable(b)) return V_NOTIMPL;
    size_t cap = 2;
    if (v_is_type(a, &gp_union_type)) cap += gp_tuple_len(union_obj(a)->args);
    if (v_is_type(b, &gp_union_type)) cap += gp_tuple_len(union_obj(b)->args);
    Value buf = gp_tuple_new(t, cap); /* keeps the members reachable */
    if (!buf) return VNULL;
    size_t n = 0;
    if (add_members(t, a, gp_tuple_items(buf), &n) < 0 || add_members(t, b, gp_tuple_items(buf), &n) < 0)
        return VNULL;
    if (n == 1) return gp_tuple_items(buf)[0];
    Value args = gp_tuple_new(t, n);
    if (!args) return VNULL;
    memcpy(gp_tuple_items(args), gp_tuple_items(buf), n * sizeof(Value));
    GpUnion *u = gp_alloc(t, &gp_union_type, sizeof *u);
    if (!u) return VNULL;
    u->args = args;
    return v_from_obj(u);
}

static Value union_repr(GpThread *t, Value self) {
    Value args = union_obj(self)->args;
    GpBuf b;
    gp_buf_init(&b);
    if (gp_enter_recursive(t, " while getting the repr of an object") < 0) return VNULL;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < gp_tuple_len(args); i++) {
        Value p = gp_tuple_items(args)[i];
        if (i) gp_buf_puts(&b, " | ");
        if (p == v_from_obj(&gp_none_type)) gp_buf_puts(&b, "None");
        else rc = gp_typing_repr_item(t, &b, p);
    }
    gp_leave_recursive(t);
    if (rc < 0) {
        gp_buf_free(&b);
        return VNULL;
    }
    return gp_buf_finish_str(t, &b);
}

/* Unions are equal when their members are, in any order. */
static Value union_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!v_is_type(b, &gp_union_type) || (op != GP_EQ && op != GP_NE)) return V_NOTIMPL;
    Value sa = gp_set_new(t, &gp_frozenset_type, union_obj(a)->args);
    Value sb = sa ? gp_set_new(t, &gp_frozenset_type, union_obj(b)->args) : VNULL;
    return sb ? gp_richcmp(t, sa, sb, op) : VNULL;
}

static int union_hash(GpThread *t, Value self, int64_t *out) {
    Value s = gp_set_new(t, &gp_frozenset_type, union_obj(self)->args);
    return s ? gp_hash(t, s, out) : -1;
}

static Value union_binop(GpThread *t, int op, Value a, Value b) {
    return op == GP_OP_OR ? gp_union_or(t, a, b) : V_NOTIMPL;
}

static Value union_getitem(GpThread *t, Value self, Value key) {
    (void)key;
    Value params = gp_getattr_cstr(t, self, "__parameters__");
    if (!params) return VNULL;
    if (!gp_is_tuple(params) || gp_tuple_len(params) == 0)
        return gp_raise(t, &gp_TypeError, "%R is not a generic class", self);
    return gp_raise(t, &gp_TypeError, "substituting type variables in %R is not supported", self);
}

static void union_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((GpUnion *)self)->args);
    gc_mark(gc, ((GpUnion *)self)->parameters);
}

static Value get_args(GpThread *t, Value self) { (void)t; return union_obj(self)->args; }

static Value get_parameters(GpThread *t, Value self) {
    GpUnion *u = union_obj(self);
    if (!u->parameters) u->parameters = gp_typing_parameters(t, u->args);
    return u->parameters;
}

static const GpGetSetDef union_getsets[] = {
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {NULL, NULL, NULL},
};

GpType gp_union_type = {
    .hdr = {&gp_type_type},
    .name = "types.UnionType",
    .base = &gp_object_type,
    .size = sizeof(GpUnion),
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'types.UnionType' instances" */
    .repr = union_repr,
    .hash = union_hash,
    .richcmp = union_richcmp,
    .getitem = union_getitem,
    .binop = union_binop,
    .trace = union_trace,
    .getsets = union_getsets,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};
GP_REGISTER_TYPE(gp_union_type);

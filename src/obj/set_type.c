/* set_type.c - the set and frozenset types: construction, slots and
 * methods, with CPython 3.12's argument checks and messages. */
#include "set_internal.h"

#include <stdio.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "genericalias.h"

/* Methods shared by both types are named after the type that defines
 * them in messages ("frozenset.union() takes no keyword arguments"). */
static const char *owner_name(Value self) { return gp_isinstance_type(self, &gp_set_type) ? "set" : "frozenset"; }

static int check_args(GpThread *t, Value self, const char *meth, size_t n, Value kw, size_t min, size_t max) {
    char name[64];
    snprintf(name, sizeof name, "%s.%s", owner_name(self), meth);
    if (gp_check_no_kw(t, name, kw) < 0) return -1;
    return gp_check_nargs(t, name, n, min, max);
}

static Value none_or_null(int r) { return r < 0 ? VNULL : V_NONE; }
static Value bool_or_null(int r) { return r < 0 ? VNULL : v_bool(r); }

/* The unhashable-set fallback of `in`, remove() and discard(): a set
 * element is looked up as the frozenset with the same elements. */
static int discard_with_fallback(GpThread *t, Value self, Value key) {
    int r = gpset_discard_key(t, gpset_obj(self), key);
    if (r >= 0 || !gp_isinstance_type(key, &gp_set_type) || !gp_exc_matches(t, &gp_TypeError)) return r;
    gp_exc_clear(t);
    Value tmp = gpset_make(t, &gp_frozenset_type, key);
    if (!tmp) return -1;
    return gpset_discard_key(t, gpset_obj(self), tmp);
}

/* ---- construction */

static Value set_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return gpset_make(t, (GpType *)v_obj(callable), VNULL);
}

static int set_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    if (gp_check_no_kw(t, "set", kwnames) < 0) return -1;
    if (nargs > 1)
        return gp_raise_i(t, &gp_TypeError, "%s expected at most 1 argument, got %zu", v_type(self)->name, nargs);
    GpSet *so = gpset_obj(self);
    if (so->fill) gpset_clear(t, so);
    so->hash = -1;
    if (nargs == 0) return 0;
    return gpset_update_internal(t, so, args[0]);
}

static Value frozenset_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    GpType *type = (GpType *)v_obj(callable);
    if ((type == &gp_frozenset_type || type->init == gp_frozenset_type.init) &&
        gp_check_no_kw(t, "frozenset", kwnames) < 0)
        return VNULL;
    if (nargs > 1) return gp_raise(t, &gp_TypeError, "%s expected at most 1 argument, got %zu", type->name, nargs);
    Value iterable = nargs ? args[0] : VNULL;
    /* frozenset(f) is f itself when both are exact frozensets. */
    if (type == &gp_frozenset_type && iterable && v_is_type(iterable, &gp_frozenset_type)) return iterable;
    return gpset_make(t, type, iterable);
}

/* ---- slots */

static int64_t set_len(GpThread *t, Value self) {
    (void)t;
    return (int64_t)gpset_obj(self)->used;
}

static int set_contains(GpThread *t, Value self, Value key) { return gp_set_contains(t, self, key); }

static int frozenset_hash(GpThread *t, Value self, int64_t *out) {
    (void)t;
    GpSet *so = gpset_obj(self);
    if (so->hash == -1) so->hash = gpset_hash_impl(so);
    *out = so->hash;
    return 0;
}

/* {1, 2}, set(), frozenset({1}), frozenset(), S({1}) for a subclass S,
 * and S(...) when the set contains itself. A subclass may override
 * __iter__, which then supplies the elements, as in CPython. */
static Value set_repr(GpThread *t, Value self) {
    GpType *type = v_type(self);
    int r = gp_repr_enter(t, self);
    if (r) return r < 0 ? VNULL : gp_format(t, "%s(...)", type->name);
    Value result = VNULL;
    if (!gpset_obj(self)->used) {
        result = gp_format(t, "%s()", type->name);
        goto done;
    }
    Value keys = VNULL;
    if (type->iter != gpset_iter && !(keys = gp_sequence_list(t, self))) goto done;
    GpBuf b;
    gp_buf_init(&b);
    if (type != &gp_set_type) {
        gp_buf_puts(&b, type->name);
        gp_buf_putc(&b, '(');
    }
    gp_buf_putc(&b, '{');
    size_t n = 0, pos = 0;
    for (;;) {
        Value key;
        if (keys) {
            if (n >= gp_list_obj(keys)->n) break;
            key = gp_list_obj(keys)->items[n];
        } else if (!gp_set_next(self, &pos, &key)) {
            break;
        }
        if (n++) gp_buf_puts(&b, ", ");
        if (gp_buf_put_repr(t, &b, key) < 0) {
            gp_buf_free(&b);
            goto done;
        }
    }
    gp_buf_putc(&b, '}');
    if (type != &gp_set_type) gp_buf_putc(&b, ')');
    result = gp_buf_finish_str(t, &b);
done:
    gp_repr_leave(t, self);
    return result;
}

/* ---- methods of both types */

static Value m_contains(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "__contains__", n, kw, 1, 1) < 0) return VNULL;
    return bool_or_null(gp_set_contains(t, self, a[0]));
}

static Value m_copy(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    if (check_args(t, self, "copy", n, kw, 0, 0) < 0) return VNULL;
    if (v_is_type(self, &gp_frozenset_type)) return self;
    return gpset_copy(t, self);
}

static Value m_union(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "union", n, kw, 0, SIZE_MAX) < 0) return VNULL;
    return gpset_union_multi(t, self, a, n);
}

static Value m_intersection(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "intersection", n, kw, 0, SIZE_MAX) < 0) return VNULL;
    return gpset_intersection_multi(t, self, a, n);
}

static Value m_difference(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "difference", n, kw, 0, SIZE_MAX) < 0) return VNULL;
    return gpset_difference_multi(t, self, a, n);
}

static Value m_symmetric_difference(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "symmetric_difference", n, kw, 1, 1) < 0) return VNULL;
    return gpset_symmetric_difference(t, self, a[0]);
}

static Value m_issubset(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "issubset", n, kw, 1, 1) < 0) return VNULL;
    return bool_or_null(gpset_issubset(t, self, a[0]));
}

static Value m_issuperset(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "issuperset", n, kw, 1, 1) < 0) return VNULL;
    return bool_or_null(gpset_issuperset(t, self, a[0]));
}

static Value m_isdisjoint(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "isdisjoint", n, kw, 1, 1) < 0) return VNULL;
    return bool_or_null(gpset_isdisjoint(t, self, a[0]));
}

/* (type, (list of elements,), instance __dict__ or None), for pickle and
 * copy. */
static Value m_reduce(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    if (check_args(t, self, "__reduce__", n, kw, 0, 0) < 0) return VNULL;
    Value keys = gp_sequence_list(t, self);
    if (!keys) return VNULL;
    Value args = gp_tuple_pack(t, 1, keys);
    if (!args) return VNULL;
    Value *slot = gp_instance_dict_slot(self);
    Value state = slot && *slot && gp_dict_obj(*slot)->used ? *slot : V_NONE;
    return gp_tuple_pack(t, 3, v_from_obj(v_type(self)), args, state);
}

/* ---- methods of set only */

static Value m_add(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "add", n, kw, 1, 1) < 0) return VNULL;
    return none_or_null(gp_set_add(t, self, a[0]));
}

static Value m_discard(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "discard", n, kw, 1, 1) < 0) return VNULL;
    return none_or_null(discard_with_fallback(t, self, a[0]));
}

static Value m_remove(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "remove", n, kw, 1, 1) < 0) return VNULL;
    int r = discard_with_fallback(t, self, a[0]);
    if (r < 0) return VNULL;
    if (r == 0) return gp_raise_arg(t, &gp_KeyError, a[0]);
    return V_NONE;
}

static Value m_pop(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    if (check_args(t, self, "pop", n, kw, 0, 0) < 0) return VNULL;
    GpSet *so = gpset_obj(self);
    if (so->used == 0) return gp_raise(t, &gp_KeyError, "pop from an empty set");
    return gpset_pop(so);
}

static Value m_clear(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    if (check_args(t, self, "clear", n, kw, 0, 0) < 0) return VNULL;
    gpset_clear(t, gpset_obj(self));
    return V_NONE;
}

static Value m_update(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "update", n, kw, 0, SIZE_MAX) < 0) return VNULL;
    for (size_t i = 0; i < n; i++)
        if (gpset_update_internal(t, gpset_obj(self), a[i]) < 0) return VNULL;
    return V_NONE;
}

static Value m_intersection_update(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "intersection_update", n, kw, 0, SIZE_MAX) < 0) return VNULL;
    return none_or_null(gpset_intersection_update(t, self, a, n));
}

static Value m_difference_update(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "difference_update", n, kw, 0, SIZE_MAX) < 0) return VNULL;
    for (size_t i = 0; i < n; i++)
        if (gpset_difference_update_internal(t, self, a[i]) < 0) return VNULL;
    return V_NONE;
}

static Value m_symmetric_difference_update(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (check_args(t, self, "symmetric_difference_update", n, kw, 1, 1) < 0) return VNULL;
    return none_or_null(gpset_symmetric_difference_update(t, self, a[0]));
}

static const GpMethodDef set_methods[] = {
    {"__class_getitem__", gp_generic_class_getitem, GP_METH_CLASS},
    {"add", m_add, 0},
    {"clear", m_clear, 0},
    {"__contains__", m_contains, 0},
    {"copy", m_copy, 0},
    {"discard", m_discard, 0},
    {"difference", m_difference, 0},
    {"difference_update", m_difference_update, 0},
    {"intersection", m_intersection, 0},
    {"intersection_update", m_intersection_update, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"pop", m_pop, 0},
    {"__reduce__", m_reduce, 0},
    {"remove", m_remove, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 0},
    {"union", m_union, 0},
    {"update", m_update, 0},
    {NULL, NULL, 0},
};

static const GpMethodDef frozenset_methods[] = {
    {"__class_getitem__", gp_generic_class_getitem, GP_METH_CLASS},
    {"__contains__", m_contains, 0},
    {"copy", m_copy, 0},
    {"difference", m_difference, 0},
    {"intersection", m_intersection, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"__reduce__", m_reduce, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"union", m_union, 0},
    {NULL, NULL, 0},
};

GpType gp_set_type = {
    .hdr = {&gp_type_type},
    .name = "set",
    .base = &gp_object_type,
    .size = sizeof(GpSet),
    .flags = GP_TF_BASETYPE | GP_TF_SET_SUB,
    .repr = set_repr,
    .hash = gp_hash_not_implemented,
    .richcmp = gpset_richcmp,
    .len = set_len,
    .iter = gpset_iter,
    .contains = set_contains,
    .binop = gpset_binop,
    .inplace = gpset_inplace,
    .new_ = set_new,
    .init = set_init,
    .trace = gpset_trace,
    .methods = set_methods,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
};

GpType gp_frozenset_type = {
    .hdr = {&gp_type_type},
    .name = "frozenset",
    .base = &gp_object_type,
    .size = sizeof(GpSet),
    .flags = GP_TF_BASETYPE | GP_TF_SET_SUB,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = gpset_richcmp,
    .len = set_len,
    .iter = gpset_iter,
    .contains = set_contains,
    .binop = gpset_binop,
    .new_ = frozenset_new,
    .trace = gpset_trace,
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable "
           "unordered collection of unique elements.",
};

GP_REGISTER_TYPE(gp_set_type);
GP_REGISTER_TYPE(gp_frozenset_type);

/* set_ops.c - union, intersection, difference, symmetric difference,
 * subset tests, comparisons and the operators of set and frozenset.
 *
 * Each result is built the way CPython 3.12 builds it (which operand is
 * copied, which is iterated, when the smaller one is swapped in), since
 * that decides the slot layout and so the iteration order of the result.
 * Results are always plain set or frozenset, whichever the left operand
 * derives from, never a subclass.
 */
#include "set_internal.h"

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"

Value gpset_union_multi(GpThread *t, Value so, const Value *others, size_t n) {
    Value result = gpset_copy(t, so);
    if (!result) return VNULL;
    for (size_t i = 0; i < n; i++) {
        if (others[i] == so) continue;
        if (gpset_update_internal(t, gpset_obj(result), others[i]) < 0) return VNULL;
    }
    return result;
}

/* Iterates the smaller operand when both are sets; otherwise iterates
 * `other`, stopping early once every element of `so` was found. */
Value gpset_intersection(GpThread *t, Value so, Value other) {
    if (so == other) return gpset_copy(t, so);
    Value result = gpset_make_basetype(t, v_type(so), VNULL);
    if (!result) return VNULL;
    GpSet *r = gpset_obj(result);
    if (gp_is_anyset(other)) {
        GpSet *big = gpset_obj(so), *small = gpset_obj(other);
        if (small->used > big->used) {
            GpSet *x = big;
            big = small;
            small = x;
        }
        size_t pos = 0;
        GpSetEntry *e;
        while (gpset_next_entry(small, &pos, &e)) {
            Value key = e->key;
            int64_t hash = e->hash;
            int rv = gpset_contains_entry(t, big, key, hash);
            if (rv < 0) return VNULL;
            if (rv && gpset_add_entry(t, r, key, hash) < 0) return VNULL;
        }
        return result;
    }
    Value it = gp_iter(t, other);
    if (!it) return VNULL;
    GpSet *s = gpset_obj(so);
    for (;;) {
        Value key = gp_next(t, it);
        if (!key) return t->exc ? VNULL : result;
        int64_t hash;
        if (gpset_hash(t, key, &hash) < 0) return VNULL;
        int rv = gpset_contains_entry(t, s, key, hash);
        if (rv < 0) return VNULL;
        if (rv) {
            if (gpset_add_entry(t, r, key, hash) < 0) return VNULL;
            if (r->used >= s->used) return result;
        }
    }
}

Value gpset_intersection_multi(GpThread *t, Value so, const Value *others, size_t n) {
    if (n == 0) return gpset_copy(t, so);
    Value result = so;
    for (size_t i = 0; i < n; i++) {
        result = gpset_intersection(t, result, others[i]);
        if (!result) return VNULL;
    }
    return result;
}

int gpset_intersection_update(GpThread *t, Value so, const Value *others, size_t n) {
    Value tmp = gpset_intersection_multi(t, so, others, n);
    if (!tmp) return -1;
    gpset_swap_bodies(gpset_obj(so), gpset_obj(tmp));
    return 0;
}

int gpset_difference_update_internal(GpThread *t, Value sov, Value other) {
    GpSet *so = gpset_obj(sov);
    if (sov == other) {
        gpset_clear(t, so);
        return 0;
    }
    if (gp_is_anyset(other)) {
        /* Much larger other: discard only the common elements. */
        if ((gpset_obj(other)->used >> 3) > so->used) {
            other = gpset_intersection(t, sov, other);
            if (!other) return -1;
        }
        GpSet *o = gpset_obj(other);
        size_t pos = 0;
        GpSetEntry *e;
        while (gpset_next_entry(o, &pos, &e))
            if (gpset_discard_entry(t, so, e->key, e->hash) < 0) return -1;
    } else {
        Value it = gp_iter(t, other);
        if (!it) return -1;
        for (;;) {
            Value key = gp_next(t, it);
            if (!key) {
                if (t->exc) return -1;
                break;
            }
            if (gpset_discard_key(t, so, key) < 0) return -1;
        }
    }
    /* More than a quarter dummies: rebuild without them. */
    if (so->fill - so->used <= so->mask / 4) return 0;
    return gpset_table_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Value copy_and_difference(GpThread *t, Value so, Value other) {
    Value result = gpset_copy(t, so);
    if (!result || gpset_difference_update_internal(t, result, other) < 0) return VNULL;
    return result;
}

Value gpset_difference(GpThread *t, Value so, Value other) {
    size_t other_size;
    int is_dict = v_is_type(other, &gp_dict_type);
    if (gp_is_anyset(other)) other_size = gpset_obj(other)->used;
    else if (is_dict) other_size = gp_dict_obj(other)->used;
    else return copy_and_difference(t, so, other);
    GpSet *s = gpset_obj(so);
    if ((s->used >> 2) > other_size) return copy_and_difference(t, so, other);
    Value result = gpset_make_basetype(t, v_type(so), VNULL);
    if (!result) return VNULL;
    size_t pos = 0;
    GpSetEntry *e;
    while (gpset_next_entry(s, &pos, &e)) {
        Value key = e->key, ignored;
        int64_t hash = e->hash;
        int rv = is_dict ? gp_dict_lookup(t, other, key, &ignored) : gpset_contains_entry(t, gpset_obj(other), key, hash);
        if (rv < 0) return VNULL;
        if (!rv && gpset_add_entry(t, gpset_obj(result), key, hash) < 0) return VNULL;
    }
    return result;
}

Value gpset_difference_multi(GpThread *t, Value so, const Value *others, size_t n) {
    if (n == 0) return gpset_copy(t, so);
    Value result = gpset_difference(t, so, others[0]);
    if (!result) return VNULL;
    for (size_t i = 1; i < n; i++)
        if (gpset_difference_update_internal(t, result, others[i]) < 0) return VNULL;
    return result;
}

/* Toggle one element: discard it if present, else add it. */
static int toggle(GpThread *t, GpSet *so, Value key, int64_t hash) {
    int rv = gpset_discard_entry(t, so, key, hash);
    if (rv < 0) return -1;
    if (rv == 0 && gpset_add_entry(t, so, key, hash) < 0) return -1;
    return 0;
}

int gpset_symmetric_difference_update(GpThread *t, Value sov, Value other) {
    GpSet *so = gpset_obj(sov);
    if (sov == other) {
        gpset_clear(t, so);
        return 0;
    }
    if (v_is_type(other, &gp_dict_type)) {
        GpDict *d = gp_dict_obj(other);
        for (size_t i = 0; i < d->nentries; i++) {
            GpDictEntry e = d->entries[i];
            if (e.key && toggle(t, so, e.key, e.hash) < 0) return -1;
        }
        return 0;
    }
    if (!gp_is_anyset(other)) {
        other = gpset_make_basetype(t, v_type(sov), other);
        if (!other) return -1;
    }
    GpSet *o = gpset_obj(other);
    size_t pos = 0;
    GpSetEntry *e;
    while (gpset_next_entry(o, &pos, &e))
        if (toggle(t, so, e->key, e->hash) < 0) return -1;
    return 0;
}

Value gpset_symmetric_difference(GpThread *t, Value so, Value other) {
    Value result = gpset_make_basetype(t, v_type(so), other);
    if (!result || gpset_symmetric_difference_update(t, result, so) < 0) return VNULL;
    return result;
}

int gpset_issubset(GpThread *t, Value so, Value other) {
    GpSet *s = gpset_obj(so);
    if (!gp_is_anyset(other)) {
        Value tmp = gpset_intersection(t, so, other);
        if (!tmp) return -1;
        return gpset_obj(tmp)->used == s->used;
    }
    GpSet *o = gpset_obj(other);
    if (s->used > o->used) return 0;
    size_t pos = 0;
    GpSetEntry *e;
    while (gpset_next_entry(s, &pos, &e)) {
        int rv = gpset_contains_entry(t, o, e->key, e->hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

int gpset_issuperset(GpThread *t, Value so, Value other) {
    if (gp_is_anyset(other)) return gpset_issubset(t, other, so);
    Value it = gp_iter(t, other);
    if (!it) return -1;
    for (;;) {
        Value key = gp_next(t, it);
        if (!key) return t->exc ? -1 : 1;
        int rv = gpset_contains_key(t, gpset_obj(so), key);
        if (rv <= 0) return rv;
    }
}

int gpset_isdisjoint(GpThread *t, Value so, Value other) {
    if (so == other) return gpset_obj(so)->used == 0;
    if (v_is_type(other, &gp_set_type) || v_is_type(other, &gp_frozenset_type)) {
        GpSet *big = gpset_obj(so), *small = gpset_obj(other);
        if (small->used > big->used) {
            GpSet *x = big;
            big = small;
            small = x;
        }
        size_t pos = 0;
        GpSetEntry *e;
        while (gpset_next_entry(small, &pos, &e)) {
            int rv = gpset_contains_entry(t, big, e->key, e->hash);
            if (rv) return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = gp_iter(t, other);
    if (!it) return -1;
    for (;;) {
        Value key = gp_next(t, it);
        if (!key) return t->exc ? -1 : 1;
        int rv = gpset_contains_key(t, gpset_obj(so), key);
        if (rv) return rv < 0 ? -1 : 0;
    }
}

static Value bool_or_null(int r) { return r < 0 ? VNULL : v_bool(r); }

/* Comparisons are subset tests; equal sizes and (when both are known)
 * different cached hashes settle == quickly. */
Value gpset_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!gp_is_anyset(b)) return V_NOTIMPL;
    GpSet *v = gpset_obj(a), *w = gpset_obj(b);
    switch (op) {
    case GP_EQ:
    case GP_NE: {
        int eq;
        if (v->used != w->used) eq = 0;
        else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) eq = 0;
        else if ((eq = gpset_issubset(t, a, b)) < 0) return VNULL;
        return v_bool(op == GP_EQ ? eq : !eq);
    }
    case GP_LE: return bool_or_null(gpset_issubset(t, a, b));
    case GP_GE: return bool_or_null(gpset_issuperset(t, a, b));
    case GP_LT:
        if (v->used >= w->used) return V_FALSE;
        return bool_or_null(gpset_issubset(t, a, b));
    default:
        if (v->used <= w->used) return V_FALSE;
        return bool_or_null(gpset_issuperset(t, a, b));
    }
}

/* | & - ^ between two sets of any kind; the left operand decides the
 * result type. Anything else is NotImplemented, so `{1} | [2]` raises
 * "unsupported operand type(s)". */
Value gpset_binop(GpThread *t, int op, Value a, Value b) {
    if (!gp_is_anyset(a) || !gp_is_anyset(b)) return V_NOTIMPL;
    switch (op) {
    case GP_OP_OR: {
        Value r = gpset_copy(t, a);
        if (!r || a == b) return r;
        return gpset_update_internal(t, gpset_obj(r), b) < 0 ? VNULL : r;
    }
    case GP_OP_AND: return gpset_intersection(t, a, b);
    case GP_OP_SUB: return gpset_difference(t, a, b);
    case GP_OP_XOR: return gpset_symmetric_difference(t, a, b);
    default: return V_NOTIMPL;
    }
}

/* |= &= -= ^= update the set in place (set only: frozenset falls back to
 * the binary operators and rebinds the name). */
Value gpset_inplace(GpThread *t, int op, Value a, Value b) {
    if (!gp_is_anyset(b)) return V_NOTIMPL;
    int r;
    switch (op) {
    case GP_OP_OR: r = gpset_update_internal(t, gpset_obj(a), b); break;
    case GP_OP_AND: r = gpset_intersection_update(t, a, &b, 1); break;
    case GP_OP_SUB: r = gpset_difference_update_internal(t, a, b); break;
    case GP_OP_XOR: r = gpset_symmetric_difference_update(t, a, b); break;
    default: return V_NOTIMPL;
    }
    return r < 0 ? VNULL : a;
}

/* deque_ops.c - collections.deque: repr, comparisons, + and *, and the
 * forward and reverse iterators. */
#include <string.h>

#include "../mem/heap.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "collections.h"

Value gp_deque_mutated(GpThread *t) { return gp_raise(t, &gp_RuntimeError, "deque mutated during iteration"); }

static Value as_tuple(GpThread *t, GpDeque *d) {
    Value tup = gp_tuple_new(t, d->len);
    if (!tup) return VNULL;
    for (size_t i = 0; i < d->len; i++) gp_tuple_items(tup)[i] = gp_deque_at(d, i);
    return tup;
}

/* The type's name without its module, as CPython's _PyType_Name. */
static const char *short_name(GpType *type) {
    const char *dot = strrchr(type->name, '.');
    return dot ? dot + 1 : type->name;
}

/* deque([1, 2]) or deque([1, 2], maxlen=3); a deque inside itself is [...]. */
Value gp_deque_repr(GpThread *t, Value self) {
    int r = gp_repr_enter(t, self);
    if (r) return r < 0 ? VNULL : gp_str_from_cstr(t, "[...]");
    GpDeque *d = gp_deque_obj(self);
    Value list = gp_list_new(t, d->len);
    Value s = VNULL;
    if (list) {
        for (size_t i = 0; i < d->len; i++) gp_list_obj(list)->items[i] = gp_deque_at(d, i);
        gp_list_obj(list)->n = d->len;
        if (d->maxlen >= 0)
            s = gp_format(t, "%s(%R, maxlen=%lld)", short_name(v_type(self)), list, (long long)d->maxlen);
        else
            s = gp_format(t, "%s(%R)", short_name(v_type(self)), list);
    }
    gp_repr_leave(t, self);
    return s;
}

/* Item by item on snapshots, so that __eq__ mutating a deque is harmless. */
Value gp_deque_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!gp_is_deque(a) || !gp_is_deque(b)) return V_NOTIMPL;
    GpDeque *x = gp_deque_obj(a), *y = gp_deque_obj(b);
    if ((op == GP_EQ || op == GP_NE) && x->len != y->len) return v_bool(op == GP_NE);
    Value ta = as_tuple(t, x), tb = ta ? as_tuple(t, y) : VNULL;
    if (!tb) return VNULL;
    return gp_seq_richcmp(t, gp_tuple_items(ta), gp_tuple_len(ta), gp_tuple_items(tb), gp_tuple_len(tb), op);
}

/* d * n in place: the items n times over, of which a bounded deque keeps
 * the last maxlen, computed directly so that d * 2**62 is cheap then. */
static int repeat_inplace(GpThread *t, Value self, Value count) {
    GpDeque *d = gp_deque_obj(self);
    int64_t n;
    if (gp_as_ssize(t, count, &n) < 0) {
        if (gp_exc_matches(t, &gp_OverflowError)) {
            gp_exc_clear(t);
            gp_raise(t, &gp_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (n <= 0 || d->len == 0) {
        if (d->len) {
            d->buf = NULL;
            d->cap = d->head = d->len = 0;
            d->state++;
        }
        return 0;
    }
    if (n == 1) return 0;
    __int128 total = (__int128)d->len * n;
    __int128 keep = d->maxlen >= 0 && total > d->maxlen ? d->maxlen : total;
    if (keep > (__int128)(SIZE_MAX / 2 / sizeof(Value))) return gp_raise_memory(t), -1;
    size_t old_len = d->len, new_len = (size_t)keep, first = (size_t)((total - keep) % (__int128)old_len);
    size_t cap = 8;
    while (cap < new_len) cap *= 2;
    Value *nb = gp_blob_alloc(t, cap * sizeof(Value));
    if (!nb) return -1;
    for (size_t i = 0; i < new_len; i++) nb[i] = gp_deque_at(d, (first + i) % old_len);
    d->buf = nb;
    d->cap = cap;
    d->head = 0;
    d->len = new_len;
    d->state++;
    return 0;
}

static int is_index(Value v) { return gp_is_int(v) || v_type(v)->index; }

/* CPython tries the other operand's reflected method before deque's
 * sequence concat/repeat, and the error names deque's rules. */
Value gp_deque_binop(GpThread *t, int op, Value a, Value b) {
    if (op != GP_OP_ADD && op != GP_OP_MUL) return V_NOTIMPL;
    if (!gp_is_deque(a)) {
        if (op == GP_OP_MUL && is_index(a)) {
            Value r = gp_deque_copy(t, b);
            return !r || repeat_inplace(t, r, a) < 0 ? VNULL : r;
        }
        return V_NOTIMPL;
    }
    GpType *tb = v_type(b);
    if (op == GP_OP_ADD) {
        if (!gp_is_deque(b)) {
            if (tb->binop && tb->binop != gp_deque_binop) {
                Value r = tb->binop(t, op, a, b);
                if (r != V_NOTIMPL) return r;
            }
            return gp_raise(t, &gp_TypeError, "can only concatenate deque (not \"%s\") to deque", tb->name);
        }
        Value r = gp_deque_copy(t, a);
        return !r || gp_deque_extend(t, r, b, 0) < 0 ? VNULL : r;
    }
    if (!is_index(b)) {
        if (tb->binop && tb->binop != gp_deque_binop) {
            Value r = tb->binop(t, op, a, b);
            if (r != V_NOTIMPL) return r;
        }
        return gp_raise(t, &gp_TypeError, "can't multiply sequence by non-int of type '%s'", tb->name);
    }
    Value r = gp_deque_copy(t, a);
    return !r || repeat_inplace(t, r, b) < 0 ? VNULL : r;
}

Value gp_deque_inplace(GpThread *t, int op, Value a, Value b) {
    if (op == GP_OP_ADD) return gp_deque_extend(t, a, b, 0) < 0 ? VNULL : a;
    if (op == GP_OP_MUL) {
        if (!is_index(b))
            return gp_raise(t, &gp_TypeError, "can't multiply sequence by non-int of type '%s'", v_type(b)->name);
        return repeat_inplace(t, a, b) < 0 ? VNULL : a;
    }
    return V_NOTIMPL;
}

/* ---- iterators: `left` items remain, the next at logical index `pos`;
 * any change of the deque's state stops them with RuntimeError. */

typedef struct DequeIter {
    GpObj hdr;
    Value deque;
    size_t pos, left;
    uint64_t state;
} DequeIter;

static Value iter_new(GpThread *t, Value deque, int reversed) {
    DequeIter *it = gp_alloc(t, reversed ? &gp_dequereviter_type : &gp_dequeiter_type, sizeof *it);
    if (!it) return VNULL;
    GpDeque *d = gp_deque_obj(deque);
    it->deque = deque;
    it->left = d->len;
    it->pos = reversed ? d->len - 1 : 0;
    it->state = d->state;
    return v_from_obj(it);
}

Value gp_deque_iter(GpThread *t, Value self) { return iter_new(t, self, 0); }

Value gp_deque_reversed(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "deque.__reversed__", kw) < 0 || gp_check_nargs(t, "deque.__reversed__", nargs, 0, 0) < 0)
        return VNULL;
    return iter_new(t, self, 1);
}

static Value iter_next(GpThread *t, Value self) {
    DequeIter *it = (DequeIter *)v_obj(self);
    GpDeque *d = gp_deque_obj(it->deque);
    if (d->state != it->state) {
        it->left = 0;
        return gp_deque_mutated(t);
    }
    if (!it->left) return VNULL;
    Value v = gp_deque_at(d, it->pos);
    it->left--;
    if (v_type(self) == &gp_dequereviter_type) it->pos--;
    else it->pos++;
    return v;
}

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

static void iter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((DequeIter *)self)->deque); }

static Value iter_length_hint(ARGS) {
    (void)t;
    (void)args;
    (void)nargs;
    (void)kw;
    return v_from_small((int64_t)((DequeIter *)v_obj(self))->left);
}

static const GpMethodDef iter_methods[] = {{"__length_hint__", iter_length_hint, GP_METH_NOKW}, {NULL, NULL, 0}};

GpType gp_dequeiter_type = {
    .hdr = {&gp_type_type},
    .name = "_collections._deque_iterator",
    .base = &gp_object_type,
    .size = sizeof(DequeIter),
    .iter = self_iter,
    .next = iter_next,
    .trace = iter_trace,
    .methods = iter_methods,
};

GpType gp_dequereviter_type = {
    .hdr = {&gp_type_type},
    .name = "_collections._deque_reverse_iterator",
    .base = &gp_object_type,
    .size = sizeof(DequeIter),
    .iter = self_iter,
    .next = iter_next,
    .trace = iter_trace,
    .methods = iter_methods,
};

GP_REGISTER_TYPE(gp_dequeiter_type);
GP_REGISTER_TYPE(gp_dequereviter_type);

/* range.c - range and slice objects.
 *
 * A range whose bounds and length fit in int64 (every range in practice)
 * is iterated and indexed with machine arithmetic; bounds beyond that go
 * through int objects so that range(10**20) still works as in CPython.
 */
#include "range.h"

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- range */

static Value int_op(GpThread *t, int op, Value a, Value b) { return gp_int_binop(t, op, a, b); }

/* len = max(0, ceil((stop - start) / step)) with ints. */
static Value compute_len(GpThread *t, Value start, Value stop, Value step) {
    int64_t a, b, s;
    if (gp_int_to_i64(start, &a) && gp_int_to_i64(stop, &b) && gp_int_to_i64(step, &s) &&
        a > INT64_MIN / 4 && a < INT64_MAX / 4 && b > INT64_MIN / 4 && b < INT64_MAX / 4) {
        int64_t n;
        if (s > 0) n = b > a ? (b - a - 1) / s + 1 : 0;
        else n = a > b ? (a - b - 1) / (-s) + 1 : 0;
        return gp_int_from_i64(t, n);
    }
    int pos = gp_int_sign(step) > 0;
    Value lo = pos ? start : stop, hi = pos ? stop : start;
    if (gp_int_cmp(lo, hi) >= 0) return v_from_small(0);
    Value diff = int_op(t, GP_OP_SUB, hi, lo);
    Value one = v_from_small(1);
    Value abs_step = pos ? step : int_op(t, GP_OP_SUB, v_from_small(0), step);
    if (!diff || !abs_step) return VNULL;
    Value d1 = int_op(t, GP_OP_SUB, diff, one);
    Value q = d1 ? int_op(t, GP_OP_FLOORDIV, d1, abs_step) : VNULL;
    return q ? int_op(t, GP_OP_ADD, q, one) : VNULL;
}

Value gp_range_new(GpThread *t, Value start, Value stop, Value step) {
    if (gp_int_sign(step) == 0) return gp_raise(t, &gp_ValueError, "range() arg 3 must not be zero");
    GpRange *r = gp_alloc(t, &gp_range_type, sizeof(GpRange));
    if (!r) return VNULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = compute_len(t, start, stop, step);
    if (!r->len) return VNULL;
    return v_from_obj(r);
}

static Value as_index_int(GpThread *t, Value v) {
    Value i = gp_index(t, v);
    if (!i) return VNULL;
    return gp_int_exact(t, i);
}

static Value range_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "range() takes no keyword arguments");
    if (nargs == 0) return gp_raise(t, &gp_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return gp_raise(t, &gp_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    Value a[3];
    for (size_t i = 0; i < nargs; i++)
        if (!(a[i] = as_index_int(t, args[i]))) return VNULL;
    if (nargs == 1) return gp_range_new(t, v_from_small(0), a[0], v_from_small(1));
    return gp_range_new(t, a[0], a[1], nargs == 3 ? a[2] : v_from_small(1));
}

static int64_t range_len(GpThread *t, Value self) {
    int64_t n;
    if (!gp_int_to_i64(((GpRange *)v_obj(self))->len, &n))
        return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C ssize_t");
    return n;
}

static Value range_item(GpThread *t, GpRange *r, Value i) {
    Value off = gp_int_binop(t, GP_OP_MUL, i, r->step);
    return off ? gp_int_binop(t, GP_OP_ADD, r->start, off) : VNULL;
}

static Value range_getitem(GpThread *t, Value self, Value key) {
    GpRange *r = (GpRange *)v_obj(self);
    if (v_is_type(key, &gp_slice_type)) {
        int64_t len, start, stop, step;
        if (!gp_int_to_i64(r->len, &len)) return gp_raise(t, &gp_OverflowError, "range too large to slice");
        int64_t n = gp_slice_indices(t, key, len, &start, &stop, &step);
        if (n < 0) return VNULL;
        (void)n;
        Value nstart = range_item(t, r, v_from_small(start));
        Value nstop = range_item(t, r, v_from_small(stop));
        Value nstep = gp_int_binop(t, GP_OP_MUL, r->step, v_from_small(step));
        if (!nstart || !nstop || !nstep) return VNULL;
        return gp_range_new(t, nstart, nstop, nstep);
    }
    Value i = gp_index(t, key);
    if (!i) {
        if (gp_exc_matches(t, &gp_TypeError)) {
            gp_exc_clear(t);
            return gp_raise(t, &gp_TypeError, "range indices must be integers or slices, not %s", v_type(key)->name);
        }
        return VNULL;
    }
    if (gp_int_sign(i) < 0) i = gp_int_binop(t, GP_OP_ADD, i, r->len);
    if (!i) return VNULL;
    if (gp_int_sign(i) < 0 || gp_int_cmp(i, r->len) >= 0)
        return gp_raise(t, &gp_IndexError, "range object index out of range");
    return range_item(t, r, i);
}

static int range_contains(GpThread *t, Value self, Value item) {
    GpRange *r = (GpRange *)v_obj(self);
    if (!gp_is_int(item) || v_is_type(item, &gp_bool_type)) {
        /* Non-ints compare by equality with each item, as CPython. */
        if (!gp_is_int(item)) {
            Value it = gp_iter(t, self);
            if (!it) return -1;
            for (;;) {
                Value x = gp_next(t, it);
                if (!x) return t->exc ? -1 : 0;
                int eq = gp_eq(t, x, item);
                if (eq) return eq;
            }
        }
        item = gp_int_exact(t, item);
    }
    int pos = gp_int_sign(r->step) > 0;
    if (pos ? (gp_int_cmp(item, r->start) < 0 || gp_int_cmp(item, r->stop) >= 0)
            : (gp_int_cmp(item, r->start) > 0 || gp_int_cmp(item, r->stop) <= 0))
        return 0;
    Value d = gp_int_binop(t, GP_OP_SUB, item, r->start);
    Value m = d ? gp_int_binop(t, GP_OP_MOD, d, r->step) : VNULL;
    if (!m) return -1;
    return gp_int_sign(m) == 0;
}

static Value range_repr(GpThread *t, Value self) {
    GpRange *r = (GpRange *)v_obj(self);
    if (v_is_int(r->step) && v_int(r->step) == 1) return gp_format(t, "range(%R, %R)", r->start, r->stop);
    return gp_format(t, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int range_truth(GpThread *t, Value self) {
    (void)t;
    return gp_int_sign(((GpRange *)v_obj(self))->len) != 0;
}

/* Ranges are equal when they describe the same sequence. */
static Value range_richcmp(GpThread *t, Value a, Value b, int op) {
    if ((op != GP_EQ && op != GP_NE) || !v_is_type(b, &gp_range_type)) return V_NOTIMPL;
    GpRange *x = (GpRange *)v_obj(a), *y = (GpRange *)v_obj(b);
    int eq;
    if (gp_int_cmp(x->len, y->len) != 0) eq = 0;
    else if (gp_int_sign(x->len) == 0) eq = 1;
    else if (gp_int_cmp(x->start, y->start) != 0) eq = 0;
    else if (v_is_int(x->len) && v_int(x->len) == 1) eq = 1;
    else eq = gp_int_cmp(x->step, y->step) == 0;
    (void)t;
    return v_bool(op == GP_EQ ? eq : !eq);
}

static int range_hash(GpThread *t, Value self, int64_t *out) {
    GpRange *r = (GpRange *)v_obj(self);
    Value tup;
    if (gp_int_sign(r->len) == 0) tup = gp_tuple_pack(t, 3, r->len, V_NONE, V_NONE);
    else if (v_is_int(r->len) && v_int(r->len) == 1) tup = gp_tuple_pack(t, 3, r->len, r->start, V_NONE);
    else tup = gp_tuple_pack(t, 3, r->len, r->start, r->step);
    if (!tup) return -1;
    return gp_hash(t, tup, out);
}

static void range_trace(GpGc *gc, GpObj *self) {
    GpRange *r = (GpRange *)self;
    gc_mark(gc, r->start);
    gc_mark(gc, r->stop);
    gc_mark(gc, r->step);
    gc_mark(gc, r->len);
}

typedef GpRangeIter RangeIter;

static Value range_iter_impl(GpThread *t, GpRange *r, int reversed) {
    int64_t start, step, len;
    if (gp_int_to_i64(r->start, &start) && gp_int_to_i64(r->step, &step) && gp_int_to_i64(r->len, &len)) {
        __int128 last = (__int128)start + (__int128)(len - 1) * step;
        if (last >= INT64_MIN && last <= INT64_MAX && step != INT64_MIN) {
            RangeIter *it = gp_alloc(t, &gp_rangeiter_type, sizeof *it);
            if (!it) return VNULL;
            it->next = reversed ? (int64_t)last : start;
            it->step = reversed ? -step : step;
            it->left = len;
            return v_from_obj(it);
        }
    }
    RangeIter *it = gp_alloc(t, &gp_longrangeiter_type, sizeof *it);
    if (!it) return VNULL;
    it->big_left = r->len;
    if (reversed) {
        Value last = range_item(t, r, gp_int_binop(t, GP_OP_SUB, r->len, v_from_small(1)));
        if (!last) return VNULL;
        it->big_next = last;
        it->big_step = gp_int_binop(t, GP_OP_SUB, v_from_small(0), r->step);
    } else {
        it->big_next = r->start;
        it->big_step = r->step;
    }
    return v_from_obj(it);
}

static Value range_iter(GpThread *t, Value self) { return range_iter_impl(t, (GpRange *)v_obj(self), 0); }

Value gp_rangeiter_next(GpThread *t, Value self) {
    RangeIter *it = (RangeIter *)v_obj(self);
    if (it->left <= 0) return VNULL;
    int64_t v = it->next;
    it->next += it->left > 1 ? it->step : 0;
    it->left--;
    return gp_int_from_i64(t, v);
}

static Value longrangeiter_next(GpThread *t, Value self) {
    RangeIter *it = (RangeIter *)v_obj(self);
    if (gp_int_sign(it->big_left) <= 0) return VNULL;
    Value v = it->big_next;
    it->big_next = gp_int_binop(t, GP_OP_ADD, v, it->big_step);
    it->big_left = gp_int_binop(t, GP_OP_SUB, it->big_left, v_from_small(1));
    if (!it->big_next || !it->big_left) return VNULL;
    return v;
}

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

static void rangeiter_trace(GpGc *gc, GpObj *self) {
    RangeIter *it = (RangeIter *)self;
    gc_mark(gc, it->big_next);
    gc_mark(gc, it->big_step);
    gc_mark(gc, it->big_left);
}

static Value rangeiter_length_hint(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    RangeIter *it = (RangeIter *)v_obj(self);
    if (v_type(self) == &gp_longrangeiter_type) return it->big_left;
    return gp_int_from_i64(t, it->left);
}
static const GpMethodDef rangeiter_methods[] = {{"__length_hint__", rangeiter_length_hint, GP_METH_NOKW}, {NULL, NULL, 0}};

GpType gp_rangeiter_type = {
    .hdr = {&gp_type_type},
    .name = "range_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'range_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(RangeIter),
    .iter = self_iter,
    .next = gp_rangeiter_next,
    .trace = rangeiter_trace,
    .methods = rangeiter_methods,
};

GpType gp_longrangeiter_type = {
    .hdr = {&gp_type_type},
    .name = "longrange_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'longrange_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(RangeIter),
    .iter = self_iter,
    .next = longrangeiter_next,
    .trace = rangeiter_trace,
    .methods = rangeiter_methods,
};

static Value m_reversed(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return range_iter_impl(t, (GpRange *)v_obj(self), 1);
}

static Value m_index(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "index", n, 1, 1) < 0) return VNULL;
    int r = range_contains(t, self, a[0]);
    if (r < 0) return VNULL;
    if (!r) return gp_raise(t, &gp_ValueError, "%R is not in range", a[0]);
    GpRange *rg = (GpRange *)v_obj(self);
    Value d = gp_int_binop(t, GP_OP_SUB, gp_int_exact(t, a[0]), rg->start);
    return d ? gp_int_binop(t, GP_OP_FLOORDIV, d, rg->step) : VNULL;
}

static Value m_count(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "count", n, 1, 1) < 0) return VNULL;
    int r = range_contains(t, self, a[0]);
    return r < 0 ? VNULL : v_from_small(r);
}

static Value get_start(GpThread *t, Value self) { (void)t; return ((GpRange *)v_obj(self))->start; }
static Value get_stop(GpThread *t, Value self) { (void)t; return ((GpRange *)v_obj(self))->stop; }
static Value get_step(GpThread *t, Value self) { (void)t; return ((GpRange *)v_obj(self))->step; }

static const GpGetSetDef range_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef range_methods[] = {
    {"__reversed__", m_reversed, GP_METH_NOKW},
    {"index", m_index, GP_METH_NOKW},
    {"count", m_count, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_range_type = {
    .hdr = {&gp_type_type},
    .name = "range",
    .base = &gp_object_type,
    .size = sizeof(GpRange),
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .truth = range_truth,
    .len = range_len,
    .iter = range_iter,
    .getitem = range_getitem,
    .contains = range_contains,
    .new_ = range_new,
    .trace = range_trace,
    .getsets = range_getsets,
    .methods = range_methods,
};

/* ---- slice */

Value gp_slice_new(GpThread *t, Value start, Value stop, Value step) {
    GpSlice *s = gp_alloc(t, &gp_slice_type, sizeof(GpSlice));
    if (!s) return VNULL;
    s->start = start ? start : V_NONE;
    s->stop = stop ? stop : V_NONE;
    s->step = step ? step : V_NONE;
    return v_from_obj(s);
}

/* A slice bound as an index clamped to int64 (CPython clamps to ssize_t). */
static int slice_bound(GpThread *t, Value v, int64_t *out) {
    if (v_is_int(v)) {
        *out = v_int(v);
        return 0;
    }
    Value i = gp_index(t, v);
    if (!i) {
        if (gp_exc_matches(t, &gp_TypeError)) {
            gp_exc_clear(t);
            gp_raise(t, &gp_TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        return -1;
    }
    if (!gp_int_to_i64(i, out)) *out = gp_int_sign(i) < 0 ? INT64_MIN + 1 : INT64_MAX;
    return 0;
}

int64_t gp_slice_indices(GpThread *t, Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step) {
    GpSlice *s = (GpSlice *)v_obj(slice);
    int64_t st = 1;
    if (s->step != V_NONE) {
        if (slice_bound(t, s->step, &st) < 0) return -1;
        if (st == 0) return gp_raise_i(t, &gp_ValueError, "slice step cannot be zero");
        if (st < -INT64_MAX) st = -INT64_MAX;
    }
    int64_t lo, hi;
    if (s->start == V_NONE) lo = st < 0 ? len - 1 : 0;
    else {
        if (slice_bound(t, s->start, &lo) < 0) return -1;
        if (lo < 0) {
            lo += len;
            if (lo < 0) lo = st < 0 ? -1 : 0;
        } else if (lo >= len) {
            lo = st < 0 ? len - 1 : len;
        }
    }
    if (s->stop == V_NONE) hi = st < 0 ? -1 : len;
    else {
        if (slice_bound(t, s->stop, &hi) < 0) return -1;
        if (hi < 0) {
            hi += len;
            if (hi < 0) hi = st < 0 ? -1 : 0;
        } else if (hi >= len) {
            hi = st < 0 ? len - 1 : len;
        }
    }
    *start = lo;
    *stop = hi;
    *step = st;
    if (st < 0) return hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
    return lo < hi ? (hi - lo - 1) / st + 1 : 0;
}

static Value slice_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "slice() takes no keyword arguments");
    if (nargs == 0) return gp_raise(t, &gp_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return gp_raise(t, &gp_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return gp_slice_new(t, V_NONE, args[0], V_NONE);
    return gp_slice_new(t, args[0], args[1], nargs == 3 ? args[2] : V_NONE);
}

static Value slice_repr(GpThread *t, Value self) {
    GpSlice *s = (GpSlice *)v_obj(self);
    return gp_format(t, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!v_is_type(b, &gp_slice_type)) return V_NOTIMPL;
    GpSlice *x = (GpSlice *)v_obj(a), *y = (GpSlice *)v_obj(b);
    Value ta = gp_tuple_pack(t, 3, x->start, x->stop, x->step);
    Value tb = gp_tuple_pack(t, 3, y->start, y->stop, y->step);
    if (!ta || !tb) return VNULL;
    return gp_richcmp(t, ta, tb, op);
}

static void slice_trace(GpGc *gc, GpObj *self) {
    GpSlice *s = (GpSlice *)self;
    gc_mark(gc, s->start);
    gc_mark(gc, s->stop);
    gc_mark(gc, s->step);
}

static Value slice_indices(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "indices", n, 1, 1) < 0) return VNULL;
    int64_t len;
    if (gp_as_ssize(t, a[0], &len) < 0) return VNULL;
    if (len < 0) return gp_raise(t, &gp_ValueError, "length should not be negative");
    int64_t start, stop, step;
    if (gp_slice_indices(t, self, len, &start, &stop, &step) < 0) return VNULL;
    return gp_tuple_pack(t, 3, gp_int_from_i64(t, start), gp_int_from_i64(t, stop), gp_int_from_i64(t, step));
}

static Value s_start(GpThread *t, Value self) { (void)t; return ((GpSlice *)v_obj(self))->start; }
static Value s_stop(GpThread *t, Value self) { (void)t; return ((GpSlice *)v_obj(self))->stop; }
static Value s_step(GpThread *t, Value self) { (void)t; return ((GpSlice *)v_obj(self))->step; }

static const GpGetSetDef slice_getsets[] = {
    {"start", s_start, NULL},
    {"stop", s_stop, NULL},
    {"step", s_step, NULL},
    {NULL, NULL, NULL},
};
static const GpMethodDef slice_methods[] = {{"indices", slice_indices, GP_METH_NOKW}, {NULL, NULL, 0}};

GpType gp_slice_type = {
    .hdr = {&gp_type_type},
    .name = "slice",
    .base = &gp_object_type,
    .size = sizeof(GpSlice),
    .repr = slice_repr,
    .hash = gp_hash_not_implemented,
    .richcmp = slice_richcmp,
    .new_ = slice_new,
    .trace = slice_trace,
    .getsets = slice_getsets,
    .methods = slice_methods,
};

GP_REGISTER_TYPE(gp_rangeiter_type);
GP_REGISTER_TYPE(gp_longrangeiter_type);
GP_REGISTER_TYPE(gp_range_type);
GP_REGISTER_TYPE(gp_slice_type);

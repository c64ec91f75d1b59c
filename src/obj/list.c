/* list.c - the list type. */
#include "list.h"

#include <stdlib.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "range.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "genericalias.h"

/* memmove that accepts empty ranges with NULL pointers (an empty list has
 * no item buffer). */
static void move_items(Value *dst, const Value *src, size_t n) {
    if (n) memmove(dst, src, n * sizeof(Value));
}

static int list_reserve(GpThread *t, GpList *l, size_t need) {
    if (need <= l->cap) return 0;
    /* Grow by about 1/8 plus a constant, as CPython: amortised O(1). */
    size_t ncap = need + (need >> 3) + (need < 9 ? 3 : 6);
    if (ncap > SIZE_MAX / sizeof(Value)) {
        gp_raise_memory(t);
        return -1;
    }
    Value *items = gp_blob_realloc(t, l->items, l->cap * sizeof(Value), ncap * sizeof(Value));
    if (!items) return -1;
    l->items = items;
    l->cap = ncap;
    return 0;
}

Value gp_list_new(GpThread *t, size_t cap) {
    GpList *l = gp_alloc(t, &gp_list_type, sizeof(GpList));
    if (!l) return VNULL;
    if (cap && list_reserve(t, l, cap) < 0) return VNULL;
    return v_from_obj(l);
}

Value gp_list_from(GpThread *t, const Value *items, size_t n) {
    Value v = gp_list_new(t, n);
    if (!v) return VNULL;
    if (n) move_items(gp_list_obj(v)->items, items, n);
    gp_list_obj(v)->n = n;
    return v;
}

int gp_list_append(GpThread *t, Value list, Value v) {
    GpList *l = gp_list_obj(list);
    if (l->n == l->cap && list_reserve(t, l, l->n + 1) < 0) return -1;
    l->items[l->n++] = v;
    return 0;
}

int gp_list_extend(GpThread *t, Value list, Value iterable) {
    GpList *l = gp_list_obj(list);
    if (gp_is_list(iterable) || gp_is_tuple(iterable)) {
        size_t n = gp_is_list(iterable) ? gp_list_obj(iterable)->n : gp_tuple_len(iterable);
        if (list_reserve(t, l, l->n + n) < 0) return -1;
        const Value *src = gp_is_list(iterable) ? gp_list_obj(iterable)->items : gp_tuple_items(iterable);
        move_items(l->items + l->n, src, n);
        l->n += n;
        return 0;
    }
    Value it = gp_iter(t, iterable);
    if (!it) return -1;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? -1 : 0;
        if (gp_list_append(t, list, x) < 0) return -1;
    }
}

int gp_list_insert(GpThread *t, Value list, int64_t i, Value v) {
    GpList *l = gp_list_obj(list);
    if (i < 0 && (i += (int64_t)l->n) < 0) i = 0;
    if ((uint64_t)i > l->n) i = (int64_t)l->n;
    if (list_reserve(t, l, l->n + 1) < 0) return -1;
    move_items(l->items + i + 1, l->items + i, (l->n - (size_t)i));
    l->items[i] = v;
    l->n++;
    return 0;
}

Value gp_list_as_tuple(GpThread *t, Value list) {
    size_t n = gp_list_obj(list)->n;
    Value tup = gp_tuple_new(t, n);
    if (!tup) return VNULL;
    /* Copy after allocating: the list, used here, stays reachable (and
     * keeps its items alive) until then. */
    GpList *l = gp_list_obj(list);
    if (n && l->n) memcpy(gp_tuple_items(tup), l->items, (n < l->n ? n : l->n) * sizeof(Value));
    return tup;
}

/* list.sort is in list_sort.c. */

/* ---- slots */

static int64_t list_len(GpThread *t, Value self) {
    (void)t;
    return (int64_t)gp_list_obj(self)->n;
}

static Value list_repr(GpThread *t, Value self) {
    GpList *l = gp_list_obj(self);
    if (l->n == 0) return gp_str_from_cstr(t, "[]");
    int r = gp_repr_enter(t, self);
    if (r) return r < 0 ? VNULL : gp_str_from_cstr(t, "[...]");
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_putc(&b, '[');
    for (size_t i = 0; i < l->n; i++) {
        if (i) gp_buf_puts(&b, ", ");
        if (gp_buf_put_repr(t, &b, l->items[i]) < 0) {
            gp_repr_leave(t, self);
            gp_buf_free(&b);
            return VNULL;
        }
    }
    gp_buf_putc(&b, ']');
    gp_repr_leave(t, self);
    return gp_buf_finish_str(t, &b);
}

static Value list_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!gp_is_list(b)) return V_NOTIMPL;
    GpList *x = gp_list_obj(a), *y = gp_list_obj(b);
    if ((op == GP_EQ || op == GP_NE) && x->n != y->n) return v_bool(op == GP_NE);
    return gp_seq_richcmp(t, x->items, x->n, y->items, y->n, op);
}

static Value list_slice(GpThread *t, GpList *l, Value key) {
    int64_t start, stop, step;
    int64_t len = gp_slice_indices(t, key, (int64_t)l->n, &start, &stop, &step);
    if (len < 0) return VNULL;
    Value r = gp_list_new(t, (size_t)len);
    if (!r) return VNULL;
    GpList *rl = gp_list_obj(r);
    for (int64_t i = 0; i < len; i++) rl->items[i] = l->items[start + i * step];
    rl->n = (size_t)len;
    return r;
}

static Value list_getitem(GpThread *t, Value self, Value key) {
    GpList *l = gp_list_obj(self);
    if (v_is_int(key)) {
        int64_t i = v_int(key);
        if (i < 0) i += (int64_t)l->n;
        if (i >= 0 && (uint64_t)i < l->n) return l->items[i];
        return gp_raise(t, &gp_IndexError, "list index out of range");
    }
    if (v_is_type(key, &gp_slice_type)) return list_slice(t, l, key);
    size_t i;
    if (gp_seq_index(t, key, l->n, &i, "list") < 0) return VNULL;
    return l->items[i];
}

/* l[start:stop:step] = seq, or deletion when seq is VNULL. */
static int list_assign_slice(GpThread *t, Value self, Value key, Value seq) {
    GpList *l = gp_list_obj(self);
    int64_t start, stop, step;
    int64_t len = gp_slice_indices(t, key, (int64_t)l->n, &start, &stop, &step);
    if (len < 0) return -1;
    Value items = VNULL;
    size_t m = 0;
    if (seq) {
        items = seq == self ? gp_list_as_tuple(t, self) : gp_sequence_tuple(t, seq);
        if (!items) {
            if (gp_exc_matches(t, &gp_TypeError)) {
                gp_exc_clear(t);
                return gp_raise_i(t, &gp_TypeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
            return -1;
        }
        m = gp_tuple_len(items);
    }
    if (step == 1) {
        if (stop < start) stop = start;
        size_t lo = (size_t)start, hi = (size_t)stop, old = hi - lo;
        if (m > old && list_reserve(t, l, l->n + (m - old)) < 0) return -1;
        move_items(l->items + lo + m, l->items + hi, (l->n - hi));
        if (m) move_items(l->items + lo, gp_tuple_items(items), m);
        l->n = l->n - old + m;
        return 0;
    }
    if (!seq) {
        /* Extended slice deletion: compact the survivors. */
        if (step < 0) {
            start = start + (len - 1) * step;
            step = -step;
        }
        size_t w = (size_t)start, r = (size_t)start;
        int64_t removed = 0;
        for (; r < l->n; r++) {
            if (removed < len && (int64_t)r == start + removed * step) {
                removed++;
                continue;
            }
            l->items[w++] = l->items[r];
        }
        l->n = w;
        return 0;
    }
    if ((int64_t)m != len)
        return gp_raise_i(t, &gp_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld", m,
                          (long long)len);
    for (int64_t i = 0; i < len; i++) l->items[start + i * step] = gp_tuple_items(items)[i];
    return 0;
}

static int list_setitem(GpThread *t, Value self, Value key, Value v) {
    GpList *l = gp_list_obj(self);
    if (v_is_type(key, &gp_slice_type)) return list_assign_slice(t, self, key, v);
    size_t i;
    if (gp_seq_index(t, key, l->n, &i, "list") < 0) {
        if (gp_exc_matches(t, &gp_IndexError)) {
            gp_exc_clear(t);
            return gp_raise_i(t, &gp_IndexError, v ? "list assignment index out of range" : "list assignment index out of range");
        }
        return -1;
    }
    if (v) {
        l->items[i] = v;
    } else {
        move_items(l->items + i, l->items + i + 1, (l->n - i - 1));
        l->n--;
    }
    return 0;
}

static int list_contains(GpThread *t, Value self, Value item) {
    GpList *l = gp_list_obj(self);
    for (size_t i = 0; i < l->n; i++) {
        int r = gp_eq(t, l->items[i], item);
        if (r) return r;
    }
    return 0;
}

static Value list_repeat(GpThread *t, Value seq, Value count) {
    int64_t k;
    if (gp_as_ssize(t, count, &k) < 0) {
        if (gp_exc_matches(t, &gp_OverflowError)) {
            gp_exc_clear(t);
            return gp_raise(t, &gp_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return VNULL;
    }
    GpList *l = gp_list_obj(seq);
    size_t n = l->n;
    if (k <= 0 || n == 0) return gp_list_new(t, 0);
    if ((uint64_t)k > SIZE_MAX / sizeof(Value) / n) return gp_raise_memory(t);
    Value r = gp_list_new(t, n * (size_t)k);
    if (!r) return VNULL;
    GpList *rl = gp_list_obj(r);
    for (int64_t i = 0; i < k; i++) move_items(rl->items + i * n, l->items, n);
    rl->n = n * (size_t)k;
    return r;
}

static Value list_binop(GpThread *t, int op, Value a, Value b) {
    if (op == GP_OP_ADD) {
        if (!gp_is_list(a) || !gp_is_list(b)) return V_NOTIMPL;
        GpList *x = gp_list_obj(a), *y = gp_list_obj(b);
        Value r = gp_list_new(t, x->n + y->n);
        if (!r) return VNULL;
        GpList *rl = gp_list_obj(r);
        move_items(rl->items, x->items, x->n);
        move_items(rl->items + x->n, y->items, y->n);
        rl->n = x->n + y->n;
        return r;
    }
    if (op == GP_OP_MUL) {
        Value seq = gp_is_list(a) ? a : b, count = gp_is_list(a) ? b : a;
        if (!gp_is_int(count) && !v_type(count)->index) return V_NOTIMPL;
        return list_repeat(t, seq, count);
    }
    return V_NOTIMPL;
}

static Value list_inplace(GpThread *t, int op, Value a, Value b) {
    if (op == GP_OP_ADD) {
        if (gp_list_extend(t, a, b) < 0) return VNULL;
        return a;
    }
    if (op == GP_OP_MUL) {
        if (!gp_is_int(b) && !v_type(b)->index) return V_NOTIMPL;
        Value r = list_repeat(t, a, b);
        if (!r) return VNULL;
        GpList *l = gp_list_obj(a), *rl = gp_list_obj(r);
        Value *items = l->items;
        size_t cap = l->cap;
        l->items = rl->items;
        l->n = rl->n;
        l->cap = rl->cap;
        rl->items = items;
        rl->cap = cap;
        rl->n = 0;
        return a;
    }
    return V_NOTIMPL;
}

typedef GpListIter ListIter;

GpType gp_listreviter_type;

static Value listiter_new(GpThread *t, Value list, int reversed) {
    ListIter *it = gp_alloc(t, reversed ? &gp_listreviter_type : &gp_listiter_type, sizeof *it);
    if (!it) return VNULL;
    it->seq = list;
    it->reversed = reversed;
    it->i = reversed ? gp_list_obj(list)->n : 0;
    return v_from_obj(it);
}

static Value list_iter(GpThread *t, Value self) { return listiter_new(t, self, 0); }

Value gp_listiter_next(GpThread *t, Value self) {
    (void)t;
    ListIter *it = (ListIter *)v_obj(self);
    if (!it->seq) return VNULL;
    GpList *l = gp_list_obj(it->seq);
    if (it->reversed) {
        if (it->i > 0 && it->i <= l->n) return l->items[--it->i];
    } else if (it->i < l->n) {
        return l->items[it->i++];
    }
    it->seq = VNULL;
    return VNULL;
}

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

static void listiter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((ListIter *)self)->seq); }

static Value listiter_length_hint(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)t; (void)a; (void)n; (void)kw;
    ListIter *it = (ListIter *)v_obj(self);
    if (!it->seq) return v_from_small(0);
    size_t len = gp_list_obj(it->seq)->n;
    return v_from_small(it->reversed ? (int64_t)(it->i <= len ? it->i : 0) : (int64_t)(it->i < len ? len - it->i : 0));
}
static const GpMethodDef listiter_methods[] = {{"__length_hint__", listiter_length_hint, GP_METH_NOKW}, {NULL, NULL, 0}};

GpType gp_listiter_type = {
    .hdr = {&gp_type_type},
    .name = "list_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'list_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(ListIter),
    .iter = self_iter,
    .next = gp_listiter_next,
    .trace = listiter_trace,
    .methods = listiter_methods,
};

GpType gp_listreviter_type = {
    .hdr = {&gp_type_type},
    .name = "list_reverseiterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'list_reverseiterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(ListIter),
    .iter = self_iter,
    .next = gp_listiter_next,
    .trace = listiter_trace,
    .methods = listiter_methods,
};

static void list_trace(GpGc *gc, GpObj *self) {
    GpList *l = (GpList *)self;
    gc_mark_blob(gc, l->items);
    gc_mark_range(gc, l->items, l->n);
    int32_t off = self->type->dict_offset;
    if (off) gc_mark(gc, *(Value *)((char *)self + off));
}

static Value list_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    GpType *type = (GpType *)v_obj(callable);
    GpList *l = gp_alloc(t, type, type->size);
    return l ? v_from_obj(l) : VNULL;
}

static int list_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames && gp_tuple_len(kwnames)) return gp_raise_i(t, &gp_TypeError, "list() takes no keyword arguments");
    if (nargs > 1) return gp_raise_i(t, &gp_TypeError, "list expected at most 1 argument, got %zu", nargs);
    gp_list_obj(self)->n = 0;
    if (nargs) return gp_list_extend(t, self, args[0]);
    return 0;
}

/* ---- methods */

static Value m_append(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "list.append", n, 1, 1) < 0) return VNULL;
    return gp_list_append(t, self, a[0]) < 0 ? VNULL : V_NONE;
}

static Value m_extend(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "list.extend", n, 1, 1) < 0) return VNULL;
    if (a[0] == self) {
        Value copy = gp_list_as_tuple(t, self);
        if (!copy) return VNULL;
        return gp_list_extend(t, self, copy) < 0 ? VNULL : V_NONE;
    }
    return gp_list_extend(t, self, a[0]) < 0 ? VNULL : V_NONE;
}

static Value m_insert(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "insert", n, 2, 2) < 0) return VNULL;
    int64_t i;
    if (gp_as_ssize(t, a[0], &i) < 0) return VNULL;
    return gp_list_insert(t, self, i, a[1]) < 0 ? VNULL : V_NONE;
}

static Value m_pop(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "pop", n, 0, 1) < 0) return VNULL;
    GpList *l = gp_list_obj(self);
    int64_t i = -1;
    if (n && gp_as_ssize(t, a[0], &i) < 0) return VNULL;
    if (l->n == 0) return gp_raise(t, &gp_IndexError, "pop from empty list");
    if (i < 0) i += (int64_t)l->n;
    if (i < 0 || (uint64_t)i >= l->n) return gp_raise(t, &gp_IndexError, "pop index out of range");
    Value v = l->items[i];
    move_items(l->items + i, l->items + i + 1, (l->n - (size_t)i - 1));
    l->n--;
    return v;
}

static Value m_remove(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "list.remove", n, 1, 1) < 0) return VNULL;
    GpList *l = gp_list_obj(self);
    for (size_t i = 0; i < l->n; i++) {
        int r = gp_eq(t, l->items[i], a[0]);
        if (r < 0) return VNULL;
        if (r) {
            if (i < l->n) {
                move_items(l->items + i, l->items + i + 1, (l->n - i - 1));
                l->n--;
            }
            return V_NONE;
        }
    }
    return gp_raise(t, &gp_ValueError, "list.remove(x): x not in list");
}

static Value m_index(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "index", n, 1, 3) < 0) return VNULL;
    GpList *l = gp_list_obj(self);
    int64_t len = (int64_t)l->n, start = 0, stop = len;
    if (n > 1 && gp_as_ssize(t, a[1], &start) < 0) return VNULL;
    if (n > 2 && gp_as_ssize(t, a[2], &stop) < 0) return VNULL;
    if (start < 0 && (start += len) < 0) start = 0;
    if (stop < 0 && (stop += len) < 0) stop = 0;
    for (int64_t i = start; i < stop && (uint64_t)i < l->n; i++) {
        int r = gp_eq(t, l->items[i], a[0]);
        if (r < 0) return VNULL;
        if (r) return v_from_small(i);
    }
    return gp_raise(t, &gp_ValueError, "%R is not in list", a[0]);
}

static Value m_count(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "list.count", n, 1, 1) < 0) return VNULL;
    GpList *l = gp_list_obj(self);
    int64_t c = 0;
    for (size_t i = 0; i < l->n; i++) {
        int r = gp_eq(t, l->items[i], a[0]);
        if (r < 0) return VNULL;
        c += r;
    }
    return v_from_small(c);
}

static Value m_clear(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "list.clear", n, 0, 0) < 0) return VNULL;
    gp_list_obj(self)->n = 0;
    return V_NONE;
}

static Value m_copy(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "list.copy", n, 0, 0) < 0) return VNULL;
    return gp_list_from(t, gp_list_obj(self)->items, gp_list_obj(self)->n);
}

static Value m_reverse(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "list.reverse", n, 0, 0) < 0) return VNULL;
    GpList *l = gp_list_obj(self);
    for (size_t i = 0, j = l->n; i + 1 < j; i++, j--) {
        Value x = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = x;
    }
    return V_NONE;
}

static Value m_sort(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    static const char *const names[] = {"key", "reverse"};
    static const GpArgSpec spec = {"sort", names, 2, 0, 0, 0};
    Value args[2];
    if (gp_parse_args(t, &spec, a, n, kw, args) < 0) return VNULL;
    int rev = 0;
    if (args[1]) {
        rev = gp_truthy(t, args[1]);
        if (rev < 0) return VNULL;
    }
    return gp_list_sort(t, self, args[0], rev) < 0 ? VNULL : V_NONE;
}

static Value m_reversed(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)n;
    (void)kw;
    return listiter_new(t, self, 1);
}

static Value m_getitem(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "__getitem__", n, 1, 1) < 0) return VNULL;
    return list_getitem(t, self, a[0]);
}

static const GpMethodDef list_methods[] = {
    {"__class_getitem__", gp_generic_class_getitem, GP_METH_CLASS},
    {"append", m_append, GP_METH_NOKW},
    {"extend", m_extend, GP_METH_NOKW},
    {"insert", m_insert, GP_METH_NOKW},
    {"pop", m_pop, GP_METH_NOKW},
    {"remove", m_remove, GP_METH_NOKW},
    {"index", m_index, GP_METH_NOKW},
    {"count", m_count, GP_METH_NOKW},
    {"clear", m_clear, GP_METH_NOKW},
    {"copy", m_copy, GP_METH_NOKW},
    {"reverse", m_reverse, GP_METH_NOKW},
    {"sort", m_sort, 0},
    {"__reversed__", m_reversed, GP_METH_NOKW},
    {"__getitem__", m_getitem, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_list_type = {
    .hdr = {&gp_type_type},
    .name = "list",
    .base = &gp_object_type,
    .size = sizeof(GpList),
    .flags = GP_TF_BASETYPE | GP_TF_LIST_SUB,
    .repr = list_repr,
    .richcmp = list_richcmp,
    .hash = gp_hash_not_implemented,
    .len = list_len,
    .iter = list_iter,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .binop = list_binop,
    .inplace = list_inplace,
    .new_ = list_new,
    .init = list_init,
    .trace = list_trace,
    .methods = list_methods,
};

GP_REGISTER_TYPE(gp_listiter_type);
GP_REGISTER_TYPE(gp_listreviter_type);
GP_REGISTER_TYPE(gp_list_type);

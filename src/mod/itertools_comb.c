/* itertools_comb.c - the combinatoric iterators: product, permutations,
 * combinations and combinations_with_replacement.
 *
 * Each reads its input(s) into tuples ("pools") up front and walks an
 * array of indices into them, in lexicographic order of the indices, as
 * CPython does; the arrays live in heap blobs owned by the iterator. The
 * previous result is kept so that a step only replaces the items whose
 * index changed. */
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "itertools_impl.h"

typedef struct Comb {
    GpObj hdr;
    Value pool;       /* tuple; for product, a tuple of tuples (one per position) */
    Value result;     /* the previous result, VNULL before the first */
    int64_t *indices; /* blob */
    int64_t *cycles;  /* blob; permutations only */
    int64_t r;
    int stopped;
} Comb;

static void comb_trace(GpGc *gc, GpObj *self) {
    Comb *c = (Comb *)self;
    gc_mark(gc, c->pool);
    gc_mark(gc, c->result);
    gc_mark_blob(gc, c->indices);
    gc_mark_blob(gc, c->cycles);
}

static Comb *comb_alloc(GpThread *t, Value callable, Value pool, int64_t r, size_t nindices) {
    Comb *c = gp_itertools_alloc(t, callable);
    if (!c) return NULL;
    c->pool = pool;
    c->r = r;
    if (!(c->indices = gp_blob_alloc(t, (nindices ? nindices : 1) * sizeof(int64_t)))) return NULL;
    return c;
}

/* A copy of the previous result to update in place. */
static Value next_result(GpThread *t, Comb *c) {
    return gp_tuple_from(t, gp_tuple_items(c->result), gp_tuple_len(c->result));
}

#define COMB_TYPE(var, pyname, newfn, nextfn, docstr) \
    GpType var = {                                    \
        .hdr = {&gp_type_type},                       \
        .name = "itertools." pyname,                  \
        .base = &gp_object_type,                      \
        .size = sizeof(Comb),                         \
        .flags = GP_TF_BASETYPE,                      \
        .iter = gp_itertools_self_iter,               \
        .next = nextfn,                               \
        .new_ = newfn,                                \
        .trace = comb_trace,                          \
        .doc = docstr,                                \
    };                                                \
    GP_REGISTER_TYPE(var)

/* ---- product(*iterables, repeat=1) */

static Value product_new(ITER_ARGS) {
    int64_t repeat = 1;
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    if (nkw > 1) return gp_raise(t, &gp_TypeError, "product() takes at most 1 keyword argument (%zu given)", nkw);
    if (nkw) {
        Value name = gp_tuple_items(kw)[0];
        if (!gp_str_eq_cstr(name, "repeat"))
            return gp_raise(t, &gp_TypeError, "'%U' is an invalid keyword argument for product()", name);
        if (gp_itertools_ssize(t, args[nargs], &repeat) < 0) return VNULL;
        if (repeat < 0) return gp_raise(t, &gp_ValueError, "repeat argument cannot be negative");
    }
    if (repeat && nargs > (size_t)(INT64_MAX / 8 / repeat))
        return gp_raise(t, &gp_OverflowError, "repeat argument too large");
    if (repeat == 0) nargs = 0; /* the inputs are not even iterated */
    size_t npools = nargs * (size_t)repeat;
    Value pools = gp_tuple_new(t, npools);
    if (!pools) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        Value pool = gp_sequence_tuple(t, args[i]);
        if (!pool) return VNULL;
        gp_tuple_items(pools)[i] = pool;
    }
    for (size_t i = nargs; i < npools; i++) gp_tuple_items(pools)[i] = gp_tuple_items(pools)[i - nargs];
    Comb *c = comb_alloc(t, callable, pools, (int64_t)npools, npools);
    return c ? v_from_obj(c) : VNULL;
}

static Value product_next(GpThread *t, Value self) {
    Comb *c = (Comb *)v_obj(self);
    if (c->stopped) return VNULL;
    size_t npools = (size_t)c->r;
    Value *pools = gp_tuple_items(c->pool);
    Value result;
    if (!c->result) {
        /* The first result: the first item of every pool. */
        if (!(result = gp_tuple_new(t, npools))) return VNULL;
        for (size_t i = 0; i < npools; i++) {
            if (gp_tuple_len(pools[i]) == 0) goto empty;
            gp_tuple_items(result)[i] = gp_tuple_items(pools[i])[0];
        }
    } else {
        if (!(result = next_result(t, c))) return VNULL;
        /* Advance the rightmost index; roll over leftwards. */
        size_t i = npools;
        while (i-- > 0) {
            Value pool = pools[i];
            if (++c->indices[i] == (int64_t)gp_tuple_len(pool)) {
                c->indices[i] = 0;
                gp_tuple_items(result)[i] = gp_tuple_items(pool)[0];
            } else {
                gp_tuple_items(result)[i] = gp_tuple_items(pool)[c->indices[i]];
                break;
            }
        }
        if (i == (size_t)-1) goto empty;
    }
    c->result = result;
    return result;
empty:
    c->stopped = 1;
    return VNULL;
}

COMB_TYPE(gp_itertools_product_type, "product", product_new, product_next,
          "Cartesian product of input iterables.  Equivalent to nested for-loops.\n\n"
          "For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n"
          "The leftmost iterators are in the outermost for-loop, so the output tuples\n"
          "cycle in a manner similar to an odometer (with the rightmost element changing\n"
          "on every iteration).\n\n"
          "To compute the product of an iterable with itself, specify the number\n"
          "of repetitions with the optional repeat keyword argument. For example,\n"
          "product(A, repeat=4) means the same as product(A, A, A, A).\n\n"
          "product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\n"
          "product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...");

/* ---- combinations(iterable, r) and combinations_with_replacement */

static Value comb_common_new(GpThread *t, Value callable, const char *fname, const Value *args, size_t nargs,
                             Value kw, int with_replacement) {
    static const char *const names[] = {"iterable", "r"};
    GpArgSpec spec = {fname, names, 2, 2, 0, 2};
    Value a[2];
    int64_t r;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value pool = gp_sequence_tuple(t, a[0]);
    if (!pool || gp_itertools_ssize(t, a[1], &r) < 0) return VNULL;
    if (r < 0) return gp_raise(t, &gp_ValueError, "r must be non-negative");
    int64_t n = (int64_t)gp_tuple_len(pool);
    int stopped = with_replacement ? (n == 0 && r > 0) : r > n;
    Comb *c = comb_alloc(t, callable, pool, r, stopped ? 0 : (size_t)r);
    if (!c) return VNULL;
    c->stopped = stopped;
    for (int64_t i = 0; !stopped && i < r; i++) c->indices[i] = with_replacement ? 0 : i;
    return v_from_obj(c);
}

static Value combinations_new(ITER_ARGS) {
    return comb_common_new(t, callable, "combinations", args, nargs, kw, 0);
}

static Value combinations_next(GpThread *t, Value self) {
    Comb *c = (Comb *)v_obj(self);
    if (c->stopped) return VNULL;
    Value *pool = gp_tuple_items(c->pool);
    int64_t n = (int64_t)gp_tuple_len(c->pool), r = c->r, *idx = c->indices;
    Value result;
    if (!c->result) {
        if (!(result = gp_tuple_new(t, (size_t)r))) return VNULL;
        for (int64_t i = 0; i < r; i++) gp_tuple_items(result)[i] = pool[idx[i]];
    } else {
        /* The rightmost index not at its maximum (i + n - r) moves up by
         * one, and those right of it follow as closely as they can. */
        int64_t i = r - 1;
        while (i >= 0 && idx[i] == i + n - r) i--;
        if (i < 0) {
            c->stopped = 1;
            return VNULL;
        }
        if (!(result = next_result(t, c))) return VNULL;
        idx[i]++;
        for (int64_t j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
        for (; i < r; i++) gp_tuple_items(result)[i] = pool[idx[i]];
    }
    c->result = result;
    return result;
}

COMB_TYPE(gp_itertools_combinations_type, "combinations", combinations_new, combinations_next,
          "Return successive r-length combinations of elements in the iterable.\n\n"
          "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");

static Value cwr_new(ITER_ARGS) {
    return comb_common_new(t, callable, "combinations_with_replacement", args, nargs, kw, 1);
}

static Value cwr_next(GpThread *t, Value self) {
    Comb *c = (Comb *)v_obj(self);
    if (c->stopped) return VNULL;
    Value *pool = gp_tuple_items(c->pool);
    int64_t n = (int64_t)gp_tuple_len(c->pool), r = c->r, *idx = c->indices;
    Value result;
    if (!c->result) {
        if (!(result = gp_tuple_new(t, (size_t)r))) return VNULL;
        for (int64_t i = 0; i < r; i++) gp_tuple_items(result)[i] = pool[0];
    } else {
        /* The rightmost index below n - 1 moves up by one, and every index
         * right of it takes the same value. */
        int64_t i = r - 1;
        while (i >= 0 && idx[i] == n - 1) i--;
        if (i < 0) {
            c->stopped = 1;
            return VNULL;
        }
        if (!(result = next_result(t, c))) return VNULL;
        int64_t index = idx[i] + 1;
        for (; i < r; i++) {
            idx[i] = index;
            gp_tuple_items(result)[i] = pool[index];
        }
    }
    c->result = result;
    return result;
}

COMB_TYPE(gp_itertools_cwr_type, "combinations_with_replacement", cwr_new, cwr_next,
          "Return successive r-length combinations of elements in the iterable allowing individual elements to "
          "have successive repeats.\n\n"
          "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), "
          "('C','C')");

/* ---- permutations(iterable, r=None)
 *
 * indices is a permutation of range(n) whose first r entries give the
 * result; cycles[i] counts the rotations left for position i (the
 * algorithm of the itertools documentation). */

static Value permutations_new(ITER_ARGS) {
    static const char *const names[] = {"iterable", "r"};
    static const GpArgSpec spec = {"permutations", names, 2, 2, 0, 1};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value pool = gp_sequence_tuple(t, a[0]);
    if (!pool) return VNULL;
    int64_t n = (int64_t)gp_tuple_len(pool), r = n;
    if (a[1] && a[1] != V_NONE) {
        if (!gp_is_int(a[1])) return gp_raise(t, &gp_TypeError, "Expected int as r");
        if (gp_itertools_ssize(t, a[1], &r) < 0) return VNULL;
        if (r < 0) return gp_raise(t, &gp_ValueError, "r must be non-negative");
    }
    Comb *c = comb_alloc(t, callable, pool, r, (size_t)n);
    if (!c) return VNULL;
    if (r > n) {
        c->stopped = 1;
        return v_from_obj(c);
    }
    if (!(c->cycles = gp_blob_alloc(t, (r ? (size_t)r : 1) * sizeof(int64_t)))) return VNULL;
    for (int64_t i = 0; i < n; i++) c->indices[i] = i;
    for (int64_t i = 0; i < r; i++) c->cycles[i] = n - i;
    return v_from_obj(c);
}

static Value permutations_next(GpThread *t, Value self) {
    Comb *c = (Comb *)v_obj(self);
    if (c->stopped) return VNULL;
    Value *pool = gp_tuple_items(c->pool);
    int64_t n = (int64_t)gp_tuple_len(c->pool), r = c->r, *idx = c->indices, *cyc = c->cycles;
    Value result;
    if (!c->result) {
        if (!(result = gp_tuple_new(t, (size_t)r))) return VNULL;
        for (int64_t i = 0; i < r; i++) gp_tuple_items(result)[i] = pool[idx[i]];
    } else {
        if (n == 0) goto empty;
        if (!(result = next_result(t, c))) return VNULL;
        int64_t i = r - 1;
        for (; i >= 0; i--) {
            if (--cyc[i] == 0) {
                /* Rotate indices[i:] left by one. */
                int64_t index = idx[i];
                for (int64_t j = i; j < n - 1; j++) idx[j] = idx[j + 1];
                idx[n - 1] = index;
                cyc[i] = n - i;
            } else {
                int64_t j = cyc[i], index = idx[i];
                idx[i] = idx[n - j];
                idx[n - j] = index;
                for (int64_t k = i; k < r; k++) gp_tuple_items(result)[k] = pool[idx[k]];
                break;
            }
        }
        if (i < 0) goto empty;
    }
    c->result = result;
    return result;
empty:
    c->stopped = 1;
    return VNULL;
}

COMB_TYPE(gp_itertools_permutations_type, "permutations", permutations_new, permutations_next,
          "Return successive r-length permutations of elements in the iterable.\n\n"
          "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");

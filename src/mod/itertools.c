/* itertools.c - the itertools module: its table, and the helpers the
 * iterator types share (the types live in itertools_*.c). */
#include <string.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../vm/error.h"
#include "itertools_impl.h"

Value gp_itertools_self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

const char *gp_itertools_short_name(Value self) {
    const char *name = v_type(self)->name;
    const char *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

int gp_itertools_ssize(GpThread *t, Value v, int64_t *out) {
    if (v_is_int(v)) {
        *out = v_int(v);
        return 0;
    }
    Value i = gp_index(t, v);
    if (!i) return -1;
    if (gp_int_to_i64(i, out)) return 0;
    return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C ssize_t");
}

void *gp_itertools_alloc(GpThread *t, Value callable) {
    GpType *type = (GpType *)v_obj(callable);
    return gp_alloc(t, type, type->size);
}

static const GpMethodDef itertools_methods[] = {
    {"tee", gp_itertools_tee, 0},
    {NULL, NULL, 0},
};

static GpType *const itertools_types[] = {
    &gp_itertools_accumulate_type, &gp_itertools_batched_type,   &gp_itertools_chain_type,
    &gp_itertools_combinations_type, &gp_itertools_cwr_type,     &gp_itertools_compress_type,
    &gp_itertools_count_type,      &gp_itertools_cycle_type,     &gp_itertools_dropwhile_type,
    &gp_itertools_filterfalse_type, &gp_itertools_groupby_type,  &gp_itertools_islice_type,
    &gp_itertools_pairwise_type,   &gp_itertools_permutations_type, &gp_itertools_product_type,
    &gp_itertools_repeat_type,     &gp_itertools_starmap_type,   &gp_itertools_takewhile_type,
    &gp_itertools_zip_longest_type, &gp_itertools_grouper_type,  &gp_itertools_tee_type,
    &gp_itertools_teedata_type,
};

static int itertools_init(GpThread *t, Value m) {
    for (size_t i = 0; i < sizeof itertools_types / sizeof itertools_types[0]; i++) {
        GpType *type = itertools_types[i];
        const char *dot = strrchr(type->name, '.');
        if (gp_module_add(t, m, dot ? dot + 1 : type->name, v_from_obj(type)) < 0) return -1;
    }
    return 0;
}

const GpModuleDef gp_itertools_module = {
    "itertools",
    itertools_methods,
    itertools_init,
    "Functional tools for creating and using iterators.\n\nInfinite iterators:\n"
    "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
    "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
    "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n"
    "Iterators terminating on the shortest input sequence:\n"
    "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
    "batched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...\n"
    "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
    "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
    "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
    "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
    "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
    "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
    "islice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\n"
    "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
    "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
    "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
    "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
    "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n"
    "Combinatoric generators:\n"
    "product(p, q, ... [repeat=1]) --> cartesian product\n"
    "permutations(p[, r])\n"
    "combinations(p, r)\n"
    "combinations_with_replacement(p, r)\n",
};
GP_REGISTER_MODULE(gp_itertools_module);

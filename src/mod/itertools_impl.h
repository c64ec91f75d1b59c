/* itertools_impl.h - the parts of the itertools module, shared by
 * src/mod/itertools*.c: one static type per iterator kind, grouped by file
 * (infinite, filtering, combining, groupby, tee, combinatoric), and the
 * helpers their constructors share.
 *
 * Every iterator is lazy and keeps only what the next step needs, as
 * CPython's do. The combinatoric ones keep their index arrays in heap
 * blobs (no finalizer needed). Unlike CPython they do not recycle the
 * result tuple of the previous step: CPython can tell from the reference
 * count that nobody kept it, a tracing collector cannot, and a small tuple
 * from the heap's size classes is cheap.
 */
#ifndef GP_ITERTOOLS_IMPL_H
#define GP_ITERTOOLS_IMPL_H

#include "../obj/object.h"

#define ITER_ARGS GpThread *t, Value callable, const Value *args, size_t nargs, Value kw

/* itertools_infinite.c */
extern GpType gp_itertools_count_type, gp_itertools_cycle_type, gp_itertools_repeat_type;
/* itertools_filter.c */
extern GpType gp_itertools_compress_type, gp_itertools_dropwhile_type, gp_itertools_takewhile_type,
    gp_itertools_filterfalse_type, gp_itertools_islice_type, gp_itertools_starmap_type;
/* itertools_chain.c */
extern GpType gp_itertools_chain_type, gp_itertools_accumulate_type, gp_itertools_batched_type,
    gp_itertools_pairwise_type, gp_itertools_zip_longest_type;
/* itertools_groupby.c */
extern GpType gp_itertools_groupby_type, gp_itertools_grouper_type;
/* itertools_tee.c */
extern GpType gp_itertools_tee_type, gp_itertools_teedata_type;
Value gp_itertools_tee(GpThread *t, Value self, const Value *args, size_t nargs, Value kw);
/* itertools_comb.c */
extern GpType gp_itertools_product_type, gp_itertools_permutations_type, gp_itertools_combinations_type,
    gp_itertools_cwr_type;

/* itertools.c: helpers */
/* The iter slot of every iterator: itself. */
Value gp_itertools_self_iter(GpThread *t, Value self);
/* The type's name without its module ("count" for itertools.count, the
 * class name for a subclass), as CPython's reprs show it. */
const char *gp_itertools_short_name(Value self);
/* An index-sized int (CPython's "n" converter): TypeError for non-ints,
 * OverflowError "Python int too large to convert to C ssize_t". */
int gp_itertools_ssize(GpThread *t, Value v, int64_t *out);
/* A new instance of the type being constructed (callable), zeroed. */
void *gp_itertools_alloc(GpThread *t, Value callable);

#endif

/* set_internal.h - what set.c (the table), set_ops.c (the algebra) and
 * set_type.c (slots and methods) share. Not for use outside src/obj/set*.c.
 *
 * Every routine mirrors the CPython 3.12 routine of the same role in
 * Objects/setobject.c, because the order in which a set's elements are
 * iterated and printed is the order of its table slots, and that order
 * depends on exactly when tables are resized and how each result set is
 * built (by merge, by insertion in which order, by swapping tables).
 */
#ifndef GP_SET_INTERNAL_H
#define GP_SET_INTERNAL_H

#include "set.h"

static inline GpSet *gpset_obj(Value v) { return (GpSet *)v_obj(v); }

/* Hash a key as a set element; -1 with TypeError for unhashable keys. */
int gpset_hash(GpThread *t, Value key, int64_t *hash);

/* The probing primitives, with a precomputed hash. contains/discard
 * return 1, 0, or -1 on error (an __eq__ raised). */
int gpset_add_entry(GpThread *t, GpSet *so, Value key, int64_t hash);
int gpset_contains_entry(GpThread *t, GpSet *so, Value key, int64_t hash);
int gpset_discard_entry(GpThread *t, GpSet *so, Value key, int64_t hash);
/* By key; the set-as-frozenset fallback of `x in s` / s.remove(x) when x
 * is an unhashable set is done by the callers that need it. */
int gpset_contains_key(GpThread *t, GpSet *so, Value key);
int gpset_discard_key(GpThread *t, GpSet *so, Value key);

int gpset_table_resize(GpThread *t, GpSet *so, size_t minused);
void gpset_clear(GpThread *t, GpSet *so);
/* Remove and return an element of a non-empty set. */
Value gpset_pop(GpSet *so);
/* The next active entry at or after *pos (a slot index); 0 at the end. */
int gpset_next_entry(GpSet *so, size_t *pos, GpSetEntry **entry);
void gpset_swap_bodies(GpSet *a, GpSet *b);
/* The frozenset hash of the elements, computed without caching. */
int64_t gpset_hash_impl(GpSet *so);

/* set_merge (other is any set) and set_update_internal (any iterable). */
int gpset_merge(GpThread *t, GpSet *so, GpSet *other);
int gpset_update_internal(GpThread *t, GpSet *so, Value other);

/* A new set of exactly `type`, filled from iterable (VNULL: empty). */
Value gpset_make(GpThread *t, GpType *type, Value iterable);
/* The same, but of set or frozenset, whichever `type` derives from: the
 * type of results of operations on subclass instances. */
Value gpset_make_basetype(GpThread *t, GpType *type, Value iterable);
Value gpset_copy(GpThread *t, Value so);

/* The algebra (set_ops.c). Values are sets; results are new sets. */
Value gpset_union_multi(GpThread *t, Value so, const Value *others, size_t n);
Value gpset_intersection(GpThread *t, Value so, Value other);
Value gpset_intersection_multi(GpThread *t, Value so, const Value *others, size_t n);
int gpset_intersection_update(GpThread *t, Value so, const Value *others, size_t n);
int gpset_difference_update_internal(GpThread *t, Value so, Value other);
Value gpset_difference(GpThread *t, Value so, Value other);
Value gpset_difference_multi(GpThread *t, Value so, const Value *others, size_t n);
int gpset_symmetric_difference_update(GpThread *t, Value so, Value other);
Value gpset_symmetric_difference(GpThread *t, Value so, Value other);
int gpset_issubset(GpThread *t, Value so, Value other);   /* -1, 0, 1 */
int gpset_issuperset(GpThread *t, Value so, Value other); /* -1, 0, 1 */
int gpset_isdisjoint(GpThread *t, Value so, Value other); /* -1, 0, 1 */
Value gpset_richcmp(GpThread *t, Value a, Value b, int op);
Value gpset_binop(GpThread *t, int op, Value a, Value b);
Value gpset_inplace(GpThread *t, int op, Value a, Value b);

/* The slots set.c defines for set_type.c. */
Value gpset_iter(GpThread *t, Value self);
void gpset_trace(GpGc *gc, GpObj *self);

#endif

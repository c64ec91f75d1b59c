/* set.h - set and frozenset.
 *
 * Representation: CPython's open-addressing table (linear probes then
 * perturbation, same growth policy), so that iterating a set of ints
 * visits them in the order CPython does and `print({3, 1, 2})` prints the
 * same line on both.
 */
#ifndef GP_SET_H
#define GP_SET_H

#include "object.h"

typedef struct GpSetEntry {
    int64_t hash;
    Value key; /* VNULL: empty; the dummy marker: deleted */
} GpSetEntry;

typedef struct GpSet {
    GpObj hdr;
    size_t fill;   /* active + dummy */
    size_t used;   /* active */
    size_t mask;   /* table size - 1 */
    size_t finger; /* pop() position */
    int64_t hash;  /* frozenset only, -1 until computed */
    GpSetEntry *table;
    GpSetEntry small[8];
} GpSet;

static inline int gp_is_anyset(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_SET_SUB); }

Value gp_set_new(GpThread *t, GpType *type, Value iterable); /* iterable may be VNULL */
int gp_set_add(GpThread *t, Value set, Value key);
int gp_set_contains(GpThread *t, Value set, Value key);
int gp_set_discard(GpThread *t, Value set, Value key); /* 1 removed, 0 absent */
int gp_set_next(Value set, size_t *pos, Value *key);
/* s.update(iterable), as CPython's _PySet_Update: merges another set's
 * table directly, so `{*a, *b}` orders its elements as CPython does. */
int gp_set_update(GpThread *t, Value set, Value iterable);
static inline size_t gp_set_len(Value set) { return ((GpSet *)v_obj(set))->used; }

/* The iterator type of both. */
extern GpType gp_setiter_type;

#endif

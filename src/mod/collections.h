/* collections.h - the types of the _collections module (deque,
 * defaultdict, _tuplegetter), shared by src/mod/collections*.c and
 * src/mod/deque*.c. lib/collections/__init__.py re-exports them. */
#ifndef GP_COLLECTIONS_H
#define GP_COLLECTIONS_H

#include "../obj/abstract.h"
#include "../obj/object.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

/* A deque is a ring buffer: `cap` slots (0 or a power of two) in a heap
 * blob, the items at buf[(head + i) & (cap - 1)] for i < len. Both ends
 * are O(1) and indexing is O(1); the buffer doubles when full and halves
 * when three quarters empty. Invariants: len <= cap; maxlen is -1 (no
 * bound) or len <= maxlen. `state` changes whenever items are added,
 * removed or reordered (not on d[i] = x), so iterators notice, as
 * CPython's do. */
typedef struct GpDeque {
    GpObj hdr;
    Value *buf;
    size_t cap, head, len;
    int64_t maxlen;
    uint64_t state;
} GpDeque;

extern GpType gp_deque_type, gp_dequeiter_type, gp_dequereviter_type;
extern GpType gp_defaultdict_type, gp_tuplegetter_type;

static inline GpDeque *gp_deque_obj(Value v) { return (GpDeque *)v_obj(v); }
static inline int gp_is_deque(Value v) { return gp_isinstance_type(v, &gp_deque_type); }
static inline Value gp_deque_at(const GpDeque *d, size_t i) { return d->buf[(d->head + i) & (d->cap - 1)]; }

/* deque.c */
int gp_deque_push(GpThread *t, GpDeque *d, Value v, int left);
Value gp_deque_copy(GpThread *t, Value self);
int gp_deque_extend(GpThread *t, Value self, Value iterable, int left);
/* deque_ops.c: repr, comparisons, + and *, the iterators. */
Value gp_deque_repr(GpThread *t, Value self);
Value gp_deque_richcmp(GpThread *t, Value a, Value b, int op);
Value gp_deque_binop(GpThread *t, int op, Value a, Value b);
Value gp_deque_inplace(GpThread *t, int op, Value a, Value b);
Value gp_deque_iter(GpThread *t, Value self);
Value gp_deque_reversed(ARGS);
/* "deque mutated during iteration" (RuntimeError). */
Value gp_deque_mutated(GpThread *t);

#endif

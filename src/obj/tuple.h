/* tuple.h - immutable sequences of values, items stored inline. */
#ifndef GP_TUPLE_H
#define GP_TUPLE_H

#include "object.h"

typedef struct GpTuple {
    GpObj hdr;
    size_t n;
    Value items[];
} GpTuple;

static inline GpTuple *gp_tuple_obj(Value v) { return (GpTuple *)v_obj(v); }
static inline size_t gp_tuple_len(Value v) { return gp_tuple_obj(v)->n; }
static inline Value *gp_tuple_items(Value v) { return gp_tuple_obj(v)->items; }
static inline int gp_is_tuple(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_TUPLE_SUB); }

/* Items zeroed (VNULL): fill them all before the tuple escapes. */
Value gp_tuple_new(GpThread *t, size_t n);
Value gp_tuple_from(GpThread *t, const Value *items, size_t n);
Value gp_tuple_pack(GpThread *t, size_t n, ...);
Value gp_tuple_empty(void); /* the immortal () */
Value gp_tuple_slice(GpThread *t, Value tup, size_t lo, size_t hi);



/* Helpers shared by the sequence types. */
Value gp_seq_richcmp(GpThread *t, const Value *a, size_t na, const Value *b, size_t nb, int op);
/* Resolve an int index into [0, n): IndexError "<what> index out of range",
 * or TypeError "<what> indices must be integers or slices, not X". */
int gp_seq_index(GpThread *t, Value key, size_t n, size_t *out, const char *what);
#endif

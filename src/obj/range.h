/* range.h - range and slice objects. */
#ifndef GP_RANGE_H
#define GP_RANGE_H

#include "object.h"

/* start/stop/step are ints (immediates or bignums); len is cached when
 * it fits in int64 (big ranges compute with ints). */
typedef struct GpRange {
    GpObj hdr;
    Value start, stop, step, len;
} GpRange;

typedef struct GpSlice {
    GpObj hdr;
    Value start, stop, step; /* None when omitted */
} GpSlice;

/* The iterator of a range that fits in int64 (the VM inlines its step). */
typedef struct GpRangeIter {
    GpObj hdr;
    int64_t next, step, left;
    Value big_next, big_step, big_left; /* used instead when the range is big */
} GpRangeIter;
extern GpType gp_rangeiter_type, gp_longrangeiter_type;

Value gp_range_new(GpThread *t, Value start, Value stop, Value step);
Value gp_slice_new(GpThread *t, Value start, Value stop, Value step);
/* Resolve a slice against a sequence length as slice.indices() does;
 * returns the number of items selected, -1 on error. */
int64_t gp_slice_indices(GpThread *t, Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step);

#endif

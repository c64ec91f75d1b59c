/* bytes.h - immutable byte strings (bytes) and mutable ones (bytearray).
 *
 * bytes hold their data inline after the header (one allocation, like
 * str); bytearray holds a malloc'd buffer that grows geometrically, so
 * append and extend are amortised O(1). Both keep a NUL after the data,
 * so the data can be handed to C functions expecting strings. */
#ifndef GP_BYTES_H
#define GP_BYTES_H

#include "object.h"

typedef struct GpBytes {
    GpObj hdr;
    int64_t hash; /* -1 until computed */
    size_t n;
    uint8_t data[]; /* n + 1 (NUL) */
} GpBytes;

typedef struct GpByteArray {
    GpObj hdr;
    size_t n, cap;
    uint8_t *data;
} GpByteArray;

static inline int gp_is_bytes(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_BYTES_SUB); }
static inline GpBytes *gp_bytes_obj(Value v) { return (GpBytes *)v_obj(v); }
/* The variable part of a bytes, rounded up to whole words: heap
 * subclasses keep their extra words after it (see gp_str_var_size). */
static inline size_t gp_bytes_var_size(Value v) { return (gp_bytes_obj(v)->n + 1 + 7) & ~(size_t)7; }

/* bytearray or a subclass: its C layout descends from bytearray's. */
static inline int gp_is_bytearray(Value v) {
    if (!v_is_obj(v)) return 0;
    for (const GpType *tp = v_obj(v)->type; tp; tp = tp->base)
        if (tp == &gp_bytearray_type) return 1;
    return 0;
}
static inline GpByteArray *gp_bytearray_obj(Value v) { return (GpByteArray *)v_obj(v); }

Value gp_bytes_new(GpThread *t, const void *data, size_t n); /* data may be NULL: zeroed */
/* prefix + the literal b'...' as CPython writes it + suffix
 * ("bytearray(" and ")" for a bytearray). With a non-empty prefix a single
 * quote is always escaped, as CPython's bytearray repr does. */
Value gp_bytes_repr(GpThread *t, const uint8_t *data, size_t n, const char *prefix, const char *suffix);
Value gp_bytearray_new(GpThread *t, const void *data, size_t n);
/* A pointer to the bytes of a bytes-like value (bytes, bytearray) or NULL
 * with TypeError "a bytes-like object is required, not 'T'" (`what` is
 * unused: CPython's message does not name the caller). */
const uint8_t *gp_bytes_like(GpThread *t, Value v, size_t *n, const char *what);
/* bytes(v) for one argument: bytes-like objects, __bytes__, a count, an
 * iterable of ints. */
Value gp_bytes_from_object(GpThread *t, Value v);

#endif

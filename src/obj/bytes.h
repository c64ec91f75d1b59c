/* bytes.h - immutable byte strings (bytes) and mutable ones (bytearray). */
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

Value gp_bytes_new(GpThread *t, const void *data, size_t n); /* data may be NULL: zeroed */
Value gp_bytes_repr(GpThread *t, const uint8_t *data, size_t n, const char *prefix, const char *suffix);
Value gp_bytearray_new(GpThread *t, const void *data, size_t n);
/* A pointer to the bytes of a bytes-like value (bytes, bytearray) or NULL with TypeError. */
const uint8_t *gp_bytes_like(GpThread *t, Value v, size_t *n, const char *what);

#endif

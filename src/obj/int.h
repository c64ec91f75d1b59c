/* int.h - Python ints: 48-bit immediates (obj/value.h) and heap bignums.
 *
 * A heap int holds its magnitude as 32-bit digits, least significant
 * first, with the sign apart; obj/bignum.h does the arithmetic on it. An
 * int that fits in 48 bits is always an immediate, never a GpInt, so the
 * fast paths of the VM only ever test for immediates.
 */
#ifndef GP_INT_H
#define GP_INT_H

#include "object.h"

typedef struct GpInt {
    GpObj hdr;
    int32_t sign;    /* -1 or 1 (never 0: zero is an immediate) */
    uint32_t n;      /* digits */
    uint32_t d[];
} GpInt;

/* Any int or bool value (exact or subclass). */
static inline int gp_is_int(Value v) {
    return v_is_int(v) || (v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_INT_SUB));
}

Value gp_int_from_i64(GpThread *t, int64_t i);
Value gp_int_from_u64(GpThread *t, uint64_t u);
Value gp_int_from_double(GpThread *t, double d); /* truncates; errors for inf/nan */
/* Value of an int (or bool) if it fits in int64: 1, else 0 (no error). */
int gp_int_to_i64(Value v, int64_t *out);
/* As above, OverflowError "Python int too large to convert to C long" if not. */
int gp_int_as_i64(GpThread *t, Value v, int64_t *out);
int gp_int_to_double(GpThread *t, Value v, double *out); /* OverflowError if too big */
int gp_int_sign(Value v);
/* int(text, base) with Python's rules; ValueError on bad input. */
Value gp_int_from_str(GpThread *t, const char *s, size_t n, int base);
/* Text in base 2, 8, 10 or 16, with sign and, if prefix, 0b/0o/0x. */
Value gp_int_to_str(GpThread *t, Value v, int base, int prefix);
Value gp_int_binop(GpThread *t, int op, Value a, Value b); /* NotImplemented for non-ints */
int gp_int_cmp(Value a, Value b);                          /* both ints: -1, 0, 1 */
int64_t gp_int_hash(Value v);
/* The exact int value of a bool or int subclass instance. */
Value gp_int_exact(GpThread *t, Value v);
/* Magnitudes as 32-bit words, least significant first (the digits'
 * own layout), for code that builds or splits big ints word by word
 * (random's seeding and getrandbits). gp_int_from_words builds the
 * non-negative int of n words. gp_int_abs_words returns a malloc'd
 * copy of |v|'s words (at least one word: zero is {0}) and its count in
 * *n; NULL with MemoryError. */
Value gp_int_from_words(GpThread *t, const uint32_t *w, size_t n);
uint32_t *gp_int_abs_words(GpThread *t, Value v, size_t *n);

#endif

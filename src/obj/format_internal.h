/* format_internal.h - helpers shared by format.c, format_method.c and
 * format_percent.c. */
#ifndef GP_FORMAT_INTERNAL_H
#define GP_FORMAT_INTERNAL_H

#include "numfmt.h"
#include "object.h"

/* Raise the exception an nf_status stands for (ValueError, OverflowError
 * or MemoryError) with err's message; frees err; returns VNULL. */
Value gp_format_raise_nf(GpThread *t, nf_status st, nf_err *err);
/* A str holding the buffer's text; frees the buffer. */
Value gp_format_nf_result(GpThread *t, nf_buf *b);
/* The magnitude digits of an int in base 2, 8, 10 or 16 (lower-case
 * letters; the str digits limit applies to base 10). Immediates are
 * written into buf without allocating; bignums go through
 * gp_int_to_str, whose result `keep` holds. */
typedef struct GpIntDigits {
    char buf[72];
    const char *digits;
    size_t n;
    int negative;
    Value keep;
} GpIntDigits;
int gp_format_int_digits(GpThread *t, Value v, int base, GpIntDigits *out);

#endif

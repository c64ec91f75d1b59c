/* Helpers shared by the numfmt_*.c files; not part of the public API. */
#ifndef GILPY_OBJ_NUMFMT_INTERNAL_H
#define GILPY_OBJ_NUMFMT_INTERNAL_H

#include "numfmt.h"

#include <stdarg.h>

/* --- buffer appends (no-ops once the buffer has failed) --- */
void nf_put(nf_buf *b, const char *s, size_t n);
void nf_puts(nf_buf *b, const char *s);
void nf_putc(nf_buf *b, char c);
void nf_put_repeat(nf_buf *b, char c, size_t n);
void nf_put_cp(nf_buf *b, uint32_t cp);
void nf_put_cp_repeat(nf_buf *b, uint32_t cp, size_t n);

/* --- errors --- */
/* Records an error with a printf-style message and returns its code. */
nf_status nf_fail(nf_err *err, nf_status code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* NF_MEMORY_ERROR when the buffer failed (recording it in err if given),
 * else NF_OK. */
nf_status nf_buf_status(const nf_buf *b, nf_err *err);

/* --- UTF-8 --- */
/* Decodes the code point at s[*i] and advances *i; malformed bytes decode
 * as themselves one at a time so that scanning always progresses. */
uint32_t nf_utf8_next(const char *s, size_t len, size_t *i);
/* Number of code points in s[0..len). */
size_t nf_utf8_count(const char *s, size_t len);
/* Bytes taken by the first ncp code points of s[0..len) (or len). */
size_t nf_utf8_prefix_bytes(const char *s, size_t len, size_t ncp);

/* --- decimal digits of a double --- */

/* Every double is a dyadic rational whose exact decimal expansion has at
 * most 1074 digits after the point and at most 767 significant digits, so
 * asking printf for more than that only appends zeros: the generators below
 * clamp requests to these caps (800 leaves a margin over 767) and the
 * formatter adds any further zeros itself.  NF_DIGITS_CAP holds 309 integer
 * digits plus NF_FIXED_EXACT fractional ones. */
#define NF_FIXED_EXACT 1074
#define NF_SIG_EXACT 800
#define NF_DIGITS_CAP 1400

/* A finite double rounded to decimal: |value| = 0.D1D2...Dn * 10^decpt,
 * digits without leading or trailing zeros, except that zero is "0" with
 * decpt 1.  This is the form CPython's dtoa hands to its formatter. */
typedef struct nf_decimal {
    char digits[NF_DIGITS_CAP];
    int len;
    int decpt;
    bool negative;
} nf_decimal;

/* Shortest digits that read back (round-half-even) as exactly x. */
void nf_decimal_shortest(double x, nf_decimal *d);
/* x correctly rounded to nsig >= 1 significant digits. */
void nf_decimal_significant(double x, int nsig, nf_decimal *d);
/* x correctly rounded to frac >= 0 digits after the decimal point. */
void nf_decimal_fixed(double x, int frac, nf_decimal *d);

/* --- grouping and padding shared by format() of int and float --- */

/* A number split the way CPython's calc_number_widths sees it:
 * <sign><prefix><digits><decimal point><rest>.  prefix, digits and the
 * decimal point are ASCII; rest is UTF-8 (it holds the character for 'c'). */
typedef struct nf_number {
    bool negative;
    const char *prefix;
    size_t prefix_len;
    const char *digits;
    size_t digits_len;
    bool has_decimal;
    const char *rest;
    size_t rest_len;
} nf_number;

/* Appends the number laid out by spec's sign, fill, align, width and
 * grouping (grouping 0 means none). */
void nf_layout_number(nf_buf *out, const nf_spec *spec, const nf_number *n);

/* Appends text (UTF-8) padded to `width` code points with fill according
 * to align ('<', '>' or '^'). */
void nf_pad_text(nf_buf *out, const char *text, size_t text_len,
                 size_t text_cps, int64_t width, char align, uint32_t fill);

/* How much of a type name CPython's "%.200s" shows: print it as
 * "%.*s%s" with (keep, name, tail). */
void nf_name_cut(const char *name, int *keep, const char **tail);

/* Writes the "Unknown format code 'q' for object of type 'T'" error. */
nf_status nf_unknown_code(nf_err *err, uint32_t type, const char *type_name);

#endif

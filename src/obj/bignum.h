/* bignum.h - arbitrary-precision signed integers with Python int semantics.
 *
 * This is the arithmetic engine behind the interpreter's heap ints. It is a
 * standalone library: it knows nothing about objects, exceptions or the
 * garbage collector, so it can be built and tested on its own.
 *
 * Representation: sign and magnitude. The magnitude is an array of 32-bit
 * digits, least significant first. 32-bit digits let every digit product
 * and every two-digit quotient fit a uint64_t, which keeps the inner loops
 * portable C with no compiler extensions. A value is always normalized:
 * the top digit is non-zero, zero has no digits (d == NULL) and sign 0.
 *
 * Memory: the digits of every result are malloc'd by the library and owned
 * by the caller, who releases them with bn_free() (or takes them over and
 * frees them with free()). The library keeps no state between calls, never
 * retains pointers to its arguments and is safe to call from any thread on
 * distinct outputs.
 *
 * Calling convention: functions that produce a number take an output
 * parameter `r` first. `r` is treated as uninitialized: its old contents
 * are neither read nor freed. On success it holds a new value; on failure
 * it holds zero (so bn_free(r) is always safe) and the status says why.
 * Inputs are never modified; `r` must not be the same Bn as an input.
 *
 * Errors are BnStatus codes; nothing aborts. The comment on each function
 * names the CPython exception and message the interpreter should raise.
 */
#ifndef GP_BIGNUM_H
#define GP_BIGNUM_H

#include <stddef.h>
#include <stdint.h>

typedef struct Bn {
    int sign;    /* -1, 0 or +1; 0 exactly when n == 0 */
    size_t n;    /* number of digits in d */
    uint32_t *d; /* magnitude, least significant digit first, d[n-1] != 0 */
} Bn;

#define BN_ZERO_INIT {0, 0, NULL}

/* The largest magnitude the library will build, in digits. Results that
 * would be larger fail with BN_ETOOBIG before anything is allocated. The cap
 * keeps every size and bit-count computation inside the library far from
 * overflow (sizes are at most a few multiples of it) while being far beyond
 * any memory a process can get (2**41 bits on 64-bit hosts). */
#define BN_MAX_DIGITS ((SIZE_MAX >> 6) < (size_t)0xFFFFFFFFFu ? (SIZE_MAX >> 6) : (size_t)0xFFFFFFFFFu)

typedef enum BnStatus {
    BN_OK = 0,
    BN_ENOMEM,    /* malloc failed: MemoryError */
    BN_ETOOBIG,   /* result would exceed BN_MAX_DIGITS: CPython gives MemoryError
                     for e.g. 1 << (1 << 62), OverflowError for some others */
    BN_EZERODIV,  /* divisor is zero: ZeroDivisionError */
    BN_EOVERFLOW, /* value does not fit the requested C or float type */
    BN_EINVALID,  /* text is not an int literal: ValueError */
    BN_EBASE,     /* base is not 0 or 2..36 */
    BN_ENEGSHIFT, /* ValueError: negative shift count */
    BN_ENEGEXP,   /* bn_pow with a negative exponent (Python returns a float) */
    BN_EMODZERO,  /* ValueError: pow() 3rd argument cannot be 0 */
    BN_ENOTINV,   /* ValueError: base is not invertible for the given modulus */
    BN_ENAN,      /* ValueError: cannot convert float NaN to integer */
    BN_EINF,      /* OverflowError: cannot convert float infinity to integer */
    BN_ENEGATIVE  /* ValueError: isqrt() argument must be nonnegative */
} BnStatus;

/* ---- lifetime and small conversions ---------------------------------- */

void bn_free(Bn *a); /* frees the digits and leaves *a as zero */
BnStatus bn_copy(Bn *r, const Bn *a);
BnStatus bn_from_int64(Bn *r, int64_t v);
BnStatus bn_from_uint64(Bn *r, uint64_t v);

/* A Bn view of a machine integer that borrows storage from the caller
 * instead of allocating: for mixing a small (tagged) int with a heap int.
 * The returned pointer is valid while *tmp is; never bn_free it. */
typedef struct BnSmall {
    Bn bn;
    uint32_t digits[2];
} BnSmall;
const Bn *bn_small(BnSmall *tmp, int64_t v);

/* BN_EOVERFLOW if a does not fit (*out is then unchanged). */
BnStatus bn_to_int64(const Bn *a, int64_t *out);
BnStatus bn_to_uint64(const Bn *a, uint64_t *out); /* also for a < 0 */

/* ---- floats ----------------------------------------------------------- */

/* int(x): truncates toward zero. BN_ENAN / BN_EINF for non-finite x. */
BnStatus bn_from_double(Bn *r, double x);
/* float(a), correctly rounded (ties to even). BN_EOVERFLOW when the
 * rounded value is 2**1024 or more: "int too large to convert to float". */
BnStatus bn_to_double(const Bn *a, double *out);
/* a / b, correctly rounded from the exact quotient. BN_EZERODIV ("division
 * by zero"); BN_EOVERFLOW ("integer division result too large for a
 * float"). A zero result carries the sign of the exact quotient (0/-5 is
 * -0.0), as in CPython. */
BnStatus bn_truediv(const Bn *a, const Bn *b, double *out);
/* Exact comparison of an int with a float (-1, 0, +1), as Python's
 * int/float comparisons; 2 when x is NaN (unordered). Never fails. */
int bn_cmp_double(const Bn *a, double x);

/* ---- queries ------------------------------------------------------------ */

int bn_is_zero(const Bn *a);
int bn_cmp(const Bn *a, const Bn *b);     /* -1, 0, +1 */
int bn_cmp_abs(const Bn *a, const Bn *b); /* compares |a| and |b| */
uint64_t bn_bit_length(const Bn *a);      /* int.bit_length() */
uint64_t bn_bit_count(const Bn *a);       /* int.bit_count() */
/* hash(a) exactly as CPython computes it (reduction modulo 2**61 - 1). */
int64_t bn_hash(const Bn *a);

/* ---- arithmetic --------------------------------------------------------- */

BnStatus bn_neg(Bn *r, const Bn *a);
BnStatus bn_abs(Bn *r, const Bn *a);
BnStatus bn_add(Bn *r, const Bn *a, const Bn *b);
BnStatus bn_sub(Bn *r, const Bn *a, const Bn *b);
BnStatus bn_mul(Bn *r, const Bn *a, const Bn *b);
/* Floor division: q = a // b, m = a % b (m has the sign of b). Either
 * output may be NULL. BN_EZERODIV: "integer division or modulo by zero"
 * (for % alone CPython says "integer modulo by zero"). */
BnStatus bn_divmod(Bn *q, Bn *m, const Bn *a, const Bn *b);
/* a ** e for e >= 0 (BN_ENEGEXP otherwise). */
BnStatus bn_pow(Bn *r, const Bn *a, const Bn *e);
/* pow(a, e, m): m == 0 gives BN_EMODZERO; e < 0 uses the inverse of a
 * modulo m (BN_ENOTINV if there is none); for m < 0 the result lies in
 * (m, 0]. */
BnStatus bn_powmod(Bn *r, const Bn *a, const Bn *e, const Bn *m);
BnStatus bn_gcd(Bn *r, const Bn *a, const Bn *b);  /* math.gcd: >= 0 */
BnStatus bn_isqrt(Bn *r, const Bn *a);              /* math.isqrt; BN_ENEGATIVE */

/* ---- bits (infinite two's complement, as Python) -------------------------- */

BnStatus bn_shl(Bn *r, const Bn *a, uint64_t k);
BnStatus bn_shr(Bn *r, const Bn *a, uint64_t k); /* floors: -1 >> k == -1 */
/* Shifts by an int count: BN_ENEGSHIFT for k < 0; huge counts give 0 / -1
 * for >>, and BN_ETOOBIG for << of a non-zero value. */
BnStatus bn_shl_bn(Bn *r, const Bn *a, const Bn *k);
BnStatus bn_shr_bn(Bn *r, const Bn *a, const Bn *k);
BnStatus bn_and(Bn *r, const Bn *a, const Bn *b);
BnStatus bn_or(Bn *r, const Bn *a, const Bn *b);
BnStatus bn_xor(Bn *r, const Bn *a, const Bn *b);
BnStatus bn_invert(Bn *r, const Bn *a); /* ~a == -(a + 1) */

/* ---- text --------------------------------------------------------------- */

/* int(text, base) for base 0 or 2..36, following CPython's rules exactly:
 * surrounding ASCII whitespace (" \t\n\v\f\r"), one sign, a 0x/0o/0b prefix
 * when it matches the base (any with base 0), single underscores between
 * digits and after a prefix, and no leading zeros for a non-zero value with
 * base 0. The text is bytes; the interpreter maps non-ASCII digits and
 * spaces of a str to ASCII first, as CPython does. BN_EBASE for a bad base
 * ("int() base must be >= 2 and <= 36, or 0"), BN_EINVALID for a bad
 * literal ("invalid literal for int() with base %d: %R"). CPython's
 * int_max_str_digits limit is the interpreter's to enforce. */
BnStatus bn_from_str(Bn *r, const char *s, size_t len, int base);

/* Digits of a in base 2..36, lowercase, with a leading '-' if negative.
 * *out is a malloc'd NUL-terminated string of *len bytes (len may be NULL). */
BnStatus bn_to_str(const Bn *a, int base, char **out, size_t *len);
/* Python's bin(), oct() and hex() forms ("-0x1f", "0b0"): base 2, 8 or 16,
 * BN_EBASE for any other base. */
BnStatus bn_to_str_prefixed(const Bn *a, int base, char **out, size_t *len);

#endif

/* bignum_impl.h - internals shared by the bignum_*.c files; not public API.
 *
 * Two layers: `mag_*` functions work on raw digit arrays (magnitudes) whose
 * storage the caller provides, so the hot loops never allocate; `bni_*`
 * functions build and tidy whole Bn values.
 */
#ifndef GP_BIGNUM_IMPL_H
#define GP_BIGNUM_IMPL_H

#include "bignum.h"

#define BN_DIGIT_BITS 32
#define BN_BASE ((uint64_t)1 << BN_DIGIT_BITS)

/* Products whose smaller operand has at least BN_KARATSUBA_CUTOFF digits
 * use Karatsuba; divisions whose divisor and quotient both have at least
 * BN_BZ_CUTOFF digits use Burnikel-Ziegler recursion. Chosen by timing on
 * x86-64, where running times are flat around these values. */
#define BN_KARATSUBA_CUTOFF 40
#define BN_BZ_CUTOFF 80

/* ---- Bn construction ---- */

/* r gets n digits (contents undefined) and sign +1; n == 0 gives zero.
 * BN_ETOOBIG above BN_MAX_DIGITS, BN_ENOMEM if malloc fails. */
BnStatus bni_alloc(Bn *r, size_t n);
/* Like bni_alloc but the digits are zeroed. */
BnStatus bni_alloc_zero(Bn *r, size_t n);
/* Drops leading zero digits; a zero result is freed and gets sign 0. */
void bni_trim(Bn *r);
void bni_set_zero(Bn *r);
/* r = the magnitude a[0..n) with sign `sign`, copied and normalized. */
BnStatus bni_from_mag(Bn *r, const uint32_t *a, size_t n, int sign);
/* Magnitude division: q = |a| // |b|, m = |a| % |b| (both >= 0); either
 * output may be NULL. b must be non-zero. */
BnStatus bni_udivmod(Bn *q, Bn *m, const Bn *a, const Bn *b);
/* The same without the Burnikel-Ziegler path (its recursion's base case). */
BnStatus bni_udivmod_basic(Bn *q, Bn *m, const Bn *a, const Bn *b);
/* Magnitude of |a| as a uint64 when it has at most two digits. */
uint64_t bni_low64(const Bn *a);

/* ---- radix conversion support (bignum_radix.c) ---- */

/* Chunk size k for a base that is not a power of two: base**k is the
 * largest power of the base below 2**32, stored in *power. */
unsigned bni_radix_chunk(int base, uint32_t *power);

/* powers[i] = base**(k * 2**i), built on demand by repeated squaring: the
 * split points of the recursive conversions to and from text. */
typedef struct RadixPowers {
    int base;
    unsigned k;
    uint32_t chunk_power;
    size_t count;
    Bn powers[64];
} RadixPowers;

void bni_radix_init(RadixPowers *rp, int base);
BnStatus bni_radix_power(RadixPowers *rp, size_t i); /* makes powers[i] valid */
void bni_radix_free(RadixPowers *rp);

/* ---- magnitudes ---- */

size_t mag_len(const uint32_t *a, size_t n); /* n without leading zeros */
int mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
uint64_t mag_bit_length(const uint32_t *a, size_t n); /* a normalized */

/* r[0..na) = a + b for na >= nb, returns the carry. r may alias a or b. */
uint32_t mag_add(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* r[0..na) = a - b for na >= nb, returns the borrow. r may alias a or b. */
uint32_t mag_sub(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* r[0..n) = a * m, returns the carry digit. r may alias a. */
uint32_t mag_mul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t m);
/* r[0..n) += a * m, returns the carry digit. */
uint32_t mag_addmul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t m);
/* r[0..n) -= a * m, returns the borrow digit. */
uint32_t mag_submul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t m);
/* q[0..n) = a / d, returns a % d. q may alias a. d != 0. */
uint32_t mag_divrem_1(uint32_t *q, const uint32_t *a, size_t n, uint32_t d);
/* r[0..n) = a << s for 0 <= s < 32, returns the bits shifted out on top.
 * r may equal a. */
uint32_t mag_shl_bits(uint32_t *r, const uint32_t *a, size_t n, unsigned s);
/* r[0..n) = a >> s for 0 <= s < 32; returns the bits shifted out below
 * (in its top bits). r may equal a. */
uint32_t mag_shr_bits(uint32_t *r, const uint32_t *a, size_t n, unsigned s);

/* r[0..na+nb) = a * b; r must not overlap a or b; na, nb >= 1.
 * Allocates scratch space for Karatsuba, hence the status. */
BnStatus mag_mul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);
/* Schoolbook product, no allocation; same contract as mag_mul. */
void mag_mul_basecase(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

/* Knuth's algorithm D on magnitudes: q[0..na-nb+1) = a / b and
 * rem[0..nb) = a % b, for na >= nb >= 2 and b[nb-1] != 0. Either output
 * may be NULL. Allocates normalized copies, hence the status. */
BnStatus mag_divmod_knuth(uint32_t *q, uint32_t *rem, const uint32_t *a, size_t na,
                          const uint32_t *b, size_t nb);
/* Burnikel-Ziegler division of magnitudes: q = |a| // |b|, rem = |a| % |b|,
 * for b at least BN_BZ_CUTOFF digits and a at least that many longer. */
BnStatus mag_divmod_bz(Bn *q, Bn *rem, const Bn *a, const Bn *b);

#endif

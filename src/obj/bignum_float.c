/* bignum_float.c - conversions and operations involving IEEE doubles.
 *
 * Every int-to-float result is rounded once, from exact integer data, with
 * round-half-to-even: the code extracts a few more than 53 significant
 * bits plus a "sticky" flag recording whether anything non-zero lies below
 * them, rounds that in integer arithmetic, and only then builds the double
 * with ldexp (which is exact at that point). Going through intermediate
 * doubles would round twice and differ from CPython in the last bit.
 */
#include "bignum_impl.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* Bits [pos, pos + k) of the magnitude d[0..n), k <= 64. */
static uint64_t bits_at(const uint32_t *d, size_t n, uint64_t pos, unsigned k)
{
    uint64_t w = pos / BN_DIGIT_BITS;
    unsigned off = (unsigned)(pos % BN_DIGIT_BITS);
    uint64_t d0 = w < n ? d[w] : 0, d1 = w + 1 < n ? d[w + 1] : 0;
    uint64_t d2 = w + 2 < n ? d[w + 2] : 0;
    uint64_t x = (d0 >> off) | (d1 << (32 - off));
    if (off)
        x |= d2 << (64 - off);
    return k >= 64 ? x : x & (((uint64_t)1 << k) - 1);
}

/* Whether any bit below position pos of d[0..n) is set. */
static int any_bits_below(const uint32_t *d, size_t n, uint64_t pos)
{
    uint64_t w = pos / BN_DIGIT_BITS;
    unsigned off = (unsigned)(pos % BN_DIGIT_BITS);
    for (uint64_t i = 0; i < w && i < n; i++) {
        if (d[i])
            return 1;
    }
    return off && w < n && (d[w] & ((1u << off) - 1));
}

/* m >> drop (1 <= drop <= 63), rounded half to even; sticky says whether
 * the exact value had more non-zero bits below m. */
static uint64_t round_shift(uint64_t m, unsigned drop, int sticky)
{
    uint64_t half = (uint64_t)1 << (drop - 1);
    uint64_t low = m & ((half << 1) - 1);
    m >>= drop;
    if (low > half || (low == half && (sticky || (m & 1))))
        m++;
    return m;
}

static unsigned bits64(uint64_t x)
{
    unsigned n = 0;
    while (x) {
        x >>= 1;
        n++;
    }
    return n;
}

BnStatus bn_to_double(const Bn *a, double *out)
{
    uint64_t len = bn_bit_length(a);
    uint64_t m;
    if (len <= DBL_MANT_DIG) {
        m = bni_low64(a);
    } else if (len <= 64) {
        m = round_shift(bni_low64(a), (unsigned)(len - DBL_MANT_DIG), 0);
    } else {
        if (len > DBL_MAX_EXP)
            return BN_EOVERFLOW;
        /* Two guard bits plus the sticky flag decide the rounding. */
        uint64_t pos = len - DBL_MANT_DIG - 2;
        m = bits_at(a->d, a->n, pos, DBL_MANT_DIG + 2);
        m = round_shift(m, 2, any_bits_below(a->d, a->n, pos));
    }
    int exp = len > DBL_MANT_DIG ? (int)(len - DBL_MANT_DIG) : 0;
    if (bits64(m) + (unsigned)exp > DBL_MAX_EXP)
        return BN_EOVERFLOW;
    double v = ldexp((double)m, exp);
    *out = a->sign < 0 ? -v : v;
    return BN_OK;
}

/* Enough digits for the integer part of any finite double (< 2**1024). */
#define DOUBLE_DIGITS 33

/* The truncated magnitude of a finite double into out; returns its length.
 * frexp gives |x| = f * 2**e with f in [0.5, 1); f * 2**53 is the exact
 * 53-bit significand, which is then shifted into place. */
static size_t double_to_mag(double x, uint32_t out[DOUBLE_DIGITS])
{
    int e;
    double f = frexp(fabs(x), &e);
    memset(out, 0, DOUBLE_DIGITS * sizeof *out);
    if (e <= 0)
        return 0;
    uint64_t mant = (uint64_t)ldexp(f, DBL_MANT_DIG);
    if (e <= DBL_MANT_DIG) {
        mant >>= DBL_MANT_DIG - e;
        out[0] = (uint32_t)mant;
        out[1] = (uint32_t)(mant >> 32);
    } else {
        unsigned shift = (unsigned)(e - DBL_MANT_DIG);
        unsigned w = shift / BN_DIGIT_BITS, b = shift % BN_DIGIT_BITS;
        uint64_t lo = mant << b;
        out[w] = (uint32_t)lo;
        out[w + 1] = (uint32_t)(lo >> 32);
        out[w + 2] = b ? (uint32_t)(mant >> (64 - b)) : 0;
    }
    return mag_len(out, DOUBLE_DIGITS);
}

BnStatus bn_from_double(Bn *r, double x)
{
    bni_set_zero(r);
    if (isnan(x))
        return BN_ENAN;
    if (isinf(x))
        return BN_EINF;
    uint32_t d[DOUBLE_DIGITS];
    size_t n = double_to_mag(x, d);
    return bni_from_mag(r, d, n, x < 0 ? -1 : 1);
}

int bn_cmp_double(const Bn *a, double x)
{
    if (isnan(x))
        return 2;
    if (isinf(x))
        return x > 0 ? -1 : 1;
    int xs = x > 0 ? 1 : x < 0 ? -1 : 0;
    if (a->sign != xs)
        return a->sign < xs ? -1 : 1;
    if (xs == 0)
        return 0;
    /* Same sign: compare magnitudes, first by binary length. */
    int e;
    frexp(x, &e);
    uint64_t len = bn_bit_length(a);
    int c;
    if (e <= 0 || len > (uint64_t)e) {
        c = 1;
    } else if (len < (uint64_t)e) {
        c = -1;
    } else {
        uint32_t d[DOUBLE_DIGITS];
        size_t n = double_to_mag(x, d);
        c = mag_cmp(a->d, a->n, d, n);
        if (c == 0 && fabs(x) != floor(fabs(x)))
            c = -1;
    }
    return xs > 0 ? c : -c;
}

/* The quotient's binary exponent is known from the operands' lengths to
 * within one, so a is scaled by 2**-s to make the integer quotient
 * floor(|a| / (|b| * 2**s)) have 55 or 56 bits (or, for results in the
 * subnormal range, enough bits to reach 2**-1076). Dropping the two or
 * three lowest bits with round-half-even, using "remainder or shifted-out
 * bits are non-zero" as sticky, is then the correct rounding of the exact
 * quotient. */
BnStatus bn_truediv(const Bn *a, const Bn *b, double *out)
{
    if (b->n == 0)
        return BN_EZERODIV;
    int negative = (a->sign < 0) != (b->sign < 0);
    uint64_t la = bn_bit_length(a), lb = bn_bit_length(b);
    if (la <= DBL_MANT_DIG && lb <= DBL_MANT_DIG) {
        /* Both exact as doubles: IEEE division rounds correctly. */
        double x = (double)bni_low64(a), y = (double)bni_low64(b);
        double v = x / y;
        *out = negative ? -v : v;
        return BN_OK;
    }
    /* a / b lies in [2**(e-1), 2**(e+1)). */
    int64_t e = (int64_t)la - (int64_t)lb;
    if (e > DBL_MAX_EXP)
        return BN_EOVERFLOW;
    if (la == 0 || e < DBL_MIN_EXP - DBL_MANT_DIG - 2) {
        *out = negative ? -0.0 : 0.0;
        return BN_OK;
    }
    int64_t s = (e > DBL_MIN_EXP ? e : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    Bn aa = {1, a->n, a->d}, bb = {1, b->n, b->d};
    Bn x, q, rem;
    BnStatus st;
    int sticky = 0;
    if (s > 0) {
        st = bn_shr(&x, &aa, (uint64_t)s);
        sticky = any_bits_below(a->d, a->n, (uint64_t)s);
    } else {
        st = bn_shl(&x, &aa, (uint64_t)-s);
    }
    if (st != BN_OK)
        return st;
    st = bni_udivmod(&q, &rem, &x, &bb);
    bn_free(&x);
    if (st != BN_OK)
        return st;
    sticky |= rem.n != 0;
    uint64_t m = bni_low64(&q);
    bn_free(&q);
    bn_free(&rem);
    /* Keep 53 bits, but never bits below 2**-1074, the subnormal unit. */
    int64_t qbits = bits64(m);
    int64_t lsb = qbits + s - DBL_MANT_DIG;
    if (lsb < DBL_MIN_EXP - DBL_MANT_DIG)
        lsb = DBL_MIN_EXP - DBL_MANT_DIG;
    m = round_shift(m, (unsigned)(lsb - s), sticky);
    if ((int64_t)bits64(m) + lsb > DBL_MAX_EXP)
        return BN_EOVERFLOW;
    double v = ldexp((double)m, (int)lsb);
    *out = negative ? -v : v;
    return BN_OK;
}

/* bignum.c - construction, machine-integer conversion, comparison, hash. */
#include "bignum_impl.h"

#include <stdlib.h>
#include <string.h>

BnStatus bni_alloc(Bn *r, size_t n)
{
    bni_set_zero(r);
    if (n == 0)
        return BN_OK;
    if (n > BN_MAX_DIGITS)
        return BN_ETOOBIG;
    uint32_t *d = malloc(n * sizeof *d);
    if (!d)
        return BN_ENOMEM;
    r->sign = 1;
    r->n = n;
    r->d = d;
    return BN_OK;
}

BnStatus bni_alloc_zero(Bn *r, size_t n)
{
    BnStatus st = bni_alloc(r, n);
    if (st == BN_OK && n)
        memset(r->d, 0, n * sizeof *r->d);
    return st;
}

void bni_set_zero(Bn *r)
{
    r->sign = 0;
    r->n = 0;
    r->d = NULL;
}

void bni_trim(Bn *r)
{
    r->n = mag_len(r->d, r->n);
    if (r->n == 0) {
        free(r->d);
        bni_set_zero(r);
    }
}

BnStatus bni_from_mag(Bn *r, const uint32_t *a, size_t n, int sign)
{
    n = mag_len(a, n);
    BnStatus st = bni_alloc(r, n);
    if (st != BN_OK || n == 0)
        return st;
    memcpy(r->d, a, n * sizeof *a);
    r->sign = sign < 0 ? -1 : 1;
    return BN_OK;
}

uint64_t bni_low64(const Bn *a)
{
    uint64_t v = 0;
    if (a->n > 0)
        v = a->d[0];
    if (a->n > 1)
        v |= (uint64_t)a->d[1] << 32;
    return v;
}

void bn_free(Bn *a)
{
    free(a->d);
    bni_set_zero(a);
}

BnStatus bn_copy(Bn *r, const Bn *a)
{
    return bni_from_mag(r, a->d, a->n, a->sign);
}

BnStatus bn_from_uint64(Bn *r, uint64_t v)
{
    uint32_t d[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
    return bni_from_mag(r, d, 2, 1);
}

/* Negating in unsigned arithmetic keeps INT64_MIN well defined. */
static uint64_t magnitude64(int64_t v)
{
    return v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
}

BnStatus bn_from_int64(Bn *r, int64_t v)
{
    uint64_t m = magnitude64(v);
    uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    return bni_from_mag(r, d, 2, v < 0 ? -1 : 1);
}

const Bn *bn_small(BnSmall *tmp, int64_t v)
{
    uint64_t m = magnitude64(v);
    tmp->digits[0] = (uint32_t)m;
    tmp->digits[1] = (uint32_t)(m >> 32);
    tmp->bn.n = mag_len(tmp->digits, 2);
    tmp->bn.d = tmp->bn.n ? tmp->digits : NULL;
    tmp->bn.sign = v < 0 ? -1 : v > 0;
    return &tmp->bn;
}

BnStatus bn_to_int64(const Bn *a, int64_t *out)
{
    if (a->n > 2)
        return BN_EOVERFLOW;
    uint64_t m = bni_low64(a);
    if (a->sign >= 0) {
        if (m > (uint64_t)INT64_MAX)
            return BN_EOVERFLOW;
        *out = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1)
            return BN_EOVERFLOW;
        /* m - 1 fits in int64 even for INT64_MIN's magnitude. */
        *out = -(int64_t)(m - 1) - 1;
    }
    return BN_OK;
}

BnStatus bn_to_uint64(const Bn *a, uint64_t *out)
{
    if (a->sign < 0 || a->n > 2)
        return BN_EOVERFLOW;
    *out = bni_low64(a);
    return BN_OK;
}

int bn_is_zero(const Bn *a)
{
    return a->n == 0;
}

int bn_cmp_abs(const Bn *a, const Bn *b)
{
    return mag_cmp(a->d, a->n, b->d, b->n);
}

int bn_cmp(const Bn *a, const Bn *b)
{
    if (a->sign != b->sign)
        return a->sign < b->sign ? -1 : 1;
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    return a->sign < 0 ? -c : c;
}

uint64_t bn_bit_length(const Bn *a)
{
    return mag_bit_length(a->d, a->n);
}

static unsigned popcount32(uint32_t x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (x * 0x01010101u) >> 24;
}

uint64_t bn_bit_count(const Bn *a)
{
    uint64_t c = 0;
    for (size_t i = 0; i < a->n; i++)
        c += popcount32(a->d[i]);
    return c;
}

/* CPython hashes an int as its value modulo the Mersenne prime
 * P = 2**61 - 1, so that equal ints, floats and fractions hash alike.
 * Horner's rule over the digits, most significant first: multiplying a
 * 61-bit residue by 2**32 modulo a Mersenne prime is a rotation of its 61
 * bits, so no wide multiplication is needed. */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t bn_hash(const Bn *a)
{
    uint64_t x = 0;
    for (size_t i = a->n; i-- > 0;) {
        x = ((x << BN_DIGIT_BITS) & HASH_MODULUS) | (x >> (HASH_BITS - BN_DIGIT_BITS));
        x += a->d[i];
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    int64_t h = a->sign < 0 ? -(int64_t)x : (int64_t)x;
    /* -1 is the C-level error marker for hash functions. */
    return h == -1 ? -2 : h;
}

BnStatus bn_neg(Bn *r, const Bn *a)
{
    return bni_from_mag(r, a->d, a->n, -a->sign);
}

BnStatus bn_abs(Bn *r, const Bn *a)
{
    return bni_from_mag(r, a->d, a->n, 1);
}

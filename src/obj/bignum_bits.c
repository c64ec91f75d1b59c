/* bignum_bits.c - shifts and bitwise operations.
 *
 * Python defines these on an infinite two's-complement representation:
 * a negative number has infinitely many leading one bits. Shifts work on
 * the magnitude and correct for the floor semantics of >>; the bitwise
 * operators generate each operand's two's-complement digits on the fly
 * from its magnitude, one digit beyond the longer operand to carry the
 * sign, and convert the result back to sign and magnitude.
 */
#include "bignum_impl.h"

#include <string.h>

BnStatus bn_shl(Bn *r, const Bn *a, uint64_t k)
{
    bni_set_zero(r);
    if (a->n == 0)
        return BN_OK;
    uint64_t words = k / BN_DIGIT_BITS;
    if (words > BN_MAX_DIGITS)
        return BN_ETOOBIG;
    size_t w = (size_t)words;
    BnStatus st = bni_alloc(r, a->n + w + 1);
    if (st != BN_OK)
        return st;
    memset(r->d, 0, w * sizeof *r->d);
    r->d[a->n + w] = mag_shl_bits(r->d + w, a->d, a->n, (unsigned)(k % BN_DIGIT_BITS));
    r->sign = a->sign;
    bni_trim(r);
    return BN_OK;
}

/* For a negative a, a >> k == -((|a| >> k) + 1) when any one bit of |a| is
 * shifted out, and -(|a| >> k) otherwise. */
BnStatus bn_shr(Bn *r, const Bn *a, uint64_t k)
{
    bni_set_zero(r);
    if (a->n == 0)
        return BN_OK;
    uint64_t words = k / BN_DIGIT_BITS;
    if (words >= a->n) {
        if (a->sign > 0)
            return BN_OK;
        BnSmall minus_one;
        return bn_copy(r, bn_small(&minus_one, -1));
    }
    size_t w = (size_t)words, n = a->n - w;
    BnStatus st = bni_alloc(r, n + 1);
    if (st != BN_OK)
        return st;
    uint32_t lost = mag_shr_bits(r->d, a->d + w, n, (unsigned)(k % BN_DIGIT_BITS));
    r->d[n] = 0;
    if (a->sign < 0) {
        for (size_t i = 0; i < w && !lost; i++)
            lost = a->d[i];
        if (lost) {
            BnSmall one;
            mag_add(r->d, r->d, n + 1, bn_small(&one, 1)->d, 1);
        }
    }
    r->sign = a->sign;
    bni_trim(r);
    return BN_OK;
}

BnStatus bn_shl_bn(Bn *r, const Bn *a, const Bn *k)
{
    bni_set_zero(r);
    if (k->sign < 0)
        return BN_ENEGSHIFT;
    uint64_t count;
    if (bn_to_uint64(k, &count) == BN_OK)
        return bn_shl(r, a, count);
    return a->n == 0 ? BN_OK : BN_ETOOBIG;
}

BnStatus bn_shr_bn(Bn *r, const Bn *a, const Bn *k)
{
    bni_set_zero(r);
    if (k->sign < 0)
        return BN_ENEGSHIFT;
    uint64_t count;
    if (bn_to_uint64(k, &count) != BN_OK)
        count = UINT64_MAX; /* shifts everything out either way */
    return bn_shr(r, a, count);
}

/* Streams the two's-complement digits of a number: for a negative value
 * they are the complement of |a| - 1, where the subtraction's borrow runs
 * through the low zero digits. Past the magnitude come sign digits. */
typedef struct TwosDigits {
    const Bn *a;
    size_t i;
    uint32_t borrow;
} TwosDigits;

static uint32_t twos_next(TwosDigits *t)
{
    uint32_t m = t->i < t->a->n ? t->a->d[t->i] : 0;
    t->i++;
    if (t->a->sign >= 0)
        return m;
    uint32_t v = m - t->borrow;
    t->borrow = t->borrow && m == 0;
    return ~v;
}

typedef enum { OP_AND, OP_OR, OP_XOR } BitOp;

static BnStatus bitwise(Bn *r, const Bn *a, const Bn *b, BitOp op)
{
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    BnStatus st = bni_alloc(r, n);
    if (st != BN_OK)
        return st;
    TwosDigits ta = {a, 0, 1}, tb = {b, 0, 1};
    for (size_t i = 0; i < n; i++) {
        uint32_t x = twos_next(&ta), y = twos_next(&tb);
        r->d[i] = op == OP_AND ? x & y : op == OP_OR ? x | y : x ^ y;
    }
    /* The top digit is pure sign: all zeros or all ones. */
    if (r->d[n - 1]) {
        for (size_t i = 0; i < n; i++)
            r->d[i] = ~r->d[i];
        BnSmall one;
        mag_add(r->d, r->d, n, bn_small(&one, 1)->d, 1);
        r->sign = -1;
    }
    bni_trim(r);
    return BN_OK;
}

BnStatus bn_and(Bn *r, const Bn *a, const Bn *b)
{
    return bitwise(r, a, b, OP_AND);
}

BnStatus bn_or(Bn *r, const Bn *a, const Bn *b)
{
    return bitwise(r, a, b, OP_OR);
}

BnStatus bn_xor(Bn *r, const Bn *a, const Bn *b)
{
    return bitwise(r, a, b, OP_XOR);
}

BnStatus bn_invert(Bn *r, const Bn *a)
{
    BnSmall one;
    BnStatus st = bn_add(r, a, bn_small(&one, 1));
    r->sign = -r->sign;
    return st;
}

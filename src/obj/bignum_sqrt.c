/* bignum_sqrt.c - integer square root (math.isqrt).
 *
 * Precision doubling: the square root of n's top half of bits, scaled up,
 * is a close underestimate of sqrt(n), and a single Newton step from it is
 * then accurate to within one. So each level of the recursion costs one
 * division and one squaring (for the final correction), at sizes halving
 * level by level: the top level's cost dominates.
 *
 * Why one step is enough: let L = bitlen(n), k = floor((L - 2) / 4),
 * m = n >> 2k and a = isqrt(m). Then x0 = a * 2**k satisfies
 * 0 <= sqrt(n) - x0 < 2**k * (1 + 1/(2 sqrt(m))), and the Newton step
 * x1 = (x0 + n/x0) / 2 lands in [sqrt(n), sqrt(n) + (sqrt(n) - x0)**2 / 2x0).
 * The choice of k makes 2**k <= a, so the excess is below
 * (1 + 1/(2 sqrt(m)))**2 / 2 < 1 (m is large here). Computing x1 with
 * floor divisions yields floor(x1), which is isqrt(n) or one more; squaring
 * decides which.
 */
#include "bignum_impl.h"

#include <math.h>

/* isqrt of a value below 2**64: a floating estimate, then exact fixes. */
static uint64_t isqrt64(uint64_t n)
{
    uint64_t r = (uint64_t)sqrt((double)n);
    if (r > 0xFFFFFFFFu)
        r = 0xFFFFFFFFu;
    while (r * r > n)
        r--;
    while (r + 1 <= n / (r + 1))
        r++;
    return r;
}

static BnStatus isqrt_rec(Bn *r, const Bn *n)
{
    uint64_t len = bn_bit_length(n);
    if (len <= 64)
        return bn_from_uint64(r, isqrt64(bni_low64(n)));
    uint64_t k = (len - 2) / 4;
    Bn m = BN_ZERO_INIT, a = BN_ZERO_INIT, x0 = BN_ZERO_INIT, q = BN_ZERO_INIT;
    Bn s = BN_ZERO_INIT, sq = BN_ZERO_INIT;
    bni_set_zero(r);
    BnStatus st = bn_shr(&m, n, 2 * k);
    if (st == BN_OK)
        st = isqrt_rec(&a, &m);
    if (st == BN_OK)
        st = bn_shl(&x0, &a, k);
    if (st == BN_OK)
        st = bni_udivmod(&q, NULL, n, &x0);
    if (st == BN_OK)
        st = bn_add(&s, &x0, &q);
    if (st == BN_OK)
        st = bn_shr(r, &s, 1);
    if (st == BN_OK)
        st = bn_mul(&sq, r, r);
    if (st == BN_OK && bn_cmp(&sq, n) > 0) {
        BnSmall one;
        Bn fixed;
        st = bn_sub(&fixed, r, bn_small(&one, 1));
        bn_free(r);
        *r = fixed;
    }
    if (st != BN_OK)
        bn_free(r);
    bn_free(&m);
    bn_free(&a);
    bn_free(&x0);
    bn_free(&q);
    bn_free(&s);
    bn_free(&sq);
    return st;
}

BnStatus bn_isqrt(Bn *r, const Bn *a)
{
    bni_set_zero(r);
    if (a->sign < 0)
        return BN_ENEGATIVE;
    return isqrt_rec(r, a);
}

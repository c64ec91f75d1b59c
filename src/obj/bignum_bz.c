/* bignum_bz.c - Burnikel-Ziegler recursive division for large operands.
 *
 * Algorithm D costs O(n*m) for an n-digit quotient and m-digit divisor.
 * Burnikel and Ziegler ("Fast Recursive Division", 1998) divide a 2n-digit
 * number by an n-digit one as two 3-halves-by-2-halves divisions, each of
 * which is one recursive half-size division plus one half-size
 * multiplication. With Karatsuba products this makes division as fast as
 * multiplication up to a log factor, and it is what makes decimal
 * conversion of huge numbers subquadratic.
 *
 * The numbers handled here are magnitudes. Pieces of an operand are taken
 * as non-owning views into its digits instead of copies.
 */
#include "bignum_impl.h"

#include <stdlib.h>
#include <string.h>

/* Digits [lo, hi) of x as a normalized non-negative value that borrows x's
 * storage; never freed. */
static Bn view(const Bn *x, size_t lo, size_t hi)
{
    Bn v = BN_ZERO_INIT;
    if (hi > x->n)
        hi = x->n;
    if (lo >= hi)
        return v;
    size_t n = mag_len(x->d + lo, hi - lo);
    if (n) {
        v.sign = 1;
        v.n = n;
        v.d = x->d + lo;
    }
    return v;
}

/* r = hi * B**k + lo, for 0 <= lo < B**k and hi >= 0. */
static BnStatus join(Bn *r, const Bn *hi, size_t k, const Bn *lo)
{
    size_t n = hi->n ? hi->n + k : lo->n;
    BnStatus st = bni_alloc_zero(r, n);
    if (st != BN_OK || n == 0)
        return st;
    if (lo->n)
        memcpy(r->d, lo->d, lo->n * sizeof *r->d);
    if (hi->n)
        memcpy(r->d + k, hi->d, hi->n * sizeof *r->d);
    return BN_OK;
}

static BnStatus div2n1n(Bn *q, Bn *r, const Bn *a, const Bn *b, size_t n);

/* Divides a (at most 3h digits) by b (exactly 2h digits, top bit set),
 * given a < b * B**h so the quotient has at most h digits. The quotient
 * estimate from the top two thirds of a and the top half of b is at most
 * two too large; the correction loop runs at most twice. */
static BnStatus div3n2n(Bn *q, Bn *r, const Bn *a, const Bn *b, size_t h)
{
    Bn a1 = view(a, 2 * h, SIZE_MAX), a12 = view(a, h, SIZE_MAX), a3 = view(a, 0, h);
    Bn b1 = view(b, h, SIZE_MAX), b2 = view(b, 0, h);
    Bn qh = BN_ZERO_INIT, r1 = BN_ZERO_INIT, d = BN_ZERO_INIT, t = BN_ZERO_INIT;
    Bn rh = BN_ZERO_INIT;
    BnStatus st;
    bni_set_zero(q);
    bni_set_zero(r);

    if (bn_cmp(&a1, &b1) < 0) {
        st = div2n1n(&qh, &r1, &a12, &b1, h);
    } else {
        /* a1 == b1 here, so the estimate is B**h - 1 and the remainder of
         * a12 - (B**h - 1) * b1 is a2 + b1. */
        Bn a2 = view(a, h, 2 * h);
        st = bni_alloc(&qh, h);
        if (st == BN_OK) {
            memset(qh.d, 0xFF, h * sizeof *qh.d);
            st = bn_add(&r1, &a2, &b1);
        }
    }
    if (st == BN_OK)
        st = bn_mul(&d, &qh, &b2);
    if (st == BN_OK)
        st = join(&t, &r1, h, &a3);
    if (st == BN_OK)
        st = bn_sub(&rh, &t, &d);
    while (st == BN_OK && rh.sign < 0) {
        BnSmall one;
        Bn fixed;
        st = bn_sub(&fixed, &qh, bn_small(&one, 1));
        if (st != BN_OK)
            break;
        bn_free(&qh);
        qh = fixed;
        st = bn_add(&fixed, &rh, b);
        if (st != BN_OK)
            break;
        bn_free(&rh);
        rh = fixed;
    }
    bn_free(&r1);
    bn_free(&d);
    bn_free(&t);
    if (st != BN_OK) {
        bn_free(&qh);
        bn_free(&rh);
        return st;
    }
    *q = qh;
    *r = rh;
    return BN_OK;
}

/* Divides a by b (exactly n digits, top bit set), given a < b * B**n, as
 * two div3n2n steps on halves. Odd or small n falls back to algorithm D. */
static BnStatus div2n1n(Bn *q, Bn *r, const Bn *a, const Bn *b, size_t n)
{
    if (n % 2 || n < BN_BZ_CUTOFF)
        return bni_udivmod_basic(q, r, a, b);
    size_t h = n / 2;
    Bn ahi = view(a, h, SIZE_MAX), alo = view(a, 0, h);
    Bn q1, r1, z = BN_ZERO_INIT, q2 = BN_ZERO_INIT;
    bni_set_zero(q);
    bni_set_zero(r);
    BnStatus st = div3n2n(&q1, &r1, &ahi, b, h);
    if (st != BN_OK)
        return st;
    st = join(&z, &r1, h, &alo);
    bn_free(&r1);
    if (st == BN_OK)
        st = div3n2n(&q2, r, &z, b, h);
    bn_free(&z);
    if (st == BN_OK)
        st = join(q, &q1, h, &q2);
    bn_free(&q1);
    bn_free(&q2);
    if (st != BN_OK)
        bn_free(r);
    return st;
}

/* The divisor is padded (by shifting both operands left) to a block size
 * j * 2**k digits with j below the cutoff, so that every halving in the
 * recursion is exact until the base case. The dividend is then consumed
 * one block at a time, most significant first, as in long division with
 * B**block as the digit base. */
BnStatus mag_divmod_bz(Bn *q, Bn *rem, const Bn *a, const Bn *b)
{
    Bn aa = {1, a->n, a->d}, bb = {1, b->n, b->d};
    size_t j = b->n, k = 0;
    while (j >= BN_BZ_CUTOFF) {
        j = (j + 1) / 2;
        k++;
    }
    size_t block = j << k;
    uint64_t sigma = (uint64_t)block * BN_DIGIT_BITS - bn_bit_length(&bb);
    Bn as = BN_ZERO_INIT, bs = BN_ZERO_INIT, qd = BN_ZERO_INIT, z = BN_ZERO_INIT;
    Bn qi = BN_ZERO_INIT, ri = BN_ZERO_INIT;
    bni_set_zero(q);
    bni_set_zero(rem);

    BnStatus st = bn_shl(&bs, &bb, sigma);
    if (st == BN_OK)
        st = bn_shl(&as, &aa, sigma);
    if (st != BN_OK)
        goto done;
    /* Enough blocks that the top one is below half of B**block, hence
     * below bs: that is div2n1n's precondition for the first step. As the
     * caller only comes here when a is longer than b by at least the
     * cutoff, as is longer than one block and t is at least 2. */
    uint64_t block_bits = (uint64_t)block * BN_DIGIT_BITS;
    size_t t = (size_t)((bn_bit_length(&as) + block_bits) / block_bits);
    if ((st = bni_alloc_zero(&qd, (t - 1) * block)) != BN_OK)
        goto done;
    Bn top = view(&as, (t - 2) * block, SIZE_MAX);
    const Bn *zp = &top;
    for (size_t i = t - 1; i-- > 0;) {
        st = div2n1n(&qi, &ri, zp, &bs, block);
        bn_free(&z);
        if (st != BN_OK)
            goto done;
        if (qi.n)
            memcpy(qd.d + i * block, qi.d, qi.n * sizeof *qd.d);
        bn_free(&qi);
        if (i > 0) {
            Bn next = view(&as, (i - 1) * block, i * block);
            st = join(&z, &ri, block, &next);
            bn_free(&ri);
            if (st != BN_OK)
                goto done;
            zp = &z;
        }
    }
    bni_trim(&qd);
    st = bn_shr(rem, &ri, sigma);
    if (st == BN_OK) {
        *q = qd;
        bni_set_zero(&qd);
    }
done:
    bn_free(&as);
    bn_free(&bs);
    bn_free(&qd);
    bn_free(&z);
    bn_free(&ri);
    return st;
}

/* bignum_div.c - division: Knuth's algorithm D and Python's floor divmod.
 *
 * Algorithm D (TAOCP vol. 2, 4.3.1) produces one 32-bit quotient digit per
 * step. Both operands are first shifted left until the divisor's top bit is
 * set; then the quotient digit estimated from the top two dividend digits
 * and the top divisor digit is at most two too large, the check against
 * the second divisor digit almost always fixes it, and a final add-back
 * (probability about 2/2**32) fixes the rest.
 */
#include "bignum_impl.h"

#include <stdlib.h>
#include <string.h>

static unsigned leading_zeros32(uint32_t x)
{
    unsigned n = 0;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
}

BnStatus mag_divmod_knuth(uint32_t *q, uint32_t *rem, const uint32_t *a, size_t na,
                          const uint32_t *b, size_t nb)
{
    /* One buffer: the shifted dividend (na + 1 digits) then the divisor. */
    if (na + 1 + nb > SIZE_MAX / sizeof(uint32_t))
        return BN_ENOMEM;
    uint32_t *un = malloc((na + 1 + nb) * sizeof *un);
    if (!un)
        return BN_ENOMEM;
    uint32_t *vn = un + na + 1;
    unsigned s = leading_zeros32(b[nb - 1]);
    mag_shl_bits(vn, b, nb, s);
    un[na] = mag_shl_bits(un, a, na, s);

    uint64_t vtop = vn[nb - 1], vnext = vn[nb - 2];
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)un[j + nb] << 32) | un[j + nb - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat >= BN_BASE || qhat * vnext > ((rhat << 32) | un[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= BN_BASE)
                break;
        }
        uint32_t borrow = mag_submul_1(un + j, vn, nb, (uint32_t)qhat);
        uint64_t top = (uint64_t)un[j + nb] - borrow;
        un[j + nb] = (uint32_t)top;
        if (top >> 63) {
            qhat--;
            un[j + nb] += mag_add(un + j, un + j, nb, vn, nb);
        }
        if (q)
            q[j] = (uint32_t)qhat;
    }
    if (rem)
        mag_shr_bits(rem, un, nb, s);
    free(un);
    return BN_OK;
}

/* Takes ownership of *src's digits into *dst, or frees them if dst is NULL. */
static void hand_over(Bn *dst, Bn *src)
{
    if (dst)
        *dst = *src;
    else
        bn_free(src);
}

/* Magnitude division without the Burnikel-Ziegler path; the recursion in
 * bignum_bz.c bottoms out here. */
BnStatus bni_udivmod_basic(Bn *q, Bn *m, const Bn *a, const Bn *b)
{
    Bn tq, tm;
    BnStatus st;
    bni_set_zero(&tq);
    bni_set_zero(&tm);
    if (q)
        bni_set_zero(q);
    if (m)
        bni_set_zero(m);
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0)
        return m ? bni_from_mag(m, a->d, a->n, 1) : BN_OK;
    if (b->n == 1) {
        if ((st = bni_alloc(&tq, a->n)) != BN_OK)
            return st;
        uint32_t r = mag_divrem_1(tq.d, a->d, a->n, b->d[0]);
        bni_trim(&tq);
        if (m && (st = bni_from_mag(&tm, &r, 1, 1)) != BN_OK) {
            bn_free(&tq);
            return st;
        }
    } else {
        if (q && (st = bni_alloc(&tq, a->n - b->n + 1)) != BN_OK)
            return st;
        if (m && (st = bni_alloc(&tm, b->n)) != BN_OK) {
            bn_free(&tq);
            return st;
        }
        st = mag_divmod_knuth(q ? tq.d : NULL, m ? tm.d : NULL, a->d, a->n, b->d, b->n);
        if (st != BN_OK) {
            bn_free(&tq);
            bn_free(&tm);
            return st;
        }
        bni_trim(&tq);
        bni_trim(&tm);
    }
    hand_over(q, &tq);
    hand_over(m, &tm);
    return BN_OK;
}

BnStatus bni_udivmod(Bn *q, Bn *m, const Bn *a, const Bn *b)
{
    if (b->n >= BN_BZ_CUTOFF && a->n >= b->n + BN_BZ_CUTOFF) {
        Bn tq, tm;
        BnStatus st = mag_divmod_bz(&tq, &tm, a, b);
        if (q)
            bni_set_zero(q);
        if (m)
            bni_set_zero(m);
        if (st != BN_OK)
            return st;
        hand_over(q, &tq);
        hand_over(m, &tm);
        return BN_OK;
    }
    return bni_udivmod_basic(q, m, a, b);
}

/* Python rounds the quotient toward minus infinity, so when the signs
 * differ and the division is inexact the truncated quotient grows by one
 * in magnitude and the remainder becomes |b| - r, taking b's sign. */
BnStatus bn_divmod(Bn *q, Bn *m, const Bn *a, const Bn *b)
{
    if (q)
        bni_set_zero(q);
    if (m)
        bni_set_zero(m);
    if (b->n == 0)
        return BN_EZERODIV;
    Bn tq, tm;
    BnStatus st = bni_udivmod(q ? &tq : NULL, &tm, a, b);
    if (st != BN_OK)
        return st;
    if (a->sign != b->sign && tm.n != 0) {
        if (q) {
            BnSmall one;
            Bn t;
            st = bn_add(&t, &tq, bn_small(&one, 1));
            bn_free(&tq);
            if (st != BN_OK) {
                bn_free(&tm);
                return st;
            }
            tq = t;
        }
        if (m) {
            Bn t;
            Bn babs = {1, b->n, b->d};
            st = bn_sub(&t, &babs, &tm);
            bn_free(&tm);
            if (st != BN_OK) {
                if (q)
                    bn_free(&tq);
                return st;
            }
            tm = t;
        }
    }
    if (q) {
        if (tq.n)
            tq.sign = a->sign * b->sign;
        *q = tq;
    }
    if (m) {
        if (tm.n)
            tm.sign = b->sign;
        *m = tm;
    } else {
        bn_free(&tm);
    }
    return BN_OK;
}

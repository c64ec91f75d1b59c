/* bignum_arith.c - signed addition, subtraction and multiplication. */
#include "bignum_impl.h"

/* Sign-magnitude addition: equal signs add magnitudes; different signs
 * subtract the smaller magnitude from the larger and take its sign. `bsign`
 * is b's sign already flipped for subtraction. */
static BnStatus add_signed(Bn *r, const Bn *a, const Bn *b, int bsign)
{
    if (b->n == 0)
        return bni_from_mag(r, a->d, a->n, a->sign);
    if (a->n == 0)
        return bni_from_mag(r, b->d, b->n, bsign);
    BnStatus st;
    if (a->sign == bsign) {
        const Bn *big = a->n >= b->n ? a : b;
        const Bn *small = a->n >= b->n ? b : a;
        if ((st = bni_alloc(r, big->n + 1)) != BN_OK)
            return st;
        r->d[big->n] = mag_add(r->d, big->d, big->n, small->d, small->n);
        r->sign = a->sign;
        bni_trim(r);
        return BN_OK;
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) {
        bni_set_zero(r);
        return BN_OK;
    }
    const Bn *big = c > 0 ? a : b;
    const Bn *small = c > 0 ? b : a;
    if ((st = bni_alloc(r, big->n)) != BN_OK)
        return st;
    mag_sub(r->d, big->d, big->n, small->d, small->n);
    r->sign = c > 0 ? a->sign : bsign;
    bni_trim(r);
    return BN_OK;
}

BnStatus bn_add(Bn *r, const Bn *a, const Bn *b)
{
    return add_signed(r, a, b, b->sign);
}

BnStatus bn_sub(Bn *r, const Bn *a, const Bn *b)
{
    return add_signed(r, a, b, -b->sign);
}

BnStatus bn_mul(Bn *r, const Bn *a, const Bn *b)
{
    if (a->n == 0 || b->n == 0) {
        bni_set_zero(r);
        return BN_OK;
    }
    Bn t;
    BnStatus st = bni_alloc(&t, a->n + b->n);
    if (st != BN_OK) {
        bni_set_zero(r);
        return st;
    }
    st = mag_mul(t.d, a->d, a->n, b->d, b->n);
    if (st != BN_OK) {
        bn_free(&t);
        bni_set_zero(r);
        return st;
    }
    t.sign = a->sign * b->sign;
    bni_trim(&t);
    *r = t;
    return BN_OK;
}

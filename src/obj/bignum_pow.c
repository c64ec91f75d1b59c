/* bignum_pow.c - exponentiation, modular exponentiation, modular inverse.
 *
 * Both powers scan the exponent's bits from the top (left-to-right binary
 * exponentiation): square for every bit, multiply by the base for every
 * one bit. Scanning from the top multiplies by the original (small or
 * reduced) base rather than by ever-growing squares.
 */
#include "bignum_impl.h"

/* Replaces *acc by f(*acc, arg) and frees the old value, so loops can
 * update an accumulator in place. */
static BnStatus update(Bn *acc, BnStatus (*f)(Bn *, const Bn *, const Bn *), const Bn *arg)
{
    Bn t;
    BnStatus st = f(&t, acc, arg);
    bn_free(acc);
    *acc = t;
    return st;
}

static int bit_at(const Bn *a, uint64_t i)
{
    return (a->d[i / BN_DIGIT_BITS] >> (i % BN_DIGIT_BITS)) & 1;
}

/* The position of the lowest one bit of a non-zero magnitude. */
static uint64_t trailing_zero_bits(const Bn *a)
{
    size_t w = 0;
    while (a->d[w] == 0)
        w++;
    uint64_t i = (uint64_t)w * BN_DIGIT_BITS;
    while (!bit_at(a, i))
        i++;
    return i;
}

/* For a = m * 2**t with m odd, a**k = m**k * 2**(t*k): the power of two is
 * a shift, and powers of two themselves need no multiplication at all. */
BnStatus bn_pow(Bn *r, const Bn *a, const Bn *e)
{
    bni_set_zero(r);
    if (e->sign < 0)
        return BN_ENEGEXP;
    BnSmall one;
    if (e->n == 0)
        return bn_copy(r, bn_small(&one, 1));
    if (a->n == 0)
        return BN_OK;
    int odd_exp = e->d[0] & 1;
    int sign = a->sign < 0 && odd_exp ? -1 : 1;
    uint64_t len = bn_bit_length(a);
    if (len == 1)
        return bn_copy(r, bn_small(&one, sign));
    uint64_t k;
    if (bn_to_uint64(e, &k) != BN_OK)
        return BN_ETOOBIG;
    /* The result has more than (len - 1) * k bits. */
    uint64_t max_bits = (uint64_t)BN_MAX_DIGITS * BN_DIGIT_BITS;
    if (k > max_bits / (len - 1))
        return BN_ETOOBIG;

    uint64_t tz = trailing_zero_bits(a);
    Bn m, acc;
    Bn aa = {1, a->n, a->d};
    BnStatus st = bn_shr(&m, &aa, tz);
    if (st != BN_OK)
        return st;
    if ((st = bn_copy(&acc, &m)) != BN_OK) {
        bn_free(&m);
        return st;
    }
    if (bn_bit_length(&m) > 1) {
        unsigned top = 63;
        while (!((k >> top) & 1))
            top--;
        for (unsigned i = top; st == BN_OK && i-- > 0;) {
            st = update(&acc, bn_mul, &acc);
            if (st == BN_OK && ((k >> i) & 1))
                st = update(&acc, bn_mul, &m);
        }
    }
    bn_free(&m);
    if (st == BN_OK && tz) {
        st = bn_shl(r, &acc, tz * k);
        bn_free(&acc);
    } else if (st == BN_OK) {
        *r = acc;
    } else {
        bn_free(&acc);
    }
    if (st == BN_OK)
        r->sign = sign;
    return st;
}

/* x = x * y mod m, for 0 <= x, y < m. */
static BnStatus mulmod(Bn *x, const Bn *y, const Bn *m)
{
    Bn t;
    BnStatus st = bn_mul(&t, x, y);
    bn_free(x);
    if (st != BN_OK)
        return st;
    st = bni_udivmod(NULL, x, &t, m);
    bn_free(&t);
    return st;
}

/* The inverse of a modulo m (0 <= a < m, m > 1) by the extended Euclidean
 * algorithm, tracking only the coefficient of a: each remainder r_i is
 * congruent to s_i * a modulo m. */
static BnStatus modinv(Bn *r, const Bn *a, const Bn *m)
{
    Bn r0, r1, s0, s1, q = BN_ZERO_INIT, rem = BN_ZERO_INIT, t = BN_ZERO_INIT;
    BnSmall one;
    bni_set_zero(r);
    bni_set_zero(&s0);
    BnStatus st = bn_copy(&r0, m);
    if (st != BN_OK)
        return st;
    if ((st = bn_copy(&r1, a)) != BN_OK) {
        bn_free(&r0);
        return st;
    }
    if ((st = bn_copy(&s1, bn_small(&one, 1))) != BN_OK)
        goto done;
    while (r1.n != 0) {
        if ((st = bni_udivmod(&q, &rem, &r0, &r1)) != BN_OK)
            goto done;
        bn_free(&r0);
        r0 = r1;
        r1 = rem;
        bni_set_zero(&rem);
        if ((st = bn_mul(&t, &q, &s1)) != BN_OK)
            goto done;
        bn_free(&q);
        if ((st = bn_sub(&q, &s0, &t)) != BN_OK)
            goto done;
        bn_free(&t);
        bn_free(&s0);
        s0 = s1;
        s1 = q;
        bni_set_zero(&q);
    }
    if (bn_cmp(&r0, bn_small(&one, 1)) != 0)
        st = BN_ENOTINV;
    else
        st = bn_divmod(NULL, r, &s0, m);
done:
    bn_free(&r0);
    bn_free(&r1);
    bn_free(&s0);
    bn_free(&s1);
    bn_free(&q);
    bn_free(&rem);
    bn_free(&t);
    return st;
}

BnStatus bn_powmod(Bn *r, const Bn *a, const Bn *e, const Bn *m)
{
    bni_set_zero(r);
    if (m->n == 0)
        return BN_EMODZERO;
    Bn mm = {1, m->n, m->d};
    BnSmall one;
    if (bn_cmp(&mm, bn_small(&one, 1)) == 0)
        return BN_OK;
    Bn base, acc;
    BnStatus st = bn_divmod(NULL, &base, a, &mm);
    if (st != BN_OK)
        return st;
    Bn ee = {e->sign < 0 ? 1 : e->sign, e->n, e->d};
    if (e->sign < 0) {
        Bn inv;
        st = modinv(&inv, &base, &mm);
        bn_free(&base);
        if (st != BN_OK)
            return st;
        base = inv;
    }
    if ((st = bn_copy(&acc, bn_small(&one, 1))) != BN_OK) {
        bn_free(&base);
        return st;
    }
    for (uint64_t i = bn_bit_length(&ee); st == BN_OK && i-- > 0;) {
        st = mulmod(&acc, &acc, &mm);
        if (st == BN_OK && bit_at(&ee, i))
            st = mulmod(&acc, &base, &mm);
    }
    bn_free(&base);
    if (st == BN_OK && m->sign < 0 && acc.n != 0) {
        st = bn_sub(r, &acc, &mm);
        bn_free(&acc);
        return st;
    }
    if (st != BN_OK) {
        bn_free(&acc);
        return st;
    }
    *r = acc;
    return BN_OK;
}

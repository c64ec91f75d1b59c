/* bignum_gcd.c - greatest common divisor (math.gcd).
 *
 * Lehmer's algorithm (TAOCP vol. 2, 4.5.2, algorithm L). Plain Euclid does
 * one multi-digit division per step and gains under two bits per step on
 * average. Lehmer runs Euclid on the leading 62 bits of the two numbers in
 * machine words, recording the steps as a 2x2 cofactor matrix, for as long
 * as the leading bits provably give the same quotients as the full
 * numbers; one linear pass then applies the matrix to the full numbers,
 * gaining about 31 bits. The cofactors are kept below 2**31 so the pass is
 * made of single-digit multiply-adds. When no step can be certified (a
 * huge quotient) one ordinary division step is done instead. Values that
 * fit 64 bits finish with word-sized Euclid.
 */
#include "bignum_impl.h"

#include <stdlib.h>
#include <string.h>

#define LEAD_BITS 62
#define COFACTOR_LIMIT ((int64_t)1 << 31)

static uint64_t gcd64(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* Bits [pos, pos + LEAD_BITS) of d[0..n). */
static int64_t lead_bits(const uint32_t *d, size_t n, uint64_t pos)
{
    size_t w = (size_t)(pos / BN_DIGIT_BITS);
    unsigned off = (unsigned)(pos % BN_DIGIT_BITS);
    uint64_t d0 = w < n ? d[w] : 0, d1 = w + 1 < n ? d[w + 1] : 0;
    uint64_t d2 = w + 2 < n ? d[w + 2] : 0;
    uint64_t x = (d0 >> off) | (d1 << (32 - off));
    if (off)
        x |= d2 << (64 - off);
    return (int64_t)(x & (((uint64_t)1 << LEAD_BITS) - 1));
}

typedef struct Cofactors {
    int64_t a, b, c, d;
} Cofactors;

/* Algorithm L's inner loop on the leading bits xh > yh: the matrix of the
 * Euclid steps whose quotients are certain. Each quotient is bracketed by
 * (xh + a) / (yh + c) and (xh + b) / (yh + d); when both agree it is
 * exact. */
static Cofactors lehmer_steps(int64_t xh, int64_t yh)
{
    Cofactors m = {1, 0, 0, 1};
    for (;;) {
        if (yh + m.c <= 0 || yh + m.d <= 0)
            break;
        int64_t q = (xh + m.a) / (yh + m.c);
        if (q != (xh + m.b) / (yh + m.d) || q >= COFACTOR_LIMIT)
            break;
        int64_t nc = m.a - q * m.c, nd = m.b - q * m.d;
        if (nc >= COFACTOR_LIMIT || nc <= -COFACTOR_LIMIT || nd >= COFACTOR_LIMIT ||
            nd <= -COFACTOR_LIMIT)
            break;
        m.a = m.c;
        m.b = m.d;
        m.c = nc;
        m.d = nd;
        int64_t t = xh - q * yh;
        xh = yh;
        yh = t;
    }
    return m;
}

/* out = p*x + q*y, known to be non-negative, where p and q have opposite
 * signs (or one is zero) and |p|, |q| < 2**31. x has nx >= ny digits;
 * out has room for nx + 1. Returns out's length. */
static size_t combine(uint32_t *out, const uint32_t *x, size_t nx, const uint32_t *y, size_t ny,
                      int64_t p, int64_t q)
{
    /* Start from the positive term and subtract the other. */
    if (p > 0) {
        out[nx] = mag_mul_1(out, x, nx, (uint32_t)p);
        uint32_t borrow = mag_submul_1(out, y, ny, (uint32_t)-q);
        mag_sub(out + ny, out + ny, nx + 1 - ny, &borrow, 1);
    } else {
        memset(out, 0, (nx + 1) * sizeof *out);
        out[ny] = mag_mul_1(out, y, ny, (uint32_t)q);
        uint32_t borrow = mag_submul_1(out, x, nx, (uint32_t)-p);
        out[nx] -= borrow;
    }
    return mag_len(out, nx + 1);
}

/* gcd(|a|, |b|) for |a| >= |b| > 0 with |a| longer than two digits. */
static BnStatus lehmer(Bn *r, const Bn *a, const Bn *b)
{
    /* Four buffers of |a|'s size plus one: the current pair and the next,
     * swapped after each round; values only shrink. */
    size_t cap = a->n + 1;
    if (cap > SIZE_MAX / 4 / sizeof(uint32_t))
        return BN_ENOMEM;
    uint32_t *work = malloc(4 * cap * sizeof *work);
    if (!work)
        return BN_ENOMEM;
    uint32_t *xd = work, *yd = work + cap, *ud = work + 2 * cap, *vd = work + 3 * cap;
    size_t xn = a->n, yn = b->n;
    memcpy(xd, a->d, xn * sizeof *xd);
    memcpy(yd, b->d, yn * sizeof *yd);
    BnStatus st = BN_OK;
    while (yn > 0 && xn > 2) {
        uint64_t shift = mag_bit_length(xd, xn) - LEAD_BITS;
        Cofactors m = lehmer_steps(lead_bits(xd, xn, shift), lead_bits(yd, yn, shift));
        uint32_t *t;
        if (m.b == 0) {
            /* One full Euclid step: (x, y) becomes (y, x mod y). */
            Bn bx = {1, xn, xd}, by = {1, yn, yd}, rem;
            if ((st = bni_udivmod(NULL, &rem, &bx, &by)) != BN_OK)
                break;
            if (rem.n)
                memcpy(ud, rem.d, rem.n * sizeof *ud);
            size_t rn = rem.n;
            bn_free(&rem);
            t = xd;
            xd = yd;
            xn = yn;
            yd = ud;
            yn = rn;
            ud = t;
            continue;
        }
        size_t nu = combine(ud, xd, xn, yd, yn, m.a, m.b);
        size_t nv = combine(vd, xd, xn, yd, yn, m.c, m.d);
        t = xd;
        xd = ud;
        xn = nu;
        ud = t;
        t = yd;
        yd = vd;
        yn = nv;
        vd = t;
    }
    if (st == BN_OK) {
        if (yn == 0) {
            st = bni_from_mag(r, xd, xn, 1);
        } else {
            Bn x = {1, xn, xd}, y = {1, yn, yd};
            st = bn_from_uint64(r, gcd64(bni_low64(&x), bni_low64(&y)));
        }
    }
    free(work);
    return st;
}

BnStatus bn_gcd(Bn *r, const Bn *a, const Bn *b)
{
    bni_set_zero(r);
    const Bn *big = bn_cmp_abs(a, b) >= 0 ? a : b, *small = big == a ? b : a;
    if (small->n == 0)
        return bn_abs(r, big);
    if (big->n > 2)
        return lehmer(r, big, small);
    return bn_from_uint64(r, gcd64(bni_low64(big), bni_low64(small)));
}

/* bignum_mul.c - magnitude multiplication: schoolbook and Karatsuba.
 *
 * Schoolbook is O(n*m) with a tight inner loop and wins for small sizes.
 * Above BN_KARATSUBA_CUTOFF digits Karatsuba's three half-size products
 * (O(n**1.585)) take over. Operands of very different sizes are cut into
 * pieces the size of the smaller one so that each piece product is
 * balanced, which is where Karatsuba pays off.
 *
 * All recursion scratch space is computed up front and allocated once, so
 * the recursion itself cannot fail.
 */
#include "bignum_impl.h"

#include <stdlib.h>
#include <string.h>

/* Squaring needs only the products a[i]*a[j] with i < j, which are then
 * doubled, plus the squares on the diagonal: about half the work. */
static void sqr_basecase(uint32_t *r, const uint32_t *a, size_t n)
{
    memset(r, 0, 2 * n * sizeof *r);
    for (size_t i = 0; i + 1 < n; i++)
        r[n + i] = mag_addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
    mag_shl_bits(r, r, 2 * n, 1);
    uint64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t sq = (uint64_t)a[i] * a[i];
        c += (uint64_t)r[2 * i] + (uint32_t)sq;
        r[2 * i] = (uint32_t)c;
        c >>= 32;
        c += (uint64_t)r[2 * i + 1] + (sq >> 32);
        r[2 * i + 1] = (uint32_t)c;
        c >>= 32;
    }
}

void mag_mul_basecase(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    if (a == b && na == nb) {
        sqr_basecase(r, a, na);
        return;
    }
    /* The longer operand runs in the inner loop, where the work is. */
    if (na < nb) {
        const uint32_t *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    r[na] = mag_mul_1(r, a, na, b[0]);
    for (size_t j = 1; j < nb; j++)
        r[na + j] = mag_addmul_1(r + j, a, na, b[j]);
}

/* Scratch digits kmul needs, as a bound simple enough to check by hand.
 * Claim: a call whose larger operand has m digits needs at most 6m + 64.
 * A balanced call uses 4(h + 1) digits, h = ceil(m / 2), and recurses on
 * operands of at most h + 1 digits: 4h + 4 + 6(h + 1) + 64 <= 6m + 64 for
 * m >= 15. A lopsided call (smaller operand nb <= h) uses 2nb and recurses
 * with a larger operand of nb digits: 8nb + 64 <= 6m + 64. The lopsided
 * bound is also what a lopsided top-level call asks for, so a long number
 * times a short one needs scratch in proportion to the short one. */
static size_t kmul_scratch(size_t na, size_t nb)
{
    if (na < nb) {
        size_t t = na;
        na = nb;
        nb = t;
    }
    if (nb < BN_KARATSUBA_CUTOFF)
        return 0;
    if (nb <= (na + 1) / 2)
        return 8 * nb + 64;
    return 6 * na + 64;
}

static void kmul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                 uint32_t *ws);

/* b is at most about half as long as a: multiply b by consecutive
 * nb-digit slices of a and add each piece product in at its offset. */
static void kmul_lopsided(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b,
                          size_t nb, uint32_t *ws)
{
    uint32_t *piece = ws;
    memset(r, 0, (na + nb) * sizeof *r);
    for (size_t i = 0; i < na; i += nb) {
        size_t c = na - i < nb ? na - i : nb;
        kmul(piece, a + i, c, b, nb, ws + 2 * nb);
        /* No carry can leave: the partial sum is below B**(i + c + nb). */
        mag_add(r + i, r + i, c + nb, piece, c + nb);
    }
}

/* With a = a1*B**h + a0 and b = b1*B**h + b0:
 * a*b = z2*B**2h + (z1 - z2 - z0)*B**h + z0, z2 = a1*b1, z0 = a0*b0,
 * z1 = (a0 + a1)*(b0 + b1). z0 and z2 go straight into their places in r;
 * the middle term is built in scratch and added in. */
static void kmul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                 uint32_t *ws)
{
    int square = a == b && na == nb;
    if (na < nb) {
        const uint32_t *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if (nb < BN_KARATSUBA_CUTOFF) {
        mag_mul_basecase(r, a, na, b, nb);
        return;
    }
    size_t h = (na + 1) / 2;
    if (nb <= h) {
        kmul_lopsided(r, a, na, b, nb, ws);
        return;
    }
    size_t n = na + nb;
    uint32_t *sa = ws, *sb = ws + h + 1, *z1 = ws + 2 * (h + 1), *rest = ws + 4 * (h + 1);

    kmul(r, a, h, b, h, rest);
    kmul(r + 2 * h, a + h, na - h, b + h, nb - h, rest);

    /* The sums keep at least h digits even when zero-topped: operands of
     * recursive calls may carry leading zeros, and z1 must stay at least 2h
     * digits long for the subtractions below. */
    sa[h] = mag_add(sa, a, h, a + h, na - h);
    size_t la = sa[h] ? h + 1 : h;
    size_t lb = la;
    if (square) {
        sb = sa;
    } else {
        sb[h] = mag_add(sb, b, h, b + h, nb - h);
        lb = sb[h] ? h + 1 : h;
    }
    kmul(z1, sa, la, sb, lb, rest);
    size_t lz = la + lb;
    mag_sub(z1, z1, lz, r, 2 * h);
    mag_sub(z1, z1, lz, r + 2 * h, n - 2 * h);
    lz = mag_len(z1, lz);
    /* z1 - z0 - z2 = a0*b1 + a1*b0 fits in the n - h digits above h. */
    mag_add(r + h, r + h, n - h, z1, lz);
}

BnStatus mag_mul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    size_t need = kmul_scratch(na, nb);
    if (need == 0) {
        mag_mul_basecase(r, a, na, b, nb);
        return BN_OK;
    }
    if (need > SIZE_MAX / sizeof(uint32_t))
        return BN_ENOMEM;
    uint32_t *ws = malloc(need * sizeof *ws);
    if (!ws)
        return BN_ENOMEM;
    kmul(r, a, na, b, nb, ws);
    free(ws);
    return BN_OK;
}

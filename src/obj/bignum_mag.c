/* bignum_mag.c - linear-time loops over digit arrays (magnitudes).
 *
 * Every loop does its carries in a uint64_t: a digit product plus two
 * digits is at most (2**32-1)**2 + 2*(2**32-1) = 2**64 - 1, so nothing
 * overflows and no compiler-specific wide types are needed.
 */
#include "bignum_impl.h"

size_t mag_len(const uint32_t *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

int mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

static unsigned bits32(uint32_t x)
{
    unsigned n = 0;
    for (unsigned step = 16; step > 0; step >>= 1) {
        if (x >> step) {
            x >>= step;
            n += step;
        }
    }
    return n + (x != 0);
}

uint64_t mag_bit_length(const uint32_t *a, size_t n)
{
    if (n == 0)
        return 0;
    return (uint64_t)(n - 1) * BN_DIGIT_BITS + bits32(a[n - 1]);
}

uint32_t mag_add(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    uint64_t c = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        c += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    for (; i < na; i++) {
        c += a[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    return (uint32_t)c;
}

/* The borrow travels as the top bit of a 64-bit difference: the wrapped
 * value's high word is all ones exactly when the subtraction went below
 * zero. */
uint32_t mag_sub(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = t >> 63;
    }
    for (; i < na; i++) {
        uint64_t t = (uint64_t)a[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = t >> 63;
    }
    return (uint32_t)borrow;
}

uint32_t mag_mul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t m)
{
    uint64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += (uint64_t)a[i] * m;
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    return (uint32_t)c;
}

uint32_t mag_addmul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t m)
{
    uint64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += (uint64_t)a[i] * m + r[i];
        r[i] = (uint32_t)c;
        c >>= 32;
    }
    return (uint32_t)c;
}

/* The amount to take away from each digit is product + borrow, which fits
 * 64 bits; its low half is subtracted and its high half (plus one if that
 * subtraction wrapped) is the next borrow. */
uint32_t mag_submul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t m)
{
    uint64_t borrow = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t p = (uint64_t)a[i] * m + borrow;
        uint32_t lo = (uint32_t)p;
        borrow = (p >> 32) + (r[i] < lo);
        r[i] -= lo;
    }
    return (uint32_t)borrow;
}

uint32_t mag_divrem_1(uint32_t *q, const uint32_t *a, size_t n, uint32_t d)
{
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

uint32_t mag_shl_bits(uint32_t *r, const uint32_t *a, size_t n, unsigned s)
{
    if (s == 0) {
        for (size_t i = n; i-- > 0;)
            r[i] = a[i];
        return 0;
    }
    uint32_t out = 0;
    for (size_t i = n; i-- > 0;) {
        uint32_t x = a[i];
        if (i + 1 == n)
            out = x >> (32 - s);
        r[i] = (x << s) | (i > 0 ? a[i - 1] >> (32 - s) : 0);
    }
    return out;
}

uint32_t mag_shr_bits(uint32_t *r, const uint32_t *a, size_t n, unsigned s)
{
    if (s == 0) {
        for (size_t i = 0; i < n; i++)
            r[i] = a[i];
        return 0;
    }
    uint32_t out = n ? a[0] << (32 - s) : 0;
    for (size_t i = 0; i < n; i++)
        r[i] = (a[i] >> s) | (i + 1 < n ? a[i + 1] << (32 - s) : 0);
    return out;
}

/* bignum_str.c - formatting ints as text in bases 2..36.
 *
 * Power-of-two bases read the digits straight out of the bits. Other bases
 * divide by base**k (the largest power below 2**32, 10**9 for decimal)
 * repeatedly, each division yielding k digits: quadratic, but with a
 * single-digit divisor in the inner loop. Large numbers are first split
 * recursively by divmod with base**(k * 2**i) near their square root; with
 * Burnikel-Ziegler division that makes the whole conversion subquadratic.
 * The pieces are written left to right, each lower piece zero-padded to
 * exactly the width its power stands for.
 */
#include "bignum_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Numbers longer than this many bits are split recursively. */
#define STR_DC_CUTOFF_BITS 40000

static const char DIGITS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

typedef struct Writer {
    char *buf;
    size_t pos;
    RadixPowers rp;
    double log2_base;
} Writer;

/* The divisor is a compile-time constant in the decimal loop so that the
 * compiler can replace the division by a multiplication. */
static uint32_t divrem_1e9(uint32_t *a, size_t n)
{
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        a[i] = (uint32_t)(cur / 1000000000u);
        rem = cur % 1000000000u;
    }
    return (uint32_t)rem;
}

/* Writes x's digits (no leading zeros), zero-padded on the left to
 * `width` digits when width is non-zero. Consumes x's digits as scratch. */
static void emit_basecase(Writer *w, uint32_t *x, size_t n, size_t width, char *tmp)
{
    int base = w->rp.base;
    size_t t = 0;
    n = mag_len(x, n);
    while (n > 0) {
        uint32_t chunk = base == 10 ? divrem_1e9(x, n) : mag_divrem_1(x, x, n, w->rp.chunk_power);
        n = mag_len(x, n);
        for (unsigned j = 0; j < w->rp.k && (n > 0 || chunk); j++) {
            tmp[t++] = DIGITS[chunk % (uint32_t)base];
            chunk /= (uint32_t)base;
        }
    }
    for (size_t i = t; i < width; i++)
        w->buf[w->pos++] = '0';
    while (t > 0)
        w->buf[w->pos++] = tmp[--t];
}

static BnStatus emit(Writer *w, const Bn *x, size_t width)
{
    uint64_t len = bn_bit_length(x);
    if (len <= STR_DC_CUTOFF_BITS) {
        Bn copy;
        BnStatus st = bn_copy(&copy, x);
        if (st != BN_OK)
            return st;
        /* At most one digit per bit, and k more for the last chunk. */
        char *tmp = malloc((size_t)len + w->rp.k + 1);
        if (!tmp) {
            bn_free(&copy);
            return BN_ENOMEM;
        }
        emit_basecase(w, copy.d, copy.n, width, tmp);
        free(tmp);
        bn_free(&copy);
        return BN_OK;
    }
    /* The largest i with base**(k * 2**i) below about sqrt(x); the
     * estimate of its length keeps well clear of half of x's length, so
     * the split power is below x and the top quotient is non-zero. */
    size_t i = 0;
    double bits_per_chunk = w->rp.k * w->log2_base;
    while (bits_per_chunk * 2 * (double)((uint64_t)1 << (i + 1)) < (double)len - 4)
        i++;
    BnStatus st = bni_radix_power(&w->rp, i);
    if (st != BN_OK)
        return st;
    size_t m = (size_t)w->rp.k << i;
    Bn q, r;
    if ((st = bni_udivmod(&q, &r, x, &w->rp.powers[i])) != BN_OK)
        return st;
    st = emit(w, &q, width ? width - m : 0);
    if (st == BN_OK)
        st = emit(w, &r, m);
    bn_free(&q);
    bn_free(&r);
    return st;
}

static unsigned pow2_bits(int base)
{
    switch (base) {
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    case 16: return 4;
    case 32: return 5;
    default: return 0;
    }
}

/* Digits of |a| after `prefix` (and a '-' sign if negative). */
static BnStatus format(const Bn *a, int base, const char *prefix, char **out, size_t *lenp)
{
    *out = NULL;
    if (lenp)
        *lenp = 0;
    if (base < 2 || base > 36)
        return BN_EBASE;
    size_t plen = strlen(prefix);
    uint64_t bits = bn_bit_length(a);
    unsigned b = pow2_bits(base);
    /* An upper bound on the digit count; the float estimate is off by far
     * less than the margin of 2. */
    double log2_base = log2((double)base);
    uint64_t ndig = b ? (bits + b - 1) / b : (uint64_t)((double)bits / log2_base) + 2;
    if (ndig == 0)
        ndig = 1;
    if (ndig > SIZE_MAX - plen - 3)
        return BN_ENOMEM;
    Writer w;
    w.buf = malloc((size_t)ndig + plen + 2);
    if (!w.buf)
        return BN_ENOMEM;
    w.pos = 0;
    if (a->sign < 0)
        w.buf[w.pos++] = '-';
    memcpy(w.buf + w.pos, prefix, plen);
    w.pos += plen;
    BnStatus st = BN_OK;
    if (a->n == 0) {
        w.buf[w.pos++] = '0';
    } else if (b) {
        for (uint64_t i = ndig; i-- > 0;) {
            uint64_t pos = i * b;
            uint64_t word = pos / BN_DIGIT_BITS;
            unsigned off = (unsigned)(pos % BN_DIGIT_BITS);
            uint64_t v = a->d[word] >> off;
            if (off + b > BN_DIGIT_BITS && word + 1 < a->n)
                v |= (uint64_t)a->d[word + 1] << (BN_DIGIT_BITS - off);
            w.buf[w.pos++] = DIGITS[v & ((1u << b) - 1)];
        }
    } else {
        Bn mag = {1, a->n, a->d};
        bni_radix_init(&w.rp, base);
        w.log2_base = log2_base;
        st = emit(&w, &mag, 0);
        bni_radix_free(&w.rp);
    }
    if (st != BN_OK) {
        free(w.buf);
        return st;
    }
    w.buf[w.pos] = '\0';
    *out = w.buf;
    if (lenp)
        *lenp = w.pos;
    return BN_OK;
}

BnStatus bn_to_str(const Bn *a, int base, char **out, size_t *len)
{
    return format(a, base, "", out, len);
}

BnStatus bn_to_str_prefixed(const Bn *a, int base, char **out, size_t *len)
{
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : NULL;
    if (!prefix) {
        *out = NULL;
        if (len)
            *len = 0;
        return BN_EBASE;
    }
    return format(a, base, prefix, out, len);
}

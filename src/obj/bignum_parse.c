/* bignum_parse.c - int(text, base): CPython's literal rules and conversion.
 *
 * Parsing happens in two passes: the first validates the text exactly as
 * CPython's PyLong_FromString does and collects the digit values (dropping
 * underscores); the second turns those values into a number. Power-of-two
 * bases pack bits directly. Other bases take the digits in chunks of k,
 * with base**k the largest power that fits a 32-bit digit, so the
 * schoolbook step is one multiply-add pass per chunk; long inputs are
 * split in halves recursively (value = high * base**m + low), which with
 * Karatsuba products is subquadratic.
 */
#include "bignum_impl.h"

#include <stdlib.h>
#include <string.h>

/* Inputs longer than this many digits use the recursive conversion. */
#define PARSE_DC_CUTOFF 3000

static int is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static int prefix_base(char c)
{
    switch (c) {
    case 'x': case 'X': return 16;
    case 'o': case 'O': return 8;
    case 'b': case 'B': return 2;
    default: return 0;
    }
}

/* The validation pass: on success v[0..*nv) holds the digit values, most
 * significant first, and *base and *sign are settled. */
static BnStatus scan(const char *s, size_t len, int *base, int *sign, unsigned char *v,
                     size_t *nv)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p))
        p++;
    *sign = 1;
    if (p < end && (*p == '+' || *p == '-'))
        *sign = *p++ == '-' ? -1 : 1;
    /* With base 0 a leading 0 not followed by a prefix letter is an old
     * C-style octal literal, invalid unless the whole value is zero. */
    int zero_only = 0;
    int next_base = p + 1 < end && *p == '0' ? prefix_base(p[1]) : 0;
    if (*base == 0) {
        if (p < end && *p == '0')
            *base = next_base ? next_base : 10;
        else
            *base = 10;
        zero_only = p < end && *p == '0' && !next_base;
    }
    if (next_base && next_base == *base) {
        p += 2;
        if (p < end && *p == '_')
            p++;
    }
    size_t n = 0;
    int last_underscore = 1; /* forbids a leading underscore */
    for (; p < end; p++) {
        if (*p == '_') {
            if (last_underscore)
                return BN_EINVALID;
            last_underscore = 1;
            continue;
        }
        int dv = digit_value(*p);
        if (dv >= *base)
            break;
        if (zero_only && dv != 0)
            return BN_EINVALID;
        v[n++] = (unsigned char)dv;
        last_underscore = 0;
    }
    if (n == 0 || last_underscore)
        return BN_EINVALID;
    while (p < end && is_space(*p))
        p++;
    if (p != end)
        return BN_EINVALID;
    *nv = n;
    return BN_OK;
}

static BnStatus pack_pow2(Bn *r, const unsigned char *v, size_t n, unsigned bits)
{
    uint64_t total = (uint64_t)n * bits;
    BnStatus st = bni_alloc_zero(r, (size_t)((total + BN_DIGIT_BITS - 1) / BN_DIGIT_BITS));
    if (st != BN_OK)
        return st;
    uint64_t pos = 0;
    for (size_t i = n; i-- > 0; pos += bits) {
        size_t w = (size_t)(pos / BN_DIGIT_BITS);
        unsigned off = (unsigned)(pos % BN_DIGIT_BITS);
        r->d[w] |= (uint32_t)v[i] << off;
        if (off + bits > BN_DIGIT_BITS)
            r->d[w + 1] |= (uint32_t)v[i] >> (BN_DIGIT_BITS - off);
    }
    bni_trim(r);
    return BN_OK;
}

/* One multiply-add pass per k-digit chunk: O(n**2). */
static BnStatus parse_basecase(Bn *r, const unsigned char *v, size_t n, int base)
{
    uint32_t power;
    unsigned k = bni_radix_chunk(base, &power);
    /* Each chunk is below 2**32, so it adds at most one digit. */
    BnStatus st = bni_alloc(r, n / k + 2);
    if (st != BN_OK)
        return st;
    size_t len = 0;
    size_t first = n % k ? n % k : k;
    for (size_t i = 0; i < n;) {
        size_t take = i == 0 ? first : k;
        uint32_t chunk = 0, mult = 1;
        for (size_t j = 0; j < take; j++, i++) {
            chunk = chunk * (uint32_t)base + v[i];
            mult *= (uint32_t)base;
        }
        uint32_t carry = mag_mul_1(r->d, r->d, len, mult);
        if (carry)
            r->d[len++] = carry;
        uint32_t c1 = chunk;
        if (len == 0 && c1)
            r->d[len++] = c1;
        else if (len && mag_add(r->d, r->d, len, &c1, 1))
            r->d[len++] = 1;
    }
    r->n = len;
    bni_trim(r);
    return BN_OK;
}

static BnStatus parse_dc(Bn *r, const unsigned char *v, size_t n, RadixPowers *pc)
{
    if (n <= PARSE_DC_CUTOFF)
        return parse_basecase(r, v, n, pc->base);
    size_t i = 0, m = pc->k;
    while (2 * m < n) {
        m *= 2;
        i++;
    }
    Bn hi, lo, t;
    bni_set_zero(r);
    BnStatus st = bni_radix_power(pc, i);
    if (st != BN_OK)
        return st;
    if ((st = parse_dc(&hi, v, n - m, pc)) != BN_OK)
        return st;
    if ((st = parse_dc(&lo, v + n - m, m, pc)) != BN_OK) {
        bn_free(&hi);
        return st;
    }
    st = bn_mul(&t, &hi, &pc->powers[i]);
    if (st == BN_OK)
        st = bn_add(r, &t, &lo);
    bn_free(&t);
    bn_free(&hi);
    bn_free(&lo);
    return st;
}

static BnStatus convert(Bn *r, const unsigned char *v, size_t n, int base)
{
    switch (base) {
    case 2: return pack_pow2(r, v, n, 1);
    case 4: return pack_pow2(r, v, n, 2);
    case 8: return pack_pow2(r, v, n, 3);
    case 16: return pack_pow2(r, v, n, 4);
    case 32: return pack_pow2(r, v, n, 5);
    default: break;
    }
    if (n <= PARSE_DC_CUTOFF)
        return parse_basecase(r, v, n, base);
    RadixPowers pc;
    bni_radix_init(&pc, base);
    BnStatus st = parse_dc(r, v, n, &pc);
    bni_radix_free(&pc);
    return st;
}

BnStatus bn_from_str(Bn *r, const char *s, size_t len, int base)
{
    bni_set_zero(r);
    if (base != 0 && (base < 2 || base > 36))
        return BN_EBASE;
    unsigned char *v = malloc(len ? len : 1);
    if (!v)
        return BN_ENOMEM;
    int sign;
    size_t n;
    BnStatus st = scan(s, len, &base, &sign, v, &n);
    if (st == BN_OK)
        st = convert(r, v, n, base);
    free(v);
    if (st == BN_OK && r->n)
        r->sign = sign;
    return st;
}

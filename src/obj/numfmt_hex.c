/* float.hex() and float.fromhex(). */
#include "numfmt_internal.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* The bit pattern gives the hex digits directly: CPython always prints the
 * 52 fraction bits as 13 hex digits after a leading 1 (normal) or 0
 * (subnormal, exponent pinned at -1022). */
nf_status nf_float_hex(nf_buf *out, double x)
{
    if (isnan(x) || isinf(x))
        return nf_float_repr(out, x);
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    const char *sign = (bits >> 63) ? "-" : "";
    if (x == 0.0) {
        nf_puts(out, sign);
        nf_puts(out, "0x0.0p+0");
        return nf_buf_status(out, NULL);
    }
    int biased = (int)((bits >> 52) & 0x7FF);
    unsigned long long frac = bits & ((1ULL << 52) - 1);
    int lead = biased ? 1 : 0;
    int exp2 = biased ? biased - 1023 : -1022;
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%s0x%d.%013llxp%+d", sign, lead, frac, exp2);
    nf_puts(out, tmp);
    return nf_buf_status(out, NULL);
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool match_nocase(const char *s, size_t len, size_t i, const char *w)
{
    for (; *w; w++, i++) {
        if (i >= len)
            return false;
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != *w)
            return false;
    }
    return true;
}

/* CPython's _Py_parse_inf_or_nan: [+-](inf|infinity|nan), any case.
 * Returns the end offset, or `i` when nothing matched. */
static size_t parse_inf_nan(const char *s, size_t len, size_t i, double *x)
{
    size_t p = i;
    bool neg = false;
    if (p < len && (s[p] == '-' || s[p] == '+')) {
        neg = s[p] == '-';
        p++;
    }
    if (match_nocase(s, len, p, "inf")) {
        p += 3;
        if (match_nocase(s, len, p, "inity"))
            p += 5;
        *x = neg ? -INFINITY : INFINITY;
        return p;
    }
    if (match_nocase(s, len, p, "nan")) {
        *x = neg ? -NAN : NAN;
        return p + 3;
    }
    return i;
}

/* The hex digits of the coefficient, read most significant first across
 * the '.' that may split them. */
typedef struct coeff {
    const char *s;
    size_t int_start, int_len, frac_start, frac_len;
} coeff;

static int coeff_digit(const coeff *c, size_t j)
{
    if (j < c->int_len)
        return hex_value(c->s[c->int_start + j]);
    return hex_value(c->s[c->frac_start + j - c->int_len]);
}

static int bit_length(int v)
{
    int n = 0;
    for (; v; v >>= 1)
        n++;
    return n;
}

static nf_status too_large(nf_err *err)
{
    return nf_fail(err, NF_OVERFLOW_ERROR,
                   "hexadecimal value too large to represent as a float");
}

static nf_status invalid(nf_err *err)
{
    return nf_fail(err, NF_VALUE_ERROR,
                   "invalid hexadecimal floating-point string");
}

/* Rounds digits[first..n) * 2^exp to a double.  The value's top bit has
 * weight 2^(top-1); the result keeps the bits down to weight 2^lsb (53 of
 * them, fewer for subnormals), and the first dropped bit plus a sticky "any
 * later bit set" decide round-half-even.  Exponents are long long, like
 * CPython's long on LP64, so its overflow/underflow thresholds carry over.
 * Returns false on overflow. */
static bool round_coeff(const coeff *c, size_t first, size_t n, long long exp,
                        double *x)
{
    int lead = coeff_digit(c, first);
    long long top = exp + 4 * (long long)(n - first - 1) + bit_length(lead);
    if (top < DBL_MIN_EXP - DBL_MANT_DIG) {
        *x = 0.0;
        return true;
    }
    if (top > DBL_MAX_EXP)
        return false;
    long long lsb = (top > DBL_MIN_EXP ? top : DBL_MIN_EXP) - DBL_MANT_DIG;
    long long keep = top - lsb;
    uint64_t mant = 0;
    long long taken = 0;
    int half = 0;
    bool sticky = false;
    for (size_t j = first; j < n && !sticky; j++) {
        int v = coeff_digit(c, j);
        int nbits = j == first ? bit_length(lead) : 4;
        for (int b = nbits - 1; b >= 0; b--) {
            int bit = (v >> b) & 1;
            if (taken < keep)
                mant = (mant << 1) | (uint64_t)bit;
            else if (taken == keep)
                half = bit;
            else if (bit)
                sticky = true;
            taken++;
        }
    }
    if (taken < keep)
        mant <<= keep - taken;
    if (half && (sticky || (mant & 1)))
        mant++;
    *x = ldexp((double)mant, (int)lsb);
    return !isinf(*x);
}

nf_status nf_float_fromhex(const char *s, size_t len, double *result,
                           nf_err *err)
{
    size_t i = 0;
    double x = 0.0;
    bool negate = false;
    while (i < len && is_space(s[i]))
        i++;
    size_t after_special = parse_inf_nan(s, len, i, &x);
    if (after_special != i) {
        i = after_special;
        goto finished;
    }
    if (i < len && (s[i] == '-' || s[i] == '+')) {
        negate = s[i] == '-';
        i++;
    }
    if (i + 1 < len && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        i += 2;

    coeff c = { s, i, 0, 0, 0 };
    while (i < len && hex_value(s[i]) >= 0)
        i++;
    c.int_len = i - c.int_start;
    if (i < len && s[i] == '.') {
        i++;
        c.frac_start = i;
        while (i < len && hex_value(s[i]) >= 0)
            i++;
        c.frac_len = i - c.frac_start;
    }
    size_t ndigits = c.int_len + c.frac_len;
    if (ndigits == 0)
        return invalid(err);
    /* CPython refuses over (LONG_MAX/2 - 1023) / 4 digits ("hexadecimal
     * string too long to convert") so that the exponent arithmetic below
     * cannot overflow; no string that fits in memory gets near that many,
     * so the limit is implied here rather than checked. */

    long long exp = 0;
    if (i < len && (s[i] == 'p' || s[i] == 'P')) {
        i++;
        bool eneg = false;
        if (i < len && (s[i] == '-' || s[i] == '+')) {
            eneg = s[i] == '-';
            i++;
        }
        if (!(i < len && s[i] >= '0' && s[i] <= '9'))
            return invalid(err);
        /* strtol saturates; so does this, one step short of overflow. */
        unsigned long long mag = 0;
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
            if (mag < (unsigned long long)LLONG_MAX / 10)
                mag = mag * 10 + (unsigned)(s[i] - '0');
            else
                mag = (unsigned long long)LLONG_MAX;
        }
        exp = eneg ? -(long long)mag : (long long)mag;
    }

    size_t first = 0;
    while (first < ndigits && coeff_digit(&c, first) == 0)
        first++;
    if (first == ndigits || exp < LLONG_MIN / 2) {
        x = 0.0;
        goto finished;
    }
    if (exp > LLONG_MAX / 2)
        return too_large(err);
    exp -= 4 * (long long)c.frac_len;
    if (!round_coeff(&c, first, ndigits, exp, &x))
        return too_large(err);

finished:
    while (i < len && is_space(s[i]))
        i++;
    if (i != len)
        return invalid(err);
    *result = negate ? -x : x;
    return NF_OK;
}

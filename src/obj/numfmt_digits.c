/* Decimal digit generation for doubles.
 *
 * The C library's printf rounds correctly (half-even on the exact binary
 * value; glibc, musl and the BSDs all do) and its strtod reads correctly,
 * so both fixed-length conversions come straight from snprintf.
 *
 * The shortest round-tripping digits are found by search.  For a length n,
 * the correctly rounded n-digit decimal c is tried, then its n-digit
 * neighbours: the decimals that read back as x form an interval around x,
 * so if any n-digit decimal lies in it, one of c-1, c, c+1 does
 * (try_length explains why c-1 never does).  Since any n-digit decimal is
 * also an (n+1)-digit one, "some n-digit decimal round-trips" is monotone
 * in n, which allows a binary search over 1..17 (17 digits always suffice
 * for a double).  Preferring c when it works picks the candidate nearest
 * x, as CPython's dtoa mode 0 does.  The candidates for every length are
 * derived from one 17-digit conversion (see rounded_digits), so a search
 * costs one printf and a handful of strtod calls. */
#include "numfmt_internal.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SCI_BUF = NF_SIG_EXACT + 32, MAX_SHORTEST = 17 };

/* nsig significant digits of ax >= 0 (correctly rounded) and the decimal
 * exponent of the first one: ax ~= D.DDD * 10^exp10. */
static int sci_digits(double ax, int nsig, char *digits, int *exp10)
{
    char buf[SCI_BUF];
    snprintf(buf, sizeof buf, "%.*e", nsig - 1, ax);
    const char *p = buf;
    int n = 0;
    digits[n++] = *p++;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9')
            digits[n++] = *p++;
    }
    *exp10 = atoi(p + 1);
    return n;
}

static void set_zero(nf_decimal *d)
{
    d->digits[0] = '0';
    d->len = 1;
    d->decpt = 1;
}

/* Fills d from digits[0..n) meaning 0.DIGITS * 10^decpt, dropping leading
 * and trailing zeros. */
static void canonical(nf_decimal *d, const char *digits, int n, int decpt)
{
    int start = 0;
    while (start < n && digits[start] == '0') {
        start++;
        decpt--;
    }
    while (n > start && digits[n - 1] == '0')
        n--;
    if (n == start) {
        set_zero(d);
        return;
    }
    memmove(d->digits, digits + start, (size_t)(n - start));
    d->len = n - start;
    d->decpt = decpt;
}

void nf_decimal_significant(double x, int nsig, nf_decimal *d)
{
    d->negative = signbit(x) != 0;
    if (nsig > NF_SIG_EXACT)
        nsig = NF_SIG_EXACT;
    char digits[SCI_BUF];
    int e;
    int n = sci_digits(fabs(x), nsig, digits, &e);
    canonical(d, digits, n, e + 1);
}

void nf_decimal_fixed(double x, int frac, nf_decimal *d)
{
    d->negative = signbit(x) != 0;
    if (frac > NF_FIXED_EXACT)
        frac = NF_FIXED_EXACT;
    char buf[NF_DIGITS_CAP + 16];
    snprintf(buf, sizeof buf, "%.*f", frac, fabs(x));
    char digits[NF_DIGITS_CAP];
    int n = 0, intdigits = 0;
    bool after_point = false;
    for (const char *p = buf; *p; p++) {
        if (*p == '.') {
            after_point = true;
            continue;
        }
        digits[n++] = *p;
        if (!after_point)
            intdigits++;
    }
    canonical(d, digits, n, intdigits);
}

static bool reads_back(const char *digits, int n, int exp10, double ax)
{
    char buf[MAX_SHORTEST + 16];
    memcpy(buf, digits, (size_t)n);
    snprintf(buf + n, sizeof buf - (size_t)n, "e%d", exp10 - (n - 1));
    return strtod(buf, NULL) == ax;
}

/* The next n-digit decimal above D.DDD * 10^exp10. */
static void step_up(char *digits, int n, int *exp10)
{
    int i = n - 1;
    while (i >= 0 && digits[i] == '9')
        digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
        return;
    }
    digits[0] = '1';
    (*exp10)++;
}

/* The correctly rounded n-digit decimal, derived from the 17 correctly
 * rounded digits in `full` when that is safe.  Rounding twice can only go
 * wrong when the dropped tail of `full` is exactly 5000...: then the exact
 * value may sit on either side of the midpoint, and printf is asked again.
 * Any other tail lies strictly on one side, with the exact value on the same
 * side, because the 17-digit rounding moved it by under half a unit in the
 * 17th place. */
static void rounded_digits(double ax, const char *full, int full_exp, int n,
                           char *out, int *exp10)
{
    if (n == MAX_SHORTEST) {
        memcpy(out, full, MAX_SHORTEST);
        *exp10 = full_exp;
        return;
    }
    bool midpoint = full[n] == '5';
    for (int i = n + 1; i < MAX_SHORTEST && midpoint; i++)
        midpoint = full[i] == '0';
    if (midpoint) {
        sci_digits(ax, n, out, exp10);
        return;
    }
    memcpy(out, full, (size_t)n);
    *exp10 = full_exp;
    if (full[n] >= '5')
        step_up(out, n, exp10);
}

/* Finds an n-digit decimal that reads back as ax, preferring the correctly
 * rounded one. */
static bool try_length(double ax, const char *full, int full_exp, int n,
                       char *out, int *exp10)
{
    char c[MAX_SHORTEST];
    int e;
    rounded_digits(ax, full, full_exp, n, c, &e);
    if (reads_back(c, n, e, ax)) {
        memcpy(out, c, (size_t)n);
        *exp10 = e;
        return true;
    }
    /* The decimals that read back as x reach at most as far below x as
     * above it (less far when x is a power of two), so if the nearest
     * candidate c fails, the one below it fails too and only the one above
     * can qualify.  It lies at least half an n-digit step from x, while
     * everything that reads back lies within half an ulp; for a normal
     * double and n <= 15 the step exceeds x * 1e-15 > x * 2^-52 >= ulp, so
     * the read is skipped. */
    if (n <= 15 && ax >= DBL_MIN)
        return false;
    step_up(c, n, &e);
    if (reads_back(c, n, e, ax)) {
        memcpy(out, c, (size_t)n);
        *exp10 = e;
        return true;
    }
    return false;
}

void nf_decimal_shortest(double x, nf_decimal *d)
{
    d->negative = signbit(x) != 0;
    double ax = fabs(x);
    if (ax == 0.0) {
        set_zero(d);
        return;
    }
    char full[SCI_BUF];
    int full_exp;
    sci_digits(ax, MAX_SHORTEST, full, &full_exp);
    char best[MAX_SHORTEST];
    int best_exp = 0;
    int lo = 1, hi = MAX_SHORTEST;
    bool have_hi = false;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        char cand[MAX_SHORTEST];
        int e;
        if (try_length(ax, full, full_exp, mid, cand, &e)) {
            hi = mid;
            memcpy(best, cand, (size_t)mid);
            best_exp = e;
            have_hi = true;
        } else {
            lo = mid + 1;
        }
    }
    if (!have_hi)
        try_length(ax, full, full_exp, hi, best, &best_exp);
    canonical(d, best, hi, best_exp + 1);
}

/* round() for floats, as CPython does it when it has correctly rounded
 * string conversions: round the exact binary value half-even to a decimal
 * string, then read that string back. */
#include "numfmt_internal.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double nf_round_half_even(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return r;
}

/* Beyond these, rounding is the identity or gives a signed zero; they are
 * CPython's bounds (0.30103 over-estimates log10(2)). */
#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

/* For k >= 1 places left of the point, printf cannot round for us, so the
 * integer part is printed exactly (an integral double always prints
 * exactly) and rounded by hand; a nonzero fractional part can never make a
 * tie because a tie would need x to be a multiple of 5 * 10^(k-1). */
static void round_left(double x, int k, char *buf, size_t bufsize)
{
    double ip = trunc(x);
    bool sticky = ip != x;
    char digits[DBL_MAX_10_EXP + 8];
    snprintf(digits, sizeof digits, "%.0f", fabs(ip));
    int n = (int)strlen(digits);
    if (n == 1 && digits[0] == '0')
        n = 0;
    int keep = n - k;
    bool up = false;
    if (keep >= 0 && n > 0) {
        int first = digits[keep] - '0';
        bool rest = sticky;
        for (int i = keep + 1; i < n && !rest; i++)
            rest = digits[i] != '0';
        if (first > 5 || (first == 5 && rest))
            up = true;
        else if (first == 5)
            up = keep > 0 && ((digits[keep - 1] - '0') & 1);
    }
    char kept[DBL_MAX_10_EXP + 8];
    int m = 0;
    kept[m++] = '0';
    for (int i = 0; i < keep; i++)
        kept[m++] = digits[i];
    if (up) {
        int i = m - 1;
        while (kept[i] == '9')
            kept[i--] = '0';
        kept[i]++;
    }
    kept[m] = '\0';
    snprintf(buf, bufsize, "%s%se%d", signbit(x) ? "-" : "", kept, k);
}

nf_status nf_round_double(double x, int64_t ndigits, double *result,
                          nf_err *err)
{
    if (!isfinite(x) || ndigits > NDIGITS_MAX) {
        *result = x;
        return NF_OK;
    }
    if (ndigits < NDIGITS_MIN) {
        *result = 0.0 * x;
        return NF_OK;
    }
    char buf[DBL_MAX_10_EXP + NDIGITS_MAX + 32];
    if (ndigits >= 0)
        snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
    else
        round_left(x, (int)-ndigits, buf, sizeof buf);
    double r = strtod(buf, NULL);
    if (isinf(r))
        return nf_fail(err, NF_OVERFLOW_ERROR,
                       "rounded value too large to represent");
    *result = r;
    return NF_OK;
}

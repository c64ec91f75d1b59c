/* Laying out decimal digits as Python writes floats (PyOS_double_to_string
 * semantics): 'e', 'f', 'g' and the shortest 'r' form used by repr. */
#include "numfmt_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t max64(int64_t a, int64_t b)
{
    return a > b ? a : b;
}

/* Appends n zeros where n may be zero or negative (nothing then). */
static void zeros(nf_buf *out, int64_t n)
{
    if (n > 0)
        nf_put_repeat(out, '0', (size_t)n);
}

/* The output is [-]<zeros><digits><zeros>[exponent].  The digits occupy
 * positions 0..len of a virtual digit string that is padded with zeros to
 * cover [vstart, vend); the decimal point sits before position decpt.
 * Which span is shown depends on the code:
 *   e: exactly `sig` significant digits, with an exponent;
 *   f: everything up to `frac` places after the point;
 *   g: the digits themselves (padded to `sig` under '#'), with an exponent
 *      when the exponent is < -4 or >= the precision;
 *   r: the digits themselves, with an exponent when < -4 or >= 16.
 * Positions are 64-bit because precision + decpt can exceed INT_MAX. */
static void layout(nf_buf *out, const nf_decimal *d, char code, int64_t prec,
                   unsigned flags, bool upper)
{
    bool alt = (flags & NF_DTSF_ALT) != 0;
    bool dot0 = (flags & NF_DTSF_ADD_DOT_0) != 0;
    int64_t decpt = d->decpt;
    int64_t len = d->len;
    int64_t vend = len;
    bool use_exp = false;
    switch (code) {
    case 'e':
        use_exp = true;
        vend = prec + 1;
        break;
    case 'f':
        vend = decpt + prec;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (dot0 ? prec - 1 : prec))
            use_exp = true;
        if (alt)
            vend = prec;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    int64_t exp10 = 0;
    if (use_exp) {
        exp10 = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && dot0)
        vend = max64(vend, decpt + 1);
    else
        vend = max64(vend, decpt);

    bool negative = d->negative;
    if ((flags & NF_DTSF_NO_NEG_0) && d->len == 1 && d->digits[0] == '0')
        negative = false;
    if (negative)
        nf_putc(out, '-');

    size_t mark = out->len;
    if (decpt <= 0) {
        zeros(out, decpt - vstart);
        nf_putc(out, '.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vstart);
    }
    if (decpt > 0 && decpt <= len) {
        nf_put(out, d->digits, (size_t)decpt);
        nf_putc(out, '.');
        nf_put(out, d->digits + decpt, (size_t)(len - decpt));
    } else {
        nf_put(out, d->digits, (size_t)len);
    }
    if (len < decpt) {
        zeros(out, decpt - len);
        nf_putc(out, '.');
        zeros(out, vend - decpt);
    } else {
        zeros(out, vend - len);
    }
    if (!out->failed && out->len > mark && out->data[out->len - 1] == '.' &&
        !alt) {
        out->len--;
        out->data[out->len] = '\0';
    }
    if (use_exp) {
        char e[16];
        snprintf(e, sizeof e, "%c%c%02d", upper ? 'E' : 'e',
                 exp10 < 0 ? '-' : '+', (int)llabs(exp10));
        nf_puts(out, e);
    }
}

nf_status nf_double_to_string(nf_buf *out, double x, char code, int precision,
                              unsigned flags)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char c = upper ? (char)(code - 'A' + 'a') : code;
    if (isnan(x)) {
        nf_puts(out, upper ? "NAN" : "nan");
        return nf_buf_status(out, NULL);
    }
    if (isinf(x)) {
        if (x < 0)
            nf_putc(out, '-');
        nf_puts(out, upper ? "INF" : "inf");
        return nf_buf_status(out, NULL);
    }
    nf_decimal dec;
    nf_decimal *d = &dec;
    if (precision < 0)
        precision = 0;
    switch (c) {
    case 'e':
        nf_decimal_significant(x, precision >= NF_SIG_EXACT ? NF_SIG_EXACT
                                                            : precision + 1,
                               d);
        break;
    case 'f':
        nf_decimal_fixed(x, precision, d);
        break;
    case 'g':
        if (precision == 0)
            precision = 1;
        nf_decimal_significant(x, precision, d);
        break;
    default:
        c = 'r';
        nf_decimal_shortest(x, d);
        break;
    }
    layout(out, d, c, precision, flags, upper);
    return nf_buf_status(out, NULL);
}

nf_status nf_float_repr(nf_buf *out, double x)
{
    return nf_double_to_string(out, x, 'r', 0, NF_DTSF_ADD_DOT_0);
}

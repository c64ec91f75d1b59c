/* float(str): CPython's PyFloat_FromString pipeline.
 *
 * 1. Non-ASCII whitespace becomes ' ' and non-ASCII decimal digits become
 *    ASCII ones; any other non-ASCII character fails.
 * 2. Underscores must sit between two digits and are then removed.
 * 3. ASCII whitespace (space, \t \n \v \f \r) is stripped from both ends.
 * 4. What remains must be, in full, [+-](inf|infinity|nan) in any case or
 *    [+-](digits[.digits] | .digits)[(e|E)[+-]digits].
 * The grammar is checked here and the conversion itself is left to strtod,
 * which rounds correctly; checking first keeps strtod's extensions (hex
 * floats, "nan(...)", leading whitespace) out. */
#include "numfmt_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Step 1 and 2: writes the ASCII form into out (room for len + 1 bytes). */
static bool normalise(const char *s, size_t len, char *out, size_t *out_len)
{
    size_t n = 0;
    char prev = '\0';
    for (size_t i = 0; i < len;) {
        uint32_t cp = nf_utf8_next(s, len, &i);
        char c;
        if (cp < 0x80) {
            c = (char)cp;
        } else if (nf_unicode_isspace(cp)) {
            c = ' ';
        } else {
            int d = nf_unicode_decimal(cp);
            if (d < 0)
                return false;
            c = (char)('0' + d);
        }
        if (c == '_') {
            if (!digit(prev))
                return false;
        } else {
            if (prev == '_' && !digit(c))
                return false;
            out[n++] = c;
        }
        prev = c;
    }
    if (prev == '_')
        return false;
    out[n] = '\0';
    *out_len = n;
    return true;
}

static bool word_nocase(const char *s, size_t len, const char *w)
{
    if (strlen(w) != len)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != w[i])
            return false;
    }
    return true;
}

/* Step 4 for the numeric form. */
static bool decimal_syntax(const char *s, size_t len)
{
    size_t i = 0, mant_digits = 0;
    while (i < len && digit(s[i])) {
        i++;
        mant_digits++;
    }
    if (i < len && s[i] == '.') {
        i++;
        while (i < len && digit(s[i])) {
            i++;
            mant_digits++;
        }
    }
    if (mant_digits == 0)
        return false;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            i++;
        if (!(i < len && digit(s[i])))
            return false;
        while (i < len && digit(s[i]))
            i++;
    }
    return i == len;
}

static nf_status convert(char *buf, size_t n, double *result)
{
    char *s = buf;
    while (n > 0 && ascii_space(s[n - 1]))
        s[--n] = '\0';
    while (*s && ascii_space(*s)) {
        s++;
        n--;
    }
    size_t body = (*s == '+' || *s == '-') ? 1 : 0;
    bool negative = *s == '-';
    if (word_nocase(s + body, n - body, "inf") ||
        word_nocase(s + body, n - body, "infinity")) {
        *result = negative ? -INFINITY : INFINITY;
        return NF_OK;
    }
    if (word_nocase(s + body, n - body, "nan")) {
        *result = negative ? -NAN : NAN;
        return NF_OK;
    }
    if (!decimal_syntax(s + body, n - body))
        return NF_VALUE_ERROR;
    *result = strtod(s, NULL);
    return NF_OK;
}

nf_status nf_parse_float(const char *s, size_t len, double *result,
                         nf_err *err)
{
    char small[128];
    char *buf = small;
    if (len >= sizeof small) {
        buf = malloc(len + 1);
        if (!buf)
            return nf_fail(err, NF_MEMORY_ERROR, "%s", "");
    }
    size_t n;
    nf_status st = NF_VALUE_ERROR;
    if (normalise(s, len, buf, &n))
        st = convert(buf, n, result);
    if (buf != small)
        free(buf);
    if (st != NF_OK)
        return nf_fail(err, NF_VALUE_ERROR,
                       "could not convert string to float: ");
    return NF_OK;
}

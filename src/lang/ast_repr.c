/* ast_repr.c - Python's repr() of the constant kinds the parser makes,
 * so the dump can be compared with CPython's ast.dump() text. */
#include "ast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "uchar.h"

static void puts_(AstBuf *b, const char *s)
{
    ast_buf_put(b, s, strlen(s));
}

/* Decodes one code point of our UTF-8, which may hold surrogates as
 * generalized 3-byte sequences; invalid bytes decode as themselves. */
static int decode_lenient(const unsigned char *s, size_t n, uint32_t *cp)
{
    int k = uchar_decode(s, n, cp);
    if (k)
        return k;
    if (n >= 3 && s[0] == 0xED && (s[1] & 0xE0) == 0xA0 && (s[2] & 0xC0) == 0x80) {
        *cp = 0xD000u | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    *cp = s[0];
    return 1;
}

/* Single quotes unless the text has a single quote and no double quote. */
static char pick_quote(const char *s, size_t n)
{
    int sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    return (sq && !dq) ? '"' : '\'';
}

void ast_repr_str(AstBuf *b, const char *s, size_t n)
{
    char q = pick_quote(s, n);
    ast_buf_put(b, &q, 1);
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = decode_lenient((const unsigned char *)s + i, n - i, &cp);
        char tmp[16];
        if (cp == '\\' || cp == (uint32_t)q) {
            tmp[0] = '\\';
            tmp[1] = (char)cp;
            ast_buf_put(b, tmp, 2);
        } else if (cp == '\t') {
            puts_(b, "\\t");
        } else if (cp == '\n') {
            puts_(b, "\\n");
        } else if (cp == '\r') {
            puts_(b, "\\r");
        } else if (cp < 0x20 || cp == 0x7F) {
            snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)cp);
            puts_(b, tmp);
        } else if (cp < 0x80 || uchar_is_printable(cp)) {
            ast_buf_put(b, s + i, (size_t)k);
        } else if (cp < 0x100) {
            snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned)cp);
            puts_(b, tmp);
        } else if (cp < 0x10000) {
            snprintf(tmp, sizeof tmp, "\\u%04x", (unsigned)cp);
            puts_(b, tmp);
        } else {
            snprintf(tmp, sizeof tmp, "\\U%08x", (unsigned)cp);
            puts_(b, tmp);
        }
        i += (size_t)k;
    }
    ast_buf_put(b, &q, 1);
}

void ast_repr_bytes(AstBuf *b, const char *s, size_t n)
{
    char q = pick_quote(s, n);
    ast_buf_put(b, "b", 1);
    ast_buf_put(b, &q, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char tmp[8];
        if (c == '\\' || c == (unsigned char)q) {
            tmp[0] = '\\';
            tmp[1] = (char)c;
            ast_buf_put(b, tmp, 2);
        } else if (c == '\t') {
            puts_(b, "\\t");
        } else if (c == '\n') {
            puts_(b, "\\n");
        } else if (c == '\r') {
            puts_(b, "\\r");
        } else if (c < 0x20 || c >= 0x7F) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            puts_(b, tmp);
        } else {
            ast_buf_put(b, (const char *)&c, 1);
        }
    }
    ast_buf_put(b, &q, 1);
}

/* Shortest digits that read back as f (f finite, positive). */
static int shortest_digits(double f, char *digits, int *decpt)
{
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, f);
        if (strtod(buf, NULL) == f || prec == 17)
            break;
    }
    /* buf is d[.ddd]e[+-]XX */
    int n = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[n++] = *s;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *decpt = atoi(s + 1) + 1;
    return n;
}

/* Python's float repr ('r' format); add_dot0 selects float (1.0) rather
 * than the complex form (1j). */
static void repr_double(AstBuf *b, double f, int add_dot0)
{
    if (isnan(f)) {
        puts_(b, "nan");
        return;
    }
    if (signbit(f)) {
        puts_(b, "-");
        f = -f;
    }
    if (isinf(f)) {
        puts_(b, "inf");
        return;
    }
    if (f == 0) {
        puts_(b, add_dot0 ? "0.0" : "0");
        return;
    }
    char digits[24];
    int decpt;
    int n = shortest_digits(f, digits, &decpt);
    char out[64];
    int o = 0;
    if (decpt <= -4 || decpt > 16) {
        out[o++] = digits[0];
        if (n > 1) {
            out[o++] = '.';
            for (int i = 1; i < n; i++)
                out[o++] = digits[i];
        }
        int e = decpt - 1;
        o += snprintf(out + o, sizeof out - (size_t)o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        out[o++] = '0';
        out[o++] = '.';
        for (int i = 0; i < -decpt; i++)
            out[o++] = '0';
        for (int i = 0; i < n; i++)
            out[o++] = digits[i];
    } else {
        for (int i = 0; i < decpt; i++)
            out[o++] = i < n ? digits[i] : '0';
        if (n > decpt) {
            out[o++] = '.';
            for (int i = decpt; i < n; i++)
                out[o++] = digits[i];
        } else if (add_dot0) {
            out[o++] = '.';
            out[o++] = '0';
        }
    }
    ast_buf_put(b, out, (size_t)o);
}

void ast_repr_float(AstBuf *b, double f)
{
    repr_double(b, f, 1);
}

void ast_repr_imag(AstBuf *b, double f)
{
    repr_double(b, f, 0);
    puts_(b, "j");
}

/* Decimal form of an int literal's text ("123", "0x1f", "0o17", "0b1"),
 * which may exceed any machine integer: base 10^9 limbs, little end
 * first. */
void ast_repr_int(AstBuf *b, const char *text)
{
    int base = 10;
    const char *s = text;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    } else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
        base = 8;
        s += 2;
    } else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        base = 2;
        s += 2;
    }
    size_t len = strlen(s);
    uint32_t *limbs = calloc(len + 1, sizeof *limbs);
    if (!limbs)
        abort();
    size_t nl = 1;
    for (size_t i = 0; i < len; i++) {
        int c = s[i];
        int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        uint64_t carry = (uint64_t)d;
        for (size_t j = 0; j < nl; j++) {
            uint64_t v = (uint64_t)limbs[j] * (uint64_t)base + carry;
            limbs[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limbs[nl++] = (uint32_t)carry;
    }
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%u", (unsigned)limbs[nl - 1]);
    puts_(b, tmp);
    for (size_t j = nl - 1; j-- > 0;) {
        snprintf(tmp, sizeof tmp, "%09u", (unsigned)limbs[j]);
        puts_(b, tmp);
    }
    free(limbs);
}

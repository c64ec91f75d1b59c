/* lexer_number.c - numeric literals, with CPython's checks on
 * underscores, digits and what may directly follow a number. */
#include "lexer_internal.h"

#include <ctype.h>

static int is_xdigit(int c)
{
    return c >= 0 && c < 128 && isxdigit(c);
}

/* Matches test after the current character and then a non-name
 * character; consumes nothing. */
static int lookahead(Lexer *lx, const char *test)
{
    const char *s = test;
    int res = 0;
    for (;;) {
        int c = lx_nextc(lx);
        if (*s == '\0') {
            res = !lx_ident_char(c);
        } else if (c == *s) {
            s++;
            continue;
        }
        lx_backup(lx, c);
        while (s != test)
            lx_backup(lx, *--s);
        return res;
    }
}

/* A number may be followed directly by the keywords that can follow
 * one in valid code ("1if x else 2"): CPython only warns about those.
 * Any other letter or digit makes the literal invalid. */
static int verify_end(Lexer *lx, int c, const char *kind)
{
    int r = 0;
    if (c == 'a') {
        r = lookahead(lx, "nd");
    } else if (c == 'e') {
        r = lookahead(lx, "lse");
    } else if (c == 'f') {
        r = lookahead(lx, "or");
    } else if (c == 'i') {
        int c2 = lx_nextc(lx);
        if (c2 == 'f' || c2 == 'n' || c2 == 's')
            r = 1;
        lx_backup(lx, c2);
    } else if (c == 'o') {
        r = lookahead(lx, "r");
    } else if (c == 'n') {
        r = lookahead(lx, "ot");
    }
    if (r)
        return 1;
    if (c >= 0 && c < 128 && lx_ident_char(c)) {
        lx_backup(lx, c);
        lx_error(lx, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

/* Digits after a first digit, with single underscores between them.
 * Returns the first character after them (consumed) or 0 on error. */
static int decimal_tail(Lexer *lx)
{
    int c;
    for (;;) {
        do {
            c = lx_nextc(lx);
        } while (lx_is_digit(c));
        if (c != '_')
            break;
        c = lx_nextc(lx);
        if (!lx_is_digit(c)) {
            lx_backup(lx, c);
            lx_error(lx, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

static int err_token(Lexer *lx, LexToken *t)
{
    return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
}

/* Hex, octal or binary digits after the prefix; is_digit_ok selects the
 * base. Returns the character after the literal or 0 on error. */
static int radix_digits(Lexer *lx, int base, const char *kind)
{
    int c = lx_nextc(lx);
    do {
        if (c == '_')
            c = lx_nextc(lx);
        int ok = base == 16 ? is_xdigit(c) : base == 8 ? (c >= '0' && c < '8') : (c == '0' || c == '1');
        if (!ok) {
            if (base != 16 && lx_is_digit(c)) {
                lx_error(lx, "invalid digit '%c' in %s literal", c, kind);
                return 0;
            }
            lx_backup(lx, c);
            lx_error(lx, "invalid %s literal", kind);
            return 0;
        }
        do {
            c = lx_nextc(lx);
        } while (base == 16 ? is_xdigit(c) : base == 8 ? (c >= '0' && c < '8') : (c == '0' || c == '1'));
    } while (c == '_');
    if (base != 16 && lx_is_digit(c)) {
        lx_error(lx, "invalid digit '%c' in %s literal", c, kind);
        return 0;
    }
    return c;
}

/* The states of a decimal literal after its integer part; mirrors
 * CPython's jumps between fraction, exponent and imaginary parts. */
enum { AT_FRACTION, AT_EXPONENT, AT_IMAGINARY, AT_END };

static int decimal_rest(Lexer *lx, LexToken *t, int c, int state)
{
    if (state == AT_FRACTION) {
        if (lx_is_digit(c)) {
            c = decimal_tail(lx);
            if (c == 0)
                return err_token(lx, t);
        }
        state = (c == 'e' || c == 'E') ? AT_EXPONENT : AT_END;
    }
    if (state == AT_EXPONENT) {
        int e = c;
        c = lx_nextc(lx);
        if (c == '+' || c == '-') {
            c = lx_nextc(lx);
            if (!lx_is_digit(c)) {
                lx_backup(lx, c);
                lx_error(lx, "invalid decimal literal");
                return err_token(lx, t);
            }
        } else if (!lx_is_digit(c)) {
            /* "1else": the 'e' starts the next token */
            lx_backup(lx, c);
            if (!verify_end(lx, e, "decimal"))
                return err_token(lx, t);
            lx_backup(lx, e);
            return lx_make(lx, t, TK_NUMBER, lx->start, lx->cur);
        }
        c = decimal_tail(lx);
        if (c == 0)
            return err_token(lx, t);
        state = AT_END;
    }
    if (state == AT_IMAGINARY || c == 'j' || c == 'J') {
        c = lx_nextc(lx);
        if (!verify_end(lx, c, "imaginary"))
            return err_token(lx, t);
    } else if (!verify_end(lx, c, "decimal")) {
        return err_token(lx, t);
    }
    lx_backup(lx, c);
    return lx_make(lx, t, TK_NUMBER, lx->start, lx->cur);
}

int lx_number(Lexer *lx, LexToken *t, int c, int after_dot)
{
    if (after_dot)
        return decimal_rest(lx, t, c, AT_FRACTION);
    if (c != '0') {
        c = decimal_tail(lx);
        if (c == 0)
            return err_token(lx, t);
        if (c == '.')
            return decimal_rest(lx, t, lx_nextc(lx), AT_FRACTION);
        if (c == 'e' || c == 'E')
            return decimal_rest(lx, t, c, AT_EXPONENT);
        return decimal_rest(lx, t, c, AT_END);
    }
    c = lx_nextc(lx);
    if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
        int base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
        const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        c = radix_digits(lx, base, kind);
        if (c == 0 || !verify_end(lx, c, kind))
            return err_token(lx, t);
        lx_backup(lx, c);
        return lx_make(lx, t, TK_NUMBER, lx->start, lx->cur);
    }
    /* zeros, then maybe an (invalid) old-style octal or a float */
    int nonzero = 0;
    for (;;) {
        if (c == '_') {
            c = lx_nextc(lx);
            if (!lx_is_digit(c)) {
                lx_backup(lx, c);
                lx_error(lx, "invalid decimal literal");
                return err_token(lx, t);
            }
        }
        if (c != '0')
            break;
        c = lx_nextc(lx);
    }
    const char *zeros_end = lx->cur;
    if (lx_is_digit(c)) {
        nonzero = 1;
        c = decimal_tail(lx);
        if (c == 0)
            return err_token(lx, t);
    }
    if (c == '.')
        return decimal_rest(lx, t, lx_nextc(lx), AT_FRACTION);
    if (c == 'e' || c == 'E')
        return decimal_rest(lx, t, c, AT_EXPONENT);
    if (c == 'j' || c == 'J')
        return decimal_rest(lx, t, c, AT_IMAGINARY);
    if (nonzero) {
        lx_backup(lx, c);
        lx_error_range(lx, (int)(lx->start + 1 - lx->line_start), (int)(zeros_end - lx->line_start),
                       "leading zeros in decimal integer literals are not permitted; "
                       "use an 0o prefix for octal integers");
        return err_token(lx, t);
    }
    if (!verify_end(lx, c, "decimal"))
        return err_token(lx, t);
    lx_backup(lx, c);
    return lx_make(lx, t, TK_NUMBER, lx->start, lx->cur);
}

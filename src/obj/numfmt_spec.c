/* Parsing the format-spec mini-language and the checks CPython makes before
 * it looks at the value. */
#include "numfmt_internal.h"

#include <string.h>

/* A read position over the spec, in bytes, decoding code points on demand
 * so that a fill character may be any code point. */
typedef struct cursor {
    const char *s;
    size_t len;
    size_t pos;
} cursor;

static bool at_end(const cursor *c)
{
    return c->pos >= c->len;
}

static uint32_t peek(const cursor *c, size_t *next)
{
    size_t i = c->pos;
    uint32_t cp = nf_utf8_next(c->s, c->len, &i);
    if (next)
        *next = i;
    return cp;
}

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Takes one ASCII character if it is next. */
static bool take(cursor *c, char ch)
{
    if (!at_end(c) && c->s[c->pos] == ch) {
        c->pos++;
        return true;
    }
    return false;
}

/* Reads a run of Unicode decimal digits (CPython accepts any Nd digit here)
 * into *value; returns -1 when the number overflows Py_ssize_t, else the
 * count of digits read. */
static int64_t read_integer(cursor *c, int64_t *value)
{
    int64_t acc = 0, count = 0;
    while (!at_end(c)) {
        size_t next;
        int d = nf_unicode_decimal(peek(c, &next));
        if (d < 0)
            break;
        if (acc > (INT64_MAX - d) / 10)
            return -1;
        acc = acc * 10 + d;
        count++;
        c->pos = next;
    }
    *value = acc;
    return count;
}

static nf_status too_many_digits(nf_err *err)
{
    return nf_fail(err, NF_VALUE_ERROR,
                   "Too many decimal digits in format string");
}

static nf_status both_separators(nf_err *err)
{
    return nf_fail(err, NF_VALUE_ERROR, "Cannot specify both ',' and '_'.");
}

/* CPython prints printable ASCII type codes as themselves and everything
 * else as a \x escape; the same rule appears in several messages. */
static nf_status separator_with_type(nf_err *err, char sep, uint32_t type)
{
    if (type > 32 && type < 128)
        return nf_fail(err, NF_VALUE_ERROR, "Cannot specify '%c' with '%c'.",
                       sep, (char)type);
    return nf_fail(err, NF_VALUE_ERROR, "Cannot specify '%c' with '\\x%x'.",
                   sep, (unsigned)type);
}

static nf_status check_grouping(nf_spec *spec, nf_err *err)
{
    if (!spec->grouping)
        return NF_OK;
    switch (spec->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%':
    case 'F': case 0:
        return NF_OK;
    case 'b': case 'o': case 'x': case 'X':
        if (spec->grouping == '_') {
            spec->group_size = 4;
            return NF_OK;
        }
        break;
    default:
        break;
    }
    return separator_with_type(err, spec->grouping, spec->type);
}

nf_status nf_spec_parse(const char *s, size_t len, nf_kind kind,
                        const char *type_name, nf_spec *spec, nf_err *err)
{
    char default_align = kind == NF_KIND_STR ? '<' : '>';
    spec->fill = ' ';
    spec->align = default_align;
    spec->sign = 0;
    spec->no_neg_0 = false;
    spec->alternate = false;
    spec->grouping = 0;
    spec->group_size = 3;
    spec->width = -1;
    spec->precision = -1;
    spec->type = kind == NF_KIND_INT ? 'd' : kind == NF_KIND_STR ? 's' : 0;

    cursor c = { s, len, 0 };
    bool fill_given = false, align_given = false;
    if (!at_end(&c)) {
        size_t second;
        uint32_t first = peek(&c, &second);
        cursor after = { s, len, second };
        size_t third;
        if (!at_end(&after) && is_align(peek(&after, &third))) {
            spec->fill = first;
            spec->align = s[second];
            fill_given = align_given = true;
            c.pos = third;
        } else if (is_align(first)) {
            spec->align = (char)first;
            align_given = true;
            c.pos = second;
        }
    }
    if (!at_end(&c) && (s[c.pos] == '+' || s[c.pos] == '-' || s[c.pos] == ' '))
        spec->sign = s[c.pos++];
    if (take(&c, 'z'))
        spec->no_neg_0 = true;
    if (take(&c, '#'))
        spec->alternate = true;
    if (!fill_given && take(&c, '0')) {
        spec->fill = '0';
        if (!align_given && default_align == '>')
            spec->align = '=';
    }
    int64_t n = read_integer(&c, &spec->width);
    if (n < 0)
        return too_many_digits(err);
    if (n == 0)
        spec->width = -1;

    if (take(&c, ','))
        spec->grouping = ',';
    if (!at_end(&c) && s[c.pos] == '_') {
        if (spec->grouping)
            return both_separators(err);
        spec->grouping = '_';
        c.pos++;
    }
    if (spec->grouping == '_' && !at_end(&c) && s[c.pos] == ',')
        return both_separators(err);

    if (take(&c, '.')) {
        n = read_integer(&c, &spec->precision);
        if (n < 0)
            return too_many_digits(err);
        if (n == 0)
            return nf_fail(err, NF_VALUE_ERROR,
                           "Format specifier missing precision");
    }

    if (!at_end(&c)) {
        size_t next;
        uint32_t t = peek(&c, &next);
        if (next != len) {
            int keep;
            const char *tail;
            nf_name_cut(type_name, &keep, &tail);
            return nf_fail(err, NF_VALUE_ERROR,
                           "Invalid format specifier '%.*s' for object of "
                           "type '%.*s%s'",
                           (int)len, s, keep, type_name, tail);
        }
        spec->type = t;
    }
    return check_grouping(spec, err);
}

nf_status nf_spec_int_route(const nf_spec *spec, const char *type_name,
                            nf_int_route *route, int *base, nf_err *err)
{
    *base = 10;
    switch (spec->type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        *route = NF_INT_FLOAT;
        return NF_OK;
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        return nf_unknown_code(err, spec->type, type_name);
    }
    if (spec->precision != -1)
        return nf_fail(err, NF_VALUE_ERROR,
                       "Precision not allowed in integer format specifier");
    if (spec->no_neg_0)
        return nf_fail(err, NF_VALUE_ERROR,
                       "Negative zero coercion (z) not allowed in integer "
                       "format specifier");
    if (spec->type == 'c') {
        if (spec->sign)
            return nf_fail(err, NF_VALUE_ERROR,
                           "Sign not allowed with integer format specifier "
                           "'c'");
        if (spec->alternate)
            return nf_fail(err, NF_VALUE_ERROR,
                           "Alternate form (#) not allowed with integer "
                           "format specifier 'c'");
        *route = NF_INT_CHAR;
        return NF_OK;
    }
    *route = NF_INT_DIGITS;
    *base = spec->type == 'b' ? 2
            : spec->type == 'o' ? 8
            : (spec->type == 'x' || spec->type == 'X') ? 16
            : 10;
    return NF_OK;
}

/* format(value, spec) for int, float and str once the spec is parsed. */
#include "numfmt_internal.h"

#include <limits.h>
#include <string.h>

nf_status nf_format_int(nf_buf *out, const nf_spec *spec, bool negative,
                        const char *digits, size_t ndigits, nf_err *err)
{
    nf_number n = { negative, "", 0, digits, ndigits, false, "", 0 };
    if (spec->alternate) {
        switch (spec->type) {
        case 'b':
            n.prefix = "0b";
            break;
        case 'o':
            n.prefix = "0o";
            break;
        case 'x':
        case 'X':
            n.prefix = "0x";
            break;
        default:
            break;
        }
        n.prefix_len = strlen(n.prefix);
    }
    nf_layout_number(out, spec, &n);
    return nf_buf_status(out, err);
}

nf_status nf_format_char(nf_buf *out, const nf_spec *spec, int64_t value,
                         nf_err *err)
{
    if (value < 0 || value > 0x10FFFF)
        return nf_fail(err, NF_OVERFLOW_ERROR,
                       "%%c arg not in range(0x110000)");
    nf_buf ch = NF_BUF_INIT;
    nf_put_cp(&ch, (uint32_t)value);
    if (ch.failed)
        return nf_buf_status(&ch, err);
    nf_number n = { false, "", 0, "", 0, false, ch.data, ch.len };
    nf_layout_number(out, spec, &n);
    nf_buf_free(&ch);
    return nf_buf_status(out, err);
}

/* CPython's format_float_internal: no type means repr() when no precision
 * is given and 'g' with at least one digit after the point otherwise; 'n'
 * is 'g' (the C locale has no grouping, and the parser already refused
 * ',' and '_' with 'n'); '%' is 'f' of x * 100. */
nf_status nf_format_float(nf_buf *out, const nf_spec *spec, double x,
                          const char *type_name, nf_err *err)
{
    uint32_t type = spec->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    case 'n': case '%':
        break;
    default:
        return nf_unknown_code(err, type, type_name);
    }
    if (spec->precision > INT_MAX)
        return nf_fail(err, NF_VALUE_ERROR, "precision too big");
    int precision = (int)spec->precision;
    int default_precision = 6;
    unsigned flags = 0;
    if (spec->alternate)
        flags |= NF_DTSF_ALT;
    if (spec->no_neg_0)
        flags |= NF_DTSF_NO_NEG_0;
    char code = (char)type;
    if (type == 0) {
        flags |= NF_DTSF_ADD_DOT_0;
        code = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        code = 'g';
    bool percent = false;
    if (type == '%') {
        code = 'f';
        x *= 100;
        percent = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (code == 'r')
        code = 'g';

    nf_buf text = NF_BUF_INIT;
    nf_double_to_string(&text, x, code, precision, flags);
    if (percent)
        nf_putc(&text, '%');
    if (text.failed) {
        nf_buf_free(&text);
        return nf_fail(err, NF_MEMORY_ERROR, "%s", "");
    }

    const char *p = text.data;
    size_t len = text.len;
    nf_number n = { false, "", 0, p, 0, false, "", 0 };
    if (len > 0 && p[0] == '-') {
        n.negative = true;
        p++;
        len--;
    }
    size_t d = 0;
    while (d < len && p[d] >= '0' && p[d] <= '9')
        d++;
    n.digits = p;
    n.digits_len = d;
    n.has_decimal = d < len && p[d] == '.';
    size_t rest = d + (n.has_decimal ? 1 : 0);
    n.rest = p + rest;
    n.rest_len = len - rest;
    nf_layout_number(out, spec, &n);
    nf_buf_free(&text);
    return nf_buf_status(out, err);
}

nf_status nf_format_str(nf_buf *out, const nf_spec *spec, const char *text,
                        size_t text_len, const char *type_name, nf_err *err)
{
    if (spec->type != 's')
        return nf_unknown_code(err, spec->type, type_name);
    if (spec->sign == ' ')
        return nf_fail(err, NF_VALUE_ERROR,
                       "Space not allowed in string format specifier");
    if (spec->sign)
        return nf_fail(err, NF_VALUE_ERROR,
                       "Sign not allowed in string format specifier");
    if (spec->no_neg_0)
        return nf_fail(err, NF_VALUE_ERROR,
                       "Negative zero coercion (z) not allowed in string "
                       "format specifier");
    if (spec->alternate)
        return nf_fail(err, NF_VALUE_ERROR,
                       "Alternate form (#) not allowed in string format "
                       "specifier");
    if (spec->align == '=')
        return nf_fail(err, NF_VALUE_ERROR,
                       "'=' alignment not allowed in string format "
                       "specifier");
    size_t len = text_len;
    size_t cps = nf_utf8_count(text, text_len);
    if (spec->precision >= 0 && (uint64_t)spec->precision < cps) {
        cps = (size_t)spec->precision;
        len = nf_utf8_prefix_bytes(text, text_len, cps);
    }
    nf_pad_text(out, text, len, cps, spec->width, spec->align, spec->fill);
    return nf_buf_status(out, err);
}

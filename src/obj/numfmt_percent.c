/* printf-style conversions for `str % args`, following CPython's
 * unicode_format_arg_parse / _PyUnicode_FormatLong / formatfloat /
 * unicode_format_arg_output. */
#include "numfmt_internal.h"

#include <limits.h>
#include <string.h>

static nf_status incomplete(nf_err *err)
{
    return nf_fail(err, NF_VALUE_ERROR, "incomplete format");
}

nf_status nf_pct_parse(const char *fmt, size_t len, size_t pos,
                       size_t cp_pos, nf_pct_spec *spec, nf_err *err)
{
    memset(spec, 0, sizeof *spec);
    spec->width = -1;
    spec->prec = -1;
    spec->end = pos;
    size_t i = pos, cpi = cp_pos;
    if (i < len && fmt[i] == '%') {
        spec->literal_percent = true;
        spec->conv = '%';
        spec->conv_index = cpi;
        spec->end = i + 1;
        return NF_OK;
    }
    if (i < len && fmt[i] == '(') {
        i++;
        cpi++;
        size_t start = i;
        int depth = 1;
        while (depth > 0 && i < len) {
            uint32_t c = nf_utf8_next(fmt, len, &i);
            cpi++;
            if (c == ')')
                depth--;
            else if (c == '(')
                depth++;
        }
        spec->has_key = true;
        if (depth > 0) {
            spec->key_unterminated = true;
            return nf_fail(err, NF_VALUE_ERROR, "incomplete format key");
        }
        spec->key_start = start;
        spec->key_len = i - 1 - start;
    }
    for (; i < len; i++, cpi++) {
        unsigned f;
        switch (fmt[i]) {
        case '-': f = NF_PCT_LJUST; break;
        case '+': f = NF_PCT_SIGN; break;
        case ' ': f = NF_PCT_BLANK; break;
        case '#': f = NF_PCT_ALT; break;
        case '0': f = NF_PCT_ZERO; break;
        default: f = 0; break;
        }
        if (!f)
            break;
        spec->flags |= f;
    }
    if (i < len && fmt[i] == '*') {
        spec->width_star = true;
        i++;
        cpi++;
    } else if (i < len && fmt[i] >= '0' && fmt[i] <= '9') {
        int64_t w = 0;
        for (; i < len && fmt[i] >= '0' && fmt[i] <= '9'; i++, cpi++) {
            int d = fmt[i] - '0';
            if (w > (INT64_MAX - d) / 10)
                return nf_fail(err, NF_VALUE_ERROR, "width too big");
            w = w * 10 + d;
        }
        spec->width = w;
    }
    if (i < len && fmt[i] == '.') {
        spec->prec = 0;
        i++;
        cpi++;
        if (i < len && fmt[i] == '*') {
            spec->prec_star = true;
            i++;
            cpi++;
        } else {
            int p = 0;
            for (; i < len && fmt[i] >= '0' && fmt[i] <= '9'; i++, cpi++) {
                int d = fmt[i] - '0';
                if (p > (INT_MAX - d) / 10)
                    return nf_fail(err, NF_VALUE_ERROR, "precision too big");
                p = p * 10 + d;
            }
            spec->prec = p;
        }
    }
    if (i < len && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
        i++;
        cpi++;
    }
    if (i >= len)
        return incomplete(err);
    spec->conv_index = cpi;
    spec->conv = nf_utf8_next(fmt, len, &i);
    spec->end = i;
    return NF_OK;
}

void nf_pct_set_width(nf_pct_spec *spec, int64_t width)
{
    if (width < 0) {
        spec->flags |= NF_PCT_LJUST;
        width = width == INT64_MIN ? INT64_MAX : -width;
    }
    spec->width = width;
}

void nf_pct_set_prec(nf_pct_spec *spec, int prec)
{
    spec->prec = prec < 0 ? 0 : prec;
}

bool nf_pct_conv_supported(const nf_pct_spec *spec, nf_err *err)
{
    uint32_t c = spec->conv;
    if (c < 0x80 && c && strchr("sradiuoxXeEfFgGc", (int)c))
        return true;
    nf_fail(err, NF_VALUE_ERROR,
            "unsupported format character '%c' (0x%x) at index %zu",
            (c >= 31 && c <= 126) ? (char)c : '?', (unsigned)c,
            spec->conv_index);
    return false;
}

int nf_pct_int_base(uint32_t conv)
{
    switch (conv) {
    case 'd': case 'i': case 'u':
        return 10;
    case 'o':
        return 8;
    case 'x': case 'X':
        return 16;
    default:
        return 0;
    }
}

/* Pads a converted value into its field.  For numbers (`numeric`) the sign
 * and the "0x"/"0o" prefix stay in front of '0' padding but behind space
 * padding; '-' pads on the right, always with spaces; s, r and a are cut
 * to the precision first. */
static void output(nf_buf *out, const nf_pct_spec *spec, bool numeric,
                   const char *text, size_t bytes)
{
    unsigned flags = spec->flags;
    uint32_t c = spec->conv;
    bool sign = numeric;
    char fill = (sign && (flags & NF_PCT_ZERO)) ? '0' : ' ';
    int64_t len = (int64_t)nf_utf8_count(text, bytes);
    if ((c == 's' || c == 'r' || c == 'a') && spec->prec >= 0 &&
        len > spec->prec) {
        len = spec->prec;
        bytes = nf_utf8_prefix_bytes(text, bytes, (size_t)len);
    }
    const char *p = text;
    char signchar = 0;
    if (sign) {
        if (bytes > 0 && (p[0] == '-' || p[0] == '+')) {
            signchar = p[0];
            p++;
            bytes--;
            len--;
        } else if (flags & NF_PCT_SIGN) {
            signchar = '+';
        } else if (flags & NF_PCT_BLANK) {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    int64_t width = spec->width < len ? len : spec->width;
    if (sign) {
        if (fill != ' ')
            nf_putc(out, signchar);
        if (width > len)
            width--;
    }
    bool prefix = (flags & NF_PCT_ALT) && (c == 'x' || c == 'X' || c == 'o');
    if (prefix) {
        if (fill != ' ') {
            nf_put(out, p, 2);
            p += 2;
            bytes -= 2;
        }
        width -= 2;
        len -= 2;
    }
    if (width > len && !(flags & NF_PCT_LJUST)) {
        nf_put_repeat(out, fill, (size_t)(width - len));
        width = len;
    }
    if (fill == ' ') {
        if (sign)
            nf_putc(out, signchar);
        if (prefix) {
            nf_put(out, p, 2);
            p += 2;
            bytes -= 2;
        }
    }
    nf_put(out, p, bytes);
    if (width > len)
        nf_put_repeat(out, ' ', (size_t)(width - len));
}

nf_status nf_pct_format_int(nf_buf *out, const nf_pct_spec *spec,
                            bool negative, const char *digits,
                            size_t ndigits)
{
    nf_buf text = NF_BUF_INIT;
    bool upper = spec->conv == 'X';
    if (negative)
        nf_putc(&text, '-');
    if ((spec->flags & NF_PCT_ALT) && spec->conv == 'o')
        nf_puts(&text, "0o");
    else if ((spec->flags & NF_PCT_ALT) &&
             (spec->conv == 'x' || spec->conv == 'X'))
        nf_puts(&text, upper ? "0X" : "0x");
    if (spec->prec > 0 && (size_t)spec->prec > ndigits)
        nf_put_repeat(&text, '0', (size_t)spec->prec - ndigits);
    size_t start = text.len;
    nf_put(&text, digits, ndigits);
    if (!text.failed) {
        for (size_t i = start; i < text.len; i++) {
            char ch = text.data[i];
            if (upper && ch >= 'a' && ch <= 'z')
                text.data[i] = (char)(ch - 'a' + 'A');
            else if (!upper && ch >= 'A' && ch <= 'Z')
                text.data[i] = (char)(ch - 'A' + 'a');
        }
        output(out, spec, true, text.data, text.len);
    } else {
        out->failed = true;
    }
    nf_buf_free(&text);
    return nf_buf_status(out, NULL);
}

nf_status nf_pct_format_float(nf_buf *out, const nf_pct_spec *spec, double x)
{
    nf_buf text = NF_BUF_INIT;
    unsigned flags = (spec->flags & NF_PCT_ALT) ? NF_DTSF_ALT : 0;
    nf_double_to_string(&text, x, (char)spec->conv,
                        spec->prec < 0 ? 6 : spec->prec, flags);
    if (!text.failed)
        output(out, spec, true, text.data, text.len);
    else
        out->failed = true;
    nf_buf_free(&text);
    return nf_buf_status(out, NULL);
}

nf_status nf_pct_format_text(nf_buf *out, const nf_pct_spec *spec,
                             const char *text, size_t text_len)
{
    output(out, spec, false, text, text_len);
    return nf_buf_status(out, NULL);
}

nf_status nf_pct_format_char(nf_buf *out, const nf_pct_spec *spec,
                             int64_t value, nf_err *err)
{
    if (value < 0 || value > 0x10FFFF)
        return nf_fail(err, NF_OVERFLOW_ERROR,
                       "%%c arg not in range(0x110000)");
    nf_buf ch = NF_BUF_INIT;
    nf_put_cp(&ch, (uint32_t)value);
    if (!ch.failed)
        output(out, spec, false, ch.data, ch.len);
    else
        out->failed = true;
    nf_buf_free(&ch);
    return nf_buf_status(out, err);
}

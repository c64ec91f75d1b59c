/* Placing a number in its field: sign, prefix, padding and digit grouping,
 * as CPython's calc_number_widths / fill_number / InsertThousandsGrouping
 * lay them out. */
#include "numfmt_internal.h"

#include <stdlib.h>

static int64_t max3(int64_t a, int64_t b, int64_t c)
{
    int64_t m = a > b ? a : b;
    return m > c ? m : c;
}

/* Grouping works from the rightmost digit leftwards.  Each group takes up
 * to `size` of the remaining digits; while the zero-padded width has not
 * been reached, a group is topped up with leading zeros (so zero padding
 * gets separators too: 1234 in width 10 becomes 00,001,234).  Without a
 * separator there is a single group of max(digits, min_width) characters.
 * The loop first counts, then writes backwards into the space it counted.
 */
typedef struct group_walk {
    int64_t remaining; /* digits not yet placed */
    int64_t width;     /* width still wanted */
    bool first;
} group_walk;

/* Advances one group; returns false after the last one. */
static bool next_group(group_walk *w, char sep, int size, int64_t *zeros,
                       int64_t *chars, bool *with_sep)
{
    int64_t l = max3(w->remaining, w->width, 1);
    if (sep && l > size)
        l = size;
    *zeros = l > w->remaining ? l - w->remaining : 0;
    *chars = w->remaining < l ? w->remaining : l;
    *with_sep = !w->first;
    w->first = false;
    w->remaining -= *chars;
    w->width -= l;
    if (!sep || (w->remaining <= 0 && w->width <= 0))
        return false;
    w->width -= 1;
    return true;
}

static int64_t grouped_length(int64_t ndigits, int64_t min_width, char sep,
                              int size)
{
    group_walk w = { ndigits, min_width > 0 ? min_width : 0, true };
    int64_t total = 0, zeros, chars;
    bool with_sep, more;
    do {
        more = next_group(&w, sep, size, &zeros, &chars, &with_sep);
        total += zeros + chars + (with_sep ? 1 : 0);
    } while (more);
    return total;
}

static void write_grouped(char *dst, int64_t total, const char *digits,
                          int64_t ndigits, int64_t min_width, char sep,
                          int size, bool upper)
{
    group_walk w = { ndigits, min_width > 0 ? min_width : 0, true };
    int64_t at = total, src = ndigits, zeros, chars;
    bool with_sep, more;
    do {
        more = next_group(&w, sep, size, &zeros, &chars, &with_sep);
        if (with_sep)
            dst[--at] = sep;
        for (int64_t k = 0; k < chars; k++) {
            char ch = digits[--src];
            if (upper && ch >= 'a' && ch <= 'z')
                ch = (char)(ch - 'a' + 'A');
            else if (!upper && ch >= 'A' && ch <= 'Z')
                ch = (char)(ch - 'A' + 'a');
            dst[--at] = ch;
        }
        for (int64_t k = 0; k < zeros; k++)
            dst[--at] = '0';
    } while (more);
}

void nf_layout_number(nf_buf *out, const nf_spec *spec, const nf_number *n)
{
    char sign = 0;
    if (spec->sign == '+')
        sign = n->negative ? '-' : '+';
    else if (spec->sign == ' ')
        sign = n->negative ? '-' : ' ';
    else if (n->negative)
        sign = '-';
    int64_t rest_cps = (int64_t)nf_utf8_count(n->rest, n->rest_len);
    int64_t fixed = (sign ? 1 : 0) + (int64_t)n->prefix_len +
                    (n->has_decimal ? 1 : 0) + rest_cps;
    int64_t min_width = 0;
    if (spec->fill == '0' && spec->align == '=')
        min_width = spec->width - fixed;
    int64_t ndigits = (int64_t)n->digits_len;
    int64_t grouped = 0;
    if (ndigits > 0)
        grouped = grouped_length(ndigits, min_width, spec->grouping,
                                 spec->group_size);

    int64_t pad = spec->width - (fixed + grouped);
    int64_t lpad = 0, mpad = 0, rpad = 0;
    if (pad > 0) {
        switch (spec->align) {
        case '<':
            rpad = pad;
            break;
        case '^':
            lpad = pad / 2;
            rpad = pad - lpad;
            break;
        case '=':
            mpad = pad;
            break;
        default:
            lpad = pad;
            break;
        }
    }

    nf_put_cp_repeat(out, spec->fill, (size_t)lpad);
    if (sign)
        nf_putc(out, sign);
    if (n->prefix_len) {
        bool upper = spec->type == 'X';
        for (size_t i = 0; i < n->prefix_len; i++) {
            char ch = n->prefix[i];
            if (upper && ch >= 'a' && ch <= 'z')
                ch = (char)(ch - 'a' + 'A');
            nf_putc(out, ch);
        }
    }
    nf_put_cp_repeat(out, spec->fill, (size_t)mpad);
    if (grouped > 0) {
        char *tmp = malloc((size_t)grouped);
        if (!tmp) {
            out->failed = true;
            return;
        }
        write_grouped(tmp, grouped, n->digits, ndigits, min_width,
                      spec->grouping, spec->group_size, spec->type == 'X');
        nf_put(out, tmp, (size_t)grouped);
        free(tmp);
    }
    if (n->has_decimal)
        nf_putc(out, '.');
    nf_put(out, n->rest, n->rest_len);
    nf_put_cp_repeat(out, spec->fill, (size_t)rpad);
}

void nf_pad_text(nf_buf *out, const char *text, size_t text_len,
                 size_t text_cps, int64_t width, char align, uint32_t fill)
{
    int64_t pad = width - (int64_t)text_cps;
    int64_t lpad = 0, rpad = 0;
    if (pad > 0) {
        if (align == '>')
            lpad = pad;
        else if (align == '^')
            lpad = pad / 2;
        rpad = pad - lpad;
    }
    nf_put_cp_repeat(out, fill, (size_t)lpad);
    nf_put(out, text, text_len);
    nf_put_cp_repeat(out, fill, (size_t)rpad);
}

/* format_method.c - str.format and str.format_map, following CPython's
 * Objects/stringlib/unicode_format.h step for step so that the same
 * format strings fail with the same messages: literal text with {{ and
 * }}, fields {name!conv:spec} whose name may be followed by .attr and
 * [index] parts, automatic or manual numbering, and specs that are
 * themselves expanded once. Field syntax is ASCII, so the UTF-8 text is
 * scanned byte by byte. */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "format.h"
#include "int.h"
#include "numfmt.h"
#include "str.h"
#include "str_internal.h"
#include "tuple.h"

enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL };

typedef struct FmtCtx {
    const Value *args; /* NULL for format_map: positional fields are errors */
    size_t nargs;
    Value kwargs;      /* a mapping, or VNULL */
    int auto_state;
    int64_t auto_next;
} FmtCtx;

typedef struct Sub {
    const char *s;
    size_t n;
} Sub;

/* get_integer: the value of a field name made only of decimal digits
 * (any script), -1 if it is not one, -2 with ValueError on overflow. */
static int64_t get_integer(GpThread *t, Sub name) {
    if (name.n == 0) return -1;
    int64_t acc = 0;
    for (size_t pos = 0; pos < name.n;) {
        int d = nf_unicode_decimal(gp_utf8_next(name.s, &pos));
        if (d < 0) return -1;
        if (acc > (INT64_MAX - d) / 10) {
            gp_raise(t, &gp_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static Value sub_str(GpThread *t, Sub x) { return gp_str_new(t, x.s, x.n); }

/* The object a field name designates: the argument, then each .attr and
 * [key] applied in turn. */
static Value field_object(GpThread *t, FmtCtx *c, Sub field) {
    size_t i = 0;
    while (i < field.n && field.s[i] != '.' && field.s[i] != '[') i++;
    Sub first = {field.s, i};
    int64_t index = get_integer(t, first);
    if (index == -2) return VNULL;
    int empty = first.n == 0;
    if (empty || index != -1) {
        if (c->auto_state == AUTO_INIT) c->auto_state = empty ? AUTO_AUTO : AUTO_MANUAL;
        if (c->auto_state == AUTO_MANUAL && empty)
            return gp_raise(t, &gp_ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
        if (c->auto_state == AUTO_AUTO && !empty)
            return gp_raise(t, &gp_ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = c->auto_next++;
    }
    Value obj;
    if (index == -1) {
        Value key = sub_str(t, first);
        if (!key) return VNULL;
        if (!c->kwargs) return gp_raise_arg(t, &gp_KeyError, key);
        obj = gp_getitem(t, c->kwargs, key);
    } else {
        if (!c->args) return gp_raise(t, &gp_ValueError, "Format string contains positional fields");
        if ((uint64_t)index >= c->nargs)
            return gp_raise(t, &gp_IndexError, "Replacement index %lld out of range for positional args tuple",
                            (long long)index);
        obj = c->args[index];
    }
    while (obj && i < field.n) {
        char kind = field.s[i++];
        size_t nstart = i;
        if (kind == '.') {
            while (i < field.n && field.s[i] != '.' && field.s[i] != '[') i++;
        } else if (kind == '[') {
            while (i < field.n && field.s[i] != ']') i++;
            if (i >= field.n) return gp_raise(t, &gp_ValueError, "Missing ']' in format string");
        } else {
            return gp_raise(t, &gp_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        Sub name = {field.s + nstart, i - nstart};
        if (kind == '[') i++;
        if (name.n == 0) return gp_raise(t, &gp_ValueError, "Empty attribute in format string");
        Value key = sub_str(t, name);
        if (!key) return VNULL;
        if (kind == '.') {
            obj = gp_getattr(t, obj, key);
            continue;
        }
        int64_t k = get_integer(t, name);
        if (k == -2) return VNULL;
        obj = gp_getitem(t, obj, k >= 0 ? gp_int_from_i64(t, k) : key);
    }
    return obj;
}

static Value convert(GpThread *t, Value obj, uint32_t conv) {
    switch (conv) {
    case 'r': return gp_repr(t, obj);
    case 's': return gp_str(t, obj);
    case 'a': return gp_ascii(t, obj);
    default:
        if (conv > 32 && conv < 127) return gp_raise(t, &gp_ValueError, "Unknown conversion specifier %c", (int)conv);
        return gp_raise(t, &gp_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
}

static int build(GpThread *t, FmtCtx *c, Sub in, int depth, GpBuf *out);

/* One field, {name!conv:spec}, appended to out. */
static int output_field(GpThread *t, FmtCtx *c, Sub name, Sub spec, int spec_nested, uint32_t conv, int depth,
                        GpBuf *out) {
    Value obj = field_object(t, c, name);
    if (!obj) return -1;
    if (conv && !(obj = convert(t, obj, conv))) return -1;
    Value spec_str;
    if (spec_nested) {
        GpBuf sb;
        gp_buf_init(&sb);
        if (build(t, c, spec, depth - 1, &sb) < 0) {
            gp_buf_free(&sb);
            return -1;
        }
        spec_str = gp_buf_finish_str(t, &sb);
    } else if (spec.n == 0 && v_is_type(obj, &gp_str_type)) {
        gp_buf_put(out, gp_str_data(obj), gp_str_nbytes(obj));
        return 0;
    } else {
        spec_str = sub_str(t, spec);
    }
    if (!spec_str) return -1;
    Value r = gp_format_object(t, obj, spec_str);
    if (!r) return -1;
    gp_buf_put(out, gp_str_data(r), gp_str_nbytes(r));
    return 0;
}

/* parse_field: the text after a '{' up to its '}'. *pos is just past the
 * '{' and ends just past the '}'. */
static int parse_field(GpThread *t, Sub in, size_t *pos, Sub *name, Sub *spec, int *nested, uint32_t *conv) {
    size_t i = *pos;
    char ch = 0;
    *conv = 0;
    *nested = 0;
    spec->s = in.s + i;
    spec->n = 0;
    name->s = in.s + i;
    while (i < in.n) {
        ch = in.s[i++];
        if (ch == '{') return gp_raise_i(t, &gp_ValueError, "unexpected '{' in field name");
        if (ch == '[') {
            while (i < in.n && in.s[i] != ']') i++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    name->n = (size_t)(in.s + i - 1 - name->s);
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (i >= in.n)
                return gp_raise_i(t, &gp_ValueError, "end of string while looking for conversion specifier");
            *conv = gp_utf8_next(in.s, &i);
            if (i < in.n) {
                ch = in.s[i++];
                if (ch == '}') {
                    *pos = i;
                    return 0;
                }
                if (ch != ':') return gp_raise_i(t, &gp_ValueError, "expected ':' after conversion specifier");
            }
        }
        spec->s = in.s + i;
        int count = 1;
        while (i < in.n) {
            ch = in.s[i++];
            if (ch == '{') {
                *nested = 1;
                count++;
            } else if (ch == '}' && --count == 0) {
                spec->n = (size_t)(in.s + i - 1 - spec->s);
                *pos = i;
                return 0;
            }
        }
        return gp_raise_i(t, &gp_ValueError, "unmatched '{' in format spec");
    }
    if (ch != '}') return gp_raise_i(t, &gp_ValueError, "expected '}' before end of string");
    *pos = i;
    return 0;
}

static int build(GpThread *t, FmtCtx *c, Sub in, int depth, GpBuf *out) {
    if (depth <= 0) return gp_raise_i(t, &gp_ValueError, "Max string recursion exceeded");
    size_t pos = 0;
    while (pos < in.n) {
        size_t start = pos;
        char ch = 0;
        int markup = 0;
        while (pos < in.n) {
            ch = in.s[pos++];
            if (ch == '{' || ch == '}') {
                markup = 1;
                break;
            }
        }
        int at_end = pos >= in.n;
        size_t len = pos - start;
        if (ch == '}' && markup && (at_end || in.s[pos] != '}'))
            return gp_raise_i(t, &gp_ValueError, "Single '}' encountered in format string");
        if (markup && at_end && ch == '{')
            return gp_raise_i(t, &gp_ValueError, "Single '{' encountered in format string");
        if (markup) {
            if (in.s[pos] == ch) {
                pos++;
                markup = 0;
            } else {
                len--;
            }
        }
        gp_buf_put(out, in.s + start, len);
        if (!markup) continue;
        Sub name = {NULL, 0}, spec = {NULL, 0};
        int nested;
        uint32_t conv;
        if (parse_field(t, in, &pos, &name, &spec, &nested, &conv) < 0) return -1;
        if (output_field(t, c, name, spec, nested, conv, depth, out) < 0) return -1;
    }
    return 0;
}

static Value format_impl(GpThread *t, Value fmt, FmtCtx *c) {
    GpBuf out;
    gp_buf_init(&out);
    Sub in = {gp_str_data(fmt), gp_str_nbytes(fmt)};
    if (build(t, c, in, 2, &out) < 0) {
        gp_buf_free(&out);
        return VNULL;
    }
    return gp_buf_finish_str(t, &out);
}

Value gp_str_format_method(GpThread *t, Value fmt, const Value *args, size_t nargs, Value kwnames) {
    FmtCtx c = {args, nargs, VNULL, AUTO_INIT, 0};
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    if (nkw) {
        if (!(c.kwargs = gp_dict_new(t))) return VNULL;
        for (size_t i = 0; i < nkw; i++)
            if (gp_dict_set(t, c.kwargs, gp_tuple_items(kwnames)[i], args[nargs + i]) < 0) return VNULL;
    }
    return format_impl(t, fmt, &c);
}

GP_METHOD(gp_str_m_format) { return gp_str_format_method(t, self, a, n, kw); }

GP_METHOD(gp_str_m_format_map) {
    if (gp_meth_nokw(t, "str.format_map", kw) < 0 || gp_check_nargs(t, "str.format_map", n, 1, 1) < 0)
        return VNULL;
    FmtCtx c = {NULL, 0, a[0], AUTO_INIT, 0};
    return format_impl(t, self, &c);
}

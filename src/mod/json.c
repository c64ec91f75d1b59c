/* json.c - the _json module: encode_basestring(_ascii), scanstring, and
 * the scanner and encoder types (json_scan.c, json_encode.c).
 *
 * Strings are UTF-8 (obj/str.h), so escaping copies runs of bytes that
 * need no escape and only decodes the code point of a non-ASCII character
 * when ensure_ascii asks for \uXXXX. Decoding a JSON string copies the
 * bytes between escapes; the common string without escapes is a single
 * copy of its bytes.
 */
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/func.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "json_impl.h"

static const char hexdigits[] = "0123456789abcdef";

/* The short escape of an ASCII byte, or 0 when it needs \u00XX (control
 * characters) or nothing. */
static char short_escape(unsigned char c) {
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return 0;
    }
}

static void put_u4(GpBuf *b, uint32_t c) {
    char u[6] = {'\\', 'u', hexdigits[(c >> 12) & 0xf], hexdigits[(c >> 8) & 0xf], hexdigits[(c >> 4) & 0xf],
                 hexdigits[c & 0xf]};
    gp_buf_put(b, u, 6);
}

/* Whether byte c is copied as it is: printable ASCII other than '"' and
 * '\\', and (when not ascii) any byte of a non-ASCII character. */
static int plain_byte(unsigned char c, int ascii) {
    if (c >= 0x80) return !ascii;
    return c >= 0x20 && c != '"' && c != '\\' && !(ascii && c == 0x7f);
}

void gp_json_escape(GpBuf *b, Value s, int ascii) {
    const unsigned char *d = (const unsigned char *)gp_str_data(s);
    size_t n = gp_str_nbytes(s), i = 0;
    gp_buf_putc(b, '"');
    while (i < n) {
        size_t run = i;
        while (run < n && plain_byte(d[run], ascii)) run++;
        if (run > i) gp_buf_put(b, (const char *)d + i, run - i);
        if (run == n) break;
        i = run;
        unsigned char c = d[i];
        if (c >= 0x80) {
            uint32_t cp = gp_utf8_next((const char *)d, &i);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                put_u4(b, 0xD800 | (cp >> 10));
                put_u4(b, 0xDC00 | (cp & 0x3FF));
            } else {
                put_u4(b, cp);
            }
            continue;
        }
        char e = short_escape(c);
        if (e) {
            char pair[2] = {'\\', e};
            gp_buf_put(b, pair, 2);
        } else {
            put_u4(b, c);
        }
        i++;
    }
    gp_buf_putc(b, '"');
}

static Value escape_function(GpThread *t, const Value *args, size_t nargs, Value kw, const char *name, int ascii) {
    if (gp_check_no_kw(t, name, kw) < 0 || gp_check_nargs(t, name, nargs, 1, 1) < 0) return VNULL;
    if (!gp_is_str(args[0]))
        return gp_raise(t, &gp_TypeError, "first argument must be a string, not %s", v_type(args[0])->name);
    GpBuf b;
    gp_buf_init(&b);
    gp_json_escape(&b, args[0], ascii);
    return gp_buf_finish_str(t, &b);
}

static Value m_encode_basestring_ascii(JSON_ARGS) {
    (void)self;
    return escape_function(t, args, nargs, kw, "encode_basestring_ascii", 1);
}

static Value m_encode_basestring(JSON_ARGS) {
    (void)self;
    return escape_function(t, args, nargs, kw, "encode_basestring", 0);
}

int gp_json_fast_escaper(Value fn) {
    if (!v_is_type(fn, &gp_builtin_type)) return 0;
    GpCFunc f = ((GpBuiltin *)v_obj(fn))->def->fn;
    return f == m_encode_basestring_ascii ? 1 : f == m_encode_basestring ? 2 : 0;
}

/* ---- decoding strings */

Value gp_json_raise_error(GpThread *t, const char *msg, Value s, size_t off) {
    Value mod = gp_import(t, gp_str_from_cstr(t, "json.decoder"), gp_tuple_pack(t, 1, gp_str_from_cstr(t, "JSONDecodeError")), 0,
                          VNULL);
    Value cls = mod ? gp_getattr_cstr(t, mod, "JSONDecodeError") : VNULL;
    Value m = cls ? gp_str_from_cstr(t, msg) : VNULL;
    Value pos = m ? gp_int_from_u64(t, gp_str_char_index(s, off)) : VNULL;
    Value argv[3] = {m, s, pos};
    Value exc = pos ? gp_call(t, cls, argv, 3, VNULL) : VNULL;
    return exc ? gp_raise_value(t, exc) : VNULL;
}

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The four hex digits at d[i..i+4) (i + 4 <= n), or -1. */
static int32_t hex4(const unsigned char *d, size_t i) {
    int32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = hex_value(d[i + k]);
        if (h < 0) return -1;
        v = (v << 4) | h;
    }
    return v;
}

Value gp_json_scan_string(GpThread *t, Value s, size_t start, int strict, size_t *end) {
    const unsigned char *d = (const unsigned char *)gp_str_data(s);
    size_t n = gp_str_nbytes(s), begin = start - 1, i = start;
    GpBuf b;
    int building = 0;
    for (;;) {
        size_t run = i;
        while (run < n && d[run] != '"' && d[run] != '\\') {
            if (d[run] < 0x20 && strict) {
                if (building) gp_buf_free(&b);
                return gp_json_raise_error(t, "Invalid control character at", s, run);
            }
            run++;
        }
        if (run == n) {
            if (building) gp_buf_free(&b);
            return gp_json_raise_error(t, "Unterminated string starting at", s, begin);
        }
        if (d[run] == '"' && !building) {
            *end = run + 1;
            return gp_str_new(t, (const char *)d + i, run - i);
        }
        if (!building) {
            gp_buf_init(&b);
            building = 1;
        }
        if (run > i) gp_buf_put(&b, (const char *)d + i, run - i);
        if (d[run] == '"') {
            *end = run + 1;
            return gp_buf_finish_str(t, &b);
        }
        /* A backslash at d[run]. */
        size_t esc = run + 1;
        if (esc == n) {
            gp_buf_free(&b);
            return gp_json_raise_error(t, "Unterminated string starting at", s, begin);
        }
        unsigned char c = d[esc];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default:
                gp_buf_free(&b);
                return gp_json_raise_error(t, "Invalid \\escape", s, run);
            }
            gp_buf_putc(&b, out);
            i = esc + 1;
            continue;
        }
        /* \uXXXX, and a following \uXXXX completing a surrogate pair. The
         * hex digits are ASCII, so byte and character arithmetic agree on
         * every test below that can succeed. */
        size_t hex = esc + 1;
        int32_t cp = hex + 4 < n ? hex4(d, hex) : -1;
        if (cp < 0) {
            gp_buf_free(&b);
            return gp_json_raise_error(t, "Invalid \\uXXXX escape", s, esc);
        }
        i = hex + 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < n && d[i] == '\\' && d[i + 1] == 'u') {
            int32_t low = hex4(d, i + 2);
            if (low < 0) {
                gp_buf_free(&b);
                return gp_json_raise_error(t, "Invalid \\uXXXX escape", s, i + 1);
            }
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (low - 0xDC00));
                i += 6;
            }
        }
        gp_buf_put_utf8(&b, (uint32_t)cp);
    }
}

/* scanstring(string, end, strict=True) -> (str, end) */
static Value m_scanstring(JSON_ARGS) {
    (void)self;
    static const char *const names[] = {"string", "end", "strict"};
    static const GpArgSpec spec = {"scanstring", names, 3, 3, 3, 2};
    Value a[3] = {VNULL, VNULL, VNULL};
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    int64_t end;
    if (gp_as_ssize(t, a[1], &end) < 0) return VNULL;
    int strict = 1;
    if (a[2] && (strict = gp_truthy(t, a[2])) < 0) return VNULL;
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "first argument must be a string, not %s", v_type(a[0])->name);
    Value s = a[0];
    if (end < 0 || (uint64_t)end > gp_str_len(s)) return gp_raise(t, &gp_ValueError, "end is out of bounds");
    size_t stop;
    Value r = gp_json_scan_string(t, s, gp_str_byte_offset(s, (size_t)end), strict, &stop);
    if (!r) return VNULL;
    Value e = gp_int_from_u64(t, gp_str_char_index(s, stop));
    return e ? gp_tuple_pack(t, 2, r, e) : VNULL;
}

static const GpMethodDef json_methods[] = {
    {"encode_basestring_ascii", m_encode_basestring_ascii, 0},
    {"encode_basestring", m_encode_basestring, 0},
    {"scanstring", m_scanstring, 0},
    {NULL, NULL, 0},
};

static int json_init(GpThread *t, Value m) {
    if (gp_module_add(t, m, "make_scanner", v_from_obj(&gp_json_scanner_type)) < 0 ||
        gp_module_add(t, m, "make_encoder", v_from_obj(&gp_json_encoder_type)) < 0)
        return -1;
    return 0;
}

static const GpModuleDef json_module = {
    "_json",
    json_methods,
    json_init,
    "json speedups\n",
};
GP_REGISTER_MODULE(json_module);

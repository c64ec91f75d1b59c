/* str_codec.c - the codecs gilpy has built in: UTF-8, ASCII and Latin-1
 * (with CPython's aliases), in both directions, with the standard error
 * handlers: strict, ignore, replace, backslashreplace, surrogateescape,
 * and for encoding also xmlcharrefreplace, namereplace and (UTF-8)
 * surrogatepass. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "../lang/unicode_names.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bytes.h"
#include "exc.h"
#include "str.h"
#include "str_internal.h"
#include "tuple.h"

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* CPython's encodings.normalize_encoding plus its alias table, for the
 * three codecs: lower case, runs of punctuation and spaces become '_'. */
static int codec_lookup(const char *name) {
    if (!name) return CODEC_UTF8;
    char norm[64];
    size_t k = 0;
    int pending = 0;
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.') {
            if (pending && k) {
                if (k + 1 >= sizeof norm) return -1;
                norm[k++] = '_';
            }
            pending = 0;
            if (k + 1 >= sizeof norm) return -1;
            norm[k++] = (char)tolower(c);
        } else {
            pending = 1;
        }
    }
    norm[k] = 0;
    static const struct { const char *alias; int codec; } aliases[] = {
        {"utf_8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
        {"cp65001", CODEC_UTF8}, {"utf8_ucs2", CODEC_UTF8}, {"utf8_ucs4", CODEC_UTF8},
        {"ascii", CODEC_ASCII}, {"us_ascii", CODEC_ASCII}, {"646", CODEC_ASCII}, {"us", CODEC_ASCII},
        {"ansi_x3.4_1968", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII}, {"ansi_x3.4_1986", CODEC_ASCII},
        {"cp367", CODEC_ASCII}, {"csascii", CODEC_ASCII}, {"ibm367", CODEC_ASCII}, {"iso646_us", CODEC_ASCII},
        {"iso_646.irv_1991", CODEC_ASCII}, {"iso_ir_6", CODEC_ASCII},
        {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1}, {"l1", CODEC_LATIN1},
        {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
        {"cp819", CODEC_LATIN1}, {"iso_ir_100", CODEC_LATIN1}, {"csisolatin1", CODEC_LATIN1},
        {"ibm819", CODEC_LATIN1}, {"iso_8859_1_1987", CODEC_LATIN1},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (!strcmp(norm, aliases[i].alias)) return aliases[i].codec;
    return -1;
}

static Value unknown_encoding(GpThread *t, const char *name) {
    return gp_raise(t, &gp_LookupError, "unknown encoding: %s", name);
}

static int is_handler(const char *e, const char *name) { return !strcmp(e, name); }

static Value unknown_handler(GpThread *t, const char *errors) {
    return gp_raise(t, &gp_LookupError, "unknown error handler name '%s'", errors);
}

/* ---- decoding */

static Value decode_error(GpThread *t, const char *enc, const char *data, size_t n, size_t start, size_t end,
                          const char *reason) {
    Value obj = gp_bytes_new(t, data, n);
    Value es = gp_str_from_cstr(t, enc), rs = gp_str_from_cstr(t, reason);
    if (!obj || !es || !rs) return VNULL;
    Value args = gp_tuple_pack(t, 5, es, obj, v_from_small((int64_t)start), v_from_small((int64_t)end), rs);
    if (!args) return VNULL;
    Value e = gp_exc_new(t, &gp_UnicodeDecodeError, args);
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

/* ASCII decoding: each byte above 0x7F is an error of its own. */
static Value decode_ascii(GpThread *t, const char *s, size_t n, const char *errors) {
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) i++;
    if (i == n) return gp_str_new(t, s, n);
    if (!errors || is_handler(errors, "strict"))
        return decode_error(t, "ascii", s, n, i, i + 1, "ordinal not in range(128)");
    int h = is_handler(errors, "replace") ? 1 : is_handler(errors, "ignore") ? 2
            : is_handler(errors, "surrogateescape") ? 3 : is_handler(errors, "backslashreplace") ? 4 : 0;
    if (!h) return unknown_handler(t, errors);
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_put(&b, s, i);
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) gp_buf_putc(&b, (char)c);
        else if (h == 1) gp_buf_put_utf8(&b, 0xFFFD);
        else if (h == 3) gp_buf_put_utf8(&b, 0xDC00 + c);
        else if (h == 4) gp_buf_printf(&b, "\\x%02x", c);
    }
    return gp_buf_finish_str(t, &b);
}

static Value decode_latin1(GpThread *t, const char *s, size_t n) {
    size_t high = 0;
    for (size_t i = 0; i < n; i++) high += (unsigned char)s[i] >= 0x80;
    Value r = gp_str_alloc_n(t, n + high, n);
    if (!r) return VNULL;
    char *d = gp_str_obj(r)->data;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            *d++ = (char)c;
        } else {
            *d++ = (char)(0xC0 | (c >> 6));
            *d++ = (char)(0x80 | (c & 0x3F));
        }
    }
    return r;
}

Value gp_str_decode(GpThread *t, const char *s, size_t n, const char *encoding, const char *errors) {
    int codec = codec_lookup(encoding);
    switch (codec) {
    case CODEC_UTF8: return gp_str_decode_utf8(t, s, n, errors);
    case CODEC_ASCII: return decode_ascii(t, s, n, errors);
    case CODEC_LATIN1: return decode_latin1(t, s, n);
    default: return unknown_encoding(t, encoding);
    }
}

/* ---- encoding */

static Value encode_error(GpThread *t, const char *enc, Value str, size_t start, size_t end, const char *reason) {
    Value es = gp_str_from_cstr(t, enc), rs = gp_str_from_cstr(t, reason), obj = gp_str_exact(t, str);
    if (!es || !rs || !obj) return VNULL;
    Value args = gp_tuple_pack(t, 5, es, obj, v_from_small((int64_t)start), v_from_small((int64_t)end), rs);
    if (!args) return VNULL;
    Value e = gp_exc_new(t, &gp_UnicodeEncodeError, args);
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

static void put_escape(GpBuf *b, uint32_t c) {
    if (c <= 0xFF) gp_buf_printf(b, "\\x%02x", c);
    else if (c <= 0xFFFF) gp_buf_printf(b, "\\u%04x", c);
    else gp_buf_printf(b, "\\U%08x", c);
}

/* namereplace: \N{NAME} for the characters whose names gilpy knows,
 * the backslash escape otherwise, as CPython does for unnamed ones. */
static void put_name(GpBuf *b, uint32_t c) {
    for (int i = 0; i < unicode_name_count; i++) {
        if (unicode_name_entries[i].cp == c) {
            gp_buf_printf(b, "\\N{%s}", unicode_name_blob + unicode_name_entries[i].offset);
            return;
        }
    }
    if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x2A6DF)) {
        gp_buf_printf(b, "\\N{CJK UNIFIED IDEOGRAPH-%X}", c);
        return;
    }
    put_escape(b, c);
}

/* Encodes to ASCII (limit 0x80) or Latin-1 (limit 0x100); for UTF-8
 * (limit 0) only surrogates are unencodable. Runs of unencodable
 * characters are reported, and handled, together, as CPython does. */
static Value encode_impl(GpThread *t, Value str, int codec, const char *errors) {
    const char *s = gp_str_data(str);
    size_t n = gp_str_nbytes(str);
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0;
    const char *reason = codec == CODEC_ASCII ? "ordinal not in range(128)"
                         : codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                                                 : "surrogates not allowed";
#define BAD(c) (limit ? (c) >= limit : ((c) >= 0xD800 && (c) <= 0xDFFF))
    GpBuf b;
    gp_buf_init(&b);
    size_t pos = 0, ci = 0;
    while (pos < n) {
        size_t start = pos;
        uint32_t c = gp_utf8_next(s, &pos);
        if (!BAD(c)) {
            if (codec == CODEC_UTF8 || c < 0x80) gp_buf_put(&b, s + start, pos - start);
            else gp_buf_putc(&b, (char)c);
            ci++;
            continue;
        }
        /* The run of unencodable characters [ci, cend). */
        size_t run_end = pos, cend = ci + 1;
        while (run_end < n) {
            size_t p = run_end;
            uint32_t d = gp_utf8_next(s, &p);
            if (!BAD(d)) break;
            run_end = p;
            cend++;
        }
        if (!errors || is_handler(errors, "strict")) {
            gp_buf_free(&b);
            return encode_error(t, codec_names[codec], str, ci, cend, reason);
        }
        for (size_t p = start; p < run_end;) {
            size_t q = p;
            uint32_t d = gp_utf8_next(s, &p);
            if (is_handler(errors, "ignore")) {
            } else if (is_handler(errors, "replace")) {
                gp_buf_putc(&b, '?');
            } else if (is_handler(errors, "backslashreplace")) {
                put_escape(&b, d);
            } else if (is_handler(errors, "xmlcharrefreplace")) {
                if (d >= 0xD800 && d <= 0xDFFF) {
                    gp_buf_free(&b);
                    return encode_error(t, codec_names[codec], str, ci, ci + 1, reason);
                }
                gp_buf_printf(&b, "&#%u;", d);
            } else if (is_handler(errors, "namereplace")) {
                put_name(&b, d);
            } else if (is_handler(errors, "surrogateescape") && d >= 0xDC80 && d <= 0xDCFF) {
                gp_buf_putc(&b, (char)(d - 0xDC00));
            } else if (is_handler(errors, "surrogatepass") && codec == CODEC_UTF8) {
                gp_buf_put(&b, s + q, p - q);
            } else if (is_handler(errors, "surrogateescape") || is_handler(errors, "surrogatepass")) {
                gp_buf_free(&b);
                return encode_error(t, codec_names[codec], str, ci, cend, reason);
            } else {
                gp_buf_free(&b);
                return unknown_handler(t, errors);
            }
            ci++;
        }
        pos = run_end;
    }
#undef BAD
    return gp_buf_finish_bytes(t, &b);
}

/* Whether valid UTF-8 holds a surrogate (ED A0..BF xx). */
static int has_surrogate(const char *s, size_t n) {
    for (const char *p = s; (p = memchr(p, 0xED, (size_t)(s + n - p))) != NULL; p++)
        if (p + 1 < s + n && (unsigned char)p[1] >= 0xA0) return 1;
    return 0;
}

Value gp_str_encode(GpThread *t, Value str, const char *encoding, const char *errors) {
    int codec = codec_lookup(encoding);
    if (codec < 0) return unknown_encoding(t, encoding);
    const char *s = gp_str_data(str);
    size_t n = gp_str_nbytes(str);
    if (gp_str_obj(str)->ascii || (codec == CODEC_UTF8 && !has_surrogate(s, n))) return gp_bytes_new(t, s, n);
    return encode_impl(t, str, codec, errors);
}

GP_METHOD(gp_str_m_encode) {
    static const char *const names[] = {"encoding", "errors"};
    static const GpArgSpec spec = {"encode", names, 2, 2, 0, 0};
    Value av[2];
    if (gp_parse_args(t, &spec, a, n, kw, av) < 0) return VNULL;
    for (int i = 0; i < 2; i++)
        if (av[i] && !gp_is_str(av[i]))
            return gp_raise(t, &gp_TypeError, "encode() argument '%s' must be str, not %s", names[i],
                            gp_arg_tname(av[i]));
    return gp_str_encode(t, self, av[0] ? gp_str_data(av[0]) : NULL, av[1] ? gp_str_data(av[1]) : NULL);
}

/* file_codec.c - the encodings text files support: UTF-8, ASCII and
 * Latin-1, with CPython's error handlers and exception messages.
 *
 * Strings are UTF-8 inside (obj/str.h), so UTF-8 files copy bytes and
 * only look at surrogates; the two single-byte codecs map code points
 * below 128 or 256 to one byte each. */
#include <ctype.h>
#include <string.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "bytes.h"
#include "exc.h"
#include "file_impl.h"
#include "tuple.h"

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* CPython's aliases, after normalising case and separators to '_'. */
static const struct {
    const char *alias;
    int codec;
} aliases[] = {
    {"utf_8", CODEC_UTF8},      {"utf8", CODEC_UTF8},        {"u8", CODEC_UTF8},       {"utf", CODEC_UTF8},
    {"cp65001", CODEC_UTF8},    {"locale", CODEC_UTF8},      {"ascii", CODEC_ASCII},   {"us_ascii", CODEC_ASCII},
    {"646", CODEC_ASCII},       {"us", CODEC_ASCII},         {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1},
    {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1}, {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1},
    {"l1", CODEC_LATIN1},       {"latin", CODEC_LATIN1},     {"iso_ir_100", CODEC_LATIN1},
    {"csisolatin1", CODEC_LATIN1}, {"iso_8859_1_1987", CODEC_LATIN1},
};

int file_codec_lookup(GpThread *t, Value encoding) {
    char norm[32];
    const char *s = gp_str_data(encoding);
    size_t n = gp_str_nbytes(encoding);
    if (n < sizeof norm) {
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            norm[i] = c == '-' || c == ' ' ? '_' : (char)tolower(c);
        }
        norm[n] = 0;
        for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
            if (!strcmp(norm, aliases[i].alias)) return aliases[i].codec;
    }
    return gp_raise_i(t, &gp_LookupError, "unknown encoding: %U", encoding);
}

static int can_encode(int codec, uint32_t cp) {
    switch (codec) {
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    default: return cp < 0xD800 || cp > 0xDFFF;
    }
}

static const char *encode_reason(int codec) {
    return codec == CODEC_ASCII ? "ordinal not in range(128)"
           : codec == CODEC_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
}

static void put_code(GpBuf *out, int codec, uint32_t cp, const char *src, size_t len) {
    if (codec == CODEC_UTF8) gp_buf_put(out, src, len);
    else gp_buf_putc(out, (char)cp);
}

/* UnicodeEncodeError for the run of unencodable characters starting at
 * character index ci (byte offset i) of s, as CPython's encoders report. */
static int encode_error(GpThread *t, int codec, Value s, size_t i, size_t ci) {
    const char *p = gp_str_data(s);
    size_t n = gp_str_nbytes(s), end = ci;
    while (i < n) {
        size_t j = i;
        uint32_t cp = gp_utf8_next(p, &j);
        if (can_encode(codec, cp)) break;
        i = j;
        end++;
    }
    Value args = gp_tuple_pack(t, 5, gp_str_from_cstr(t, codec_names[codec]), s, v_from_small((int64_t)ci),
                               v_from_small((int64_t)end), gp_str_from_cstr(t, encode_reason(codec)));
    if (!args) return -1;
    Value e = gp_exc_new(t, &gp_UnicodeEncodeError, args);
    if (e) gp_exc_restore(t, e);
    return -1;
}

int file_encode(GpThread *t, GpFile *f, Value s, GpBuf *out) {
    const char *p = gp_str_data(s);
    size_t n = gp_str_nbytes(s);
    const char *nl = f->newline == NL_CR ? "\r" : f->newline == NL_CRLF ? "\r\n" : NULL;
    if (gp_str_obj(s)->ascii && !nl) {
        gp_buf_put(out, p, n);
        return 0;
    }
    const char *errors = gp_str_data(f->errors);
    size_t i = 0, ci = 0;
    for (; i < n; ci++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80) {
            if (c == '\n' && nl) gp_buf_puts(out, nl);
            else gp_buf_putc(out, (char)c);
            i++;
            continue;
        }
        size_t start = i;
        uint32_t cp = gp_utf8_next(p, &i);
        if (can_encode(f->codec, cp)) {
            put_code(out, f->codec, cp, p + start, i - start);
        } else if (!strcmp(errors, "strict")) {
            return encode_error(t, f->codec, s, start, ci);
        } else if (!strcmp(errors, "ignore")) {
        } else if (!strcmp(errors, "replace")) {
            gp_buf_putc(out, '?');
        } else if (!strcmp(errors, "surrogateescape")) {
            if (cp < 0xDC80 || cp > 0xDCFF) return encode_error(t, f->codec, s, start, ci);
            gp_buf_putc(out, (char)(cp - 0xDC00));
        } else if (!strcmp(errors, "surrogatepass") && f->codec == CODEC_UTF8) {
            gp_buf_put(out, p + start, i - start);
        } else if (!strcmp(errors, "backslashreplace")) {
            gp_buf_printf(out, cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", (unsigned)cp);
        } else if (!strcmp(errors, "xmlcharrefreplace")) {
            gp_buf_printf(out, "&#%u;", (unsigned)cp);
        } else if (!strcmp(errors, "surrogatepass")) {
            return encode_error(t, f->codec, s, start, ci);
        } else {
            return gp_raise_i(t, &gp_LookupError, "unknown error handler name '%s'", errors);
        }
    }
    return 0;
}

static Value decode_single_byte(GpThread *t, GpFile *f, const char *s, size_t n) {
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) i++;
    if (i == n) return gp_str_new(t, s, n);
    const char *errors = gp_str_data(f->errors);
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_put(&b, s, i);
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 || f->codec == CODEC_LATIN1) {
            gp_buf_put_utf8(&b, c);
        } else if (!strcmp(errors, "strict")) {
            gp_buf_free(&b);
            Value args = gp_tuple_pack(t, 5, gp_str_from_cstr(t, "ascii"), gp_bytes_new(t, s, n),
                                       v_from_small((int64_t)i), v_from_small((int64_t)i + 1),
                                       gp_str_from_cstr(t, "ordinal not in range(128)"));
            if (!args) return VNULL;
            Value e = gp_exc_new(t, &gp_UnicodeDecodeError, args);
            if (e) gp_exc_restore(t, e);
            return VNULL;
        } else if (!strcmp(errors, "ignore")) {
        } else if (!strcmp(errors, "replace")) {
            gp_buf_put_utf8(&b, 0xFFFD);
        } else if (!strcmp(errors, "surrogateescape")) {
            gp_buf_put_utf8(&b, 0xDC00 + c);
        } else if (!strcmp(errors, "backslashreplace")) {
            gp_buf_printf(&b, "\\x%02x", c);
        } else {
            gp_buf_free(&b);
            return gp_raise(t, &gp_LookupError, "unknown error handler name '%s'", errors);
        }
    }
    return gp_buf_finish_str(t, &b);
}

Value file_decode(GpThread *t, GpFile *f, const char *s, size_t n) {
    if (f->codec == CODEC_UTF8) return gp_str_decode_utf8(t, s, n, gp_str_data(f->errors));
    return decode_single_byte(t, f, s, n);
}

/* str.c - the str type: creation, hashing, interning, repr, UTF-8
 * helpers and the byte buffer used to build strings. The methods of str
 * are in str_methods.c and its neighbours, the type slots in str_type.c,
 * formatting in format*.c. */
#include "str.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "tuple.h"
#include "unicode.h"

/* ---- UTF-8 */

size_t gp_utf8_encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t gp_utf8_next(const char *s, size_t *pos) {
    const unsigned char *p = (const unsigned char *)s + *pos;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pos += 1;
        return c;
    }
    if (c < 0xE0) {
        *pos += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *pos += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *pos += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) | ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

size_t gp_utf8_count(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* ---- construction */

Value gp_str_alloc(GpThread *t, size_t nbytes) {
    if (nbytes > SIZE_MAX / 2) {
        gp_raise_memory(t);
        return VNULL;
    }
    GpStr *s = gp_alloc(t, &gp_str_type, sizeof(GpStr) + nbytes + 1);
    if (!s) return VNULL;
    s->hash = -1;
    s->nbytes = nbytes;
    return v_from_obj(s);
}

Value gp_str_finish(Value v) {
    GpStr *s = gp_str_obj(v);
    s->data[s->nbytes] = 0;
    s->nchars = gp_utf8_count(s->data, s->nbytes);
    s->ascii = s->nchars == s->nbytes;
    return v;
}

Value gp_str_new(GpThread *t, const char *data, size_t nbytes) {
    Value v = gp_str_alloc(t, nbytes);
    if (!v) return VNULL;
    memcpy(gp_str_obj(v)->data, data, nbytes);
    return gp_str_finish(v);
}

Value gp_str_from_cstr(GpThread *t, const char *s) { return gp_str_new(t, s, strlen(s)); }

Value gp_str_immortal(const char *s) {
    Value v = gp_str_new(NULL, s, strlen(s));
    gp_str_hash(v);
    gp_str_obj(v)->interned = 1;
    return v;
}

Value gp_str_from_codepoint(GpThread *t, uint32_t cp) { return gp_str_char(t, cp); }

/* Strict UTF-8 validation as Python's decoder does it: returns the
 * length of the valid prefix, and for the first invalid sequence its
 * length (the bytes CPython's error covers) and the reason. Overlong
 * forms, surrogates and code points above U+10FFFF fail at the second
 * byte, through the narrowed range allowed for it. */
static size_t utf8_valid_prefix(const unsigned char *s, size_t n, size_t *bad_len, const char **reason) {
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            *bad_len = 1;
            *reason = "invalid start byte";
            return i;
        }
        for (size_t j = 1; j <= need; j++) {
            if (i + j >= n) {
                *bad_len = j;
                *reason = "unexpected end of data";
                return i;
            }
            unsigned cc = s[i + j];
            unsigned l = j == 1 ? lo : 0x80, h = j == 1 ? hi : 0xBF;
            if (cc < l || cc > h) {
                *bad_len = j;
                *reason = "invalid continuation byte";
                return i;
            }
        }
        i += need + 1;
    }
    return n;
}

Value gp_str_decode_utf8(GpThread *t, const char *data, size_t n, const char *errors) {
    const unsigned char *s = (const unsigned char *)data;
    size_t bad_len = 0;
    const char *reason = NULL;
    size_t ok = utf8_valid_prefix(s, n, &bad_len, &reason);
    if (ok == n) return gp_str_new(t, data, n);
    if (!errors || !strcmp(errors, "strict")) {
        extern Value gp_bytes_new(GpThread * t, const void *data, size_t n);
        Value obj = gp_bytes_new(t, data, n);
        if (!obj) return VNULL;
        Value args = gp_tuple_pack(t, 5, gp_str_from_cstr(t, "utf-8"), obj, v_from_small((int64_t)ok),
                                   v_from_small((int64_t)(ok + bad_len)), gp_str_from_cstr(t, reason));
        if (!args) return VNULL;
        Value e = gp_exc_new(t, &gp_UnicodeDecodeError, args);
        if (e) gp_exc_restore(t, e);
        return VNULL;
    }
    int replace = !strcmp(errors, "replace"), ignore = !strcmp(errors, "ignore");
    int escape = !strcmp(errors, "surrogateescape") || !strcmp(errors, "backslashreplace");
    int backslash = !strcmp(errors, "backslashreplace");
    if (!replace && !ignore && !escape)
        return gp_raise(t, &gp_LookupError, "unknown error handler name '%s'", errors);
    GpBuf b;
    gp_buf_init(&b);
    size_t i = 0;
    while (i < n) {
        size_t good = utf8_valid_prefix(s + i, n - i, &bad_len, &reason);
        gp_buf_put(&b, (const char *)s + i, good);
        i += good;
        if (i >= n) break;
        for (size_t k = 0; k < bad_len; k++) {
            if (replace) {
                if (k == 0) gp_buf_put_utf8(&b, 0xFFFD);
            } else if (backslash) {
                gp_buf_printf(&b, "\\x%02x", s[i + k]);
            } else if (escape) {
                gp_buf_put_utf8(&b, 0xDC00 + s[i + k]);
            }
        }
        i += bad_len;
    }
    return gp_buf_finish_str(t, &b);
}

/* ---- hashing and equality */

/* Why not CPython's SipHash: str hashes are randomized per process in
 * CPython, so no program can depend on their values; a fast
 * multiplicative hash over 8-byte words serves dicts just as well. bytes
 * use the same function, so hash(b"ab") == hash("ab") as in CPython. */
int64_t gp_hash_bytes(const void *data, size_t n) {
    uint64_t h = UINT64_C(0xcbf29ce484222325) ^ n;
    const unsigned char *p = data;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * UINT64_C(0x9E3779B97F4A7C15);
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i < n; i++, k += 8) tail |= (uint64_t)p[i] << k;
    h = (h ^ tail) * UINT64_C(0xff51afd7ed558ccd);
    h ^= h >> 32;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t gp_str_hash(Value v) {
    GpStr *s = gp_str_obj(v);
    if (s->hash == -1) s->hash = gp_hash_bytes(s->data, s->nbytes);
    return s->hash;
}

int gp_str_eq(Value a, Value b) {
    if (a == b) return 1;
    GpStr *x = gp_str_obj(a), *y = gp_str_obj(b);
    if (x->nbytes != y->nbytes) return 0;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return 0;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

int gp_str_eq_cstr(Value s, const char *c) {
    size_t n = strlen(c);
    return gp_str_nbytes(s) == n && memcmp(gp_str_data(s), c, n) == 0;
}

/* ---- interning */

Value gp_str_intern(GpThread *t, Value s) {
    if (gp_str_obj(s)->interned) {
        Value existing = gp_dict_get_str(t->interp->interned, s);
        if (existing) return existing;
    }
    Value existing = gp_dict_get_str(t->interp->interned, s);
    if (existing) return existing;
    if (!v_is_type(s, &gp_str_type)) {
        s = gp_str_new(t, gp_str_data(s), gp_str_nbytes(s));
        if (!s) return VNULL;
    }
    if (gp_dict_set(t, t->interp->interned, s, s) < 0) return VNULL;
    gp_str_obj(s)->interned = 1;
    return s;
}

Value gp_str_intern_cstr(GpThread *t, const char *c) {
    Value s = gp_str_from_cstr(t, c);
    return s ? gp_str_intern(t, s) : VNULL;
}

/* ---- indexing */

size_t gp_str_byte_offset(Value v, size_t i) {
    GpStr *s = gp_str_obj(v);
    if (s->ascii) return i;
    if (i >= s->nchars) return s->nbytes;
    const unsigned char *d = (const unsigned char *)s->data;
    size_t from_char = 0, pos = 0;
    if (i >= s->hint_char) {
        from_char = s->hint_char;
        pos = s->hint_byte;
    } else if (i > s->hint_char / 2) {
        /* Nearer to the hint than to the start: walk backwards. */
        size_t k = s->hint_char;
        pos = s->hint_byte;
        while (k > i) {
            pos--;
            while ((d[pos] & 0xC0) == 0x80) pos--;
            k--;
        }
        goto found;
    }
    if (s->nchars - i < i - from_char) {
        size_t k = s->nchars;
        pos = s->nbytes;
        while (k > i) {
            pos--;
            while ((d[pos] & 0xC0) == 0x80) pos--;
            k--;
        }
        goto found;
    }
    for (size_t k = from_char; k < i; k++) {
        unsigned c = d[pos];
        pos += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
found:
    /* Shared immortal strings are only ever read here (i == hint). */
    if (s->hint_char != i) {
        s->hint_char = i;
        s->hint_byte = pos;
    }
    return pos;
}

size_t gp_str_char_index(Value v, size_t off) {
    GpStr *s = gp_str_obj(v);
    if (s->ascii) return off;
    return gp_utf8_count(s->data, off);
}

uint32_t gp_str_char_at(Value v, size_t i) {
    GpStr *s = gp_str_obj(v);
    if (s->ascii) return (unsigned char)s->data[i];
    size_t pos = gp_str_byte_offset(v, i);
    return gp_utf8_next(s->data, &pos);
}

Value gp_str_substr(GpThread *t, Value v, size_t lo, size_t hi) {
    GpStr *s = gp_str_obj(v);
    if (lo == 0 && hi == s->nbytes && v_is_type(v, &gp_str_type)) return v;
    if (hi <= lo) return gp_str_new(t, "", 0);
    if (s->ascii && hi - lo == 1) return gp_str_char(t, (unsigned char)s->data[lo]);
    Value r = gp_str_alloc(t, hi - lo);
    if (!r) return VNULL;
    GpStr *d = gp_str_obj(r);
    memcpy(d->data, s->data + lo, hi - lo);
    d->data[hi - lo] = 0;
    if (s->ascii) {
        d->nchars = hi - lo;
        d->ascii = 1;
        return r;
    }
    return gp_str_finish(r);
}

Value gp_str_exact(GpThread *t, Value v) {
    if (v_is_type(v, &gp_str_type)) return v;
    GpStr *s = gp_str_obj(v);
    Value r = gp_str_alloc(t, s->nbytes);
    if (!r) return VNULL;
    GpStr *d = gp_str_obj(r);
    memcpy(d->data, s->data, s->nbytes + 1);
    d->nchars = s->nchars;
    d->ascii = s->ascii;
    return r;
}

/* One-character strings below U+0100 are shared: iterating over or
 * indexing Latin-1 text then allocates nothing. They are immortal and
 * built once per process, like the builtin types. */
static Value one_char[256];
static pthread_once_t one_char_once = PTHREAD_ONCE_INIT;

static void one_char_init(void) {
    for (uint32_t c = 0; c < 256; c++) {
        char buf[4];
        size_t n = gp_utf8_encode(c, buf);
        Value v = gp_str_new(NULL, buf, n);
        gp_str_hash(v);
        one_char[c] = v;
    }
}

Value gp_str_char(GpThread *t, uint32_t cp) {
    if (cp < 256) {
        pthread_once(&one_char_once, one_char_init);
        return one_char[cp];
    }
    char buf[4];
    size_t n = gp_utf8_encode(cp, buf);
    Value r = gp_str_alloc(t, n);
    if (!r) return VNULL;
    GpStr *d = gp_str_obj(r);
    memcpy(d->data, buf, n);
    d->data[n] = 0;
    d->nchars = 1;
    return r;
}

Value gp_str_concat(GpThread *t, Value a, Value b) {
    size_t na = gp_str_nbytes(a), nb = gp_str_nbytes(b);
    if (!nb && v_is_type(a, &gp_str_type)) return a;
    if (!na && v_is_type(b, &gp_str_type)) return b;
    Value r = gp_str_alloc(t, na + nb);
    if (!r) return VNULL;
    GpStr *s = gp_str_obj(r);
    memcpy(s->data, gp_str_data(a), na);
    memcpy(s->data + na, gp_str_data(b), nb);
    s->data[na + nb] = 0;
    s->nchars = gp_str_len(a) + gp_str_len(b);
    s->ascii = s->nchars == s->nbytes;
    return r;
}

/* ---- repr */

int gp_unicode_isprintable(uint32_t cp) { return gp_uni_has(cp, GP_UNI_PRINTABLE); }

static void put_escaped(GpBuf *b, uint32_t cp, char quote, int ascii_only) {
    switch (cp) {
    case '\\': gp_buf_puts(b, "\\\\"); return;
    case '\n': gp_buf_puts(b, "\\n"); return;
    case '\r': gp_buf_puts(b, "\\r"); return;
    case '\t': gp_buf_puts(b, "\\t"); return;
    default: break;
    }
    if (cp == (uint32_t)quote) {
        gp_buf_putc(b, '\\');
        gp_buf_putc(b, quote);
    } else if (cp < 0x80 ? (cp >= 0x20 && cp < 0x7F) : (!ascii_only && gp_unicode_isprintable(cp))) {
        gp_buf_put_utf8(b, cp);
    } else if (cp <= 0xFF) {
        gp_buf_printf(b, "\\x%02x", cp);
    } else if (cp <= 0xFFFF) {
        gp_buf_printf(b, "\\u%04x", cp);
    } else {
        gp_buf_printf(b, "\\U%08x", cp);
    }
}

static Value repr_impl(GpThread *t, Value v, int ascii_only) {
    GpStr *s = gp_str_obj(v);
    int has_single = memchr(s->data, '\'', s->nbytes) != NULL;
    int has_double = memchr(s->data, '"', s->nbytes) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_putc(&b, quote);
    size_t pos = 0;
    while (pos < s->nbytes) put_escaped(&b, gp_utf8_next(s->data, &pos), quote, ascii_only);
    gp_buf_putc(&b, quote);
    return gp_buf_finish_str(t, &b);
}

Value gp_str_repr(GpThread *t, Value v) { return repr_impl(t, v, 0); }
Value gp_str_ascii_repr(GpThread *t, Value v) { return repr_impl(t, v, 1); }

Value gp_ascii(GpThread *t, Value v) {
    Value r = gp_repr(t, v);
    if (!r || gp_str_obj(r)->ascii) return r;
    GpStr *s = gp_str_obj(r);
    GpBuf b;
    gp_buf_init(&b);
    size_t pos = 0;
    while (pos < s->nbytes) {
        uint32_t cp = gp_utf8_next(s->data, &pos);
        if (cp < 0x80) gp_buf_putc(&b, (char)cp);
        else if (cp <= 0xFF) gp_buf_printf(&b, "\\x%02x", cp);
        else if (cp <= 0xFFFF) gp_buf_printf(&b, "\\u%04x", cp);
        else gp_buf_printf(&b, "\\U%08x", cp);
    }
    return gp_buf_finish_str(t, &b);
}

/* ---- join */

Value gp_str_join(GpThread *t, Value sep, Value iterable) {
    /* A list or tuple is read in place: nothing below runs Python code
     * that could change it. Other iterables are collected first. */
    Value items = gp_is_list(iterable) || gp_is_tuple(iterable) ? iterable : gp_sequence_tuple(t, iterable);
    if (!items) return VNULL;
    size_t n = gp_is_list(items) ? gp_list_obj(items)->n : gp_tuple_len(items);
    Value *it = gp_is_list(items) ? gp_list_obj(items)->items : gp_tuple_items(items);
    size_t total = 0, chars = 0;
    for (size_t i = 0; i < n; i++) {
        if (!gp_is_str(it[i]))
            return gp_raise(t, &gp_TypeError, "sequence item %zu: expected str instance, %s found", i, v_type(it[i])->name);
        total += gp_str_nbytes(it[i]);
        chars += gp_str_len(it[i]);
    }
    if (n == 1 && v_is_type(it[0], &gp_str_type)) return it[0];
    size_t seplen = gp_str_nbytes(sep);
    if (n) {
        total += seplen * (n - 1);
        chars += gp_str_len(sep) * (n - 1);
    }
    Value r = gp_str_alloc(t, total);
    if (!r) return VNULL;
    GpStr *s = gp_str_obj(r);
    char *p = s->data;
    for (size_t i = 0; i < n; i++) {
        if (i && seplen) {
            memcpy(p, gp_str_data(sep), seplen);
            p += seplen;
        }
        memcpy(p, gp_str_data(it[i]), gp_str_nbytes(it[i]));
        p += gp_str_nbytes(it[i]);
    }
    *p = 0;
    s->nchars = chars;
    s->ascii = chars == total;
    return r;
}

/* ---- buffers */

void gp_buf_init(GpBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

void gp_buf_free(GpBuf *b) {
    free(b->data);
    gp_buf_init(b);
}

static int buf_reserve(GpBuf *b, size_t extra) {
    if (b->failed) return -1;
    if (b->len + extra + 1 <= b->cap) return 0;
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < b->len + extra + 1) {
        if (ncap > SIZE_MAX / 2) {
            b->failed = 1;
            return -1;
        }
        ncap *= 2;
    }
    char *nd = realloc(b->data, ncap);
    if (!nd) {
        b->failed = 1;
        return -1;
    }
    b->data = nd;
    b->cap = ncap;
    return 0;
}

void gp_buf_put(GpBuf *b, const char *s, size_t n) {
    if (buf_reserve(b, n) < 0) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
}

void gp_buf_puts(GpBuf *b, const char *s) { gp_buf_put(b, s, strlen(s)); }

void gp_buf_putc(GpBuf *b, char c) {
    if (buf_reserve(b, 1) < 0) return;
    b->data[b->len++] = c;
}

void gp_buf_put_utf8(GpBuf *b, uint32_t cp) {
    char tmp[4];
    gp_buf_put(b, tmp, gp_utf8_encode(cp, tmp));
}

void gp_buf_printf(GpBuf *b, const char *fmt, ...) {
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        gp_buf_put(b, tmp, (size_t)n);
        return;
    }
    if (buf_reserve(b, (size_t)n) < 0) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

int gp_buf_put_str(GpThread *t, GpBuf *b, Value v) {
    Value s = gp_str(t, v);
    if (!s) return -1;
    gp_buf_put(b, gp_str_data(s), gp_str_nbytes(s));
    return 0;
}

int gp_buf_put_repr(GpThread *t, GpBuf *b, Value v) {
    Value s = gp_repr(t, v);
    if (!s) return -1;
    gp_buf_put(b, gp_str_data(s), gp_str_nbytes(s));
    return 0;
}

Value gp_buf_finish_str(GpThread *t, GpBuf *b) {
    if (b->failed) {
        gp_buf_free(b);
        return gp_raise_memory(t);
    }
    Value s = gp_str_new(t, b->data ? b->data : "", b->len);
    gp_buf_free(b);
    return s;
}

Value gp_buf_finish_bytes(GpThread *t, GpBuf *b) {
    extern Value gp_bytes_new(GpThread * t, const void *data, size_t n);
    if (b->failed) {
        gp_buf_free(b);
        return gp_raise_memory(t);
    }
    Value s = gp_bytes_new(t, b->data, b->len);
    gp_buf_free(b);
    return s;
}

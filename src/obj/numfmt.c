/* numfmt buffers, error reports and UTF-8 scanning. */
#include "numfmt_internal.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nf_buf_init(nf_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->failed = false;
}

void nf_buf_free(nf_buf *b)
{
    free(b->data);
    nf_buf_init(b);
}

void nf_buf_clear(nf_buf *b)
{
    b->len = 0;
    b->failed = false;
    if (b->data)
        b->data[0] = '\0';
}

/* Grows geometrically so that appending n bytes one call at a time costs
 * amortised O(n); one byte more than the content is kept for the NUL.
 * Sizes beyond PTRDIFF_MAX fail at once, as no object can be that large;
 * this is also how absurd widths such as format('x', '9223372036854775807')
 * become the MemoryError CPython raises. */
static bool reserve(nf_buf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (extra >= (size_t)PTRDIFF_MAX - b->len) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < need)
        cap = cap > (size_t)PTRDIFF_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void nf_put(nf_buf *b, const char *s, size_t n)
{
    if (!reserve(b, n))
        return;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void nf_buf_append(nf_buf *b, const char *s, size_t n)
{
    nf_put(b, s, n);
}

void nf_puts(nf_buf *b, const char *s)
{
    nf_put(b, s, strlen(s));
}

void nf_putc(nf_buf *b, char c)
{
    nf_put(b, &c, 1);
}

void nf_put_repeat(nf_buf *b, char c, size_t n)
{
    if (!reserve(b, n))
        return;
    memset(b->data + b->len, c, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static size_t encode_cp(uint32_t cp, char out[4])
{
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

void nf_put_cp(nf_buf *b, uint32_t cp)
{
    char enc[4];
    nf_put(b, enc, encode_cp(cp, enc));
}

void nf_put_cp_repeat(nf_buf *b, uint32_t cp, size_t n)
{
    char enc[4];
    size_t k = encode_cp(cp, enc);
    if (k == 1) {
        nf_put_repeat(b, enc[0], n);
        return;
    }
    if (n > (SIZE_MAX - 1) / k || !reserve(b, n * k))
        return;
    for (size_t i = 0; i < n; i++)
        nf_put(b, enc, k);
}

void nf_err_init(nf_err *e)
{
    e->code = NF_OK;
    nf_buf_init(&e->msg);
}

void nf_err_free(nf_err *e)
{
    nf_buf_free(&e->msg);
    e->code = NF_OK;
}

const char *nf_err_message(const nf_err *e)
{
    return e->msg.data ? e->msg.data : "";
}

nf_status nf_fail(nf_err *err, nf_status code, const char *fmt, ...)
{
    if (!err)
        return code;
    nf_buf_clear(&err->msg);
    va_list ap;
    va_start(ap, fmt);
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n >= 0 && reserve(&err->msg, (size_t)n)) {
        vsnprintf(err->msg.data, (size_t)n + 1, fmt, again);
        err->msg.len = (size_t)n;
        err->code = code;
    } else {
        nf_buf_clear(&err->msg);
        err->code = NF_MEMORY_ERROR;
    }
    va_end(again);
    return err->code;
}

nf_status nf_buf_status(const nf_buf *b, nf_err *err)
{
    if (!b->failed)
        return NF_OK;
    if (err) {
        nf_buf_clear(&err->msg);
        err->code = NF_MEMORY_ERROR;
    }
    return NF_MEMORY_ERROR;
}

/* Lenient decoding: a byte that does not start a well-formed sequence is
 * returned as its own value, which keeps every loop over text finite and
 * lets the interpreter's already-valid strings decode exactly. */
uint32_t nf_utf8_next(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[*i];
    size_t extra;
    uint32_t cp;
    if (c < 0x80) {
        (*i)++;
        return c;
    } else if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        (*i)++;
        return c;
    }
    if (extra >= len - *i) {
        (*i)++;
        return c;
    }
    for (size_t k = 1; k <= extra; k++) {
        if ((u[*i + k] & 0xC0) != 0x80) {
            (*i)++;
            return c;
        }
        cp = (cp << 6) | (u[*i + k] & 0x3F);
    }
    *i += extra + 1;
    return cp;
}

size_t nf_utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        nf_utf8_next(s, len, &i);
        n++;
    }
    return n;
}

size_t nf_utf8_prefix_bytes(const char *s, size_t len, size_t ncp)
{
    size_t i = 0;
    while (i < len && ncp > 0) {
        nf_utf8_next(s, len, &i);
        ncp--;
    }
    return i;
}

/* CPython prints type names with "%.200s": at most 200 bytes, and a
 * character cut in two decodes as one U+FFFD. */
void nf_name_cut(const char *name, int *keep, const char **tail)
{
    size_t n = strlen(name);
    *tail = "";
    if (n <= 200) {
        *keep = (int)n;
        return;
    }
    size_t k = 200;
    while (k > 0 && ((unsigned char)name[k] & 0xC0) == 0x80)
        k--;
    if (k < 200)
        *tail = "\xEF\xBF\xBD";
    *keep = (int)k;
}

nf_status nf_unknown_code(nf_err *err, uint32_t type, const char *type_name)
{
    int keep;
    const char *tail;
    nf_name_cut(type_name, &keep, &tail);
    if (type > 32 && type < 128)
        return nf_fail(err, NF_VALUE_ERROR,
                       "Unknown format code '%c' for object of type '%.*s%s'",
                       (char)type, keep, type_name, tail);
    return nf_fail(err, NF_VALUE_ERROR,
                   "Unknown format code '\\x%x' for object of type '%.*s%s'",
                   (unsigned)type, keep, type_name, tail);
}

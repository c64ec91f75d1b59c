/* file_text.c - reading and writing text files.
 *
 * Reading moves raw bytes from the read-ahead buffer into a scratch
 * buffer, translating newlines and counting characters on the way, and
 * decodes the scratch buffer once at the end (file_codec.c). Newlines are
 * ASCII in every supported codec, so translating raw bytes is exact, and a
 * UTF-8 character is never split because its lead byte gives its length.
 */
#include <string.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "file_impl.h"
#include "int.h"
#include "tuple.h"

/* Bytes that end a line or need translating in newline mode nl. */
static inline int is_special(int nl, unsigned char c) { return c == '\n' || (c == '\r' && nl != NL_LF); }

static inline size_t utf8_len(unsigned char c) {
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 1;
}

/* A '\r' at rbuf[rpos]: 1 if "\r\n" follows, reading ahead one byte if
 * needed; -1 on error. */
static int crlf_follows(GpThread *t, GpFile *f) {
    if (f->rpos + 1 == f->rlen && file_fill(t, f, 0) < 0) return -1;
    return f->rpos + 1 < f->rlen && f->rbuf[f->rpos + 1] == '\n';
}

/* Handle a line-ending byte at rbuf[rpos]: returns 1 if a line ended, 0
 * if not, -1 on error; *count grows by the characters produced. */
static int take_newline(GpThread *t, GpFile *f, int64_t limit, int64_t *count, GpBuf *out) {
    int nl = f->newline;
    if (f->rbuf[f->rpos] == '\n') {
        gp_buf_putc(out, '\n');
        f->rpos++;
        (*count)++;
        if (nl == NL_UNIVERSAL || nl == NL_ANY) f->seen_nl |= SEEN_LF;
        return nl != NL_CR && nl != NL_CRLF;
    }
    if (nl == NL_CR) {
        gp_buf_putc(out, '\r');
        f->rpos++;
        (*count)++;
        return 1;
    }
    int crlf = crlf_follows(t, f);
    if (crlf < 0) return -1;
    if (nl == NL_UNIVERSAL) {
        gp_buf_putc(out, '\n');
        f->rpos += crlf ? 2 : 1;
        f->seen_nl |= crlf ? SEEN_CRLF : SEEN_CR;
        (*count)++;
        return 1;
    }
    if (crlf && (limit < 0 || limit - *count >= 2)) {
        gp_buf_put(out, "\r\n", 2);
        f->rpos += 2;
        *count += 2;
        if (nl == NL_ANY) f->seen_nl |= SEEN_CRLF;
        return 1;
    }
    /* A lone '\r' (or the first half of "\r\n" when only one more
     * character is wanted). */
    gp_buf_putc(out, '\r');
    f->rpos++;
    (*count)++;
    if (nl == NL_ANY && !crlf) f->seen_nl |= SEEN_CR;
    return nl == NL_ANY && !crlf;
}

/* Move text from the read buffer to out until `limit` characters (limit
 * < 0: no limit), the end of a line when `line`, or end of file. Returns
 * the characters moved (only counted when limit >= 0), or -1. */
static int64_t text_scan(GpThread *t, GpFile *f, int64_t limit, int line, GpBuf *out) {
    int nl = f->newline, utf8 = f->codec == CODEC_UTF8;
    int64_t count = 0;
    for (;;) {
        if (limit >= 0 && count >= limit) return count;
        if (f->rpos == f->rlen) {
            int64_t r = file_fill(t, f, 0);
            if (r <= 0) return r < 0 ? -1 : count;
        }
        const unsigned char *b = (const unsigned char *)f->rbuf;
        size_t i = f->rpos, j = i, end = f->rlen;
        if (is_special(nl, b[i])) {
            int r = take_newline(t, f, limit, &count, out);
            if (r < 0) return -1;
            if (r && line) return count;
            continue;
        }
        int64_t k = count;
        if (!utf8) {
            size_t maxj = limit < 0 || (uint64_t)(limit - count) > end - i ? end : i + (size_t)(limit - count);
            while (j < maxj && !is_special(nl, b[j])) j++;
            k += (int64_t)(j - i);
        } else if (limit < 0) {
            while (j < end && !is_special(nl, b[j])) j++;
        } else {
            while (j < end && k < limit && !is_special(nl, b[j])) {
                size_t len = utf8_len(b[j]), m = 1;
                while (m < len && j + m < end && (b[j + m] & 0xC0) == 0x80) m++;
                if (m < len && j + m == end) break;
                j += m;
                k++;
            }
            if (j == i) {
                /* A character cut by the end of the buffer: read on, or
                 * at end of file take its bytes as they are. */
                int64_t r = file_fill(t, f, 0);
                if (r < 0) return -1;
                if (r == 0) {
                    gp_buf_put(out, f->rbuf + f->rpos, f->rlen - f->rpos);
                    f->rpos = f->rlen;
                    count++;
                }
                continue;
            }
        }
        gp_buf_put(out, (const char *)b + i, j - i);
        f->rpos = j;
        count = k;
    }
}

static Value finish(GpThread *t, GpFile *f, GpBuf *b) {
    if (b->failed) {
        gp_buf_free(b);
        return gp_raise_memory(t);
    }
    Value s = file_decode(t, f, b->data ? b->data : "", b->len);
    gp_buf_free(b);
    return s;
}

/* Decode rbuf[rpos..rpos+n) directly when it needs no translation. */
static Value take_direct(GpThread *t, GpFile *f, size_t n) {
    Value s = file_decode(t, f, n ? f->rbuf + f->rpos : "", n);
    if (s) f->rpos += n;
    return s;
}

Value file_text_read(GpThread *t, GpFile *f, int64_t size) {
    if (file_before_read(t, f) < 0) return VNULL;
    if (size == 0) return gp_str_new(t, "", 0);
    GpBuf b;
    gp_buf_init(&b);
    if (size < 0) {
        if (file_fill_all(t, f) < 0) return VNULL;
        size_t n = f->rlen - f->rpos;
        const char *p = f->rbuf ? f->rbuf + f->rpos : "";
        if (f->newline == NL_LF || f->newline == NL_CR || f->newline == NL_CRLF || !memchr(p, '\r', n)) {
            if ((f->newline == NL_UNIVERSAL || f->newline == NL_ANY) && memchr(p, '\n', n)) f->seen_nl |= SEEN_LF;
            return take_direct(t, f, n);
        }
    }
    if (text_scan(t, f, size, 0, &b) < 0) {
        gp_buf_free(&b);
        return VNULL;
    }
    return finish(t, f, &b);
}

Value file_text_readline(GpThread *t, GpFile *f, int64_t limit) {
    if (file_before_read(t, f) < 0) return VNULL;
    if (limit == 0) return gp_str_new(t, "", 0);
    if (limit < 0 && f->newline != NL_CR && f->newline != NL_CRLF) {
        /* The common case: a whole line already buffered, ending in '\n'
         * with no '\r' before it. */
        const char *p = f->rbuf ? f->rbuf + f->rpos : "";
        size_t n = f->rlen - f->rpos, i = 0;
        while (i < n && p[i] != '\n' && (p[i] != '\r' || f->newline == NL_LF)) i++;
        if (i < n && p[i] == '\n') {
            if (f->newline != NL_LF) f->seen_nl |= SEEN_LF;
            return take_direct(t, f, i + 1);
        }
    }
    GpBuf b;
    gp_buf_init(&b);
    if (text_scan(t, f, limit, 1, &b) < 0) {
        gp_buf_free(&b);
        return VNULL;
    }
    return finish(t, f, &b);
}

Value file_text_write(GpThread *t, GpFile *f, Value s) {
    if (!gp_is_str(s)) return gp_raise(t, &gp_TypeError, "write() argument must be str, not %T", s);
    if (file_before_write(t, f) < 0) return VNULL;
    GpBuf b;
    gp_buf_init(&b);
    if (file_encode(t, f, s, &b) < 0) {
        gp_buf_free(&b);
        return VNULL;
    }
    if (b.failed) {
        gp_buf_free(&b);
        return gp_raise_memory(t);
    }
    const char *p = gp_str_data(s);
    size_t n = gp_str_nbytes(s);
    int has_nl = memchr(p, '\n', n) || memchr(p, '\r', n);
    int rc = b.len ? file_put(t, f, b.data, b.len, has_nl) : 0;
    gp_buf_free(&b);
    if (rc < 0) return VNULL;
    if (f->line_buffering && has_nl && file_flush_wbuf(t, f) < 0) return VNULL;
    return gp_int_from_i64(t, (int64_t)gp_str_len(s));
}

Value file_text_seek(GpThread *t, GpFile *f, Value cookie, int whence) {
    if (!file_is_seekable(t, f)) return file_unsupported(t, "underlying stream is not seekable");
    int64_t off;
    if (gp_as_ssize(t, cookie, &off) < 0) return VNULL;
    int64_t r;
    switch (whence) {
    case 0:
        if (off < 0) return gp_raise(t, &gp_ValueError, "negative seek position %lld", (long long)off);
        r = file_os_seek(t, f, off, 0);
        break;
    case 1:
        if (off != 0) return file_unsupported(t, "can't do nonzero cur-relative seeks");
        if (file_flush_wbuf(t, f) < 0) return VNULL;
        r = file_tell(t, f);
        break;
    case 2:
        if (off != 0) return file_unsupported(t, "can't do nonzero end-relative seeks");
        r = file_os_seek(t, f, 0, 2);
        break;
    default: return gp_raise(t, &gp_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    }
    return r < 0 ? VNULL : gp_int_from_i64(t, r);
}

Value file_text_newlines(GpThread *t, GpFile *f) {
    static const char *const names[] = {"\r", "\n", "\r\n"};
    Value items[3];
    size_t n = 0;
    for (int i = 0; i < 3; i++)
        if (f->seen_nl & (1 << i)) {
            items[n] = gp_str_from_cstr(t, names[i]);
            if (!items[n++]) return VNULL;
        }
    if (n == 0) return V_NONE;
    return n == 1 ? items[0] : gp_tuple_from(t, items, n);
}

/* str.h - immutable Unicode strings.
 *
 * Representation: UTF-8 bytes, NUL-terminated, with the length in code
 * points kept beside the byte length. Why UTF-8: printing, hashing,
 * comparing and most methods (split, find, replace, join) work on bytes
 * directly, and ASCII text, the common case, is indexed in O(1) because
 * nchars == nbytes. Indexing a non-ASCII string walks the bytes.
 * Surrogate code points (U+D800..U+DFFF, e.g. from "\udc80") are stored as
 * their 3-byte generalized UTF-8 form.
 */
#ifndef GP_STR_H
#define GP_STR_H

#include "object.h"

typedef struct GpStr {
    GpObj hdr;
    int64_t hash;      /* -1 until computed */
    size_t nbytes;
    size_t nchars;
    uint8_t ascii;     /* nbytes == nchars */
    uint8_t interned;
    /* For non-ASCII strings: the last character index converted to a
     * byte offset, and that offset. Walks start from the nearest of the
     * start, this hint and the end, so a loop indexing s[i] in order is
     * O(1) per step instead of O(i). */
    size_t hint_char, hint_byte;
    char data[];       /* nbytes + 1 (NUL) */
} GpStr;

static inline GpStr *gp_str_obj(Value v) { return (GpStr *)v_obj(v); }
static inline const char *gp_str_data(Value v) { return gp_str_obj(v)->data; }
static inline size_t gp_str_nbytes(Value v) { return gp_str_obj(v)->nbytes; }
static inline size_t gp_str_len(Value v) { return gp_str_obj(v)->nchars; }
static inline int gp_is_str(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_STR_SUB); }
/* The variable part of a str, rounded up to whole words. An instance of a
 * heap subclass of str is allocated as type->size + this, and keeps the
 * words its class adds (instance dict, __slots__) after the characters,
 * as tuple subclasses keep theirs after the items. */
static inline size_t gp_str_var_size(Value v) { return (gp_str_obj(v)->nbytes + 1 + 7) & ~(size_t)7; }

/* s must be valid (generalized) UTF-8. */
Value gp_str_new(GpThread *t, const char *s, size_t nbytes);
Value gp_str_from_cstr(GpThread *t, const char *s);
/* Decode bytes as UTF-8 with Python's error handling ("strict" raises
 * UnicodeDecodeError; "replace", "ignore", "surrogateescape"). */
Value gp_str_decode_utf8(GpThread *t, const char *s, size_t n, const char *errors);
/* An uninitialised string of nbytes to fill before use (nchars computed by
 * gp_str_finish). */
Value gp_str_alloc(GpThread *t, size_t nbytes);
Value gp_str_finish(Value s);
/* The interned copy (one object per content per interpreter). */
Value gp_str_intern(GpThread *t, Value s);
Value gp_str_intern_cstr(GpThread *t, const char *s);
/* Immortal strings for process-wide tables (type dicts). */
Value gp_str_immortal(const char *s);

int64_t gp_str_hash(Value s);
/* The hash of str and bytes contents (never -1). */
int64_t gp_hash_bytes(const void *data, size_t n);
int gp_str_eq(Value a, Value b); /* both str */
int gp_str_eq_cstr(Value s, const char *c);
Value gp_str_concat(GpThread *t, Value a, Value b);
Value gp_str_repr(GpThread *t, Value s);
Value gp_str_from_codepoint(GpThread *t, uint32_t cp);
/* Code point at character index i (0 <= i < nchars). */
uint32_t gp_str_char_at(Value s, size_t i);
/* Byte offset of character index i. */
size_t gp_str_byte_offset(Value s, size_t i);
Value gp_str_join(GpThread *t, Value sep, Value iterable);

/* The character index of byte offset off (a character boundary). */
size_t gp_str_char_index(Value s, size_t off);
/* s[lo:hi] by byte offsets (character boundaries); s itself when that is
 * all of an exact str. */
Value gp_str_substr(GpThread *t, Value s, size_t lo, size_t hi);
/* A one-character string; those below U+0100 are shared immortal objects. */
Value gp_str_char(GpThread *t, uint32_t cp);
/* ascii(s) of a str: repr with every non-ASCII character escaped. */
Value gp_str_ascii_repr(GpThread *t, Value s);
/* Whether str.isprintable() holds for one code point. */
int gp_unicode_isprintable(uint32_t cp);
/* An exact str holding the characters of any str (subclass instances
 * included); s itself when it is exact. */
Value gp_str_exact(GpThread *t, Value s);
/* bytes.decode / str(bytes, encoding, errors) and str.encode, for the
 * codecs gilpy has (utf-8, ascii, latin-1 and their aliases); encoding or
 * errors NULL mean "utf-8" and "strict". */
Value gp_str_decode(GpThread *t, const char *s, size_t n, const char *encoding, const char *errors);
Value gp_str_encode(GpThread *t, Value s, const char *encoding, const char *errors);

/* A growable byte buffer for building strings and bytes. */
typedef struct GpBuf {
    char *data;
    size_t len, cap;
    int failed; /* an allocation failed: finishing raises MemoryError */
} GpBuf;
void gp_buf_init(GpBuf *b);
void gp_buf_free(GpBuf *b);
void gp_buf_put(GpBuf *b, const char *s, size_t n);
void gp_buf_puts(GpBuf *b, const char *s);
void gp_buf_putc(GpBuf *b, char c);
void gp_buf_put_utf8(GpBuf *b, uint32_t cp);
void gp_buf_printf(GpBuf *b, const char *fmt, ...);
/* Append str(v) / repr(v); -1 on error. */
int gp_buf_put_str(GpThread *t, GpBuf *b, Value v);
int gp_buf_put_repr(GpThread *t, GpBuf *b, Value v);
Value gp_buf_finish_str(GpThread *t, GpBuf *b); /* frees the buffer */
Value gp_buf_finish_bytes(GpThread *t, GpBuf *b);

/* UTF-8 helpers. */
size_t gp_utf8_encode(uint32_t cp, char out[4]);
/* Decode one code point at s (valid UTF-8 assumed), advancing *pos. */
uint32_t gp_utf8_next(const char *s, size_t *pos);
size_t gp_utf8_count(const char *s, size_t n);

#endif

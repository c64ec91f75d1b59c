/* bytes_internal.h - what bytes.c, bytearray.c and the shared method
 * files (bytes_find.c, bytes_ctype.c) have in common. The shared methods
 * take either a bytes or a bytearray as self and return results of the
 * same kind, as CPython's bytes_methods.c does. */
#ifndef GP_BYTES_INTERNAL_H
#define GP_BYTES_INTERNAL_H

#include "bytes.h"
#include "str_internal.h"

/* The data of a bytes or bytearray self (never NULL). */
static inline const uint8_t *gp_bdata(Value v, size_t *n) {
    if (gp_is_bytearray(v)) {
        GpByteArray *b = gp_bytearray_obj(v);
        *n = b->n;
        return b->data ? b->data : (const uint8_t *)"";
    }
    *n = gp_bytes_obj(v)->n;
    return gp_bytes_obj(v)->data;
}

/* "bytes" or "bytearray", for messages naming the method's type. */
static inline const char *gp_bname(Value self) { return gp_is_bytearray(self) ? "bytearray" : "bytes"; }

/* A result of the same kind as `like` (exact bytes or bytearray). */
Value gp_bmake(GpThread *t, Value like, const void *data, size_t n);
/* An exact bytes (or a new bytearray) with the contents of self: for
 * methods that return their input unchanged. */
Value gp_bsame(GpThread *t, Value self);

/* A bytes-like argument: TypeError "a bytes-like object is required, not 'T'". */
int gp_barg(GpThread *t, Value v, const uint8_t **d, size_t *n);
/* The byte value of an int argument: ValueError "byte must be in range(0, 256)". */
int gp_byte_value(GpThread *t, Value v, uint8_t *out);

/* "bytes.upper() takes no arguments (1 given)" and the like. */
int gp_bnoargs(GpThread *t, Value self, const char *meth, size_t n, Value kw);
int gp_bnokw(GpThread *t, Value self, const char *meth, Value kw);

/* Methods shared by bytes and bytearray (bytes_find.c). */
GP_METHOD(gp_bytes_m_find);
GP_METHOD(gp_bytes_m_rfind);
GP_METHOD(gp_bytes_m_index);
GP_METHOD(gp_bytes_m_rindex);
GP_METHOD(gp_bytes_m_count);
GP_METHOD(gp_bytes_m_startswith);
GP_METHOD(gp_bytes_m_endswith);
GP_METHOD(gp_bytes_m_split);
GP_METHOD(gp_bytes_m_rsplit);
GP_METHOD(gp_bytes_m_join);
GP_METHOD(gp_bytes_m_strip);
GP_METHOD(gp_bytes_m_lstrip);
GP_METHOD(gp_bytes_m_rstrip);
GP_METHOD(gp_bytes_m_replace);
GP_METHOD(gp_bytes_m_partition);
GP_METHOD(gp_bytes_m_rpartition);
GP_METHOD(gp_bytes_m_removeprefix);
GP_METHOD(gp_bytes_m_removesuffix);
/* `item in self` for bytes and bytearray. */
int gp_bytes_contains(GpThread *t, Value self, Value item);

/* Methods shared by bytes and bytearray (bytes_ctype.c). */
GP_METHOD(gp_bytes_m_upper);
GP_METHOD(gp_bytes_m_lower);
GP_METHOD(gp_bytes_m_capitalize);
GP_METHOD(gp_bytes_m_swapcase);
GP_METHOD(gp_bytes_m_title);
GP_METHOD(gp_bytes_m_isdigit);
GP_METHOD(gp_bytes_m_isalpha);
GP_METHOD(gp_bytes_m_isalnum);
GP_METHOD(gp_bytes_m_isspace);
GP_METHOD(gp_bytes_m_isupper);
GP_METHOD(gp_bytes_m_islower);
GP_METHOD(gp_bytes_m_istitle);
GP_METHOD(gp_bytes_m_isascii);
GP_METHOD(gp_bytes_m_center);
GP_METHOD(gp_bytes_m_ljust);
GP_METHOD(gp_bytes_m_rjust);
GP_METHOD(gp_bytes_m_zfill);
GP_METHOD(gp_bytes_m_expandtabs);
GP_METHOD(gp_bytes_m_splitlines);
GP_METHOD(gp_bytes_m_hex);
GP_METHOD(gp_bytes_m_fromhex);
GP_METHOD(gp_bytes_m_decode);
GP_METHOD(gp_bytes_m_translate);
GP_METHOD(gp_bytes_m_maketrans);
GP_METHOD(gp_bytearray_m_maketrans);

/* Shared slots (bytes.c). */
Value gp_bytes_richcmp_any(GpThread *t, Value a, Value b, int op);
/* self[key] for an int or a slice; `what` names the type in messages. */
Value gp_bytes_getitem_any(GpThread *t, Value self, Value key, const char *what);
/* The operator slot of bytes (+, *, %), which bytearray shares. */
Value gp_bytes_binop_any(GpThread *t, int op, Value a, Value b);
/* self * count as bytes or bytearray. */
Value gp_bytes_repeat(GpThread *t, Value self, Value count);
/* Appends to out the bytes that bytes(x) / bytearray(x) (tname says
 * which, for messages) hold for a bytes-like x, a count or an iterable of
 * ints; -1 on error. */
int gp_bytes_collect(GpThread *t, Value x, const char *tname, GpBuf *out);

#endif

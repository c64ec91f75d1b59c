/* uchar.h - the little Unicode knowledge the lexer and the AST dump need.
 *
 * The classes come from range tables generated from CPython 3.12's
 * Unicode 15.0 database (gen_uchar_tables.py), binary searched: exact
 * XID_Start/XID_Continue for identifiers and str.isprintable() for repr.
 */
#ifndef GP_UCHAR_H
#define GP_UCHAR_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one UTF-8 sequence at s (at most n bytes). Returns its length
 * (1..4) and stores the code point, or returns 0 for an invalid sequence
 * (overlong forms, surrogates and values above U+10FFFF are invalid). */
int uchar_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Appends the UTF-8 form of cp (up to 4 bytes; surrogates are encoded as
 * 3-byte generalized UTF-8, as CPython's "surrogatepass"). Returns bytes. */
int uchar_encode(uint32_t cp, char *out);

/* Whether a non-ASCII code point may appear in an identifier; first
 * selects the stricter rule for the first character (XID_Start). */
int uchar_is_ident(uint32_t cp, int first);

/* Whether str.isprintable() would say so. */
int uchar_is_printable(uint32_t cp);

/* the generated tables (uchar_tables.c) */
extern const uint32_t uchar_nonprintable[][2];
extern const int uchar_nonprintable_count;
extern const uint32_t uchar_xid_start[][2];
extern const int uchar_xid_start_count;
extern const uint32_t uchar_xid_continue[][2];
extern const int uchar_xid_continue_count;
extern const uint32_t uchar_nfkc_map[][3];
extern const int uchar_nfkc_map_count;
extern const uint32_t uchar_nfkc_data[];
extern const uint32_t uchar_compose[][3];
extern const int uchar_compose_count;

/* NFKC form of an identifier (PEP 3131), malloc'd and NUL-terminated,
 * with its length in *outlen. Per-character NFKC forms followed by
 * canonical composition of adjacent pairs: exact unless several
 * combining marks need reordering. */
char *uchar_nfkc(const char *s, size_t n, size_t *outlen);

/* Number of code points in s[0..n), counting each invalid byte as one
 * (as CPython's "replace" decoding does). */
int uchar_count(const char *s, size_t n);

#endif

/* str_internal.h - what the files implementing str, bytes and bytearray
 * share: the method entry points gathered into the types' method tables,
 * argument checks worded as CPython's, and string builders. */
#ifndef GP_STR_INTERNAL_H
#define GP_STR_INTERNAL_H

#include <string.h>

#include "object.h"
#include "str.h"

#define GP_METHOD(name) Value name(GpThread *t, Value self, const Value *a, size_t n, Value kw)

/* "str.upper() takes no arguments (1 given)" / "... no keyword arguments". */
int gp_meth_noargs(GpThread *t, const char *qualname, size_t n, Value kw);
/* "str.center() takes no keyword arguments" */
int gp_meth_nokw(GpThread *t, const char *qualname, Value kw);
/* "find() takes at least 1 argument (0 given)", "... at most 3 arguments". */
int gp_meth_nargs_range(GpThread *t, const char *fname, size_t n, size_t min, size_t max);

/* A start/end argument of find() and friends: None leaves *out alone,
 * ints (or __index__) are clamped into int64. TypeError "slice indices
 * must be integers or None or have an __index__ method". */
int gp_slice_index_arg(GpThread *t, Value v, int64_t *out);
/* CPython's ADJUST_INDICES: negative indices count from the end, end is
 * clamped to len; start may stay beyond len. */
static inline void gp_adjust_indices(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0 && (*end += len) < 0) *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
}
/* A Py_ssize_t argument (width, count, ...): OverflowError "Python int
 * too large to convert to C ssize_t". */
int gp_ssize_arg(GpThread *t, Value v, int64_t *out);

/* A string of nbytes whose character count is known: the caller fills
 * data[0..nbytes) (the NUL is set here). */
Value gp_str_alloc_n(GpThread *t, size_t nbytes, size_t nchars);

/* The byte range [*lo, *hi) of the characters [start, end) of s, after
 * gp_adjust_indices; 0 if start > end (nothing to search), else 1. */
int gp_str_char_range(Value s, int64_t start, int64_t end, size_t *lo, size_t *hi);

/* Whitespace for str.split() / strip(): what CPython's str.isspace()
 * accepts (ASCII's includes \x1c-\x1f). */
int gp_str_isspace_uni(uint32_t cp);
static inline int gp_str_isspace_cp(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
    return gp_str_isspace_uni(cp);
}

/* A type name as Argument Clinic's "argument N must be T, not X" says it:
 * "None" for None. */
static inline const char *gp_arg_tname(Value v) { return v == V_NONE ? "None" : v_type(v)->name; }

/* Type checks with CPython's wording. */
int gp_str_expect(GpThread *t, Value v, const char *what); /* "<what>must be str, not X" */

/* str methods (str_find.c) */
GP_METHOD(gp_str_m_find);
GP_METHOD(gp_str_m_rfind);
GP_METHOD(gp_str_m_index);
GP_METHOD(gp_str_m_rindex);
GP_METHOD(gp_str_m_count);
GP_METHOD(gp_str_m_startswith);
GP_METHOD(gp_str_m_endswith);
GP_METHOD(gp_str_m_replace);
GP_METHOD(gp_str_m_removeprefix);
GP_METHOD(gp_str_m_removesuffix);
int gp_str_contains(GpThread *t, Value self, Value item);
/* str methods (str_split.c) */
GP_METHOD(gp_str_m_split);
GP_METHOD(gp_str_m_rsplit);
GP_METHOD(gp_str_m_splitlines);
GP_METHOD(gp_str_m_partition);
GP_METHOD(gp_str_m_rpartition);
GP_METHOD(gp_str_m_join);
GP_METHOD(gp_str_m_strip);
GP_METHOD(gp_str_m_lstrip);
GP_METHOD(gp_str_m_rstrip);
/* str methods (str_case.c) */
GP_METHOD(gp_str_m_upper);
GP_METHOD(gp_str_m_lower);
GP_METHOD(gp_str_m_title);
GP_METHOD(gp_str_m_capitalize);
GP_METHOD(gp_str_m_swapcase);
GP_METHOD(gp_str_m_casefold);
GP_METHOD(gp_str_m_isdigit);
GP_METHOD(gp_str_m_isalpha);
GP_METHOD(gp_str_m_isalnum);
GP_METHOD(gp_str_m_isspace);
GP_METHOD(gp_str_m_isupper);
GP_METHOD(gp_str_m_islower);
GP_METHOD(gp_str_m_istitle);
GP_METHOD(gp_str_m_isdecimal);
GP_METHOD(gp_str_m_isnumeric);
GP_METHOD(gp_str_m_isidentifier);
GP_METHOD(gp_str_m_isprintable);
GP_METHOD(gp_str_m_isascii);
/* str methods (str_pad.c) */
GP_METHOD(gp_str_m_center);
GP_METHOD(gp_str_m_ljust);
GP_METHOD(gp_str_m_rjust);
GP_METHOD(gp_str_m_zfill);
GP_METHOD(gp_str_m_expandtabs);
GP_METHOD(gp_str_m_maketrans);
GP_METHOD(gp_str_m_translate);
/* str methods (str_codec.c) */
GP_METHOD(gp_str_m_encode);
/* str methods (format*.c) */
GP_METHOD(gp_str_m_format);
GP_METHOD(gp_str_m_format_map);
GP_METHOD(gp_str_m_dunder_format);

#endif

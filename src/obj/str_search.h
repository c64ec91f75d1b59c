/* str_search.h - substring search over bytes, shared by str (UTF-8 is
 * self-synchronising, so a byte match of valid UTF-8 is a character
 * match) and by bytes and bytearray. Offsets are byte offsets. */
#ifndef GP_STR_SEARCH_H
#define GP_STR_SEARCH_H

#include <stddef.h>
#include <stdint.h>

/* First / last occurrence of needle[0..m) in hay[0..n), or -1. An empty
 * needle matches at 0 / at n. */
int64_t gp_bfind(const char *hay, size_t n, const char *needle, size_t m);
int64_t gp_brfind(const char *hay, size_t n, const char *needle, size_t m);
/* Non-overlapping occurrences, at most maxcount of them; an empty needle
 * counts n + 1 positions (capped by maxcount). */
size_t gp_bcount(const char *hay, size_t n, const char *needle, size_t m, size_t maxcount);

/* ASCII whitespace as bytes.split() and bytes.strip() understand it. */
static inline int gp_ascii_isspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

#endif

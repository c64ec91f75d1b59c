/* str_search.c - byte substring search (see str_search.h).
 *
 * Short needles go through memchr on their first byte and a memcmp, which
 * the C library vectorises. Longer needles in long haystacks use
 * Boyer-Moore-Horspool: a table of how far the window may move for each
 * last byte lets most windows be rejected after one comparison. */
#include "str_search.h"

#include <string.h>

static int64_t find_short(const char *hay, size_t n, const char *needle, size_t m) {
    const char *p = hay, *end = hay + n - m + 1;
    while (p < end) {
        p = memchr(p, needle[0], (size_t)(end - p));
        if (!p) return -1;
        if (memcmp(p + 1, needle + 1, m - 1) == 0) return p - hay;
        p++;
    }
    return -1;
}

static int64_t find_horspool(const char *hay, size_t n, const char *needle, size_t m) {
    size_t skip[256];
    for (size_t i = 0; i < 256; i++) skip[i] = m;
    for (size_t i = 0; i + 1 < m; i++) skip[(unsigned char)needle[i]] = m - 1 - i;
    unsigned char last = (unsigned char)needle[m - 1];
    size_t pos = 0;
    while (pos <= n - m) {
        unsigned char c = (unsigned char)hay[pos + m - 1];
        if (c == last && memcmp(hay + pos, needle, m - 1) == 0) return (int64_t)pos;
        pos += skip[c];
    }
    return -1;
}

int64_t gp_bfind(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) return 0;
    if (m > n) return -1;
    if (m == 1) {
        const char *p = memchr(hay, needle[0], n);
        return p ? p - hay : -1;
    }
    if (m < 8 || n < 256) return find_short(hay, n, needle, m);
    return find_horspool(hay, n, needle, m);
}

int64_t gp_brfind(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) return (int64_t)n;
    if (m > n) return -1;
    char first = needle[0];
    for (size_t pos = n - m + 1; pos-- > 0;) {
        if (hay[pos] == first && memcmp(hay + pos + 1, needle + 1, m - 1) == 0) return (int64_t)pos;
    }
    return -1;
}

size_t gp_bcount(const char *hay, size_t n, const char *needle, size_t m, size_t maxcount) {
    if (m == 0) return n + 1 < maxcount ? n + 1 : maxcount;
    size_t count = 0, pos = 0;
    while (count < maxcount && pos + m <= n) {
        int64_t r = gp_bfind(hay + pos, n - pos, needle, m);
        if (r < 0) break;
        count++;
        pos += (size_t)r + m;
    }
    return count;
}

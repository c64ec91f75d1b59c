/* uchar.c - UTF-8 coding and approximate Unicode classes (see uchar.h). */
#include "uchar.h"

#include <stdlib.h>

int uchar_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

int uchar_encode(uint32_t cp, char *out)
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

static int in_ranges(const uint32_t (*r)[2], int n, uint32_t cp)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < r[mid][0])
            hi = mid - 1;
        else if (cp > r[mid][1])
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

int uchar_is_printable(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return !in_ranges(uchar_nonprintable, uchar_nonprintable_count, cp);
}

int uchar_is_ident(uint32_t cp, int first)
{
    if (first)
        return in_ranges(uchar_xid_start, uchar_xid_start_count, cp);
    return in_ranges(uchar_xid_continue, uchar_xid_continue_count, cp);
}

int uchar_count(const char *s, size_t n)
{
    int count = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = uchar_decode((const unsigned char *)s + i, n - i, &cp);
        if (k == 0) {
            /* "replace" decoding: a truncated but well-started sequence at the
             * end of the range still counts as a single character */
            unsigned c = (unsigned char)s[i];
            size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
            size_t j = 1;
            while (j < want && i + j < n && ((unsigned char)s[i + j] & 0xC0) == 0x80)
                j++;
            if (i + j < n && j < want)
                j = 1;
            k = (int)j;
        }
        i += (size_t)k;
        count++;
    }
    return count;
}

static const uint32_t *nfkc_of(uint32_t cp, int *len)
{
    int lo = 0, hi = uchar_nfkc_map_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < uchar_nfkc_map[mid][0]) {
            hi = mid - 1;
        } else if (cp > uchar_nfkc_map[mid][0]) {
            lo = mid + 1;
        } else {
            *len = (int)uchar_nfkc_map[mid][2];
            return &uchar_nfkc_data[uchar_nfkc_map[mid][1]];
        }
    }
    return NULL;
}

/* The composition of a + b, or 0. Hangul syllables compose by formula. */
static uint32_t compose(uint32_t a, uint32_t b)
{
    if (a >= 0x1100 && a < 0x1113 && b >= 0x1161 && b < 0x1176)
        return 0xAC00 + ((a - 0x1100) * 21 + (b - 0x1161)) * 28;
    if (a >= 0xAC00 && a < 0xD7A4 && (a - 0xAC00) % 28 == 0 && b > 0x11A7 && b < 0x11C3)
        return a + (b - 0x11A7);
    int lo = 0, hi = uchar_compose_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const uint32_t *e = uchar_compose[mid];
        if (a < e[0] || (a == e[0] && b < e[1]))
            hi = mid - 1;
        else if (a > e[0] || b > e[1])
            lo = mid + 1;
        else
            return e[2];
    }
    return 0;
}

char *uchar_nfkc(const char *s, size_t n, size_t *outlen)
{
    size_t cap = n + 16, len = 0;
    uint32_t *cps = malloc(cap * sizeof *cps);
    if (!cps)
        abort();
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = uchar_decode((const unsigned char *)s + i, n - i, &cp);
        if (!k) {
            cp = (unsigned char)s[i];
            k = 1;
        }
        i += (size_t)k;
        int ml = 1;
        const uint32_t *m = nfkc_of(cp, &ml);
        if (len + (size_t)ml >= cap) {
            cap = (cap + (size_t)ml) * 2;
            uint32_t *nc = realloc(cps, cap * sizeof *nc);
            if (!nc)
                abort();
            cps = nc;
        }
        for (int j = 0; j < ml; j++) {
            uint32_t c = m ? m[j] : cp;
            uint32_t comp = len ? compose(cps[len - 1], c) : 0;
            if (comp)
                cps[len - 1] = comp;
            else
                cps[len++] = c;
        }
    }
    char *out = malloc(len * 4 + 1);
    if (!out)
        abort();
    size_t o = 0;
    for (size_t i = 0; i < len; i++)
        o += (size_t)uchar_encode(cps[i], out + o);
    out[o] = '\0';
    free(cps);
    *outlen = o;
    return out;
}

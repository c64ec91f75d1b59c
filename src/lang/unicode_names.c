/* unicode_names.c - "\N{...}" name lookup (see unicode_names.h). */
#include "unicode_names.h"

#include <string.h>

static int upper(int c)
{
    return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* Compares the query (any case) with a table name (upper case). */
static int cmp_name(const char *q, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++) {
        int a = upper((unsigned char)q[i]), b = (unsigned char)name[i];
        if (b == 0)
            return 1;
        if (a != b)
            return a - b;
    }
    return name[n] == 0 ? 0 : -1;
}

static int hexnum(const char *s, size_t n, uint32_t *v)
{
    if (n < 4 || n > 5)
        return 0;
    uint32_t r = 0;
    for (size_t i = 0; i < n; i++) {
        int c = upper((unsigned char)s[i]);
        if (c >= '0' && c <= '9')
            r = r * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F')
            r = r * 16 + (uint32_t)(c - 'A' + 10);
        else
            return 0;
    }
    *v = r;
    return 1;
}

/* The unified ideograph blocks whose names are algorithmic. */
static int is_cjk_unified(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2EBE0) ||
           (cp >= 0x30000 && cp <= 0x323AF);
}

/* Hangul syllables are named from their jamo (Unicode 3.12, section 3.12). */
static const char *const jamo_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                     "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                                     "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
static const char *const jamo_t[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D",  "L",  "LG",
                                     "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B",  "BS", "S",
                                     "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

static size_t match_jamo(const char *s, size_t n, const char *const *tab, int count, int *idx)
{
    size_t best = 0;
    int found = -1;
    for (int i = 0; i < count; i++) {
        size_t l = strlen(tab[i]);
        if (l <= n && l >= best) {
            size_t j = 0;
            while (j < l && upper((unsigned char)s[j]) == tab[i][j])
                j++;
            if (j == l && (found < 0 || l > best)) {
                best = l;
                found = i;
            }
        }
    }
    *idx = found;
    return best;
}

static int hangul(const char *s, size_t n, uint32_t *cp)
{
    int l, v, t;
    size_t k = match_jamo(s, n, jamo_l, 19, &l);
    if (l < 0)
        return 0;
    s += k;
    n -= k;
    k = match_jamo(s, n, jamo_v, 21, &v);
    if (v < 0)
        return 0;
    s += k;
    n -= k;
    k = match_jamo(s, n, jamo_t, 28, &t);
    if (t < 0 || k != n)
        return 0;
    *cp = 0xAC00u + (uint32_t)((l * 21 + v) * 28 + t);
    return 1;
}

int unicode_name_lookup(const char *name, size_t len, uint32_t *cp)
{
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    static const char hs[] = "HANGUL SYLLABLE ";
    size_t lc = sizeof cjk - 1, lh = sizeof hs - 1;
    if (len > lc) {
        size_t i = 0;
        while (i < lc && upper((unsigned char)name[i]) == cjk[i])
            i++;
        if (i == lc) {
            uint32_t v;
            if (hexnum(name + lc, len - lc, &v) && is_cjk_unified(v)) {
                *cp = v;
                return 1;
            }
            return 0;
        }
    }
    if (len > lh) {
        size_t i = 0;
        while (i < lh && upper((unsigned char)name[i]) == hs[i])
            i++;
        if (i == lh)
            return hangul(name + lh, len - lh, cp);
    }
    int lo = 0, hi = unicode_name_count - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = cmp_name(name, len, unicode_name_blob + unicode_name_entries[mid].offset);
        if (c == 0) {
            *cp = unicode_name_entries[mid].cp;
            return 1;
        }
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return 0;
}

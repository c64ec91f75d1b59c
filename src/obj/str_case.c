/* str_case.c - case conversion (upper, lower, title, capitalize,
 * swapcase, casefold) and the character-class predicates (isalpha,
 * isupper, ...), following CPython's definitions over the Unicode
 * database of unicode.h. ASCII strings take byte loops. */
#include "../vm/error.h"
#include "abstract.h"
#include "exc.h"
#include "str.h"
#include "str_internal.h"
#include "unicode.h"

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP };

static uint32_t cp_before(const char *d, size_t *pos) {
    size_t p = *pos - 1;
    while (p > 0 && ((unsigned char)d[p] & 0xC0) == 0x80) p--;
    *pos = p;
    size_t q = p;
    return gp_utf8_next(d, &q);
}

/* Capital sigma lowers to final sigma (U+03C2) after a cased letter
 * (skipping case-ignorable characters) unless a cased letter follows in
 * the same way: Unicode's Final_Sigma condition, as CPython applies it. */
static uint32_t lower_sigma(const char *d, size_t n, size_t before, size_t after) {
    size_t p = before;
    uint32_t c = 0;
    int found = 0;
    while (p > 0) {
        c = cp_before(d, &p);
        if (!gp_uni_has(c, GP_UNI_CASE_IGNORABLE)) {
            found = 1;
            break;
        }
    }
    if (!found || !gp_uni_has(c, GP_UNI_CASED)) return 0x3C3;
    p = after;
    while (p < n) {
        c = gp_utf8_next(d, &p);
        if (!gp_uni_has(c, GP_UNI_CASE_IGNORABLE)) return gp_uni_has(c, GP_UNI_CASED) ? 0x3C3 : 0x3C2;
    }
    return 0x3C2;
}

static void put_mapped(GpBuf *b, uint32_t c, int which) {
    uint32_t m[3];
    int k = gp_uni_map(c, which, m);
    for (int i = 0; i < k; i++) gp_buf_put_utf8(b, m[i]);
}

static void put_lower(GpBuf *b, const char *d, size_t n, size_t before, size_t after, uint32_t c) {
    if (c == 0x3A3) gp_buf_put_utf8(b, lower_sigma(d, n, before, after));
    else put_mapped(b, c, GP_UNI_TO_LOWER);
}

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }
static char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }
static int ascii_cased(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static Value convert_ascii(GpThread *t, Value self, int mode) {
    size_t n = gp_str_nbytes(self);
    const char *s = gp_str_data(self);
    Value r = gp_str_alloc_n(t, n, n);
    if (!r) return VNULL;
    char *d = gp_str_obj(r)->data;
    int prev_cased = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        switch (mode) {
        case CASE_LOWER: case CASE_FOLD: d[i] = ascii_lower(c); break;
        case CASE_UPPER: d[i] = ascii_upper(c); break;
        case CASE_SWAP: d[i] = c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c); break;
        case CASE_CAPITALIZE: d[i] = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
        default:
            d[i] = prev_cased ? ascii_lower(c) : ascii_upper(c);
            prev_cased = ascii_cased(c);
            break;
        }
    }
    return r;
}

static Value convert(GpThread *t, Value self, int mode) {
    if (gp_str_obj(self)->ascii) return convert_ascii(t, self, mode);
    const char *d = gp_str_data(self);
    size_t n = gp_str_nbytes(self), pos = 0;
    GpBuf b;
    gp_buf_init(&b);
    int prev_cased = 0;
    while (pos < n) {
        size_t before = pos;
        unsigned char byte = (unsigned char)d[pos];
        if (byte < 0x80) {
            /* ASCII maps to ASCII in every mode and needs no context. */
            char c = (char)byte, o;
            switch (mode) {
            case CASE_UPPER: o = ascii_upper(c); break;
            case CASE_SWAP: o = c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c); break;
            case CASE_CAPITALIZE: o = pos == 0 ? ascii_upper(c) : ascii_lower(c); break;
            case CASE_TITLE:
                o = prev_cased ? ascii_lower(c) : ascii_upper(c);
                prev_cased = ascii_cased(c);
                break;
            default: o = ascii_lower(c); break;
            }
            gp_buf_putc(&b, o);
            pos++;
            continue;
        }
        uint32_t c = gp_utf8_next(d, &pos);
        switch (mode) {
        case CASE_LOWER: put_lower(&b, d, n, before, pos, c); break;
        case CASE_UPPER: put_mapped(&b, c, GP_UNI_TO_UPPER); break;
        case CASE_FOLD: put_mapped(&b, c, GP_UNI_TO_FOLD); break;
        case CASE_SWAP:
            if (gp_uni_has(c, GP_UNI_UPPER)) put_lower(&b, d, n, before, pos, c);
            else if (gp_uni_has(c, GP_UNI_LOWER)) put_mapped(&b, c, GP_UNI_TO_UPPER);
            else gp_buf_put_utf8(&b, c);
            break;
        case CASE_CAPITALIZE:
            if (before == 0) put_mapped(&b, c, GP_UNI_TO_TITLE);
            else put_lower(&b, d, n, before, pos, c);
            break;
        default:
            if (prev_cased) put_lower(&b, d, n, before, pos, c);
            else put_mapped(&b, c, GP_UNI_TO_TITLE);
            prev_cased = gp_uni_has(c, GP_UNI_CASED);
            break;
        }
    }
    return gp_buf_finish_str(t, &b);
}

#define CASE_METHOD(fn, qual, mode)                                        \
    GP_METHOD(fn) {                                                        \
        (void)a;                                                           \
        if (gp_meth_noargs(t, qual, n, kw) < 0) return VNULL;              \
        return convert(t, self, mode);                                     \
    }

CASE_METHOD(gp_str_m_lower, "str.lower", CASE_LOWER)
CASE_METHOD(gp_str_m_upper, "str.upper", CASE_UPPER)
CASE_METHOD(gp_str_m_casefold, "str.casefold", CASE_FOLD)
CASE_METHOD(gp_str_m_title, "str.title", CASE_TITLE)
CASE_METHOD(gp_str_m_capitalize, "str.capitalize", CASE_CAPITALIZE)
CASE_METHOD(gp_str_m_swapcase, "str.swapcase", CASE_SWAP)

/* ---- predicates */

/* True when the string is non-empty and every code point has one of the
 * flags in `mask`. */
static int all_have(Value self, unsigned mask) {
    GpStr *s = gp_str_obj(self);
    if (s->nbytes == 0) return 0;
    for (size_t pos = 0; pos < s->nbytes;) {
        uint32_t c = gp_utf8_next(s->data, &pos);
        if (!(gp_uni_flags(c) & mask)) return 0;
    }
    return 1;
}

#define PRED_METHOD(fn, qual, expr)                                        \
    GP_METHOD(fn) {                                                        \
        (void)a;                                                           \
        if (gp_meth_noargs(t, qual, n, kw) < 0) return VNULL;              \
        return v_bool(expr);                                               \
    }

PRED_METHOD(gp_str_m_isalpha, "str.isalpha", all_have(self, GP_UNI_ALPHA))
PRED_METHOD(gp_str_m_isdecimal, "str.isdecimal", all_have(self, GP_UNI_DECIMAL))
PRED_METHOD(gp_str_m_isdigit, "str.isdigit", all_have(self, GP_UNI_DIGIT))
PRED_METHOD(gp_str_m_isnumeric, "str.isnumeric", all_have(self, GP_UNI_NUMERIC))
PRED_METHOD(gp_str_m_isspace, "str.isspace", all_have(self, GP_UNI_SPACE))
PRED_METHOD(gp_str_m_isalnum, "str.isalnum",
            all_have(self, GP_UNI_ALPHA | GP_UNI_DECIMAL | GP_UNI_DIGIT | GP_UNI_NUMERIC))
PRED_METHOD(gp_str_m_isascii, "str.isascii", gp_str_obj(self)->ascii)

static int is_printable(Value self) {
    GpStr *s = gp_str_obj(self);
    for (size_t pos = 0; pos < s->nbytes;)
        if (!gp_uni_has(gp_utf8_next(s->data, &pos), GP_UNI_PRINTABLE)) return 0;
    return 1;
}
PRED_METHOD(gp_str_m_isprintable, "str.isprintable", is_printable(self))

/* isupper: no lowercase or titlecase letter, and at least one uppercase
 * (and symmetrically for islower). */
static int case_pred(Value self, unsigned want, unsigned reject) {
    GpStr *s = gp_str_obj(self);
    int cased = 0;
    for (size_t pos = 0; pos < s->nbytes;) {
        unsigned f = gp_uni_flags(gp_utf8_next(s->data, &pos));
        if (f & reject) return 0;
        if (f & want) cased = 1;
    }
    return cased;
}
PRED_METHOD(gp_str_m_isupper, "str.isupper", case_pred(self, GP_UNI_UPPER, GP_UNI_LOWER | GP_UNI_TITLE))
PRED_METHOD(gp_str_m_islower, "str.islower", case_pred(self, GP_UNI_LOWER, GP_UNI_UPPER | GP_UNI_TITLE))

/* istitle: uppercase and titlecase letters only after uncased characters,
 * lowercase ones only after cased characters, and at least one cased. */
static int is_title(Value self) {
    GpStr *s = gp_str_obj(self);
    int cased = 0, prev_cased = 0;
    for (size_t pos = 0; pos < s->nbytes;) {
        unsigned f = gp_uni_flags(gp_utf8_next(s->data, &pos));
        if (f & (GP_UNI_UPPER | GP_UNI_TITLE)) {
            if (prev_cased) return 0;
            prev_cased = cased = 1;
        } else if (f & GP_UNI_LOWER) {
            if (!prev_cased) return 0;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return cased;
}
PRED_METHOD(gp_str_m_istitle, "str.istitle", is_title(self))

static int is_identifier(Value self) {
    GpStr *s = gp_str_obj(self);
    if (s->nbytes == 0) return 0;
    size_t pos = 0;
    uint32_t c = gp_utf8_next(s->data, &pos);
    if (c != '_' && !gp_uni_has(c, GP_UNI_XID_START)) return 0;
    while (pos < s->nbytes)
        if (!gp_uni_has(gp_utf8_next(s->data, &pos), GP_UNI_XID_CONTINUE)) return 0;
    return 1;
}
PRED_METHOD(gp_str_m_isidentifier, "str.isidentifier", is_identifier(self))

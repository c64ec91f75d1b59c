#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
/* parser_strings.c - string and bytes literals: escape decoding and the
 * concatenation of adjacent literals.
 *
 * Decoded str values are UTF-8; a lone surrogate escape (\ud800) is
 * stored as its 3-byte generalized UTF-8 form (like "surrogatepass").
 * Error messages and byte positions reproduce CPython's codecs, which
 * decode a copy of the literal where every non-ASCII character has been
 * rewritten as a 10-byte \UXXXXXXXX escape; positions count that copy. */
#include "parser_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "uchar.h"
#include "unicode_names.h"

static void put(AstBuf *b, const char *s, size_t n)
{
    ast_buf_put(b, s, n);
}

static void put_cp(AstBuf *b, uint32_t cp)
{
    char u[4];
    put(b, u, (size_t)uchar_encode(cp, u));
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static void *decode_error(Parser *p, const char *what, size_t start, size_t end)
{
    if (end == start + 1)
        return p_raise(p, SYNERR_SYNTAX, 0,
                       "(unicode error) 'unicodeescape' codec can't decode byte in position %zu: %s",
                       start, what);
    return p_raise(p, SYNERR_SYNTAX, 0,
                   "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                   start, end - 1, what);
}

void p_warn_literal(Parser *p, const char *fmt, ...)
{
    const Token *t = p->cur_literal;
    if (!t || p->invalid_pass)
        return;
    for (int i = 0; i < p->nwarnings; i++)
        if (p->warned_tokens[i] == t)
            return;
    if (p->nwarnings == p->warnings_cap) {
        int ncap = p->warnings_cap ? p->warnings_cap * 2 : 8;
        AstWarning *w = ast_alloc(p->arena, (size_t)ncap * sizeof *w);
        const Token **wt = realloc(p->warned_tokens, (size_t)ncap * sizeof *wt);
        if (!wt)
            return;
        if (p->nwarnings)
            memcpy(w, p->warnings, (size_t)p->nwarnings * sizeof *w);
        p->warnings = w;
        p->warned_tokens = wt;
        p->warnings_cap = ncap;
    }
    AstWarning *w = &p->warnings[p->nwarnings];
    w->lineno = t->lineno;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->msg, sizeof w->msg, fmt, ap);
    va_end(ap);
    p->warned_tokens[p->nwarnings++] = t;
}

/* Length in CPython's escaped copy of the UTF-8 sequence starting at s. */
static size_t copy_len(const char *s, const char *e, size_t *src_len)
{
    uint32_t cp;
    int k = uchar_decode((const unsigned char *)s, (size_t)(e - s), &cp);
    *src_len = k ? (size_t)k : 1;
    return 10;
}

/* Decodes the escapes of a str literal's body into out. Returns 0 after
 * raising a SyntaxError. */
static int decode_str_escapes(Parser *p, const char *s, size_t len, AstBuf *out)
{
    const char *e = s + len;
    size_t pos = 0; /* position in CPython's escaped copy */
    while (s < e) {
        if (*s != '\\') {
            if ((unsigned char)*s < 0x80) {
                put(out, s, 1);
                s++;
                pos++;
            } else {
                size_t n;
                pos += copy_len(s, e, &n);
                put(out, s, n);
                s += n;
            }
            continue;
        }
        size_t start = pos;
        s++;
        pos++;
        if (s >= e || (unsigned char)*s >= 0x80) {
            /* a backslash before a non-ASCII character stays literal */
            put(out, "\\", 1);
            pos += 5;
            continue;
        }
        char c = *s++;
        pos++;
        switch (c) {
        case '\n': break;
        case '\\': put(out, "\\", 1); break;
        case '\'': put(out, "'", 1); break;
        case '"': put(out, "\"", 1); break;
        case 'b': put(out, "\b", 1); break;
        case 'f': put(out, "\f", 1); break;
        case 't': put(out, "\t", 1); break;
        case 'n': put(out, "\n", 1); break;
        case 'r': put(out, "\r", 1); break;
        case 'v': put(out, "\v", 1); break;
        case 'a': put(out, "\a", 1); break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++) {
                v = v * 8 + (uint32_t)(*s++ - '0');
                pos++;
            }
            put_cp(out, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            const char *msg = c == 'x'   ? "truncated \\xXX escape"
                              : c == 'u' ? "truncated \\uXXXX escape"
                                         : "truncated \\UXXXXXXXX escape";
            uint32_t v = 0;
            for (int i = 0; i < count; i++) {
                int h = s < e ? hexval((unsigned char)*s) : -1;
                if (h < 0)
                    return decode_error(p, msg, start, pos), 0;
                v = v * 16 + (uint32_t)h;
                s++;
                pos++;
            }
            if (v > 0x10FFFF)
                return decode_error(p, "illegal Unicode character", start, pos), 0;
            put_cp(out, v);
            break;
        }
        case 'N': {
            if (s >= e || *s != '{')
                return decode_error(p, "malformed \\N character escape", start, pos), 0;
            const char *name = ++s;
            pos++;
            while (s < e && *s != '}') {
                size_t n = 1;
                pos += (unsigned char)*s >= 0x80 ? copy_len(s, e, &n) : 1;
                s += n;
            }
            if (s >= e || s == name)
                return decode_error(p, "malformed \\N character escape", start, pos), 0;
            s++;
            pos++;
            uint32_t cp;
            if (!unicode_name_lookup(name, (size_t)(s - 1 - name), &cp))
                return decode_error(p, "unknown Unicode character name", start, pos), 0;
            put_cp(out, cp);
            break;
        }
        default:
            /* invalid escapes are kept, with a SyntaxWarning */
            p_warn_literal(p, "invalid escape sequence '\\%c'", c);
            put(out, "\\", 1);
            put(out, &c, 1);
            break;
        }
    }
    return 1;
}

static int decode_bytes_escapes(Parser *p, const char *s, size_t len, AstBuf *out)
{
    const char *b = s, *e = s + len;
    while (s < e) {
        if (*s != '\\') {
            put(out, s, 1);
            s++;
            continue;
        }
        s++;
        if (s >= e) {
            put(out, "\\", 1);
            break;
        }
        char c = *s++;
        switch (c) {
        case '\n': break;
        case '\\': put(out, "\\", 1); break;
        case '\'': put(out, "'", 1); break;
        case '"': put(out, "\"", 1); break;
        case 'b': put(out, "\b", 1); break;
        case 'f': put(out, "\f", 1); break;
        case 't': put(out, "\t", 1); break;
        case 'n': put(out, "\n", 1); break;
        case 'r': put(out, "\r", 1); break;
        case 'v': put(out, "\v", 1); break;
        case 'a': put(out, "\a", 1); break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (unsigned)(*s++ - '0');
            char byte = (char)(v & 0xFF);
            put(out, &byte, 1);
            break;
        }
        case 'x':
            if (s + 1 < e && hexval((unsigned char)s[0]) >= 0 && hexval((unsigned char)s[1]) >= 0) {
                char byte = (char)(hexval((unsigned char)s[0]) * 16 + hexval((unsigned char)s[1]));
                put(out, &byte, 1);
                s += 2;
                break;
            }
            p_raise(p, SYNERR_SYNTAX, 0, "(value error) invalid \\x escape at position %zu",
                    (size_t)(s - 2 - b));
            return 0;
        default:
            p_warn_literal(p, "invalid escape sequence '\\%c'", s[-1]);
            put(out, "\\", 1);
            s--;
            break;
        }
    }
    return 1;
}

/* Decodes a str body (raw or not) into an arena string; NULL after an error. */
static char *decode_str(Parser *p, int raw, const char *s, size_t len, size_t *outlen)
{
    if (raw || !memchr(s, '\\', len)) {
        *outlen = len;
        return p_strdup(p, s, len);
    }
    AstBuf b = {0};
    put(&b, "", 0);
    char *r = NULL;
    if (decode_str_escapes(p, s, len, &b)) {
        r = p_strdup(p, b.data, b.len);
        *outlen = b.len;
    }
    free(b.data);
    return r;
}

/* Constant from a STRING token: prefix letters, quotes, then the body. */
AstNode *p_string_constant(Parser *p, Token *t)
{
    const char *s = t->start;
    int bytes = 0, raw = 0;
    int u = *s == 'u'; /* only a lowercase u' gives kind='u' in CPython */
    while (*s != '\'' && *s != '"') {
        if (*s == 'b' || *s == 'B')
            bytes = 1;
        else if (*s == 'r' || *s == 'R')
            raw = 1;
        s++;
    }
    const char *e = t->end;
    size_t q = (e - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    s += q;
    e -= q;
    size_t len = (size_t)(e - s);
    AstNode *n = p_node_at(p, AST_CONSTANT, loc_tok(t));
    p->cur_literal = t;
    if (bytes) {
        for (size_t i = 0; i < len; i++) {
            if ((unsigned char)s[i] >= 0x80)
                return p_raise_loc(p, loc_tok(t), "bytes can only contain ASCII literal characters");
        }
        n->u.constant.ckind = CONST_BYTES;
        if (raw || !memchr(s, '\\', len)) {
            n->u.constant.bytes = p_strdup(p, s, len);
            n->u.constant.len = len;
            return n;
        }
        AstBuf b = {0};
        put(&b, "", 0);
        AstNode *res = NULL;
        if (decode_bytes_escapes(p, s, len, &b)) {
            n->u.constant.bytes = p_strdup(p, b.data, b.len);
            n->u.constant.len = b.len;
            res = n;
        }
        free(b.data);
        return res;
    }
    n->u.constant.ckind = CONST_STR;
    n->u.constant.kind_u = u;
    n->u.constant.bytes = decode_str(p, raw, s, len, &n->u.constant.len);
    return n->u.constant.bytes ? n : NULL;
}

/* An f-string literal part, from an FSTRING_MIDDLE token's text; decode
 * selects the format-spec form, whose escapes are decoded at once. */
AstNode *p_fstring_middle_constant(Parser *p, Token *t, int decode)
{
    AstNode *n = p_node_at(p, AST_CONSTANT, loc_tok(t));
    n->u.constant.ckind = CONST_STR;
    size_t len = (size_t)(t->end - t->start);
    p->cur_literal = t;
    if (decode) {
        n->u.constant.bytes = decode_str(p, 0, t->start, len, &n->u.constant.len);
        return n->u.constant.bytes ? n : NULL;
    }
    n->u.constant.bytes = p_strdup(p, t->start, len);
    n->u.constant.len = len;
    return n;
}

/* Decodes the escapes of a collected f-string part (kept raw until the
 * whole f-string is known, as CPython does). */
AstNode *p_decode_fstring_part(Parser *p, int raw, AstNode *c, Token *t)
{
    p->cur_literal = t;
    const char *s = c->u.constant.bytes;
    size_t len = strlen(s);
    AstNode *n = ast_alloc(p->arena, sizeof *n);
    *n = *c;
    n->u.constant.kind_u = 0;
    n->u.constant.bytes = decode_str(p, raw || !strchr(s, '\\'), s, len, &n->u.constant.len);
    return n->u.constant.bytes ? n : NULL;
}

static int is_empty_str(const AstNode *e)
{
    return e->kind == AST_CONSTANT && e->u.constant.ckind == CONST_STR && e->u.constant.len == 0;
}

/* Implicit concatenation of adjacent literals (CPython's
 * _PyPegen_concatenate_strings): bytes join into one constant; str and
 * f-string parts are flattened, runs of constants are folded into one
 * (kind from the run's first), and empty constants dropped when an
 * f-string is involved. */
AstNode *p_concat_strings(Parser *p, AstList *parts, int start_mark)
{
    int fstr = 0, ustr = 0, bytes = 0;
    for (int i = 0; i < parts->n; i++) {
        AstNode *e = parts->items[i];
        if (e->kind == AST_CONSTANT) {
            if (e->u.constant.ckind == CONST_BYTES)
                bytes = 1;
            else
                ustr = 1;
        } else {
            fstr = 1;
        }
    }
    if ((ustr || fstr) && bytes)
        return p_raise(p, SYNERR_SYNTAX, 0, "cannot mix bytes and nonbytes literals");
    if (bytes) {
        AstBuf b = {0};
        put(&b, "", 0);
        for (int i = 0; i < parts->n; i++)
            put(&b, parts->items[i]->u.constant.bytes, parts->items[i]->u.constant.len);
        AstNode *n = p_node(p, AST_CONSTANT, start_mark);
        n->u.constant.ckind = CONST_BYTES;
        n->u.constant.bytes = p_strdup(p, b.data, b.len);
        n->u.constant.len = b.len;
        free(b.data);
        return n;
    }
    if (!fstr && parts->n == 1)
        return parts->items[0];

    AstList flat = {0};
    for (int i = 0; i < parts->n; i++) {
        AstNode *e = parts->items[i];
        if (e->kind == AST_JOINEDSTR) {
            for (int j = 0; j < e->u.joinedstr.values.n; j++)
                ast_list_push(p->arena, &flat, e->u.joinedstr.values.items[j]);
        } else {
            ast_list_push(p->arena, &flat, e);
        }
    }
    AstList values = {0};
    for (int i = 0; i < flat.n; i++) {
        AstNode *e = flat.items[i];
        if (e->kind == AST_CONSTANT) {
            if (i + 1 < flat.n && flat.items[i + 1]->kind == AST_CONSTANT) {
                AstNode *first = e, *last = e;
                AstBuf b = {0};
                put(&b, "", 0);
                int j;
                for (j = i; j < flat.n && flat.items[j]->kind == AST_CONSTANT; j++) {
                    last = flat.items[j];
                    put(&b, last->u.constant.bytes, last->u.constant.len);
                }
                i = j - 1;
                Loc l = {first->lineno, first->col, last->end_lineno, last->end_col};
                e = p_node_at(p, AST_CONSTANT, l);
                e->u.constant.ckind = CONST_STR;
                e->u.constant.kind_u = first->u.constant.kind_u;
                e->u.constant.bytes = p_strdup(p, b.data, b.len);
                e->u.constant.len = b.len;
                free(b.data);
            }
            if (fstr && is_empty_str(e))
                continue;
        }
        ast_list_push(p->arena, &values, e);
    }
    if (!fstr)
        return values.items[0];
    AstNode *j = p_node(p, AST_JOINEDSTR, start_mark);
    j->u.joinedstr.values = values;
    return j;
}

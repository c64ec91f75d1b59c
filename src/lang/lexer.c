/* lexer.c - source preparation, character input and error recording for
 * the tokenizer; the scanning itself is in lexer_scan.c, lexer_number.c
 * and lexer_fstring.c. */
#include "lexer_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec_tables.h"
#include "uchar.h"

/* ---- source preparation ---- */

/* PEP 263: a comment on line 1 or 2 of the form "coding[:=] name".
 * Returns the name's length (0 if none) and its start in *name. */
static size_t coding_spec(const char *line, size_t n, const char **name)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        i++;
    if (i >= n || line[i] != '#')
        return 0;
    for (; i + 6 < n; i++) {
        if (memcmp(line + i, "coding", 6) != 0)
            continue;
        size_t j = i + 6;
        if (line[j] != ':' && line[j] != '=')
            continue;
        j++;
        while (j < n && (line[j] == ' ' || line[j] == '\t'))
            j++;
        size_t b = j;
        while (j < n && ((line[j] >= 'a' && line[j] <= 'z') || (line[j] >= 'A' && line[j] <= 'Z') ||
                         (line[j] >= '0' && line[j] <= '9') || line[j] == '-' || line[j] == '_' ||
                         line[j] == '.'))
            j++;
        if (j > b) {
            *name = line + b;
            return j - b;
        }
    }
    return 0;
}

/* How a declared encoding is decoded: as UTF-8 (and ASCII, a subset),
 * as Latin-1, through a single-byte table, or not at all (unknown). */
typedef enum { ENC_UTF8, ENC_LATIN1, ENC_TABLE, ENC_UNKNOWN } EncKind;

/* Lowercases and turns '_' into '-', as CPython's lookup normalizes. */
static void normalize_name(const char *name, size_t n, char *out, size_t cap)
{
    size_t i = 0;
    for (; i < n && i + 1 < cap; i++) {
        char c = name[i];
        if (c == '_')
            c = '-';
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        out[i] = c;
    }
    out[i] = '\0';
}

static int in_alias_list(const char *aliases, const char *low)
{
    size_t n = strlen(low);
    const char *a = aliases;
    while (*a) {
        const char *bar = strchr(a, '|');
        size_t len = bar ? (size_t)(bar - a) : strlen(a);
        char norm[32];
        normalize_name(a, len, norm, sizeof norm);
        if (strlen(norm) == n && !memcmp(norm, low, n))
            return 1;
        if (!bar)
            break;
        a = bar + 1;
    }
    return 0;
}

static EncKind encoding_kind(const char *name, size_t n, const CodecTable **table)
{
    char low[32];
    if (n >= sizeof low)
        return ENC_UNKNOWN;
    normalize_name(name, n, low, sizeof low);
    if (!strcmp(low, "utf-8") || !strncmp(low, "utf-8-", 6) || !strcmp(low, "utf8") ||
        !strcmp(low, "ascii") || !strcmp(low, "us-ascii"))
        return ENC_UTF8;
    if (!strcmp(low, "latin-1") || !strcmp(low, "iso-8859-1") || !strcmp(low, "iso-latin-1") ||
        !strncmp(low, "latin-1-", 8) || !strncmp(low, "iso-8859-1-", 11) ||
        !strncmp(low, "iso-latin-1-", 12) || !strcmp(low, "latin1") || !strcmp(low, "l1") ||
        !strcmp(low, "iso8859-1") || !strcmp(low, "8859") || !strcmp(low, "cp819"))
        return ENC_LATIN1;
    for (int i = 0; i < codec_table_count; i++) {
        if (in_alias_list(codec_tables[i].aliases, low)) {
            *table = &codec_tables[i];
            return ENC_TABLE;
        }
    }
    return ENC_UNKNOWN;
}

static void set_prep_error(AstSyntaxError *err, int lineno, int col, const char *msg)
{
    memset(err, 0, sizeof *err);
    err->kind = SYNERR_SYNTAX;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->lineno = lineno;
    err->col = col;
    err->end_lineno = lineno;
    err->end_col = -1;
}

/* Finds the encoding declared on line 1 or 2 (UTF-8 when none). */
static EncKind declared_encoding(const char *s, size_t n, char *name_out, size_t name_cap,
                                 const CodecTable **table)
{
    const char *line = s;
    for (int ln = 0; ln < 2 && line < s + n; ln++) {
        const char *nl = memchr(line, '\n', (size_t)(s + n - line));
        size_t ll = nl ? (size_t)(nl - line) : (size_t)(s + n - line);
        const char *name;
        size_t k = coding_spec(line, ll, &name);
        if (k) {
            size_t c = k < name_cap - 1 ? k : name_cap - 1;
            memcpy(name_out, name, c);
            name_out[c] = '\0';
            return encoding_kind(name, k, table);
        }
        /* line 2 counts only if line 1 is blank or a comment */
        size_t i = 0;
        while (i < ll && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f' || line[i] == '\r'))
            i++;
        if (i < ll && line[i] != '#')
            break;
        if (!nl)
            break;
        line = nl + 1;
    }
    return ENC_UTF8;
}

Lexer *lexer_new(const char *src, size_t len, ParseMode mode, AstSyntaxError *err)
{
    int had_bom = 0;
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF) {
        src += 3;
        len -= 3;
        had_bom = 1;
    }
    char encname[64];
    const CodecTable *table = NULL;
    EncKind enc = declared_encoding(src, len, encname, sizeof encname, &table);

    /* worst case: every byte becomes 3 (a table codec) plus a final newline */
    char *buf = malloc(len * 3 + 2);
    if (!buf) {
        set_prep_error(err, 0, 0, "out of memory");
        return NULL;
    }
    size_t o = 0;
    int lineno = 1;
    size_t line_off = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            buf[o++] = '\n';
            i += (i + 1 < len && src[i + 1] == '\n') ? 2 : 1;
            lineno++;
            line_off = i;
            continue;
        }
        if (c == '\n') {
            lineno++;
            line_off = i + 1;
        }
        if (c < 0x80) {
            buf[o++] = (char)c;
            i++;
            continue;
        }
        if (enc == ENC_LATIN1 || enc == ENC_TABLE) {
            uint32_t cp = enc == ENC_LATIN1 ? c : table->upper[c - 0x80];
            if (cp == 0xFFFF) {
                char msg[160];
                snprintf(msg, sizeof msg,
                         "(unicode error) '%s' codec can't decode byte 0x%02x in position %zu: "
                         "character maps to <undefined>",
                         table->name, c, i - line_off);
                free(buf);
                set_prep_error(err, lineno, (int)(i - line_off) + 1, msg);
                return NULL;
            }
            o += (size_t)uchar_encode(cp, buf + o);
            i++;
            continue;
        }
        if (enc == ENC_UNKNOWN) {
            char msg[128];
            snprintf(msg, sizeof msg, "unknown encoding: %s", encname);
            free(buf);
            set_prep_error(err, 0, 0, msg);
            err->end_col = 0;
            return NULL;
        }
        uint32_t cp;
        int k = uchar_decode((const unsigned char *)src + i, len - i, &cp);
        if (k == 0) {
            char msg[160];
            snprintf(msg, sizeof msg,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: "
                     "invalid %s byte",
                     c, i - line_off, (c < 0xC2 || c > 0xF4) ? "start" : "continuation");
            free(buf);
            set_prep_error(err, lineno, (int)(i - line_off) + 1, msg);
            return NULL;
        }
        memcpy(buf + o, src + i, (size_t)k);
        o += (size_t)k;
        i += (size_t)k;
    }
    int added_newline = 0;
    if (mode != PARSE_EVAL && (o == 0 || buf[o - 1] != '\n')) {
        buf[o++] = '\n';
        added_newline = 1;
    }
    buf[o] = '\0';

    Lexer *lx = calloc(1, sizeof *lx);
    if (!lx) {
        free(buf);
        set_prep_error(err, 0, 0, "out of memory");
        return NULL;
    }
    lx->buf = buf;
    lx->len = o;
    lx->end = buf + o;
    lx->cur = lx->inp = lx->line_start = lx->buf_start = buf;
    lx->atbol = 1;
    lx->done = LX_OK;
    lx->interactive = mode == PARSE_SINGLE;
    lx->had_bom = had_bom;
    lx->added_newline = added_newline;
    lx->modes[0].expr_start_depth = -1;
    if (had_bom) {
        const char *nl = memchr(buf, '\n', o);
        size_t l1 = nl ? (size_t)(nl - buf) : o;
        lx->line1 = malloc(l1 + 4);
        if (lx->line1) {
            memcpy(lx->line1, "\xEF\xBB\xBF", 3);
            memcpy(lx->line1 + 3, buf, l1);
            lx->line1[l1 + 3] = '\0';
            lx->line1_len = l1 + 3;
        }
    }
    return lx;
}

void lexer_free(Lexer *lx)
{
    if (!lx)
        return;
    free(lx->buf);
    free(lx->line1);
    free(lx);
}

/* ---- character input ----
 * Lines are loaded one at a time, as CPython's tokenizer does, so that
 * lineno and line_start change exactly when the first character of a new
 * line is requested; error positions depend on that timing. */

static int underflow(Lexer *lx)
{
    if (lx->inp >= lx->end || (lx->interactive && lx->blank_end)) {
        if (lx->interactive && !lx->blank_end)
            lx->wants_more = 1;
        lx->done = LX_EOF;
        return 0;
    }
    const char *nl = memchr(lx->inp, '\n', (size_t)(lx->end - lx->inp));
    const char *e = nl ? nl + 1 : lx->end;
    lx->cur = lx->line_start = lx->inp;
    if (!lx->start)
        lx->buf_start = lx->cur;
    lx->inp = e;
    lx->lineno++;
    if (memchr(lx->line_start, '\0', (size_t)(e - lx->line_start))) {
        lx_error(lx, "source code cannot contain null bytes");
        lx->cur = lx->inp;
        return 0;
    }
    return 1;
}

int lx_nextc(Lexer *lx)
{
    for (;;) {
        if (lx->cur != lx->inp)
            return (unsigned char)*lx->cur++;
        if (lx->done != LX_OK)
            return EOF;
        if (!underflow(lx)) {
            lx->cur = lx->inp;
            return EOF;
        }
    }
}

void lx_backup(Lexer *lx, int c)
{
    if (c != EOF && lx->cur > lx->buf)
        lx->cur--;
}

int lx_col(const Lexer *lx)
{
    return (int)(lx->cur - lx->line_start);
}

/* Fills a token. Columns come from the cursor (CPython's col_offset
 * bookkeeping), not from the text bounds: a "{{" middle part, say, ends its
 * text before the second brace but its position after it. String parts
 * start on the line their literal began. */
int lx_make(Lexer *lx, LexToken *t, int type, const char *s, const char *e)
{
    t->type = type;
    t->level = lx->level;
    t->lineno = (type == TK_STRING || type == TK_FSTRING_MIDDLE) ? lx->first_lineno : lx->lineno;
    t->end_lineno = lx->lineno;
    t->start = s;
    t->end = e;
    if (s && e) {
        t->col = lx->starting_col;
        t->end_col = lx_col(lx);
    } else {
        t->col = t->end_col = -1;
    }
    return type;
}

int lx_error_range(Lexer *lx, int col, int end_col, const char *fmt, ...)
{
    if (lx->done == LX_ERROR)
        return TK_ERRORTOKEN;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    va_end(ap);
    if (col == -1)
        col = uchar_count(lx->line_start, (size_t)(lx->cur - lx->line_start));
    if (end_col == -1)
        end_col = col;
    lx->err.lineno = lx->err.end_lineno = lx->lineno;
    lx->err.col = col;
    lx->err.end_col = end_col;
    lx->done = LX_ERROR;
    return TK_ERRORTOKEN;
}

int lexer_next(Lexer *lx, LexToken *t)
{
    FMode *m = &lx->modes[lx->mode_idx];
    if (m->fstring)
        return lx_fstring_middle(lx, m, t);
    return lx_get_normal(lx, m, t);
}

/* ---- accessors ---- */

LexDone lexer_done(const Lexer *lx) { return lx->done; }
const LexError *lexer_error(const Lexer *lx) { return &lx->err; }
int lexer_lineno(const Lexer *lx) { return lx->lineno; }
int lexer_cur_col(const Lexer *lx) { return lx_col(lx); }
int lexer_buf_col(const Lexer *lx) { return (int)(lx->cur - lx->buf_start); }
int lexer_level(const Lexer *lx) { return lx->level; }
int lexer_in_fstring(const Lexer *lx) { return lx->mode_idx > 0; }
int lexer_eof_in_string(const Lexer *lx) { return lx->eof_in_string; }
int lexer_wants_more(const Lexer *lx) { return lx->wants_more; }
int lexer_saw_blank_end(const Lexer *lx) { return lx->blank_end; }
int lexer_had_bom(const Lexer *lx) { return lx->had_bom; }

int lexer_line_has_newline(const Lexer *lx, int lineno)
{
    size_t n;
    const char *s = lexer_line(lx, lineno, &n);
    if (!s)
        return 0;
    if (lineno == 1 && lx->line1)
        s = lx->buf;
    if (s + n >= lx->end)
        return 0;
    return !(lx->added_newline && s + n + 1 == lx->end);
}

void lexer_paren(const Lexer *lx, int *ch, int *lineno, int *col)
{
    int i = lx->level - 1;
    *ch = lx->parenstack[i];
    *lineno = lx->parenlineno[i];
    *col = lx->parencol[i];
}

const char *lexer_cursor(const Lexer *lx) { return lx->cur; }

const char *lexer_source(const Lexer *lx, size_t *len)
{
    *len = lx->len;
    return lx->buf;
}

const char *lexer_line(const Lexer *lx, int lineno, size_t *len)
{
    if (lineno == 1 && lx->line1) {
        *len = lx->line1_len;
        return lx->line1;
    }
    const char *p = lx->buf;
    for (int i = 1; i < lineno; i++) {
        const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
        if (!nl) {
            *len = 0;
            return NULL;
        }
        p = nl + 1;
    }
    if (p >= lx->end && lineno > 1) {
        *len = 0;
        return NULL;
    }
    const char *nl = memchr(p, '\n', (size_t)(lx->end - p));
    *len = nl ? (size_t)(nl - p) : (size_t)(lx->end - p);
    return p;
}

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

/* How a declared encoding is decoded: as UTF-8, as ASCII (UTF-8 without
 * the bytes above 0x7F), as Latin-1, through a single-byte table, or not
 * at all (unknown, or not ASCII-compatible such as UTF-16). */
typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_TABLE, ENC_UNKNOWN } EncKind;

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
    if (!strcmp(low, "utf-8") || !strncmp(low, "utf-8-", 6) || !strcmp(low, "utf8") || !strcmp(low, "u8") ||
        !strcmp(low, "utf") || !strcmp(low, "cp65001"))
        return ENC_UTF8;
    if (!strcmp(low, "ascii") || !strcmp(low, "us-ascii") || !strcmp(low, "646") || !strcmp(low, "us"))
        return ENC_ASCII;
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

/* Finds the encoding declared on line 1 or 2 (UTF-8 when none; then
 * name_out is left empty). */
static EncKind declared_encoding(const char *s, size_t n, char *name_out, size_t name_cap,
                                 const CodecTable **table)
{
    name_out[0] = '\0';
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

/* CPython's get_normal_name: the UTF-8 and Latin-1 families under one
 * name each, other names as written. */
static const char *normal_name(const char *name, char *buf, size_t cap)
{
    normalize_name(name, strlen(name) < 12 ? strlen(name) : 12, buf, cap);
    if (!strcmp(buf, "utf-8") || !strncmp(buf, "utf-8-", 6))
        return "utf-8";
    if (!strcmp(buf, "latin-1") || !strcmp(buf, "iso-8859-1") || !strcmp(buf, "iso-latin-1") ||
        !strncmp(buf, "latin-1-", 8) || !strncmp(buf, "iso-8859-1-", 11) || !strncmp(buf, "iso-latin-1-", 12))
        return "iso-8859-1";
    return name;
}

/* A problem with the declared encoding, as CPython reports it: without a
 * location when it reads a script, at "line 0" when it compiles bytes. */
static void encoding_error(AstSyntaxError *err, SourceKind kind, const char *msg)
{
    set_prep_error(err, 0, -1, msg);
    err->end_lineno = 0;
    err->end_col = 0;
    err->form = kind == SRC_FILE ? SYNERR_UNLOCATED : SYNERR_LINE0;
}

Lexer *lexer_new(const char *src, size_t len, ParseMode mode, AstSyntaxError *err)
{
    return lexer_new_source(src, len, mode, SRC_BYTES, "<unknown>", err);
}

/* Why the UTF-8 in s[0..n) cannot be decoded at its start, in the words
 * of Python's UTF-8 decoder. */
static const char *utf8_problem(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    int need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    if (c < 0xC2 || c > 0xF4)
        return "invalid start byte";
    for (int k = 1; k <= need; k++) {
        if ((size_t)k >= n)
            return "unexpected end of data";
        unsigned lo = 0x80, hi = 0xBF;
        if (k == 1) {
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED) hi = 0x9F;
            else if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        }
        if (s[k] < lo || s[k] > hi)
            return "invalid continuation byte";
    }
    return "invalid start byte";
}

/* Is line[bad] inside a comment? (Strings on the line are skipped.) */
static int in_comment(const char *line, size_t n, size_t bad)
{
    for (size_t i = 0; i < n && i < bad; i++) {
        char q = line[i];
        if (q == '#')
            return 1;
        if (q != '\'' && q != '"')
            continue;
        size_t qlen = i + 2 < n && line[i + 1] == q && line[i + 2] == q ? 3 : 1;
        size_t j = i + qlen;
        while (j < n && !(line[j] == q && (qlen == 1 || (j + 2 < n && line[j + 1] == q && line[j + 2] == q))))
            j += line[j] == '\\' ? 2 : 1;
        i = j + qlen - 1;
    }
    return 0;
}

/* Undecodable UTF-8 inside a one-line string literal is reported as
 * CPython reports it: at the literal token, with the byte's position in
 * its body and the line as text. CPython's end offset mixes byte and
 * character counts of the line with U+FFFD in it; what it gives is the
 * token's length in bytes without a coding declaration and one column
 * with one. Returns 0 when line[bad] is not in such a literal. */
static int literal_decode_error(AstSyntaxError *err, const char *line, size_t n, size_t bad, int lineno,
                                int declared)
{
    for (size_t i = 0; i < n && line[i] != '#'; i++) {
        char q = line[i];
        if (q != '\'' && q != '"')
            continue;
        size_t tok = i;
        while (tok > 0 && i - tok < 2 && strchr("rRbBuUfF", line[tok - 1]))
            tok--;
        size_t qlen = i + 2 < n && line[i + 1] == q && line[i + 2] == q ? 3 : 1;
        size_t body = i + qlen, j = body;
        while (j < n && !(line[j] == q && (qlen == 1 || (j + 2 < n && line[j + 1] == q && line[j + 2] == q))))
            j += line[j] == '\\' ? 2 : 1;
        if (j >= n)
            return 0;
        size_t end = j + qlen;
        if (bad < body || bad >= j) {
            i = end - 1;
            continue;
        }
        int bytes = 0, fstr = 0;
        for (size_t k = tok; k < i; k++) {
            bytes |= line[k] == 'b' || line[k] == 'B';
            fstr |= line[k] == 'f' || line[k] == 'F';
        }
        if (fstr)
            return 0;
        memset(err, 0, sizeof *err);
        err->kind = SYNERR_SYNTAX;
        if (bytes)
            snprintf(err->msg, sizeof err->msg, "bytes can only contain ASCII literal characters");
        else
            snprintf(err->msg, sizeof err->msg,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                     (unsigned char)line[bad], bad - body, utf8_problem((const unsigned char *)line + bad, j - bad));
        int col = 1;
        for (size_t k = 0; k < tok; k++)
            col += ((unsigned char)line[k] & 0xC0) != 0x80;
        err->lineno = err->end_lineno = lineno;
        err->col = col;
        err->end_col = col + (declared ? 1 : (int)(end - tok));
        err->line = malloc(n + 1);
        if (err->line) {
            memcpy(err->line, line, n);
            err->line[n] = '\0';
        }
        return 1;
    }
    return 0;
}

static int strip_bom(const char **src, size_t *len)
{
    if (*len >= 3 && (unsigned char)(*src)[0] == 0xEF && (unsigned char)(*src)[1] == 0xBB &&
        (unsigned char)(*src)[2] == 0xBF) {
        *src += 3;
        *len -= 3;
        return 1;
    }
    return 0;
}

/* The source as UTF-8 with \r\n and \r turned into \n (BOM already
 * stripped): malloc'd with room for a final newline and a NUL, its length
 * in *out_len; NULL with *err filled. */
static char *decode_source(const char *src, size_t len, SourceKind kind, const char *filename, int had_bom,
                           AstSyntaxError *err, size_t *out_len)
{
    char encname[64], normbuf[16], msg[512];
    const CodecTable *table = NULL;
    EncKind enc = ENC_UTF8;
    const char *cs = "";
    if (kind != SRC_TEXT) {
        enc = declared_encoding(src, len, encname, sizeof encname, &table);
        cs = encname[0] ? normal_name(encname, normbuf, sizeof normbuf) : "";
        if (had_bom && encname[0] && strcmp(cs, "utf-8") != 0) {
            snprintf(msg, sizeof msg, "encoding problem: %s with BOM", cs);
            encoding_error(err, kind, msg);
            return NULL;
        }
        if (enc == ENC_UNKNOWN) {
            snprintf(msg, sizeof msg, kind == SRC_FILE ? "encoding problem: %s" : "unknown encoding: %s", cs);
            encoding_error(err, kind, msg);
            return NULL;
        }
    }

    /* worst case: every byte becomes 3 (a table codec) plus a final newline */
    char *buf = malloc(len * 3 + 2);
    if (!buf) {
        set_prep_error(err, 0, 0, "out of memory");
        return NULL;
    }
    size_t o = 0;
    int lineno = 1;
    size_t line_off = 0;
    size_t text_pos = 0; /* position in the text with newlines translated */
    for (size_t i = 0; i < len; text_pos++) {
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
            if (cp != 0xFFFF) {
                o += (size_t)uchar_encode(cp, buf + o);
                i++;
                continue;
            }
        }
        if (enc != ENC_UTF8) {
            /* A byte the declared encoding cannot decode. */
            if (kind == SRC_FILE)
                snprintf(msg, sizeof msg, "encoding problem: %s", cs);
            else if (enc == ENC_ASCII)
                snprintf(msg, sizeof msg,
                         "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)", c,
                         text_pos);
            else
                snprintf(msg, sizeof msg,
                         "'charmap' codec can't decode byte 0x%02x in position %zu: character maps to <undefined>",
                         c, text_pos);
            free(buf);
            encoding_error(err, kind, msg);
            return NULL;
        }
        uint32_t cp;
        int k = uchar_decode((const unsigned char *)src + i, len - i, &cp);
        if (k == 0) {
            const char *eol = memchr(src + line_off, '\n', len - line_off);
            size_t line_len = eol ? (size_t)(eol - (src + line_off)) : len - line_off;
            if (!(kind == SRC_FILE && !encname[0]) && in_comment(src + line_off, line_len, i - line_off)) {
                /* CPython never decodes comments: the byte is dropped for U+FFFD. */
                o += (size_t)uchar_encode(0xFFFD, buf + o);
                i++;
                continue;
            }
            free(buf);
            if (kind == SRC_FILE && !encname[0]) {
                snprintf(msg, sizeof msg,
                         "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                         "declared; see https://peps.python.org/pep-0263/ for details",
                         c, filename, lineno);
                encoding_error(err, kind, msg);
                return NULL;
            }
            if (line_len && src[line_off + line_len - 1] == '\r')
                line_len--;
            if (literal_decode_error(err, src + line_off, line_len, i - line_off, lineno, encname[0] != 0))
                return NULL;
            snprintf(msg, sizeof msg,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: "
                     "invalid %s byte",
                     c, i - line_off, (c < 0xC2 || c > 0xF4) ? "start" : "continuation");
            set_prep_error(err, lineno, (int)(i - line_off) + 1, msg);
            return NULL;
        }
        memcpy(buf + o, src + i, (size_t)k);
        o += (size_t)k;
        i += (size_t)k;
    }
    *out_len = o;
    return buf;
}

int lexer_source_is_recoded(const char *src, size_t len)
{
    char encname[64];
    const CodecTable *table = NULL;
    strip_bom(&src, &len);
    EncKind enc = declared_encoding(src, len, encname, sizeof encname, &table);
    return enc == ENC_LATIN1 || enc == ENC_TABLE;
}

char *lexer_decode_source(const char *src, size_t len, SourceKind kind, const char *filename, AstSyntaxError *err,
                          size_t *out_len)
{
    int had_bom = strip_bom(&src, &len);
    char *buf = decode_source(src, len, kind, filename, had_bom, err, out_len);
    if (buf)
        buf[*out_len] = '\0';
    return buf;
}

Lexer *lexer_new_source(const char *src, size_t len, ParseMode mode, SourceKind kind, const char *filename,
                        AstSyntaxError *err)
{
    int had_bom = strip_bom(&src, &len);
    size_t o;
    char *buf = decode_source(src, len, kind, filename, had_bom, err, &o);
    if (!buf)
        return NULL;
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

/* parser_errors.c - raising syntax errors with CPython's positions.
 *
 * Positions arrive as 1-based byte columns (or CPython's sentinels) and
 * are converted to character columns with the text of the error's start
 * line, exactly as CPython converts them (including its quirks: the end
 * column is converted with the start line's text, and line 1 keeps its
 * BOM). The first error raised wins; later raises are ignored. */
#include "parser_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "uchar.h"

Loc loc_node(const AstNode *n)
{
    Loc l = {n->lineno, n->col, n->end_lineno, n->end_col};
    return l;
}

Loc loc_tok(const Token *t)
{
    Loc l = {t->lineno, t->col, t->end_lineno, t->end_col};
    return l;
}

Loc loc_range(Loc a, Loc b)
{
    Loc l = {a.lineno, a.col, b.end_lineno, b.end_col};
    return l;
}

/* The text CPython shows for a parser error on line lineno: it reads
 * the file through a 1000-byte buffer, so of a line longer than 999
 * bytes only the last chunk survives. Sets *total to its length
 * counting the newline if it has one. */
const char *p_error_line(Parser *p, int lineno, size_t *n, size_t *total)
{
    const char *s = lexer_line(p->lx, lineno, n);
    if (!s) {
        *n = *total = 0;
        return NULL;
    }
    size_t len = *n + (lexer_line_has_newline(p->lx, lineno) ? 1 : 0);
    if (len > 999) {
        size_t off = 999 * ((len - 1) / 999);
        s += off;
        *n -= off;
        len -= off;
    }
    *total = len;
    return s;
}

/* Characters in the first col bytes of the error line as CPython holds
 * it: the text, then its newline if it has one, then a NUL, each one
 * character (CPython clamps the column to that length). */
static int byte_to_char(Parser *p, int lineno, int col)
{
    size_t n, total;
    const char *s = p_error_line(p, lineno, &n, &total);
    if (col < 0)
        col = 0;
    if ((size_t)col > total + 1)
        col = (int)total + 1;
    if ((size_t)col <= n)
        return uchar_count(s, (size_t)col);
    return uchar_count(s, n) + (int)((size_t)col - n);
}

static void store(Parser *p, SynErrKind kind, int lineno, int col, int end_lineno, int end_col,
                  const char *fmt, va_list ap)
{
    p->error = 1;
    p->err_set = 1;
    p->err_from_lexer = 0;
    AstSyntaxError *e = p->err;
    free(e->line);
    memset(e, 0, sizeof *e);
    e->kind = kind;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    if (end_lineno == CURRENT_POS)
        end_lineno = lexer_lineno(p->lx);
    if (end_col == CURRENT_POS)
        end_col = lexer_cur_col(p->lx);
    e->lineno = lineno;
    e->end_lineno = end_lineno;
    e->col = byte_to_char(p, lineno, col);
    e->end_col = end_col > 0 ? byte_to_char(p, lineno, end_col) : end_col;
}

/* RAISE_ERROR_KNOWN_LOCATION: 0-based columns, -1 meaning "none". */
static void raise_known(Parser *p, SynErrKind kind, int lineno, int col, int end_lineno, int end_col,
                        const char *fmt, va_list ap)
{
    if (p->err_set)
        return;
    store(p, kind, lineno, col == CURRENT_POS ? CURRENT_POS : col + 1, end_lineno,
          end_col == CURRENT_POS ? CURRENT_POS : end_col + 1, fmt, ap);
}

void *p_raise_at(Parser *p, SynErrKind kind, int lineno, int col, int end_lineno, int end_col,
                 const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_known(p, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *p_raise_loc(Parser *p, Loc l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_known(p, SYNERR_SYNTAX, l.lineno, l.col, l.end_lineno, l.end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *p_raise_from(Parser *p, Loc l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_known(p, SYNERR_SYNTAX, l.lineno, l.col, CURRENT_POS, CURRENT_POS, fmt, ap);
    va_end(ap);
    return NULL;
}

/* RAISE_SYNTAX_ERROR and friends: located at the last token read (or,
 * with use_mark, the token at the parser's position). Tokens without a
 * column use the lexer's cursor instead. */
void *p_raise(Parser *p, SynErrKind kind, int use_mark, const char *fmt, ...)
{
    if (p->err_set)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    if (p->fill == 0) {
        store(p, kind, 0, 0, 0, -1, fmt, ap);
        va_end(ap);
        return NULL;
    }
    if (use_mark && p->mark == p->fill && p_fill(p) < 0) {
        p->error = 1;
        va_end(ap);
        return NULL;
    }
    Token *t = p->known_err_token ? p->known_err_token : p->toks[use_mark ? p->mark : p->fill - 1];
    int col = t->col == -1 ? (lexer_buf_col(p->lx) == 0 ? 0 : lexer_cur_col(p->lx)) : t->col + 1;
    int end_col = t->end_col == -1 ? -1 : t->end_col + 1;
    store(p, kind, t->lineno, col, t->end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

static void raise_unclosed_paren(Parser *p)
{
    int ch, lineno, col;
    lexer_paren(p->lx, &ch, &lineno, &col);
    p_raise_at(p, SYNERR_SYNTAX, lineno, col, lineno, -1, "'%c' was never closed", ch);
}

static void take_lexer_error(Parser *p)
{
    const LexError *le = lexer_error(p->lx);
    AstSyntaxError *e = p->err;
    free(e->line);
    memset(e, 0, sizeof *e);
    e->kind = SYNERR_SYNTAX;
    snprintf(e->msg, sizeof e->msg, "%s", le->msg);
    e->lineno = le->lineno;
    e->col = le->col;
    e->end_lineno = le->end_lineno;
    e->end_col = le->end_col;
    p->error = 1;
    p->err_set = 1;
    p->err_from_lexer = 1;
}

/* Turns the lexer's reason for an error token into the error CPython's
 * parser raises for it. */
void p_tokenizer_error(Parser *p)
{
    p->error = 1;
    if (p->err_set)
        return;
    int lineno = lexer_lineno(p->lx);
    switch (lexer_done(p->lx)) {
    case LX_ERROR:
        take_lexer_error(p);
        return;
    case LX_EOF:
        if (lexer_level(p->lx))
            raise_unclosed_paren(p);
        else
            p_raise(p, SYNERR_SYNTAX, 0, "unexpected EOF while parsing");
        return;
    case LX_DEDENT:
        p_raise(p, SYNERR_INDENTATION, 0, "unindent does not match any outer indentation level");
        return;
    case LX_TABSPACE:
        p_raise_at(p, SYNERR_TAB, lineno, 0, lineno, -1,
                   "inconsistent use of tabs and spaces in indentation");
        return;
    case LX_TOODEEP:
        p_raise_at(p, SYNERR_INDENTATION, lineno, 0, lineno, -1, "too many levels of indentation");
        return;
    case LX_LINECONT:
        /* CPython counts from the start of the line where the current
         * token began, so a continuation after a multi-line string gives
         * a column past the line's end (which is then clamped) */
        p_raise_at(p, SYNERR_SYNTAX, lineno, lexer_buf_col(p->lx) - 1, lineno, -1,
                   "unexpected character after line continuation character");
        return;
    default:
        p_raise_at(p, SYNERR_SYNTAX, lineno, 0, lineno, -1, "unknown parsing error");
        return;
    }
}

/* After a parser error, CPython tokenizes the rest of the input: a later
 * tokenizer error (an unterminated string, say), or a bracket left open
 * on an earlier line, replaces the parser's message. Not done for the
 * REPL, which has no "rest". */
static void check_rest_of_source(Parser *p)
{
    if (p->mode == PARSE_SINGLE)
        return;
    AstSyntaxError saved = *p->err;
    int saved_from_lexer = p->err_from_lexer;
    p->err->line = NULL;
    p->err_set = 0;
    Token *cur = p->known_err_token ? p->known_err_token : p->toks[p->fill - 1];
    int err_line = cur->lineno;
    int replaced = 0;
    for (;;) {
        LexToken lt;
        int type = lexer_next(p->lx, &lt);
        if (type == TK_ERRORTOKEN) {
            if (lexer_done(p->lx) == LX_ERROR) {
                if (!lexer_in_fstring(p->lx)) {
                    take_lexer_error(p);
                    replaced = 1;
                }
            } else if (lexer_level(p->lx) != 0 && !lexer_in_fstring(p->lx)) {
                int ch, lineno, col;
                lexer_paren(p->lx, &ch, &lineno, &col);
                if (err_line > lineno) {
                    raise_unclosed_paren(p);
                    replaced = 1;
                }
            }
            break;
        }
        if (type == TK_ENDMARKER)
            break;
    }
    if (!replaced) {
        free(p->err->line);
        *p->err = saved;
        p->err_from_lexer = saved_from_lexer;
    } else {
        free(saved.line);
    }
    p->err_set = 1;
    p->error = 1;
}

void p_set_syntax_error(Parser *p, int last_token)
{
    if (p->err_set) {
        if (lexer_done(p->lx) == LX_OK && p->err->kind != SYNERR_OVERFLOW)
            check_rest_of_source(p);
        return;
    }
    if (p->fill == 0 || last_token < 0) {
        p_raise(p, SYNERR_SYNTAX, 0, "error at start before reading any input");
        return;
    }
    Token *lt = p->toks[last_token];
    if (lt->type == TK_ERRORTOKEN && lexer_done(p->lx) == LX_EOF) {
        if (lexer_level(p->lx))
            raise_unclosed_paren(p);
        else
            p_raise(p, SYNERR_SYNTAX, 0, "unexpected EOF while parsing");
        return;
    }
    if (lt->type == TK_INDENT || lt->type == TK_DEDENT) {
        p_raise(p, SYNERR_INDENTATION, 0,
                lt->type == TK_INDENT ? "unexpected indent" : "unexpected unindent");
        return;
    }
    p_raise_loc(p, loc_tok(lt), "invalid syntax");
    check_rest_of_source(p);
}

const char *p_expr_name(const AstNode *e)
{
    switch (e->kind) {
    case AST_ATTRIBUTE: return "attribute";
    case AST_SUBSCRIPT: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_BOOLOP:
    case AST_BINOP:
    case AST_UNARYOP: return "expression";
    case AST_GENEXP: return "generator expression";
    case AST_YIELD:
    case AST_YIELDFROM: return "yield expression";
    case AST_AWAIT: return "await expression";
    case AST_LISTCOMP: return "list comprehension";
    case AST_SETCOMP: return "set comprehension";
    case AST_DICTCOMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_JOINEDSTR:
    case AST_FORMATTEDVALUE: return "f-string expression";
    case AST_CONSTANT:
        switch (e->u.constant.ckind) {
        case CONST_NONE: return "None";
        case CONST_FALSE: return "False";
        case CONST_TRUE: return "True";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_COMPARE: return "comparison";
    case AST_IFEXP: return "conditional expression";
    case AST_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

/* The first sub-expression that cannot be assigned to (or deleted);
 * only lists and tuples are searched, as they alone can hold targets. */
static AstNode *invalid_target(AstNode *e, int type)
{
    if (!e)
        return NULL;
    switch (e->kind) {
    case AST_LIST:
    case AST_TUPLE:
        for (int i = 0; i < e->u.seq.elts.n; i++) {
            AstNode *c = invalid_target(e->u.seq.elts.items[i], type);
            if (c)
                return c;
        }
        return NULL;
    case AST_STARRED:
        if (type == TARGETS_DEL)
            return e;
        return invalid_target(e->u.starred.value, type);
    case AST_COMPARE:
        /* "for a in b" parses its target as the comparison "a in b" */
        if (type == TARGETS_FOR) {
            if (e->u.compare.ops[0] == CMP_IN)
                return invalid_target(e->u.compare.left, type);
            return NULL;
        }
        return e;
    case AST_NAME:
    case AST_SUBSCRIPT:
    case AST_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

void *p_raise_invalid_target(Parser *p, int type, AstNode *e)
{
    AstNode *t = invalid_target(e, type);
    if (!t)
        return NULL;
    return p_raise_loc(p, loc_node(t), type == TARGETS_DEL ? "cannot delete %s" : "cannot assign to %s",
                       p_expr_name(t));
}

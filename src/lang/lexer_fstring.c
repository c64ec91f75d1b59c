/* lexer_fstring.c - f-strings as PEP 701 tokenizes them: FSTRING_START,
 * then literal parts (FSTRING_MIDDLE) alternating with the ordinary
 * tokens of replacement fields, then FSTRING_END. */
#include "lexer_internal.h"

#include <stdio.h>

int lx_fstring_start(Lexer *lx, LexToken *t, int quote)
{
    int quote_size = 1;
    lx->first_lineno = lx->lineno;
    lx->multi_line_start = lx->line_start;
    int after = lx_nextc(lx);
    if (after == quote) {
        int after2 = lx_nextc(lx);
        if (after2 == quote) {
            quote_size = 3;
        } else {
            lx_backup(lx, after2);
            lx_backup(lx, after);
        }
    } else {
        lx_backup(lx, after);
    }
    if (lx->mode_idx + 1 >= LX_MAXFSTRINGLEVEL) {
        lx_error(lx, "too many nested f-strings");
        return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
    }
    FMode *m = &lx->modes[++lx->mode_idx];
    m->fstring = 1;
    m->quote = quote;
    m->quote_size = quote_size;
    m->start = lx->start;
    m->multi_line_start = lx->line_start;
    m->first_lineno = lx->lineno;
    m->raw = (lx->start[0] == 'r' || lx->start[0] == 'R' || lx->start[1] == 'r' || lx->start[1] == 'R');
    m->curly_depth = 0;
    m->expr_start_depth = -1;
    m->expr_ended = 0;
    return lx_make(lx, t, TK_FSTRING_START, lx->start, lx->cur);
}

/* Starts a replacement field: the following '{' is read in regular mode. */
static int enter_field(Lexer *lx, FMode *m)
{
    m->expr_start_depth++;
    if (m->expr_start_depth >= LX_MAX_EXPR_NESTING) {
        lx_error(lx, "f-string: expressions nested too deeply");
        return 0;
    }
    m->fstring = 0;
    return 1;
}

int lx_fstring_middle(Lexer *lx, FMode *m, LexToken *t)
{
    int end_quote_size = 0, unicode_escape = 0;
    lx->start = lx->cur;
    lx->first_lineno = lx->lineno;
    lx->starting_col = lx_col(lx);

    int c = lx_nextc(lx);
    if (c == '{') {
        int peek = lx_nextc(lx);
        lx_backup(lx, peek);
        lx_backup(lx, c);
        if (peek != '{') {
            if (!enter_field(lx, m))
                return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
            return lx_get_normal(lx, m, t);
        }
    } else {
        lx_backup(lx, c);
    }

    int i;
    for (i = 0; i < m->quote_size; i++) {
        int q = lx_nextc(lx);
        if (q != m->quote) {
            lx_backup(lx, q);
            break;
        }
    }
    if (i == m->quote_size) {
        lx->mode_idx--;
        return lx_make(lx, t, TK_FSTRING_END, lx->start, lx->cur);
    }

    lx->multi_line_start = lx->line_start;
    while (end_quote_size != m->quote_size) {
        c = lx_nextc(lx);
        if (lx->done == LX_ERROR)
            return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
        int in_spec = m->expr_ended && m->expr_start_depth >= 0;
        if (c == EOF || (m->quote_size == 1 && c == '\n')) {
            if (in_spec && c == '\n') {
                /* a newline ends a single-quoted format spec */
                lx_backup(lx, c);
                m->fstring = 0;
                return lx_make(lx, t, TK_FSTRING_MIDDLE, lx->start, lx->cur);
            }
            lx->cur = m->start + 1;
            lx->line_start = m->multi_line_start;
            int detected = lx->lineno;
            lx->lineno = m->first_lineno;
            if (m->quote_size == 3) {
                if (c != '\n')
                    lx->eof_in_string = 1;
                lx_error(lx, "unterminated triple-quoted f-string literal (detected at line %d)",
                         detected);
            } else {
                lx_error(lx, "unterminated f-string literal (detected at line %d)", detected);
            }
            return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
        }
        if (c == m->quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;
        if (c == '{') {
            int peek = lx_nextc(lx);
            if (peek != '{' || in_spec) {
                lx_backup(lx, peek);
                lx_backup(lx, c);
                if (!enter_field(lx, m))
                    return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
                return lx_make(lx, t, TK_FSTRING_MIDDLE, lx->start, lx->cur);
            }
            /* "{{": the text keeps one brace, the position covers both */
            return lx_make(lx, t, TK_FSTRING_MIDDLE, lx->start, lx->cur - 1);
        }
        if (c == '}') {
            if (unicode_escape)
                return lx_make(lx, t, TK_FSTRING_MIDDLE, lx->start, lx->cur);
            int peek = lx_nextc(lx);
            if (peek == '}' && !in_spec)
                return lx_make(lx, t, TK_FSTRING_MIDDLE, lx->start, lx->cur - 1);
            lx_backup(lx, peek);
            lx_backup(lx, c);
            m->fstring = 0;
            return lx_make(lx, t, TK_FSTRING_MIDDLE, lx->start, lx->cur);
        }
        if (c == '\\') {
            int peek = lx_nextc(lx);
            if (peek == '{' || peek == '}') {
                lx_backup(lx, peek);
                continue;
            }
            if (!m->raw && peek == 'N') {
                peek = lx_nextc(lx);
                if (peek == '{')
                    unicode_escape = 1;
                else
                    lx_backup(lx, peek);
            }
        }
    }
    for (i = 0; i < m->quote_size; i++)
        lx_backup(lx, m->quote);
    return lx_make(lx, t, TK_FSTRING_MIDDLE, lx->start, lx->cur);
}

/* lexer_scan.c - the tokenizer's regular mode: indentation, names,
 * strings, operators and brackets (numbers and f-string text live in
 * their own files). The control flow follows CPython's tok_get so that
 * the same input stops at the same character with the same message. */
#include "lexer_internal.h"

#include <stdio.h>
#include <string.h>

#include "uchar.h"

static int one_char(int c)
{
    switch (c) {
    case '!': return TK_EXCLAMATION;
    case '%': return TK_PERCENT;
    case '&': return TK_AMPER;
    case '(': return TK_LPAR;
    case ')': return TK_RPAR;
    case '*': return TK_STAR;
    case '+': return TK_PLUS;
    case ',': return TK_COMMA;
    case '-': return TK_MINUS;
    case '.': return TK_DOT;
    case '/': return TK_SLASH;
    case ':': return TK_COLON;
    case ';': return TK_SEMI;
    case '<': return TK_LESS;
    case '=': return TK_EQUAL;
    case '>': return TK_GREATER;
    case '@': return TK_AT;
    case '[': return TK_LSQB;
    case ']': return TK_RSQB;
    case '^': return TK_CIRCUMFLEX;
    case '{': return TK_LBRACE;
    case '|': return TK_VBAR;
    case '}': return TK_RBRACE;
    case '~': return TK_TILDE;
    default: return TK_OP;
    }
}

static int two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': return c2 == '=' ? TK_NOTEQUAL : TK_OP;
    case '%': return c2 == '=' ? TK_PERCENTEQUAL : TK_OP;
    case '&': return c2 == '=' ? TK_AMPEREQUAL : TK_OP;
    case '*': return c2 == '*' ? TK_DOUBLESTAR : c2 == '=' ? TK_STAREQUAL : TK_OP;
    case '+': return c2 == '=' ? TK_PLUSEQUAL : TK_OP;
    case '-': return c2 == '=' ? TK_MINEQUAL : c2 == '>' ? TK_RARROW : TK_OP;
    case '/': return c2 == '/' ? TK_DOUBLESLASH : c2 == '=' ? TK_SLASHEQUAL : TK_OP;
    case ':': return c2 == '=' ? TK_COLONEQUAL : TK_OP;
    case '<':
        return c2 == '<' ? TK_LEFTSHIFT : c2 == '=' ? TK_LESSEQUAL : c2 == '>' ? TK_NOTEQUAL : TK_OP;
    case '=': return c2 == '=' ? TK_EQEQUAL : TK_OP;
    case '>': return c2 == '=' ? TK_GREATEREQUAL : c2 == '>' ? TK_RIGHTSHIFT : TK_OP;
    case '@': return c2 == '=' ? TK_ATEQUAL : TK_OP;
    case '^': return c2 == '=' ? TK_CIRCUMFLEXEQUAL : TK_OP;
    case '|': return c2 == '=' ? TK_VBAREQUAL : TK_OP;
    default: return TK_OP;
    }
}

static int three_chars(int c1, int c2, int c3)
{
    if (c3 != '=')
        return c1 == '.' && c2 == '.' && c3 == '.' ? TK_ELLIPSIS : TK_OP;
    if (c1 == '*' && c2 == '*')
        return TK_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/')
        return TK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<')
        return TK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>')
        return TK_RIGHTSHIFTEQUAL;
    return TK_OP;
}

static int indent_error(Lexer *lx, LexToken *t)
{
    lx->done = LX_TABSPACE;
    lx->cur = lx->inp;
    return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
}

/* A backslash must end its line. Returns the first character of the
 * next line (left unread) or -1 with lx->done set. */
static int continuation_line(Lexer *lx)
{
    int c = lx_nextc(lx);
    if (c != '\n') {
        if (lx->done != LX_ERROR)
            lx->done = LX_LINECONT;
        return -1;
    }
    c = lx_nextc(lx);
    if (c == EOF) {
        if (lx->done == LX_OK)
            lx->done = LX_EOF;
        lx->cur = lx->inp;
        return -1;
    }
    lx_backup(lx, c);
    return c;
}

/* Checks a name holding non-ASCII bytes. On the first character that may
 * not appear in a name, reports it with the cursor just past it (or at
 * the name's end when it is the last one), as CPython does. */
static int verify_identifier(Lexer *lx)
{
    const unsigned char *s = (const unsigned char *)lx->start;
    const unsigned char *e = (const unsigned char *)lx->cur;
    int first = 1;
    while (s < e) {
        uint32_t cp;
        int k = uchar_decode(s, (size_t)(e - s), &cp);
        if (k == 0) {
            cp = *s;
            k = 1;
        }
        int ok;
        if (cp < 128)
            ok = first ? lx_ident_start((int)cp) : lx_ident_char((int)cp);
        else
            ok = uchar_is_ident(cp, first);
        if (!ok) {
            if (s + k < e)
                lx->cur = (const char *)(s + k);
            if (uchar_is_printable(cp)) {
                char u[5] = {0};
                uchar_encode(cp, u);
                lx_error(lx, "invalid character '%s' (U+%04X)", u, (unsigned)cp);
            } else {
                lx_error(lx, "invalid non-printable character U+%04X", (unsigned)cp);
            }
            return 0;
        }
        s += k;
        first = 0;
    }
    return 1;
}

/* Plain (not f-) string literal; the opening quote was just read. */
static int scan_string(Lexer *lx, LexToken *t, int quote)
{
    int quote_size = 1, end_quote_size = 0;
    lx->first_lineno = lx->lineno;
    lx->multi_line_start = lx->line_start;
    int c = lx_nextc(lx);
    if (c == quote) {
        c = lx_nextc(lx);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1; /* empty string */
    }
    if (c != quote)
        lx_backup(lx, c);
    while (end_quote_size != quote_size) {
        c = lx_nextc(lx);
        if (lx->done == LX_ERROR)
            return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
        if (c == EOF || (quote_size == 1 && c == '\n')) {
            /* report at the opening quote, on the line the literal began */
            lx->cur = lx->start + 1;
            lx->line_start = lx->multi_line_start;
            int detected = lx->lineno;
            lx->lineno = lx->first_lineno;
            if (lx_inside_fstring(lx)) {
                FMode *m = &lx->modes[lx->mode_idx];
                if (m->quote == quote && m->quote_size == quote_size)
                    return lx_error(lx, "f-string: expecting '}'");
            }
            if (c != '\n')
                lx->eof_in_string = 1;
            if (quote_size == 3)
                return lx_error(lx, "unterminated triple-quoted string literal (detected at line %d)",
                                detected);
            return lx_error(lx, "unterminated string literal (detected at line %d)", detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                lx_nextc(lx);
        }
    }
    return lx_make(lx, t, TK_STRING, lx->start, lx->cur);
}

/* Reads the indentation of a new logical line and queues INDENT/DEDENT
 * tokens. Returns 0 to go on, 1 if the line is blank, or -1 after making
 * an error token. */
static int measure_indent(Lexer *lx, LexToken *t)
{
    int col = 0, altcol = 0, cont_col = 0, c, blank = 0;
    lx->atbol = 0;
    for (;;) {
        c = lx_nextc(lx);
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / LX_TABSIZE + 1) * LX_TABSIZE;
            altcol++;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            /* the first backslash fixes the indentation of what follows */
            cont_col = cont_col ? cont_col : col;
            if (continuation_line(lx) == -1) {
                lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
                return -1;
            }
        } else {
            break;
        }
    }
    lx_backup(lx, c);
    lx->empty_line = 0;
    if (c == '#' || c == '\n') {
        /* comment-only and blank lines do not count, except that the REPL
         * ends a statement on a totally empty line and lets a first line
         * of only a comment through */
        if (col == 0 && c == '\n' && lx->interactive) {
            lx->empty_line = 1;
        } else if (lx->interactive && lx->lineno == 1) {
            col = altcol = 0;
        } else {
            blank = 1;
        }
    }
    if (!blank && lx->level == 0) {
        if (cont_col)
            col = altcol = cont_col;
        int *ind = lx->indstack, *alt = lx->altindstack;
        if (col == ind[lx->indent]) {
            if (altcol != alt[lx->indent]) {
                indent_error(lx, t);
                return -1;
            }
        } else if (col > ind[lx->indent]) {
            if (lx->indent + 1 >= LX_MAXINDENT) {
                lx->done = LX_TOODEEP;
                lx->cur = lx->inp;
                lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
                return -1;
            }
            if (altcol <= alt[lx->indent]) {
                indent_error(lx, t);
                return -1;
            }
            lx->pendin++;
            lx->indent++;
            ind[lx->indent] = col;
            alt[lx->indent] = altcol;
        } else {
            while (lx->indent > 0 && col < ind[lx->indent]) {
                lx->pendin--;
                lx->indent--;
            }
            if (col != ind[lx->indent]) {
                lx->done = LX_DEDENT;
                lx->cur = lx->inp;
                lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
                return -1;
            }
            if (altcol != alt[lx->indent]) {
                indent_error(lx, t);
                return -1;
            }
        }
    }
    return blank;
}

/* Within an f-string's replacement field, ':' '!' '{' '}' at the field's
 * own bracket depth delimit the expression; a ':' there switches to the
 * format spec. Returns a token type or -1 to continue normally. */
static int fstring_punct(Lexer *lx, FMode *m, LexToken *t, int c)
{
    int cursor = m->curly_depth - (c != '{');
    if (cursor == 0)
        m->expr_ended = c != '{';
    if (c == ':' && cursor == m->expr_start_depth) {
        m->fstring = 1;
        return lx_make(lx, t, TK_COLON, lx->start, lx->cur);
    }
    return -1;
}

static int brackets(Lexer *lx, FMode *m, int c)
{
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (lx->level >= LX_MAXLEVEL)
            return lx_error(lx, "too many nested parentheses");
        lx->parenstack[lx->level] = (char)c;
        lx->parenlineno[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(lx->start - lx->line_start);
        lx->level++;
        if (lx_inside_fstring(lx))
            m->curly_depth++;
        break;
    case ')':
    case ']':
    case '}': {
        if (lx_inside_fstring(lx) && !m->curly_depth && c == '}')
            return lx_error(lx, "f-string: single '}' is not allowed");
        if (!lx->level)
            return lx_error(lx, "unmatched '%c'", c);
        lx->level--;
        int opening = lx->parenstack[lx->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            if (lx_inside_fstring(lx) && opening == '{' &&
                m->curly_depth - 1 == m->expr_start_depth)
                return lx_error(lx, "f-string: unmatched '%c'", c);
            if (lx->parenlineno[lx->level] != lx->lineno)
                return lx_error(lx,
                                "closing parenthesis '%c' does not match opening parenthesis "
                                "'%c' on line %d",
                                c, opening, lx->parenlineno[lx->level]);
            return lx_error(lx, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                            c, opening);
        }
        if (lx_inside_fstring(lx)) {
            m->curly_depth--;
            if (m->curly_depth < 0)
                return lx_error(lx, "f-string: unmatched '%c'", c);
            if (c == '}' && m->curly_depth == m->expr_start_depth) {
                m->expr_start_depth--;
                m->fstring = 1;
            }
        }
        break;
    }
    default:
        break;
    }
    return -1;
}

int lx_get_normal(Lexer *lx, FMode *m, LexToken *t)
{
    int c, blank;
nextline:
    lx->start = NULL;
    blank = 0;
    if (lx->atbol) {
        blank = measure_indent(lx, t);
        if (blank < 0)
            return t->type;
    }
    lx->start = lx->cur;
    lx->starting_col = lx_col(lx);
    if (lx->pendin != 0) {
        if (lx->pendin < 0) {
            lx->pendin++;
            return lx_make(lx, t, TK_DEDENT, NULL, NULL);
        }
        lx->pendin--;
        return lx_make(lx, t, TK_INDENT, NULL, NULL);
    }
    c = lx_nextc(lx);
    lx_backup(lx, c);

again:
    lx->start = NULL;
    do {
        c = lx_nextc(lx);
    } while (c == ' ' || c == '\t' || c == '\f');
    lx->start = lx->cur > lx->buf ? lx->cur - 1 : lx->cur;
    lx->starting_col = lx_col(lx) - 1;

    if (c == '#') {
        while (c != EOF && c != '\n')
            c = lx_nextc(lx);
    }

    if (c == EOF) {
        if (lx->level || lx->done != LX_EOF)
            return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
        return lx_make(lx, t, TK_ENDMARKER, NULL, NULL);
    }

    if (lx_ident_start(c)) {
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0, nonascii = 0;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
                saw_b = 1;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
                saw_u = 1;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
                saw_r = 1;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
                saw_f = 1;
            else
                break;
            c = lx_nextc(lx);
            if (c == '"' || c == '\'') {
                if (saw_f)
                    return lx_fstring_start(lx, t, c);
                return scan_string(lx, t, c);
            }
        }
        while (lx_ident_char(c)) {
            if (c >= 128)
                nonascii = 1;
            c = lx_nextc(lx);
        }
        lx_backup(lx, c);
        if (nonascii && !verify_identifier(lx))
            return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
        return lx_make(lx, t, TK_NAME, lx->start, lx->cur);
    }

    if (c == '\n') {
        lx->atbol = 1;
        if (blank || lx->level > 0)
            goto nextline;
        lx->cont_line = 0;
        if (lx->empty_line) {
            lx->empty_line = 0;
            lx->blank_end = 1;
        }
        return lx_make(lx, t, TK_NEWLINE, lx->start, lx->cur - 1);
    }

    if (c == '.') {
        c = lx_nextc(lx);
        if (lx_is_digit(c))
            return lx_number(lx, t, c, 1);
        if (c == '.') {
            c = lx_nextc(lx);
            if (c == '.')
                return lx_make(lx, t, TK_ELLIPSIS, lx->start, lx->cur);
            lx_backup(lx, c);
            lx_backup(lx, '.');
        } else {
            lx_backup(lx, c);
        }
        return lx_make(lx, t, TK_DOT, lx->start, lx->cur);
    }

    if (lx_is_digit(c))
        return lx_number(lx, t, c, 0);

    if (c == '\'' || c == '"')
        return scan_string(lx, t, c);

    if (c == '\\') {
        if (continuation_line(lx) == -1)
            return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);
        lx->cont_line = 1;
        goto again;
    }

    if ((c == ':' || c == '}' || c == '!' || c == '{') && lx_inside_fstring(lx) &&
        m->expr_start_depth >= 0) {
        int r = fstring_punct(lx, m, t, c);
        if (r >= 0)
            return r;
    }

    {
        int c2 = lx_nextc(lx);
        int type = two_chars(c, c2);
        if (type != TK_OP) {
            int c3 = lx_nextc(lx);
            int type3 = three_chars(c, c2, c3);
            if (type3 != TK_OP)
                type = type3;
            else
                lx_backup(lx, c3);
            return lx_make(lx, t, type, lx->start, lx->cur);
        }
        lx_backup(lx, c2);
    }

    if (brackets(lx, m, c) >= 0)
        return lx_make(lx, t, TK_ERRORTOKEN, NULL, NULL);

    if (c < 0x20 || c == 0x7F)
        return lx_make(lx, t, lx_error(lx, "invalid non-printable character U+%04X", c), NULL, NULL);

    return lx_make(lx, t, one_char(c), lx->start, lx->cur);
}

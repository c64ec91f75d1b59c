/* lexer_internal.h - state shared by the lexer's source files. */
#ifndef GP_LEXER_INTERNAL_H
#define GP_LEXER_INTERNAL_H

#include "lexer.h"

/* CPython's limits, so that deep input fails the same way. */
#define LX_TABSIZE 8
#define LX_MAXINDENT 100
#define LX_MAXLEVEL 200
#define LX_MAXFSTRINGLEVEL 150
#define LX_MAX_EXPR_NESTING 3

/* One entry per f-string being tokenized (entry 0 is plain code). An
 * f-string alternates between literal text (fstring=1) and the
 * expressions of its replacement fields (fstring=0); the bracket depths
 * tell which '}' or ':' belongs to the f-string rather than to code. */
typedef struct FMode {
    int fstring;
    int quote, quote_size, raw;
    const char *start;            /* the f-string's first prefix letter */
    const char *multi_line_start; /* start of the line it begins on */
    int first_lineno;
    int curly_depth;       /* brackets open since the f-string began */
    int expr_start_depth;  /* curly_depth of the innermost field's '{'; -1 outside */
    int expr_ended;        /* CPython 3.12's last_expr_end != -1: the top-level
                            * field met its ':', '!' or '}'; in a field, this
                            * means "in a format spec" */
} FMode;

struct Lexer {
    char *buf;        /* normalized source, NUL-terminated, owned */
    size_t len;
    const char *end;  /* buf + len */
    const char *cur;  /* next byte to read */
    const char *inp;  /* end of the current line (past its '\n') */
    const char *line_start;
    const char *start; /* current token start; NULL between tokens */
    const char *buf_start; /* CPython's tok->buf: moved to each new line
                            * read while no token is in progress */
    int lineno;
    int starting_col;

    /* string literal bookkeeping, for errors reported at the opening quote */
    int first_lineno;
    const char *multi_line_start;

    LexDone done;
    LexError err;

    int atbol, pendin, indent;
    int indstack[LX_MAXINDENT], altindstack[LX_MAXINDENT];

    int level;
    char parenstack[LX_MAXLEVEL];
    int parenlineno[LX_MAXLEVEL], parencol[LX_MAXLEVEL];

    int cont_line;
    int interactive;       /* PARSE_SINGLE: the REPL's blank-line rules */
    int empty_line;        /* interactive: current line is totally empty */
    int blank_end;         /* interactive: input ended by an empty line */
    int wants_more;        /* interactive: more input was needed */
    int eof_in_string;

    FMode modes[LX_MAXFSTRINGLEVEL];
    int mode_idx;

    int had_bom;
    int added_newline;     /* the source lacked a final newline */
    char *line1;           /* line 1 as CPython shows it (with the BOM) */
    size_t line1_len;
};

int lx_nextc(Lexer *lx);
void lx_backup(Lexer *lx, int c);
int lx_col(const Lexer *lx);
int lx_make(Lexer *lx, LexToken *t, int type, const char *s, const char *e);
/* Records a SyntaxError located like CPython's tokenizer does: columns
 * are -1 for "count characters up to the cursor"; returns TK_ERRORTOKEN. */
int lx_error_range(Lexer *lx, int col, int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
#define lx_error(lx, ...) lx_error_range((lx), -1, -1, __VA_ARGS__)

int lx_number(Lexer *lx, LexToken *t, int c, int after_dot);
int lx_fstring_middle(Lexer *lx, FMode *m, LexToken *t);
int lx_fstring_start(Lexer *lx, LexToken *t, int quote);
int lx_get_normal(Lexer *lx, FMode *m, LexToken *t);

static inline int lx_inside_fstring(const Lexer *lx) { return lx->mode_idx > 0; }
static inline int lx_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int lx_ident_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static inline int lx_ident_char(int c)
{
    return lx_ident_start(c) || lx_is_digit(c);
}

#endif

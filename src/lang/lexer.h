/* lexer.h - Python 3.12 tokenizer.
 *
 * The lexer reproduces CPython's C tokenizer token for token, including
 * where and how it reports errors, because CPython's syntax-error
 * positions are defined by which tokens its parser had pulled when it
 * gave up. It hands out one token per call (the parser pulls lazily) and
 * keeps enough state to be asked for the rest of the input after a parse
 * error, as CPython does to let a later tokenizer error win.
 *
 * Positions: lineno is 1-based, col/end_col are 0-based byte offsets in
 * their lines; -1 where CPython's token has none (INDENT, DEDENT,
 * ENDMARKER, error tokens).
 */
#ifndef GP_LEXER_H
#define GP_LEXER_H

#include <stddef.h>

#include "ast.h"

typedef enum LexTokType {
    TK_ENDMARKER,
    TK_NAME,
    TK_NUMBER,
    TK_STRING,
    TK_NEWLINE,
    TK_INDENT,
    TK_DEDENT,
    TK_LPAR,
    TK_RPAR,
    TK_LSQB,
    TK_RSQB,
    TK_COLON,
    TK_COMMA,
    TK_SEMI,
    TK_PLUS,
    TK_MINUS,
    TK_STAR,
    TK_SLASH,
    TK_VBAR,
    TK_AMPER,
    TK_LESS,
    TK_GREATER,
    TK_EQUAL,
    TK_DOT,
    TK_PERCENT,
    TK_LBRACE,
    TK_RBRACE,
    TK_EQEQUAL,
    TK_NOTEQUAL,
    TK_LESSEQUAL,
    TK_GREATEREQUAL,
    TK_TILDE,
    TK_CIRCUMFLEX,
    TK_LEFTSHIFT,
    TK_RIGHTSHIFT,
    TK_DOUBLESTAR,
    TK_PLUSEQUAL,
    TK_MINEQUAL,
    TK_STAREQUAL,
    TK_SLASHEQUAL,
    TK_PERCENTEQUAL,
    TK_AMPEREQUAL,
    TK_VBAREQUAL,
    TK_CIRCUMFLEXEQUAL,
    TK_LEFTSHIFTEQUAL,
    TK_RIGHTSHIFTEQUAL,
    TK_DOUBLESTAREQUAL,
    TK_DOUBLESLASH,
    TK_DOUBLESLASHEQUAL,
    TK_AT,
    TK_ATEQUAL,
    TK_RARROW,
    TK_ELLIPSIS,
    TK_COLONEQUAL,
    TK_EXCLAMATION,
    TK_OP, /* any other printable character, e.g. '$' or '?' */
    TK_FSTRING_START,
    TK_FSTRING_MIDDLE,
    TK_FSTRING_END,
    TK_ERRORTOKEN,
    TK_NTYPES
} LexTokType;

typedef struct LexToken {
    int type;                  /* LexTokType */
    const char *start, *end;   /* text in the lexer's buffer; NULL if none */
    int lineno, col, end_lineno, end_col;
    int level;                 /* bracket depth after this token */
} LexToken;

/* Why the lexer stopped producing tokens (CPython's tok->done codes that
 * the parser turns into errors itself). */
typedef enum LexDone {
    LX_OK,
    LX_EOF,      /* end of input */
    LX_ERROR,    /* error recorded in LexError (a SyntaxError) */
    LX_DEDENT,   /* "unindent does not match any outer indentation level" */
    LX_TABSPACE, /* TabError */
    LX_TOODEEP,  /* "too many levels of indentation" */
    LX_LINECONT  /* "unexpected character after line continuation character" */
} LexDone;

/* An error the lexer raised itself, already in CPython's final form. */
typedef struct LexError {
    char msg[256];
    int lineno, col, end_lineno, end_col; /* 1-based character columns */
} LexError;

typedef struct Lexer Lexer;

/* Prepares src for tokenizing: strips a UTF-8 BOM, decodes a latin-1
 * coding declaration, turns \r\n and \r into \n and, for files and
 * interactive input, ensures a final newline. On failure (e.g. invalid
 * UTF-8) returns NULL with *err filled. */
Lexer *lexer_new(const char *src, size_t len, ParseMode mode, AstSyntaxError *err);
/* Does src declare an encoding other than UTF-8 or ASCII, so that its
 * UTF-8 text differs from its bytes? lexer_decode_source gives that text
 * (malloc'd, NUL-terminated, newlines translated), or NULL with *err. */
int lexer_source_is_recoded(const char *src, size_t len);
char *lexer_decode_source(const char *src, size_t len, SourceKind kind, const char *filename, AstSyntaxError *err,
                          size_t *out_len);
/* The same, for source of the given kind (see ast.h); lexer_new is SRC_BYTES. */
Lexer *lexer_new_source(const char *src, size_t len, ParseMode mode, SourceKind kind, const char *filename,
                        AstSyntaxError *err);
void lexer_free(Lexer *lx);

/* Produces the next token; returns its type. After TK_ERRORTOKEN,
 * lexer_done() says why; after TK_ENDMARKER every call repeats it. */
int lexer_next(Lexer *lx, LexToken *tok);

LexDone lexer_done(const Lexer *lx);
const LexError *lexer_error(const Lexer *lx);

/* State the parser consults when turning lexer stops into errors. */
int lexer_lineno(const Lexer *lx);
int lexer_cur_col(const Lexer *lx);        /* bytes from line start to cursor */
/* bytes from the start of the line the current token began on (CPython's
 * tok->buf, which stays put while a token spans lines) to the cursor */
int lexer_buf_col(const Lexer *lx);
int lexer_level(const Lexer *lx);
void lexer_paren(const Lexer *lx, int *ch, int *lineno, int *col); /* innermost open bracket */
int lexer_in_fstring(const Lexer *lx);
int lexer_eof_in_string(const Lexer *lx); /* hit EOF inside a string literal */
int lexer_wants_more(const Lexer *lx);    /* interactive: needed input past the end */
int lexer_saw_blank_end(const Lexer *lx); /* interactive: an empty line ended input */

/* Where the next token would start (CPython's tok->cur). */
const char *lexer_cursor(const Lexer *lx);
/* The source as tokenized (after BOM/newline processing). */
const char *lexer_source(const Lexer *lx, size_t *len);
/* Text of line lineno (1-based) without its newline, in the original
 * layout CPython shows in tracebacks (a BOM stays on line 1). */
const char *lexer_line(const Lexer *lx, int lineno, size_t *len);
/* Whether that line ends with a newline in the original source (the
 * last line may not; CPython's column arithmetic sees the difference). */
int lexer_line_has_newline(const Lexer *lx, int lineno);
/* Whether line 1 carried a BOM (CPython then miscounts columns there). */
int lexer_had_bom(const Lexer *lx);

#endif

/* parser_core.c - token supply, memoization and the ast_parse() driver. */
#include "parser_internal.h"

#include <stdlib.h>
#include <string.h>

const char p_success_marker = 0;

static const char *const keywords[KW_END - KW_FALSE] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
    "or", "pass", "raise", "return", "try", "while", "with", "yield",
};

static int keyword_type(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return TK_NAME;
    for (int i = 0; i < KW_END - KW_FALSE; i++) {
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0)
            return KW_FALSE + i;
    }
    return TK_NAME;
}

/* Token structs live in fixed blocks so that Token pointers stay valid
 * while the index array grows. */
#define TOKEN_BLOCK 256

typedef struct TokenBlock {
    struct TokenBlock *next;
    int used;
    Token toks[TOKEN_BLOCK];
} TokenBlock;

/* Memo entries are many and all die with the parser: fixed blocks of
 * them, bump-allocated without the arena's zeroing and rounding. */
#define MEMO_BLOCK 1024

typedef struct MemoBlock {
    struct MemoBlock *next;
    int used;
    Memo memos[MEMO_BLOCK];
} MemoBlock;

typedef struct ParserStore {
    TokenBlock *blocks;
    MemoBlock *memo_blocks;
} ParserStore;

static ParserStore *store_of(Parser *p);

static Token *new_token(Parser *p)
{
    ParserStore *st = store_of(p);
    TokenBlock *b = st->blocks;
    if (!b || b->used == TOKEN_BLOCK) {
        b = calloc(1, sizeof *b);
        if (!b)
            abort();
        b->next = st->blocks;
        st->blocks = b;
    }
    Token *t = &b->toks[b->used++];
    memset(t, 0, sizeof *t);
    return t;
}

/* Pulls one token from the lexer. In interactive mode the end of input
 * doubles as the NEWLINE that ends the statement, as in CPython. Returns
 * -1 (with an error raised) for an error token. */
int p_fill(Parser *p)
{
    LexToken lt;
    int type = lexer_next(p->lx, &lt);
    if (p->mode == PARSE_SINGLE && type == TK_ENDMARKER && p->parsing_started) {
        type = TK_NEWLINE;
        p->parsing_started = 0;
    } else {
        p->parsing_started = 1;
    }
    if (p->fill == p->size) {
        int size = p->size ? p->size * 2 : 256;
        Token **toks = realloc(p->toks, (size_t)size * sizeof *toks);
        if (!toks)
            abort();
        p->toks = toks;
        p->size = size;
    }
    Token *t = new_token(p);
    t->type = type == TK_NAME ? keyword_type(lt.start, (size_t)(lt.end - lt.start)) : type;
    t->start = lt.start;
    t->end = lt.end;
    t->lineno = lt.lineno;
    t->col = lt.col;
    t->end_lineno = lt.end_lineno;
    t->end_col = lt.end_col;
    t->level = lt.level;
    p->toks[p->fill++] = t;
    if (type == TK_ERRORTOKEN) {
        p_tokenizer_error(p);
        return -1;
    }
    return 0;
}

Token *p_peek(Parser *p)
{
    if (p->error)
        return NULL;
    if (p->mark == p->fill && p_fill(p) < 0) {
        p->error = 1;
        return NULL;
    }
    return p->toks[p->mark];
}

Token *p_expect(Parser *p, int type)
{
    Token *t = p_peek(p);
    if (!t || t->type != type)
        return NULL;
    p->mark++;
    return t;
}

Token *p_expect_forced(Parser *p, int type, const char *text)
{
    Token *t = p_peek(p);
    if (!t)
        return NULL;
    if (t->type != type) {
        p_raise_loc(p, loc_tok(t), "expected '%s'", text);
        return NULL;
    }
    p->mark++;
    return t;
}

int p_ahead(Parser *p, int positive, int type)
{
    int mark = p->mark;
    Token *t = p_expect(p, type);
    p->mark = mark;
    return (t != NULL) == positive;
}

int p_ahead_name(Parser *p, int positive)
{
    int mark = p->mark;
    Token *t = p_name_tok(p);
    p->mark = mark;
    return (t != NULL) == positive;
}

Token *p_name_tok(Parser *p)
{
    return p_expect(p, TK_NAME);
}

AstNode *p_name(Parser *p)
{
    Token *t = p_name_tok(p);
    if (!t)
        return NULL;
    AstNode *n = p_node_at(p, AST_NAME, loc_tok(t));
    n->u.name.id = p_ident(p, t);
    n->u.name.ctx = CTX_LOAD;
    return n;
}

static int tok_is(const Token *t, const char *kw)
{
    size_t n = strlen(kw);
    return t->type == TK_NAME && (size_t)(t->end - t->start) == n && memcmp(t->start, kw, n) == 0;
}

int p_soft_keyword(Parser *p, const char *kw, int consume)
{
    Token *t = p_peek(p);
    if (!t || !tok_is(t, kw))
        return 0;
    if (consume)
        p->mark++;
    return 1;
}

/* SOFT_KEYWORD as CPython 3.12 tests it: with strncmp limited to the
 * name's length, so any prefix of a soft keyword ("c", "ma", "t") counts. */
int p_is_soft_keyword(Parser *p)
{
    static const char *const soft[] = {"_", "case", "match", "type"};
    Token *t = p_peek(p);
    if (!t || t->type != TK_NAME)
        return 0;
    size_t n = (size_t)(t->end - t->start);
    for (size_t i = 0; i < sizeof soft / sizeof soft[0]; i++)
        if (strncmp(soft[i], t->start, n) == 0)
            return 1;
    return 0;
}

Token *p_last_nonwhitespace(Parser *p)
{
    Token *t = NULL;
    for (int m = p->mark - 1; m >= 0; m--) {
        t = p->toks[m];
        if (t->type != TK_ENDMARKER && (t->type < TK_NEWLINE || t->type > TK_DEDENT))
            break;
    }
    return t;
}

/* The overflow check comes first, as in CPython, so a too-deep input
 * stops every rule in its tracks. */
int p_enter(Parser *p)
{
    if (p->level++ == PARSER_MAXSTACK && !p->err_set) {
        p->error = 1;
        p->err_set = 1;
        memset(p->err, 0, sizeof *p->err);
        p->err->kind = SYNERR_OVERFLOW;
        strcpy(p->err->msg, "Parser stack overflowed - Python source too complex to parse");
    }
    if (p->error) {
        p->level--;
        return 0;
    }
    return 1;
}

int p_memo_get(Parser *p, int rule, void **res)
{
    Token *t = p_peek(p);
    if (!t)
        return -1;
    for (Memo *m = t->memo; m; m = m->next) {
        if (m->rule == rule) {
            p->mark = m->end;
            *res = m->node;
            return 1;
        }
    }
    return 0;
}

void p_memo_put(Parser *p, int mark, int rule, void *res)
{
    Token *t = p->toks[mark];
    for (Memo *m = t->memo; m; m = m->next) {
        if (m->rule == rule) {
            m->node = res;
            m->end = p->mark;
            return;
        }
    }
    ParserStore *st = store_of(p);
    if (!st->memo_blocks || st->memo_blocks->used == MEMO_BLOCK) {
        MemoBlock *b = malloc(sizeof *b);
        if (!b)
            abort();
        b->used = 0;
        b->next = st->memo_blocks;
        st->memo_blocks = b;
    }
    Memo *m = &st->memo_blocks->memos[st->memo_blocks->used++];
    m->rule = rule;
    m->node = res;
    m->end = p->mark;
    m->next = t->memo;
    t->memo = m;
}

/* ---- the driver ---- */

typedef struct ParserBox {
    Parser p;
    ParserStore store;
} ParserBox;

static ParserStore *store_of(Parser *p)
{
    return &((ParserBox *)p)->store;
}

static void *run_start_rule(Parser *p)
{
    switch (p->mode) {
    case PARSE_SINGLE:
        return r_interactive(p);
    case PARSE_EVAL:
        return r_eval(p);
    default:
        return r_file(p);
    }
}

/* Interactive input must hold one statement: anything but blanks and
 * comments after it is an error. */
static int bad_single_statement(Parser *p)
{
    const char *cur = lexer_cursor(p->lx);
    for (;;) {
        while (*cur == ' ' || *cur == '\t' || *cur == '\n' || *cur == '\f')
            cur++;
        if (!*cur)
            return 0;
        if (*cur != '#')
            return 1;
        while (*cur && *cur != '\n')
            cur++;
    }
}

/* The error's source line as CPython reports it: a tokenizer error
 * shows the whole line (without a BOM), a parser error the line as read
 * back from the file (see p_error_line). */
static void set_line_text(Parser *p, AstSyntaxError *err)
{
    if (err->lineno <= 0 || err->line)
        return;
    size_t n, total;
    const char *s;
    if (p->err_from_lexer) {
        s = lexer_line(p->lx, err->lineno, &n);
        if (s && err->lineno == 1 && lexer_had_bom(p->lx) && n >= 3) {
            s += 3;
            n -= 3;
        }
    } else {
        s = p_error_line(p, err->lineno, &n, &total);
    }
    if (!s)
        return;
    err->line = malloc(n + 1);
    if (err->line) {
        memcpy(err->line, s, n);
        err->line[n] = '\0';
    }
}

static void incomplete(Parser *p)
{
    p->err_set = 0;
    p->error = 0;
    p_raise(p, SYNERR_SYNTAX, 0, "incomplete input");
    p->err->incomplete = 1;
}

AstModule *ast_parse(AstArena *arena, const char *src, size_t len, ParseMode mode, AstSyntaxError *err)
{
    return ast_parse_source(arena, src, len, mode, SRC_BYTES, "<unknown>", err);
}

AstModule *ast_parse_source(AstArena *arena, const char *src, size_t len, ParseMode mode, SourceKind kind,
                            const char *filename, AstSyntaxError *err)
{
    memset(err, 0, sizeof *err);
    Lexer *lx = lexer_new_source(src, len, mode, kind, filename, err);
    if (!lx)
        return NULL;
    ParserBox *box = calloc(1, sizeof *box);
    if (!box)
        abort();
    Parser *p = &box->p;
    p->arena = arena;
    p->lx = lx;
    p->mode = mode;
    p->err = err;

    AstModule *m = run_start_rule(p);
    int wants_more = lexer_wants_more(lx);
    if (m) {
        if (mode == PARSE_SINGLE && wants_more) {
            incomplete(p);
            m = NULL;
        } else if (mode == PARSE_SINGLE && bad_single_statement(p)) {
            p_raise(p, SYNERR_SYNTAX, 0, "multiple statements found while compiling a single statement");
            m = NULL;
        } else if (p->unsupported_set) {
            p_raise_loc(p, p->unsupported, "%s", p->unsupported_msg);
            m = NULL;
        }
    } else if (!(p->err_set && err->kind == SYNERR_OVERFLOW)) {
        if (mode == PARSE_SINGLE && wants_more) {
            incomplete(p);
        } else if (p->fill == 0) {
            p_set_syntax_error(p, -1);
        } else {
            int last = p->fill - 1;
            for (int i = 0; i < p->fill; i++)
                p->toks[i]->memo = NULL;
            p->mark = 0;
            p->invalid_pass = 1;
            p->level = 0;
            run_start_rule(p);
            p_set_syntax_error(p, last);
        }
    }
    if (!m)
        set_line_text(p, err);
    if (m) {
        m->warnings = p->warnings;
        m->nwarnings = p->nwarnings;
    }
    free(p->warned_tokens);

    while (box->store.blocks) {
        TokenBlock *next = box->store.blocks->next;
        free(box->store.blocks);
        box->store.blocks = next;
    }
    while (box->store.memo_blocks) {
        MemoBlock *next = box->store.memo_blocks->next;
        free(box->store.memo_blocks);
        box->store.memo_blocks = next;
    }
    free(p->toks);
    lexer_free(lx);
    free(box);
    return m;
}

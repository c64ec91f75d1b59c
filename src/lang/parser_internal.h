/* parser_internal.h - the PEG parser's shared state and helpers.
 *
 * The parser is a hand-written transcription of CPython 3.12's PEG
 * grammar (Grammar/python.gram, minus match statements and type
 * parameters): one C function per rule, ordered alternatives, lookaheads,
 * memoization of the same rules, and left-recursive rules written as
 * loops. Syntax errors follow CPython's two-pass scheme: a first pass
 * with only the real grammar; if it fails, a second pass that also tries
 * the "invalid_*" rules, which raise specific messages; failing that, a
 * generic "invalid syntax" at the furthest token the first pass read.
 * Because CPython defines error positions by which tokens it had read,
 * the rule functions read tokens in the same order it does.
 */
#ifndef GP_PARSER_INTERNAL_H
#define GP_PARSER_INTERNAL_H

#include "ast.h"
#include "lexer.h"

/* Reserved keywords get token types after the lexer's. */
enum {
    KW_FALSE = TK_NTYPES,
    KW_NONE,
    KW_TRUE,
    KW_AND,
    KW_AS,
    KW_ASSERT,
    KW_ASYNC,
    KW_AWAIT,
    KW_BREAK,
    KW_CLASS,
    KW_CONTINUE,
    KW_DEF,
    KW_DEL,
    KW_ELIF,
    KW_ELSE,
    KW_EXCEPT,
    KW_FINALLY,
    KW_FOR,
    KW_FROM,
    KW_GLOBAL,
    KW_IF,
    KW_IMPORT,
    KW_IN,
    KW_IS,
    KW_LAMBDA,
    KW_NONLOCAL,
    KW_NOT,
    KW_OR,
    KW_PASS,
    KW_RAISE,
    KW_RETURN,
    KW_TRY,
    KW_WHILE,
    KW_WITH,
    KW_YIELD,
    KW_END
};

/* One memoized rule result at a token: the rule, where it ended and its
 * value (NULL for a memoized failure). */
typedef struct Memo {
    int rule;
    int end;
    void *node;
    struct Memo *next;
} Memo;

typedef struct Token {
    int type;
    const char *start, *end;
    int lineno, col, end_lineno, end_col; /* col -1: none */
    int level;
    Memo *memo;
} Token;

/* A growable array of pointers for the grammar's intermediate results
 * (key/value pairs, parameters with defaults...). */
typedef struct PList {
    void **items;
    int n, cap;
} PList;

/* Source positions of a node or token, for error reports. */
typedef struct Loc {
    int lineno, col, end_lineno, end_col;
} Loc;

typedef struct Parser {
    AstArena *arena;
    Lexer *lx;
    Token **toks;
    int fill, size;
    int mark;
    int error;        /* an error (or overflow) has been raised: unwind */
    int invalid_pass; /* second pass: try the invalid_* rules too */
    int level;        /* rule nesting, bounded like CPython's */
    ParseMode mode;
    int parsing_started;
    Token *known_err_token;
    int err_from_lexer; /* the stored error was raised by the tokenizer */
    AstSyntaxError *err;
    int err_set;
    /* An unsupported construct (except*) that parsed: reported only if
     * the whole input parses, so invalid programs get CPython's error. */
    int unsupported_set;
    Loc unsupported;
    const char *unsupported_msg;
    /* SyntaxWarnings; the parser may decode a literal more than once while
     * backtracking, so each literal (by its token) is recorded once. */
    AstWarning *warnings;
    const Token **warned_tokens;
    int nwarnings, warnings_cap;
    const Token *cur_literal; /* the literal being decoded */
} Parser;

/* Record a SyntaxWarning for the literal being decoded (first one only). */
void p_warn_literal(Parser *p, const char *fmt, ...);

#define PARSER_MAXSTACK 6000
#define CURRENT_POS (-5)

/* intermediate shapes built by the grammar's actions */
typedef struct KeyValue {
    AstNode *key; /* NULL for **value */
    AstNode *value;
} KeyValue;
typedef struct NameDefault {
    AstNode *arg;
    AstNode *value;
} NameDefault;
typedef struct SlashWithDefault {
    AstList plain;
    PList with_defaults; /* NameDefault* */
} SlashWithDefault;
typedef struct StarEtc {
    AstNode *vararg;
    PList kwonly; /* NameDefault* */
    AstNode *kwarg;
} StarEtc;
typedef struct KwOrStar {
    AstNode *node; /* AST_KEYWORD or AST_STARRED */
    int is_keyword;
} KwOrStar;
typedef struct CmpPair {
    AstCmpOp op;
    AstNode *expr;
} CmpPair;
/* An f-string conversion or format spec with the token that introduced it
 * ('!' or ':'), whose position bounds the "=" debug text. */
typedef struct FTail {
    AstNode *node;
    Token *tok;
} FTail;

/* ---- tokens (parser_core.c) ---- */
int p_fill(Parser *p);
Token *p_peek(Parser *p);                 /* token at mark (NULL on error) */
Token *p_expect(Parser *p, int type);     /* consume a token of that type */
Token *p_expect_forced(Parser *p, int type, const char *text); /* &&'x' */
int p_ahead(Parser *p, int positive, int type);                /* &'x' / !'x' */
int p_ahead_name(Parser *p, int positive);                     /* &NAME / !NAME */
Token *p_name_tok(Parser *p);
AstNode *p_name(Parser *p);               /* NAME as a Name(Load) node */
int p_soft_keyword(Parser *p, const char *kw, int consume); /* "match" etc. */
int p_is_soft_keyword(Parser *p);         /* SOFT_KEYWORD */
Token *p_last_nonwhitespace(Parser *p);

/* ---- rule bookkeeping ---- */
int p_enter(Parser *p); /* returns 0 if the rule must fail at once */
static inline void *p_leave(Parser *p, void *res)
{
    p->level--;
    return res;
}
int p_memo_get(Parser *p, int rule, void **res);
void p_memo_put(Parser *p, int mark, int rule, void *res);

/* ---- errors (parser_errors.c) ---- */
Loc loc_node(const AstNode *n);
Loc loc_tok(const Token *t);
Loc loc_range(Loc a, Loc b);
void *p_raise(Parser *p, SynErrKind kind, int use_mark, const char *fmt, ...);
void *p_raise_at(Parser *p, SynErrKind kind, int lineno, int col, int end_lineno, int end_col,
                 const char *fmt, ...);
void *p_raise_loc(Parser *p, Loc l, const char *fmt, ...);          /* KNOWN_LOCATION/RANGE */
void *p_raise_from(Parser *p, Loc start, const char *fmt, ...);     /* STARTING_FROM */
void p_tokenizer_error(Parser *p);
void p_set_syntax_error(Parser *p, int last_token);
const char *p_error_line(Parser *p, int lineno, size_t *n, size_t *total);
const char *p_expr_name(const AstNode *e);
enum { TARGETS_STAR, TARGETS_DEL, TARGETS_FOR };
void *p_raise_invalid_target(Parser *p, int type, AstNode *e);

/* ---- AST construction (parser_actions.c) ---- */
AstNode *p_node(Parser *p, AstKind kind, int start_mark); /* positioned start..last token */
AstNode *p_node_at(Parser *p, AstKind kind, Loc l);
AstList *p_list(Parser *p);
PList *p_plist(Parser *p);
void plist_push(Parser *p, PList *l, void *item);
char *p_strdup(Parser *p, const char *s, size_t n);
/* identifier text of a NAME token, NFKC-normalized when non-ASCII */
char *p_ident(Parser *p, const Token *t);
AstNode *p_set_ctx(Parser *p, AstNode *e, AstCtx ctx);
AstNode *p_number(Parser *p, Token *t);
AstNode *p_constant(Parser *p, AstConstKind k, int start_mark);
AstNode *p_make_arguments(Parser *p, AstList *slash_no_default, SlashWithDefault *slash_with_default,
                          AstList *plain, PList *with_defaults, StarEtc *star_etc);
AstNode *p_empty_arguments(Parser *p);
AstNode *p_collect_call(Parser *p, AstList *args, PList *kwargs, int start_mark);
AstNode *p_join_dotted(Parser *p, AstNode *a, Token *b);

/* ---- strings (parser_strings.c, parser_fstring.c) ---- */
AstNode *p_string_constant(Parser *p, Token *t);
AstNode *p_concat_strings(Parser *p, AstList *parts, int start_mark);
AstNode *p_decode_fstring_part(Parser *p, int raw, AstNode *c, Token *t);
AstNode *p_fstring_middle_constant(Parser *p, Token *t, int decode);

/* ---- rules used across files ---- */
void *r_file(Parser *p);
void *r_interactive(Parser *p);
void *r_eval(Parser *p);

AstList *r_statements(Parser *p);
AstList *r_block(Parser *p);
AstNode *r_expressions(Parser *p);
AstNode *r_expression(Parser *p);
AstNode *r_expression_without_invalid(Parser *p);
AstNode *r_yield_expr(Parser *p);
AstNode *r_star_expressions(Parser *p);
AstNode *r_star_expression(Parser *p);
AstList *r_star_named_expressions(Parser *p);
AstNode *r_star_named_expression(Parser *p);
AstNode *r_assignment_expression(Parser *p);
AstNode *r_named_expression(Parser *p);
AstNode *r_disjunction(Parser *p);
AstNode *r_bitwise_or(Parser *p);
AstNode *r_atom(Parser *p);
AstNode *r_primary(Parser *p);
AstNode *r_slices(Parser *p);
AstNode *r_lambdef(Parser *p);
AstNode *r_strings(Parser *p);
AstNode *r_list(Parser *p);
AstNode *r_tuple(Parser *p);
AstNode *r_genexp(Parser *p);
AstNode *r_annotated_rhs(Parser *p);
AstList *r_for_if_clauses(Parser *p);
AstNode *r_starred_expression(Parser *p);
AstNode *r_arguments(Parser *p);
AstNode *r_args(Parser *p);
PList *r_kwargs(Parser *p);
int p_args_with_kwargs(Parser *p);
AstNode *r_params(Parser *p);
AstNode *r_lambda_params(Parser *p);
AstNode *r_default(Parser *p);
AstNode *r_param_no_default(Parser *p);
NameDefault *r_param_with_default(Parser *p);
NameDefault *r_param_maybe_default(Parser *p);
AstList *r_slash_no_default(Parser *p);
SlashWithDefault *r_slash_with_default(Parser *p);
AstNode *r_param(Parser *p);
AstNode *r_lambda_param_no_default(Parser *p);
NameDefault *r_lambda_param_with_default(Parser *p);
NameDefault *r_lambda_param_maybe_default(Parser *p);
AstList *r_lambda_slash_no_default(Parser *p);
SlashWithDefault *r_lambda_slash_with_default(Parser *p);
AstNode *r_lambda_param(Parser *p);
AstNode *r_star_targets(Parser *p);
AstNode *r_star_target(Parser *p);
AstNode *r_single_target(Parser *p);
AstNode *r_single_subscript_attribute_target(Parser *p);
AstList *r_del_targets(Parser *p);
AstNode *r_t_primary(Parser *p);
AstNode *r_dotted_name(Parser *p);
AstNode *r_fstring(Parser *p);
AstNode *r_fstring_replacement_field(Parser *p);
AstNode *r_fstring_format_spec(Parser *p);
KeyValue *r_double_starred_kvpair(Parser *p);
KeyValue *r_kvpair(Parser *p);
AstList *r_import_from_as_names(Parser *p);
AstNode *r_subject_expr(Parser *p);
AstNode *r_except_block(Parser *p, int star);
/* compound statements (parser_compound.c) */
AstNode *r_function_def(Parser *p);
AstNode *r_class_def(Parser *p);
AstNode *r_if_stmt(Parser *p);
AstNode *r_while_stmt(Parser *p);
AstNode *r_for_stmt(Parser *p);
AstNode *r_with_stmt(Parser *p);
AstNode *r_try_stmt(Parser *p);

/* ---- invalid rules (parser_invalid*.c); each returns NULL, raising on a match ---- */
void *r_invalid_arguments(Parser *p);
void *r_invalid_kwarg(Parser *p);
void *r_invalid_legacy_expression(Parser *p);
void *r_invalid_expression(Parser *p);
void *r_invalid_named_expression(Parser *p);
void *r_invalid_assignment(Parser *p);
void *r_invalid_del_stmt(Parser *p);
void *r_invalid_block(Parser *p);
void *r_invalid_comprehension(Parser *p);
void *r_invalid_dict_comprehension(Parser *p);
void *r_invalid_parameters(Parser *p);
void *r_invalid_default(Parser *p);
void *r_invalid_star_etc(Parser *p);
void *r_invalid_kwds(Parser *p);
void *r_invalid_lambda_parameters(Parser *p);
void *r_invalid_lambda_star_etc(Parser *p);
void *r_invalid_lambda_kwds(Parser *p);
void *r_invalid_with_item(Parser *p);
void *r_invalid_for_target(Parser *p);
void *r_invalid_group(Parser *p);
void *r_invalid_import(Parser *p);
void *r_invalid_import_from_targets(Parser *p);
void *r_invalid_with_stmt(Parser *p);
void *r_invalid_with_stmt_indent(Parser *p);
void *r_invalid_try_stmt(Parser *p);
void *r_invalid_except_stmt(Parser *p);
void *r_invalid_finally_stmt(Parser *p);
void *r_invalid_except_stmt_indent(Parser *p);
void *r_invalid_except_star_stmt_indent(Parser *p);
void *r_invalid_if_stmt(Parser *p);
void *r_invalid_elif_stmt(Parser *p);
void *r_invalid_else_stmt(Parser *p);
void *r_invalid_while_stmt(Parser *p);
void *r_invalid_for_stmt(Parser *p);
void *r_invalid_def_raw(Parser *p);
void *r_invalid_class_def_raw(Parser *p);
void *r_invalid_double_starred_kvpairs(Parser *p);
void *r_invalid_kvpair(Parser *p);
void *r_invalid_starred_expression(Parser *p);
void *r_invalid_replacement_field(Parser *p);
void *r_invalid_conversion_character(Parser *p);

/* memo keys (one per memoized rule) */
enum {
    M_SIMPLE_STMT = 1,
    M_BLOCK,
    M_EXPRESSION,
    M_STAR_EXPRESSION,
    M_DISJUNCTION,
    M_CONJUNCTION,
    M_INVERSION,
    M_FACTOR,
    M_AWAIT_PRIMARY,
    M_STRINGS,
    M_ARGUMENTS,
    M_STAR_TARGET,
    M_TARGET_WITH_STAR_ATOM,
    M_DEL_TARGET,
    M_INVALID_NAMED_EXPRESSION,
    M_BITWISE_OR,
    M_PRIMARY,
    M_T_PRIMARY,
    M_IMPORT_STMT,
    M_COUNT
};

/* Sentinel for a successful rule whose value is "nothing". */
extern const char p_success_marker;
#define P_OK ((void *)&p_success_marker)

#endif

/* parser_invalid_stmt.c - second-pass rules for statements and
 * parameter lists. Each returns NULL: when its pattern matches it has
 * raised the error. */
#include "parser_rules.h"

/* NEWLINE !INDENT: a block header not followed by an indented block */
static int newline_no_indent(Parser *p)
{
    return p_expect(p, TK_NEWLINE) && p_ahead(p, 0, TK_INDENT);
}

static void *indent_error(Parser *p, const char *what, int lineno)
{
    return p_raise(p, SYNERR_INDENTATION, 0, "expected an indented block after %s on line %d", what, lineno);
}

/* invalid_del_stmt: 'del' star_expressions */
void *r_invalid_del_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, KW_DEL)) {
        AstNode *a = r_star_expressions(p);
        BAIL;
        if (a) {
            p_raise_invalid_target(p, TARGETS_DEL, a);
            LEAVE(NULL);
        }
    }
    BAIL;
    FAIL;
}

/* invalid_block: NEWLINE !INDENT */
void *r_invalid_block(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (newline_no_indent(p))
        LEAVE(p_raise(p, SYNERR_INDENTATION, 0, "expected an indented block"));
    BAIL;
    FAIL;
}

/* ---- parameters ---- */

/* (slash_no_default | slash_with_default) */
static int any_slash(Parser *p, int lam)
{
    int mark = p->mark;
    if (lam ? (void *)r_lambda_slash_no_default(p) : (void *)r_slash_no_default(p))
        return 1;
    if (p->error)
        return 0;
    p->mark = mark;
    return (lam ? (void *)r_lambda_slash_with_default(p) : (void *)r_slash_with_default(p)) != NULL;
}

static void maybe_defaults(Parser *p, int lam)
{
    while (lam ? r_lambda_param_maybe_default(p) : r_param_maybe_default(p))
        ;
}

static AstNode *no_default(Parser *p, int lam)
{
    return lam ? r_lambda_param_no_default(p) : r_param_no_default(p);
}

/* invalid_parameters_helper: slash_with_default | param_with_default+ */
static int parameters_helper(Parser *p, int lam)
{
    int mark = p->mark;
    if (lam ? (void *)r_lambda_slash_with_default(p) : (void *)r_slash_with_default(p))
        return 1;
    if (p->error)
        return 0;
    p->mark = mark;
    int n = 0;
    while (lam ? r_lambda_param_with_default(p) : r_param_with_default(p))
        n++;
    return n > 0;
}

/* invalid_parameters / invalid_lambda_parameters:
 *     | "/" ','
 *     | (slash_no_default | slash_with_default) param_maybe_default* '/'
 *     | slash_no_default? param_no_default* invalid_parameters_helper param_no_default
 *     | param_no_default* '(' param_no_default+ ','? ')'
 *       (lambda: lambda_param_no_default* '(' ','.lambda_param+ ','? ')')
 *     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
 *       param_maybe_default* '/'
 *     | param_maybe_default+ '/' '*' */
static void *invalid_parameters(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    Token *a;
    if ((a = p_expect(p, TK_SLASH)) && p_expect(p, TK_COMMA))
        LEAVE(p_raise_loc(p, loc_tok(a), "at least one argument must precede /"));
    BAIL;
    ALT;
    if (any_slash(p, lam)) {
        maybe_defaults(p, lam);
        BAIL;
        if ((a = p_expect(p, TK_SLASH)))
            LEAVE(p_raise_loc(p, loc_tok(a), "/ may appear only once"));
    }
    BAIL;
    ALT;
    if (!(lam ? (void *)r_lambda_slash_no_default(p) : (void *)r_slash_no_default(p)))
        p->mark = mark;
    BAIL;
    while (no_default(p, lam))
        ;
    BAIL;
    if (parameters_helper(p, lam)) {
        AstNode *nd = no_default(p, lam);
        BAIL;
        if (nd)
            LEAVE(p_raise_loc(p, loc_node(nd), "parameter without a default follows parameter with a default"));
    }
    BAIL;
    ALT;
    while (no_default(p, lam))
        ;
    BAIL;
    Token *lp = p_expect(p, TK_LPAR);
    if (lp) {
        int n = 0;
        if (lam) {
            if (r_lambda_param(p)) {
                n = 1;
                for (;;) {
                    int m2 = p->mark;
                    if (!p_expect(p, TK_COMMA) || !r_lambda_param(p)) {
                        p->mark = m2;
                        break;
                    }
                }
            }
        } else {
            while (no_default(p, lam))
                n++;
        }
        BAIL;
        if (n) {
            p_expect(p, TK_COMMA);
            Token *rp = p_expect(p, TK_RPAR);
            if (rp)
                LEAVE(p_raise_loc(p, loc_range(loc_tok(lp), loc_tok(rp)),
                                  lam ? "Lambda expression parameters cannot be parenthesized"
                                      : "Function parameters cannot be parenthesized"));
        }
    }
    BAIL;
    ALT;
    if (!any_slash(p, lam))
        p->mark = mark;
    BAIL;
    maybe_defaults(p, lam);
    BAIL;
    if (p_expect(p, TK_STAR)) {
        int ok = p_expect(p, TK_COMMA) != NULL;
        if (!ok && !p->error)
            ok = no_default(p, lam) != NULL;
        BAIL;
        if (ok) {
            maybe_defaults(p, lam);
            BAIL;
            if ((a = p_expect(p, TK_SLASH)))
                LEAVE(p_raise_loc(p, loc_tok(a), "/ must be ahead of *"));
        }
    }
    BAIL;
    ALT;
    int n = 0;
    while (lam ? r_lambda_param_maybe_default(p) : r_param_maybe_default(p))
        n++;
    BAIL;
    if (n && p_expect(p, TK_SLASH) && (a = p_expect(p, TK_STAR)))
        LEAVE(p_raise_loc(p, loc_tok(a), "expected comma between / and *"));
    BAIL;
    FAIL;
}

void *r_invalid_parameters(Parser *p)
{
    return invalid_parameters(p, 0);
}

void *r_invalid_lambda_parameters(Parser *p)
{
    return invalid_parameters(p, 1);
}

/* invalid_default: '=' &(')'|',') */
void *r_invalid_default(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *a = p_expect(p, TK_EQUAL);
    if (a && (p_ahead(p, 1, TK_RPAR) || p_ahead(p, 1, TK_COMMA)))
        LEAVE(p_raise_loc(p, loc_tok(a), "expected default value expression"));
    BAIL;
    FAIL;
}

/* invalid_star_etc / invalid_lambda_star_etc:
 *     | '*' (')' | ',' (')' | '**'))           (lambda: ':' instead of ')')
 *     | '*' ',' TYPE_COMMENT                    (def only; never matches)
 *     | '*' param '='
 *     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',') */
static void *invalid_star_etc(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    int close = lam ? TK_COLON : TK_RPAR;
    Token *a = p_expect(p, TK_STAR);
    if (a) {
        int m2 = p->mark;
        int ok = p_expect(p, close) != NULL;
        if (!ok && !p->error) {
            p->mark = m2;
            ok = p_expect(p, TK_COMMA) && (p_expect(p, close) || p_expect(p, TK_DOUBLESTAR));
        }
        BAIL;
        if (ok) {
            if (lam)
                LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "named arguments must follow bare *"));
            LEAVE(p_raise_loc(p, loc_tok(a), "named arguments must follow bare *"));
        }
    }
    BAIL;
    ALT;
    Token *eq;
    if (p_expect(p, TK_STAR) && (lam ? r_lambda_param(p) : r_param(p)) && (eq = p_expect(p, TK_EQUAL)))
        LEAVE(p_raise_loc(p, loc_tok(eq), "var-positional argument cannot have default value"));
    BAIL;
    ALT;
    if (p_expect(p, TK_STAR)) {
        int ok = no_default(p, lam) != NULL;
        if (!ok && !p->error)
            ok = p_expect(p, TK_COMMA) != NULL;
        BAIL;
        if (ok) {
            maybe_defaults(p, lam);
            BAIL;
            Token *star = p_expect(p, TK_STAR);
            if (star) {
                int ok2 = no_default(p, lam) != NULL;
                if (!ok2 && !p->error)
                    ok2 = p_expect(p, TK_COMMA) != NULL;
                BAIL;
                if (ok2)
                    LEAVE(p_raise_loc(p, loc_tok(star), "* argument may appear only once"));
            }
        }
    }
    BAIL;
    FAIL;
}

void *r_invalid_star_etc(Parser *p)
{
    return invalid_star_etc(p, 0);
}

void *r_invalid_lambda_star_etc(Parser *p)
{
    return invalid_star_etc(p, 1);
}

/* invalid_kwds / invalid_lambda_kwds:
 *     | '**' param '='
 *     | '**' param ',' param
 *     | '**' param ',' ('*'|'**'|'/') */
static void *invalid_kwds(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    Token *a;
    if (p_expect(p, TK_DOUBLESTAR) && (lam ? r_lambda_param(p) : r_param(p)) && (a = p_expect(p, TK_EQUAL)))
        LEAVE(p_raise_loc(p, loc_tok(a), "var-keyword argument cannot have default value"));
    BAIL;
    ALT;
    if (p_expect(p, TK_DOUBLESTAR) && (lam ? r_lambda_param(p) : r_param(p)) && p_expect(p, TK_COMMA)) {
        AstNode *b = lam ? r_lambda_param(p) : r_param(p);
        BAIL;
        if (b)
            LEAVE(p_raise_loc(p, loc_node(b), "arguments cannot follow var-keyword argument"));
    }
    BAIL;
    ALT;
    if (p_expect(p, TK_DOUBLESTAR) && (lam ? r_lambda_param(p) : r_param(p)) && p_expect(p, TK_COMMA)) {
        Token *t = p_peek(p);
        if (t && (t->type == TK_STAR || t->type == TK_DOUBLESTAR || t->type == TK_SLASH)) {
            p->mark++;
            LEAVE(p_raise_loc(p, loc_tok(t), "arguments cannot follow var-keyword argument"));
        }
    }
    BAIL;
    FAIL;
}

void *r_invalid_kwds(Parser *p)
{
    return invalid_kwds(p, 0);
}

void *r_invalid_lambda_kwds(Parser *p)
{
    return invalid_kwds(p, 1);
}

/* ---- imports ---- */

/* invalid_import: 'import' ','.dotted_name+ 'from' dotted_name */
void *r_invalid_import(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *a = p_expect(p, KW_IMPORT);
    if (a && r_dotted_name(p)) {
        for (;;) {
            int m2 = p->mark;
            if (!p_expect(p, TK_COMMA) || !r_dotted_name(p)) {
                p->mark = m2;
                break;
            }
        }
        BAIL;
        if (p_expect(p, KW_FROM) && r_dotted_name(p))
            LEAVE(p_raise_from(p, loc_tok(a), "Did you mean to use 'from ... import ...' instead?"));
    }
    BAIL;
    FAIL;
}

/* invalid_import_from_targets: import_from_as_names ',' NEWLINE */
void *r_invalid_import_from_targets(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (r_import_from_as_names(p) && p_expect(p, TK_COMMA) && p_expect(p, TK_NEWLINE))
        LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "trailing comma not allowed without surrounding parentheses"));
    BAIL;
    FAIL;
}

/* ---- with ---- */

/* ','.(expression ['as' star_target])+ , or with expressions for the
 * parenthesized form */
static int with_item_list(Parser *p, int paren)
{
    int n = 0;
    for (;;) {
        int m2 = p->mark;
        if (n && !p_expect(p, TK_COMMA))
            break;
        AstNode *e = paren ? r_expressions(p) : r_expression(p);
        if (p->error)
            return 0;
        if (!e) {
            p->mark = m2;
            break;
        }
        int m3 = p->mark;
        if (!(p_expect(p, KW_AS) && r_star_target(p)))
            p->mark = m3;
        if (p->error)
            return 0;
        n++;
    }
    return n;
}

/* The header of a with statement, up to before its ':' (or NEWLINE):
 * [ASYNC] 'with' items | [ASYNC] 'with' '(' items ','? ')'. Returns
 * the 'with' token. */
static Token *with_header(Parser *p, int paren)
{
    p_expect(p, KW_ASYNC);
    Token *w = p_expect(p, KW_WITH);
    if (!w)
        return NULL;
    if (paren && !p_expect(p, TK_LPAR))
        return NULL;
    if (!with_item_list(p, paren))
        return NULL;
    if (paren) {
        p_expect(p, TK_COMMA);
        if (!p_expect(p, TK_RPAR))
            return NULL;
    }
    return w;
}

/* invalid_with_stmt: with_header NEWLINE (both forms) */
void *r_invalid_with_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    for (int paren = 0; paren < 2; paren++) {
        ALT;
        if (with_header(p, paren) && p_expect(p, TK_NEWLINE))
            LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "expected ':'"));
        BAIL;
    }
    FAIL;
}

/* invalid_with_stmt_indent: with_header ':' NEWLINE !INDENT (both forms) */
void *r_invalid_with_stmt_indent(Parser *p)
{
    ENTER;
    int mark = p->mark;
    for (int paren = 0; paren < 2; paren++) {
        ALT;
        Token *w = with_header(p, paren);
        if (w && p_expect(p, TK_COLON) && newline_no_indent(p))
            LEAVE(indent_error(p, "'with' statement", w->lineno));
        BAIL;
    }
    FAIL;
}

/* ---- try ---- */

/* invalid_try_stmt:
 *     | 'try' ':' NEWLINE !INDENT
 *     | 'try' ':' block !('except' | 'finally')
 *     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
 *     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':' */
void *r_invalid_try_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *a = p_expect(p, KW_TRY);
    if (a && p_expect(p, TK_COLON) && newline_no_indent(p))
        LEAVE(indent_error(p, "'try' statement", a->lineno));
    BAIL;
    ALT;
    if (p_expect(p, KW_TRY) && p_expect(p, TK_COLON) && r_block(p) && p_ahead(p, 0, KW_EXCEPT) &&
        p_ahead(p, 0, KW_FINALLY))
        LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "expected 'except' or 'finally' block"));
    BAIL;
    for (int star = 0; star < 2; star++) {
        ALT;
        if (!(p_expect(p, KW_TRY) && p_expect(p, TK_COLON)))
            continue;
        while (r_block(p))
            ;
        BAIL;
        int n = 0;
        while (r_except_block(p, star))
            n++;
        BAIL;
        if (!n)
            continue;
        Token *ex = p_expect(p, KW_EXCEPT);
        if (!ex)
            continue;
        if (!star) {
            Token *b = p_expect(p, TK_STAR);
            if (b && r_expression(p)) {
                int m2 = p->mark;
                if (!(p_expect(p, KW_AS) && p_name_tok(p)))
                    p->mark = m2;
                if (p_expect(p, TK_COLON))
                    LEAVE(p_raise_loc(p, loc_range(loc_tok(ex), loc_tok(b)),
                                      "cannot have both 'except' and 'except*' on the same 'try'"));
            }
        } else {
            int m2 = p->mark;
            if (r_expression(p)) {
                int m3 = p->mark;
                if (!(p_expect(p, KW_AS) && p_name_tok(p)))
                    p->mark = m3;
            } else {
                p->mark = m2;
            }
            BAIL;
            if (p_expect(p, TK_COLON))
                LEAVE(p_raise_loc(p, loc_tok(ex), "cannot have both 'except' and 'except*' on the same 'try'"));
        }
        BAIL;
    }
    BAIL;
    FAIL;
}

/* ['as' NAME] */
static void opt_as(Parser *p)
{
    int m = p->mark;
    if (!(p_expect(p, KW_AS) && p_name_tok(p)))
        p->mark = m;
}

/* invalid_except_stmt:
 *     | 'except' '*'? expression ',' expressions ['as' NAME] ':'
 *     | 'except' '*'? expression ['as' NAME] NEWLINE
 *     | 'except' NEWLINE
 *     | 'except' '*' (NEWLINE | ':') */
void *r_invalid_except_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, KW_EXCEPT)) {
        p_expect(p, TK_STAR);
        AstNode *a = r_expression(p);
        BAIL;
        if (a && p_expect(p, TK_COMMA) && r_expressions(p)) {
            opt_as(p);
            if (p_expect(p, TK_COLON))
                LEAVE(p_raise_from(p, loc_node(a), "multiple exception types must be parenthesized"));
        }
    }
    BAIL;
    ALT;
    if (p_expect(p, KW_EXCEPT)) {
        p_expect(p, TK_STAR);
        if (r_expression(p)) {
            opt_as(p);
            if (p_expect(p, TK_NEWLINE))
                LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "expected ':'"));
        }
    }
    BAIL;
    ALT;
    if (p_expect(p, KW_EXCEPT) && p_expect(p, TK_NEWLINE))
        LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "expected ':'"));
    BAIL;
    ALT;
    if (p_expect(p, KW_EXCEPT) && p_expect(p, TK_STAR) && (p_expect(p, TK_NEWLINE) || p_expect(p, TK_COLON)))
        LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "expected one or more exception types"));
    BAIL;
    FAIL;
}

/* invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT */
void *r_invalid_finally_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *a = p_expect(p, KW_FINALLY);
    if (a && p_expect(p, TK_COLON) && newline_no_indent(p))
        LEAVE(indent_error(p, "'finally' statement", a->lineno));
    BAIL;
    FAIL;
}

/* invalid_except_stmt_indent:
 *     | 'except' expression ['as' NAME] ':' NEWLINE !INDENT
 *     | 'except' ':' NEWLINE !INDENT */
void *r_invalid_except_stmt_indent(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *a = p_expect(p, KW_EXCEPT);
    if (a && r_expression(p)) {
        opt_as(p);
        if (p_expect(p, TK_COLON) && newline_no_indent(p))
            LEAVE(indent_error(p, "'except' statement", a->lineno));
    }
    BAIL;
    ALT;
    a = p_expect(p, KW_EXCEPT);
    if (a && p_expect(p, TK_COLON) && newline_no_indent(p))
        LEAVE(indent_error(p, "'except' statement", a->lineno));
    BAIL;
    FAIL;
}

/* invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT */
void *r_invalid_except_star_stmt_indent(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *a = p_expect(p, KW_EXCEPT);
    if (a && p_expect(p, TK_STAR) && r_expression(p)) {
        opt_as(p);
        if (p_expect(p, TK_COLON) && newline_no_indent(p))
            LEAVE(indent_error(p, "'except*' statement", a->lineno));
    }
    BAIL;
    FAIL;
}

/* The shape of if/elif/while headers:
 *     | KW named_expression NEWLINE              -> "expected ':'"
 *     | KW named_expression ':' NEWLINE !INDENT  -> indentation error */
static void *invalid_cond_header(Parser *p, int kw, const char *what)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, kw) && r_named_expression(p) && p_expect(p, TK_NEWLINE))
        LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "expected ':'"));
    BAIL;
    ALT;
    Token *a = p_expect(p, kw);
    if (a && r_named_expression(p) && p_expect(p, TK_COLON) && newline_no_indent(p))
        LEAVE(indent_error(p, what, a->lineno));
    BAIL;
    FAIL;
}

void *r_invalid_if_stmt(Parser *p)
{
    return invalid_cond_header(p, KW_IF, "'if' statement");
}

void *r_invalid_elif_stmt(Parser *p)
{
    return invalid_cond_header(p, KW_ELIF, "'elif' statement");
}

void *r_invalid_while_stmt(Parser *p)
{
    return invalid_cond_header(p, KW_WHILE, "'while' statement");
}

/* invalid_else_stmt: 'else' ':' NEWLINE !INDENT */
void *r_invalid_else_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *a = p_expect(p, KW_ELSE);
    if (a && p_expect(p, TK_COLON) && newline_no_indent(p))
        LEAVE(indent_error(p, "'else' statement", a->lineno));
    BAIL;
    FAIL;
}

/* invalid_for_stmt:
 *     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
 *     | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT */
void *r_invalid_for_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    p_expect(p, KW_ASYNC);
    if (p_expect(p, KW_FOR) && r_star_targets(p) && p_expect(p, KW_IN) && r_star_expressions(p) &&
        p_expect(p, TK_NEWLINE))
        LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "expected ':'"));
    BAIL;
    ALT;
    p_expect(p, KW_ASYNC);
    Token *a = p_expect(p, KW_FOR);
    if (a && r_star_targets(p) && p_expect(p, KW_IN) && r_star_expressions(p) && p_expect(p, TK_COLON) &&
        newline_no_indent(p))
        LEAVE(indent_error(p, "'for' statement", a->lineno));
    BAIL;
    FAIL;
}

/* invalid_def_raw:
 *     | [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
void *r_invalid_def_raw(Parser *p)
{
    ENTER;
    int mark = p->mark;
    p_expect(p, KW_ASYNC);
    Token *a = p_expect(p, KW_DEF);
    if (a && p_name_tok(p) && p_expect(p, TK_LPAR)) {
        r_params(p);
        BAIL;
        if (p_expect(p, TK_RPAR)) {
            int m2 = p->mark;
            if (!(p_expect(p, TK_RARROW) && r_expression(p)))
                p->mark = m2;
            BAIL;
            if (p_expect(p, TK_COLON) && newline_no_indent(p))
                LEAVE(indent_error(p, "function definition", a->lineno));
        }
    }
    BAIL;
    FAIL;
}

/* invalid_class_def_raw:
 *     | 'class' NAME ['(' [arguments] ')'] NEWLINE
 *     | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT */
void *r_invalid_class_def_raw(Parser *p)
{
    ENTER;
    int mark = p->mark;
    for (int alt = 0; alt < 2; alt++) {
        ALT;
        Token *a = p_expect(p, KW_CLASS);
        if (!a || !p_name_tok(p))
            FAIL;
        int m2 = p->mark;
        if (p_expect(p, TK_LPAR)) {
            r_arguments(p);
            BAIL;
            if (!p_expect(p, TK_RPAR))
                p->mark = m2;
        }
        BAIL;
        if (alt == 0 && p_expect(p, TK_NEWLINE))
            LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "expected ':'"));
        if (alt == 1 && p_expect(p, TK_COLON) && newline_no_indent(p))
            LEAVE(indent_error(p, "class definition", a->lineno));
        BAIL;
    }
    FAIL;
}

/* parser_params.c - parameter lists of def (lam=0) and lambda (lam=1).
 * The two grammars differ only in annotations and in the token that
 * ends the list (')' or ':'), so one set of functions serves both. */
#include "parser_rules.h"

static int closer(int lam)
{
    return lam ? TK_COLON : TK_RPAR;
}

static AstNode *make_arg(Parser *p, int mark, Token *name, AstNode *ann)
{
    AstNode *n = p_node(p, AST_ARG, mark);
    n->u.arg.arg = p_ident(p, name);
    n->u.arg.annotation = ann;
    return n;
}

/* param: NAME annotation? ; lambda_param: NAME */
static AstNode *param(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    Token *name = p_name_tok(p);
    if (!name)
        FAIL;
    AstNode *ann = NULL;
    if (!lam) {
        int m2 = p->mark;
        if (p_expect(p, TK_COLON)) {
            ann = r_expression(p);
            BAIL;
            if (!ann)
                p->mark = m2;
        }
        BAIL;
    }
    LEAVE(make_arg(p, mark, name, ann));
}

AstNode *r_param(Parser *p)
{
    return param(p, 0);
}

AstNode *r_lambda_param(Parser *p)
{
    return param(p, 1);
}

/* param_star_annotation: NAME ':' star_expression */
static AstNode *param_star_annotation(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *name = p_name_tok(p);
    if (!name || !p_expect(p, TK_COLON))
        FAIL;
    AstNode *ann = r_star_expression(p);
    BAIL;
    if (!ann)
        FAIL;
    LEAVE(make_arg(p, mark, name, ann));
}

/* After a parameter: ',' (then a TYPE_COMMENT that never comes) or a
 * lookahead for the closing token. */
static int param_end(Parser *p, int lam)
{
    if (p_expect(p, TK_COMMA)) {
        if (!lam)
            p_peek(p);
        return 1;
    }
    if (p->error)
        return 0;
    if (!lam)
        p_peek(p);
    return p_ahead(p, 1, closer(lam));
}

/* default: '=' expression | invalid_default */
AstNode *r_default(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_EQUAL)) {
        AstNode *e = r_expression(p);
        BAIL;
        if (e)
            LEAVE(e);
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_default(p);
        BAIL;
    }
    FAIL;
}

/* param_no_default: param ',' | param &')'  (lambda: &':') */
static AstNode *param_no_default(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = param(p, lam);
    BAIL;
    if (a && param_end(p, lam))
        LEAVE(a);
    BAIL;
    FAIL;
}

AstNode *r_param_no_default(Parser *p)
{
    return param_no_default(p, 0);
}

AstNode *r_lambda_param_no_default(Parser *p)
{
    return param_no_default(p, 1);
}

/* param_no_default_star_annotation: param_star_annotation (',' | &')') */
static AstNode *param_no_default_star_annotation(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = param_star_annotation(p);
    BAIL;
    if (a && param_end(p, 0))
        LEAVE(a);
    BAIL;
    FAIL;
}

/* param_with_default: param default (',' | &')');
 * param_maybe_default: the same with the default optional */
static NameDefault *param_default(Parser *p, int lam, int required)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = param(p, lam);
    BAIL;
    if (!a)
        FAIL;
    AstNode *d = r_default(p);
    BAIL;
    if ((d || !required) && param_end(p, lam)) {
        NameDefault *nd = ast_alloc(p->arena, sizeof *nd);
        nd->arg = a;
        nd->value = d;
        LEAVE(nd);
    }
    BAIL;
    FAIL;
}

NameDefault *r_param_with_default(Parser *p)
{
    return param_default(p, 0, 1);
}

NameDefault *r_param_maybe_default(Parser *p)
{
    return param_default(p, 0, 0);
}

NameDefault *r_lambda_param_with_default(Parser *p)
{
    return param_default(p, 1, 1);
}

NameDefault *r_lambda_param_maybe_default(Parser *p)
{
    return param_default(p, 1, 0);
}

/* param_no_default* (empty list allowed) */
static void no_defaults(Parser *p, int lam, AstList *l)
{
    for (;;) {
        AstNode *a = param_no_default(p, lam);
        if (!a)
            return;
        ast_list_push(p->arena, l, a);
    }
}

static void with_defaults(Parser *p, int lam, int required, PList *l)
{
    for (;;) {
        NameDefault *a = param_default(p, lam, required);
        if (!a)
            return;
        plist_push(p, l, a);
    }
}

/* slash_no_default: param_no_default+ '/' (',' | &')') */
static AstList *slash_no_default(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    AstList *l = p_list(p);
    no_defaults(p, lam, l);
    BAIL;
    if (l->n && p_expect(p, TK_SLASH) && (p_expect(p, TK_COMMA) || p_ahead(p, 1, closer(lam))))
        LEAVE(l);
    BAIL;
    FAIL;
}

AstList *r_slash_no_default(Parser *p)
{
    return slash_no_default(p, 0);
}

AstList *r_lambda_slash_no_default(Parser *p)
{
    return slash_no_default(p, 1);
}

/* slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
static SlashWithDefault *slash_with_default(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    SlashWithDefault *s = ast_alloc(p->arena, sizeof *s);
    no_defaults(p, lam, &s->plain);
    BAIL;
    with_defaults(p, lam, 1, &s->with_defaults);
    BAIL;
    if (s->with_defaults.n && p_expect(p, TK_SLASH) &&
        (p_expect(p, TK_COMMA) || p_ahead(p, 1, closer(lam))))
        LEAVE(s);
    BAIL;
    FAIL;
}

SlashWithDefault *r_slash_with_default(Parser *p)
{
    return slash_with_default(p, 0);
}

SlashWithDefault *r_lambda_slash_with_default(Parser *p)
{
    return slash_with_default(p, 1);
}

/* kwds: invalid_kwds | '**' param_no_default */
static AstNode *kwds(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        if (lam)
            r_invalid_lambda_kwds(p);
        else
            r_invalid_kwds(p);
        BAIL;
        ALT;
    }
    if (p_expect(p, TK_DOUBLESTAR)) {
        AstNode *a = param_no_default(p, lam);
        BAIL;
        if (a)
            LEAVE(a);
    }
    BAIL;
    FAIL;
}

/* star_etc:
 *     | invalid_star_etc
 *     | '*' param_no_default param_maybe_default* [kwds]
 *     | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
 *     | '*' ',' param_maybe_default+ [kwds]
 *     | kwds */
static StarEtc *star_etc(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        if (lam)
            r_invalid_lambda_star_etc(p);
        else
            r_invalid_star_etc(p);
        BAIL;
        ALT;
    }
    for (int alt = 0; alt < 3; alt++) {
        if (alt == 1 && lam)
            continue;
        ALT;
        if (!p_expect(p, TK_STAR))
            break;
        StarEtc *s = ast_alloc(p->arena, sizeof *s);
        if (alt == 0)
            s->vararg = param_no_default(p, lam);
        else if (alt == 1)
            s->vararg = param_no_default_star_annotation(p);
        BAIL;
        if (alt < 2 && !s->vararg)
            continue;
        if (alt == 2 && !p_expect(p, TK_COMMA))
            continue;
        with_defaults(p, lam, 0, &s->kwonly);
        BAIL;
        if (alt == 2 && !s->kwonly.n)
            continue;
        s->kwarg = kwds(p, lam);
        BAIL;
        LEAVE(s);
    }
    BAIL;
    ALT;
    AstNode *k = kwds(p, lam);
    BAIL;
    if (k) {
        StarEtc *s = ast_alloc(p->arena, sizeof *s);
        s->kwarg = k;
        LEAVE(s);
    }
    FAIL;
}

/* parameters:
 *     | slash_no_default param_no_default* param_with_default* [star_etc]
 *     | slash_with_default param_with_default* [star_etc]
 *     | param_no_default+ param_with_default* [star_etc]
 *     | param_with_default+ [star_etc]
 *     | star_etc */
static AstNode *parameters(Parser *p, int lam)
{
    ENTER;
    int mark = p->mark;
    AstList *a = slash_no_default(p, lam);
    BAIL;
    if (a) {
        AstList *b = p_list(p);
        no_defaults(p, lam, b);
        BAIL;
        PList *c = p_plist(p);
        with_defaults(p, lam, 1, c);
        BAIL;
        StarEtc *d = star_etc(p, lam);
        BAIL;
        LEAVE(p_make_arguments(p, a, NULL, b, c, d));
    }
    ALT;
    SlashWithDefault *sw = slash_with_default(p, lam);
    BAIL;
    if (sw) {
        PList *b = p_plist(p);
        with_defaults(p, lam, 1, b);
        BAIL;
        StarEtc *c = star_etc(p, lam);
        BAIL;
        LEAVE(p_make_arguments(p, NULL, sw, NULL, b, c));
    }
    ALT;
    AstList *plain = p_list(p);
    no_defaults(p, lam, plain);
    BAIL;
    if (plain->n) {
        PList *b = p_plist(p);
        with_defaults(p, lam, 1, b);
        BAIL;
        StarEtc *c = star_etc(p, lam);
        BAIL;
        LEAVE(p_make_arguments(p, NULL, NULL, plain, b, c));
    }
    ALT;
    PList *wd = p_plist(p);
    with_defaults(p, lam, 1, wd);
    BAIL;
    if (wd->n) {
        StarEtc *b = star_etc(p, lam);
        BAIL;
        LEAVE(p_make_arguments(p, NULL, NULL, NULL, wd, b));
    }
    ALT;
    StarEtc *s = star_etc(p, lam);
    BAIL;
    if (s)
        LEAVE(p_make_arguments(p, NULL, NULL, NULL, NULL, s));
    FAIL;
}

/* params: invalid_parameters | parameters */
AstNode *r_params(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_parameters(p);
        BAIL;
        ALT;
    }
    AstNode *r = parameters(p, 0);
    LEAVE(r);
}

/* lambda_params: invalid_lambda_parameters | lambda_parameters */
AstNode *r_lambda_params(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_lambda_parameters(p);
        BAIL;
        ALT;
    }
    AstNode *r = parameters(p, 1);
    LEAVE(r);
}

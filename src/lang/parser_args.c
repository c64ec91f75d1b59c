/* parser_args.c - call arguments. The "args" rule yields a Call node
 * without a function; callers copy its args and keywords. */
#include "parser_rules.h"

/* starred_expression: invalid_starred_expression | '*' expression */
AstNode *r_starred_expression(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_starred_expression(p);
        BAIL;
        ALT;
    }
    if (p_expect(p, TK_STAR)) {
        AstNode *a = r_expression(p);
        BAIL;
        if (a) {
            AstNode *n = p_node(p, AST_STARRED, mark);
            n->u.starred.value = a;
            n->u.starred.ctx = CTX_LOAD;
            LEAVE(n);
        }
    }
    BAIL;
    FAIL;
}

static KwOrStar *kw_or_star(Parser *p, AstNode *n, int is_keyword)
{
    KwOrStar *k = ast_alloc(p->arena, sizeof *k);
    k->node = n;
    k->is_keyword = is_keyword;
    return k;
}

/* NAME '=' expression, as a keyword */
static KwOrStar *name_keyword(Parser *p)
{
    int mark = p->mark;
    Token *name = p_name_tok(p);
    if (name && p_expect(p, TK_EQUAL)) {
        AstNode *v = r_expression(p);
        if (p->error)
            return NULL;
        if (v) {
            AstNode *k = p_node(p, AST_KEYWORD, mark);
            k->u.keyword.arg = p_ident(p, name);
            k->u.keyword.value = v;
            return kw_or_star(p, k, 1);
        }
    }
    p->mark = mark;
    return NULL;
}

/* kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
 * kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
static KwOrStar *kwarg(Parser *p, int double_starred)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_kwarg(p);
        BAIL;
        ALT;
    }
    KwOrStar *k = name_keyword(p);
    BAIL;
    if (k)
        LEAVE(k);
    ALT;
    if (!double_starred) {
        AstNode *s = r_starred_expression(p);
        BAIL;
        if (s)
            LEAVE(kw_or_star(p, s, 0));
        FAIL;
    }
    if (p_expect(p, TK_DOUBLESTAR)) {
        AstNode *v = r_expression(p);
        BAIL;
        if (v) {
            AstNode *n = p_node(p, AST_KEYWORD, mark);
            n->u.keyword.value = v;
            LEAVE(kw_or_star(p, n, 1));
        }
    }
    BAIL;
    FAIL;
}

/* ','.kwarg+ appended to l; returns how many were read */
static int kwarg_run(Parser *p, int double_starred, PList *l)
{
    KwOrStar *k = kwarg(p, double_starred);
    if (!k)
        return 0;
    int n = 1;
    plist_push(p, l, k);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        k = kwarg(p, double_starred);
        if (p->error)
            return 0;
        if (!k) {
            p->mark = m2;
            break;
        }
        plist_push(p, l, k);
        n++;
    }
    return p->error ? 0 : n;
}

/* kwargs:
 *     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
 *     | ','.kwarg_or_starred+
 *     | ','.kwarg_or_double_starred+ */
PList *r_kwargs(Parser *p)
{
    ENTER;
    int mark = p->mark;
    PList *l = p_plist(p);
    if (kwarg_run(p, 0, l) && p_expect(p, TK_COMMA)) {
        PList *l2 = p_plist(p);
        if (kwarg_run(p, 1, l2)) {
            for (int i = 0; i < l2->n; i++)
                plist_push(p, l, l2->items[i]);
            LEAVE(l);
        }
    }
    BAIL;
    ALT;
    l = p_plist(p);
    if (kwarg_run(p, 0, l))
        LEAVE(l);
    BAIL;
    ALT;
    l = p_plist(p);
    if (kwarg_run(p, 1, l))
        LEAVE(l);
    BAIL;
    FAIL;
}

/* One positional argument:
 * starred_expression | (assignment_expression | expression !':=') !'=' */
static AstNode *positional(Parser *p)
{
    int mark = p->mark;
    AstNode *a = r_starred_expression(p);
    if (a || p->error)
        return a;
    p->mark = mark;
    a = r_assignment_expression(p);
    if (p->error)
        return NULL;
    if (!a) {
        p->mark = mark;
        a = r_expression(p);
        if (p->error)
            return NULL;
        if (a && !p_ahead(p, 0, TK_COLONEQUAL))
            a = NULL;
    }
    if (a && p_ahead(p, 0, TK_EQUAL))
        return a;
    p->mark = mark;
    return NULL;
}

/* ((','.positional+ ',' kwargs) | kwargs), for invalid_arguments */
int p_args_with_kwargs(Parser *p)
{
    int mark = p->mark;
    int n = 0;
    for (;;) {
        int m2 = p->mark;
        if (n && !p_expect(p, TK_COMMA))
            break;
        if (!positional(p)) {
            p->mark = m2;
            break;
        }
        n++;
    }
    if (p->error)
        return 0;
    if (n && p_expect(p, TK_COMMA) && r_kwargs(p))
        return 1;
    if (p->error)
        return 0;
    p->mark = mark;
    if (r_kwargs(p))
        return 1;
    p->mark = mark;
    return 0;
}

/* args:
 *     | ','.positional+ [',' kwargs]
 *     | kwargs */
AstNode *r_args(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = positional(p);
    BAIL;
    if (a) {
        AstList l = {0};
        ast_list_push(p->arena, &l, a);
        for (;;) {
            int m2 = p->mark;
            if (!p_expect(p, TK_COMMA))
                break;
            a = positional(p);
            BAIL;
            if (!a) {
                p->mark = m2;
                break;
            }
            ast_list_push(p->arena, &l, a);
        }
        BAIL;
        PList *k = NULL;
        int m3 = p->mark;
        if (p_expect(p, TK_COMMA)) {
            k = r_kwargs(p);
            BAIL;
            if (!k)
                p->mark = m3;
        }
        BAIL;
        LEAVE(p_collect_call(p, &l, k, mark));
    }
    ALT;
    PList *k = r_kwargs(p);
    BAIL;
    if (k)
        LEAVE(p_collect_call(p, NULL, k, mark));
    FAIL;
}

/* arguments: args [','] &')' | invalid_arguments */
MEMO_RULE(AstNode *, arguments, M_ARGUMENTS)
static AstNode *arguments_raw(Parser *p)
{
    int mark = p->mark;
    AstNode *a = r_args(p);
    RBAIL;
    if (a) {
        p_expect(p, TK_COMMA);
        if (p_ahead(p, 1, TK_RPAR))
            return a;
    }
    RBAIL;
    if (INVALID) {
        ALT;
        r_invalid_arguments(p);
        RBAIL;
    }
    RFAIL;
}

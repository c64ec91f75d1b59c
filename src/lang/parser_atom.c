/* parser_atom.c - atoms: names, literals, displays, comprehensions,
 * slices and lambdas. */
#include "parser_rules.h"

#include <string.h>

static AstNode *r_group(Parser *p);
static AstNode *r_listcomp(Parser *p);
static AstNode *r_set(Parser *p);
static AstNode *r_dict(Parser *p);
static AstNode *r_dictcomp(Parser *p);
static AstNode *r_setcomp(Parser *p);

/* atom:
 *     | NAME | 'True' | 'False' | 'None'
 *     | &(STRING|FSTRING_START) strings
 *     | NUMBER
 *     | &'(' (tuple | group | genexp)
 *     | &'[' (list | listcomp)
 *     | &'{' (dict | set | dictcomp | setcomp)
 *     | '...' */
AstNode *r_atom(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *t = p_peek(p);
    if (!t)
        LEAVE(NULL);
    AstNode *r = NULL;
    switch (t->type) {
    case TK_NAME:
        LEAVE(p_name(p));
    case KW_TRUE:
    case KW_FALSE:
    case KW_NONE:
        p->mark++;
        LEAVE(p_constant(p, t->type == KW_TRUE ? CONST_TRUE : t->type == KW_FALSE ? CONST_FALSE : CONST_NONE,
                         mark));
    case TK_STRING:
    case TK_FSTRING_START:
        r = r_strings(p);
        break;
    case TK_NUMBER:
        p->mark++;
        LEAVE(p_number(p, t));
    case TK_LPAR:
        r = r_tuple(p);
        BAIL;
        if (!r) {
            r = r_group(p);
            BAIL;
        }
        if (!r)
            r = r_genexp(p);
        break;
    case TK_LSQB:
        r = r_list(p);
        BAIL;
        if (!r)
            r = r_listcomp(p);
        break;
    case TK_LBRACE:
        r = r_dict(p);
        BAIL;
        if (!r) {
            r = r_set(p);
            BAIL;
        }
        if (!r) {
            r = r_dictcomp(p);
            BAIL;
        }
        if (!r)
            r = r_setcomp(p);
        break;
    case TK_ELLIPSIS:
        p->mark++;
        LEAVE(p_constant(p, CONST_ELLIPSIS, mark));
    default:
        break;
    }
    BAIL;
    if (r)
        LEAVE(r);
    FAIL;
}

/* group: '(' (yield_expr | named_expression) ')' | invalid_group */
static AstNode *r_group(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_LPAR)) {
        AstNode *a = r_yield_expr(p);
        BAIL;
        if (!a) {
            a = r_named_expression(p);
            BAIL;
        }
        if (a && p_expect(p, TK_RPAR))
            LEAVE(a);
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_group(p);
        BAIL;
    }
    FAIL;
}

static AstNode *seq_node(Parser *p, AstKind kind, int mark, AstList *elts, AstCtx ctx)
{
    AstNode *n = p_node(p, kind, mark);
    if (elts)
        n->u.seq.elts = *elts;
    n->u.seq.ctx = ctx;
    return n;
}

/* list: '[' [star_named_expressions] ']' */
AstNode *r_list(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (!p_expect(p, TK_LSQB))
        FAIL;
    AstList *a = r_star_named_expressions(p);
    BAIL;
    if (!p_expect(p, TK_RSQB))
        FAIL;
    LEAVE(seq_node(p, AST_LIST, mark, a, CTX_LOAD));
}

/* tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
AstNode *r_tuple(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (!p_expect(p, TK_LPAR))
        FAIL;
    AstList *elts = NULL;
    int m2 = p->mark;
    AstNode *y = r_star_named_expression(p);
    BAIL;
    if (y && p_expect(p, TK_COMMA)) {
        AstList *z = r_star_named_expressions(p);
        BAIL;
        elts = p_list(p);
        ast_list_push(p->arena, elts, y);
        if (z)
            for (int i = 0; i < z->n; i++)
                ast_list_push(p->arena, elts, z->items[i]);
    } else {
        p->mark = m2;
    }
    BAIL;
    if (!p_expect(p, TK_RPAR))
        FAIL;
    LEAVE(seq_node(p, AST_TUPLE, mark, elts, CTX_LOAD));
}

/* set: '{' star_named_expressions '}' */
static AstNode *r_set(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (!p_expect(p, TK_LBRACE))
        FAIL;
    AstList *a = r_star_named_expressions(p);
    BAIL;
    if (!a || !p_expect(p, TK_RBRACE))
        FAIL;
    AstNode *n = p_node(p, AST_SET, mark);
    n->u.set.elts = *a;
    LEAVE(n);
}

/* kvpair: expression ':' expression */
KeyValue *r_kvpair(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *k = r_expression(p);
    if (!k || !p_expect(p, TK_COLON))
        FAIL;
    AstNode *v = r_expression(p);
    BAIL;
    if (!v)
        FAIL;
    KeyValue *kv = ast_alloc(p->arena, sizeof *kv);
    kv->key = k;
    kv->value = v;
    LEAVE(kv);
}

/* double_starred_kvpair: '**' bitwise_or | kvpair */
KeyValue *r_double_starred_kvpair(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_DOUBLESTAR)) {
        AstNode *a = r_bitwise_or(p);
        BAIL;
        if (a) {
            KeyValue *kv = ast_alloc(p->arena, sizeof *kv);
            kv->value = a;
            LEAVE(kv);
        }
    }
    BAIL;
    ALT;
    KeyValue *kv = r_kvpair(p);
    BAIL;
    if (kv)
        LEAVE(kv);
    FAIL;
}

/* double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
static PList *double_starred_kvpairs(Parser *p)
{
    ENTER;
    KeyValue *kv = r_double_starred_kvpair(p);
    if (!kv)
        LEAVE(NULL);
    PList *l = p_plist(p);
    plist_push(p, l, kv);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        kv = r_double_starred_kvpair(p);
        BAIL;
        if (!kv) {
            p->mark = m2;
            break;
        }
        plist_push(p, l, kv);
    }
    BAIL;
    p_expect(p, TK_COMMA);
    BAIL;
    LEAVE(l);
}

/* dict:
 *     | '{' [double_starred_kvpairs] '}'
 *     | '{' invalid_double_starred_kvpairs '}' */
static AstNode *r_dict(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_LBRACE)) {
        PList *a = double_starred_kvpairs(p);
        BAIL;
        if (p_expect(p, TK_RBRACE)) {
            AstNode *n = p_node(p, AST_DICT, mark);
            if (a) {
                for (int i = 0; i < a->n; i++) {
                    KeyValue *kv = a->items[i];
                    ast_list_push(p->arena, &n->u.dict.keys, kv->key);
                    ast_list_push(p->arena, &n->u.dict.values, kv->value);
                }
            }
            LEAVE(n);
        }
    }
    BAIL;
    /* '{' invalid_double_starred_kvpairs '}': CPython only gates invalid
     * rules that form a whole alternative, so this one runs in the first
     * pass (and under expression_without_invalid) too. It raises whenever
     * it matches, so the '}' is never needed. */
    ALT;
    if (p_expect(p, TK_LBRACE)) {
        r_invalid_double_starred_kvpairs(p);
        BAIL;
    }
    FAIL;
}

/* for_if_clause:
 *     | ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
 *     | invalid_for_target */
static AstNode *r_for_if_clause(Parser *p)
{
    ENTER;
    int mark = p->mark;
    for (int is_async = 1; is_async >= 0; is_async--) {
        ALT;
        if (is_async && !p_expect(p, KW_ASYNC))
            continue;
        if (!p_expect(p, KW_FOR))
            continue;
        AstNode *t = r_star_targets(p);
        BAIL;
        if (!t || !p_expect(p, KW_IN))
            continue;
        AstNode *it = r_disjunction(p);
        BAIL;
        if (!it)
            FAIL; /* cut */
        AstNode *c = ast_alloc(p->arena, sizeof *c);
        c->kind = AST_COMPREHENSION;
        c->u.comprehension.target = t;
        c->u.comprehension.iter = it;
        c->u.comprehension.is_async = is_async;
        for (;;) {
            int m2 = p->mark;
            if (!p_expect(p, KW_IF))
                break;
            AstNode *cond = r_disjunction(p);
            BAIL;
            if (!cond) {
                p->mark = m2;
                break;
            }
            ast_list_push(p->arena, &c->u.comprehension.ifs, cond);
        }
        BAIL;
        LEAVE(c);
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_for_target(p);
        BAIL;
    }
    FAIL;
}

/* for_if_clauses: for_if_clause+ */
AstList *r_for_if_clauses(Parser *p)
{
    ENTER;
    AstList *l = NULL;
    for (;;) {
        AstNode *c = r_for_if_clause(p);
        BAIL;
        if (!c)
            break;
        if (!l)
            l = p_list(p);
        ast_list_push(p->arena, l, c);
    }
    LEAVE(l);
}

static AstNode *comp_node(Parser *p, AstKind kind, int mark, AstNode *elt, AstNode *value, AstList *gens)
{
    AstNode *n = p_node(p, kind, mark);
    n->u.comp.elt = elt;
    n->u.comp.value = value;
    n->u.comp.generators = *gens;
    return n;
}

/* listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
 * setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
static AstNode *list_or_set_comp(Parser *p, int open, int close, AstKind kind)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, open)) {
        AstNode *a = r_named_expression(p);
        BAIL;
        if (a) {
            AstList *g = r_for_if_clauses(p);
            BAIL;
            if (g && p_expect(p, close))
                LEAVE(comp_node(p, kind, mark, a, NULL, g));
        }
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_comprehension(p);
        BAIL;
    }
    FAIL;
}

static AstNode *r_listcomp(Parser *p)
{
    return list_or_set_comp(p, TK_LSQB, TK_RSQB, AST_LISTCOMP);
}

static AstNode *r_setcomp(Parser *p)
{
    return list_or_set_comp(p, TK_LBRACE, TK_RBRACE, AST_SETCOMP);
}

/* genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
 *       | invalid_comprehension */
AstNode *r_genexp(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_LPAR)) {
        int m2 = p->mark;
        AstNode *a = r_assignment_expression(p);
        BAIL;
        if (!a) {
            p->mark = m2;
            a = r_expression(p);
            BAIL;
            if (a && !p_ahead(p, 0, TK_COLONEQUAL))
                a = NULL;
            BAIL;
        }
        if (a) {
            AstList *g = r_for_if_clauses(p);
            BAIL;
            if (g && p_expect(p, TK_RPAR))
                LEAVE(comp_node(p, AST_GENEXP, mark, a, NULL, g));
        }
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_comprehension(p);
        BAIL;
    }
    FAIL;
}

/* dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
static AstNode *r_dictcomp(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_LBRACE)) {
        KeyValue *kv = r_kvpair(p);
        BAIL;
        if (kv) {
            AstList *g = r_for_if_clauses(p);
            BAIL;
            if (g && p_expect(p, TK_RBRACE))
                LEAVE(comp_node(p, AST_DICTCOMP, mark, kv->key, kv->value, g));
        }
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_dict_comprehension(p);
        BAIL;
    }
    FAIL;
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static AstNode *r_slice(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *lower = r_expression(p);
    BAIL;
    if (p_expect(p, TK_COLON)) {
        AstNode *upper = r_expression(p);
        BAIL;
        AstNode *step = NULL;
        int m2 = p->mark;
        if (p_expect(p, TK_COLON)) {
            step = r_expression(p);
            BAIL;
        } else {
            p->mark = m2;
        }
        BAIL;
        AstNode *n = p_node(p, AST_SLICE, mark);
        n->u.slice.lower = lower;
        n->u.slice.upper = upper;
        n->u.slice.step = step;
        LEAVE(n);
    }
    BAIL;
    ALT;
    AstNode *e = r_named_expression(p);
    BAIL;
    if (e)
        LEAVE(e);
    FAIL;
}

/* slices:
 *     | slice !','
 *     | ','.(slice | starred_expression)+ [','] */
AstNode *r_slices(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = r_slice(p);
    BAIL;
    if (a && p_ahead(p, 0, TK_COMMA))
        LEAVE(a);
    BAIL;
    ALT;
    AstList elts = {0};
    for (;;) {
        int m2 = p->mark;
        if (elts.n && !p_expect(p, TK_COMMA))
            break;
        AstNode *e = r_slice(p);
        BAIL;
        if (!e) {
            e = r_starred_expression(p);
            BAIL;
        }
        if (!e) {
            p->mark = m2;
            break;
        }
        ast_list_push(p->arena, &elts, e);
    }
    BAIL;
    if (!elts.n)
        FAIL;
    p_expect(p, TK_COMMA);
    BAIL;
    LEAVE(seq_node(p, AST_TUPLE, mark, &elts, CTX_LOAD));
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
AstNode *r_lambdef(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (!p_expect(p, KW_LAMBDA))
        FAIL;
    AstNode *params = r_lambda_params(p);
    BAIL;
    if (!p_expect(p, TK_COLON))
        FAIL;
    AstNode *body = r_expression(p);
    BAIL;
    if (!body)
        FAIL;
    AstNode *n = p_node(p, AST_LAMBDA, mark);
    n->u.lambda.args = params ? params : p_empty_arguments(p);
    n->u.lambda.body = body;
    LEAVE(n);
}

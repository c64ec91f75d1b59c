/* parser_targets.c - assignment and del targets. t_primary is the
 * "primary followed by more trailers" of a target: a.b.c = ... parses a.b
 * as t_primary and .c as the stored attribute. */
#include "parser_rules.h"

static int t_lookahead(Parser *p)
{
    Token *t = p_peek(p);
    return t && (t->type == TK_LPAR || t->type == TK_LSQB || t->type == TK_DOT);
}

static int ahead_t_lookahead(Parser *p, int positive)
{
    int mark = p->mark;
    int r = t_lookahead(p);
    p->mark = mark;
    return r == positive;
}

static AstNode *attribute(Parser *p, int mark, AstNode *v, Token *name, AstCtx ctx)
{
    AstNode *n = p_node(p, AST_ATTRIBUTE, mark);
    n->u.attribute.value = v;
    n->u.attribute.attr = p_ident(p, name);
    n->u.attribute.ctx = ctx;
    return n;
}

static AstNode *subscript(Parser *p, int mark, AstNode *v, AstNode *s, AstCtx ctx)
{
    AstNode *n = p_node(p, AST_SUBSCRIPT, mark);
    n->u.subscript.value = v;
    n->u.subscript.slice = s;
    n->u.subscript.ctx = ctx;
    return n;
}

/* t_primary:
 *     | t_primary '.' NAME &t_lookahead
 *     | t_primary '[' slices ']' &t_lookahead
 *     | t_primary genexp &t_lookahead
 *     | t_primary '(' [arguments] ')' &t_lookahead
 *     | atom &t_lookahead */
MEMO_RULE(AstNode *, t_primary, M_T_PRIMARY)
static AstNode *t_primary_raw(Parser *p)
{
    int mark = p->mark;
    AstNode *a = r_atom(p);
    RBAIL;
    if (!a || !ahead_t_lookahead(p, 1))
        RFAIL;
    for (;;) {
        int m2 = p->mark;
        Token *name;
        if (p_expect(p, TK_DOT) && (name = p_name_tok(p)) && ahead_t_lookahead(p, 1)) {
            a = attribute(p, mark, a, name, CTX_LOAD);
            continue;
        }
        RBAIL;
        p->mark = m2;
        if (p_expect(p, TK_LSQB)) {
            AstNode *s = r_slices(p);
            RBAIL;
            if (s && p_expect(p, TK_RSQB) && ahead_t_lookahead(p, 1)) {
                a = subscript(p, mark, a, s, CTX_LOAD);
                continue;
            }
        }
        RBAIL;
        p->mark = m2;
        AstNode *g = r_genexp(p);
        RBAIL;
        if (g && ahead_t_lookahead(p, 1)) {
            AstNode *n = p_node(p, AST_CALL, mark);
            n->u.call.func = a;
            ast_list_push(p->arena, &n->u.call.args, g);
            a = n;
            continue;
        }
        RBAIL;
        p->mark = m2;
        if (p_expect(p, TK_LPAR)) {
            AstNode *args = r_arguments(p);
            RBAIL;
            if (p_expect(p, TK_RPAR) && ahead_t_lookahead(p, 1)) {
                AstNode *n = p_node(p, AST_CALL, mark);
                n->u.call.func = a;
                if (args) {
                    n->u.call.args = args->u.call.args;
                    n->u.call.keywords = args->u.call.keywords;
                }
                a = n;
                continue;
            }
        }
        RBAIL;
        p->mark = m2;
        break;
    }
    return a;
}

/* The two forms shared by target_with_star_atom, single_subscript_
 * attribute_target and del_target:
 *     | t_primary '.' NAME !t_lookahead
 *     | t_primary '[' slices ']' !t_lookahead */
static AstNode *attr_or_subscript_target(Parser *p, AstCtx ctx)
{
    int mark = p->mark;
    AstNode *a = r_t_primary(p);
    if (a) {
        Token *name;
        if (p_expect(p, TK_DOT) && (name = p_name_tok(p)) && ahead_t_lookahead(p, 0))
            return attribute(p, mark, a, name, ctx);
    }
    if (p->error)
        return NULL;
    p->mark = mark;
    a = r_t_primary(p);
    if (a && p_expect(p, TK_LSQB)) {
        AstNode *s = r_slices(p);
        if (p->error)
            return NULL;
        if (s && p_expect(p, TK_RSQB) && ahead_t_lookahead(p, 0))
            return subscript(p, mark, a, s, ctx);
    }
    p->mark = mark;
    return NULL;
}

AstNode *r_single_subscript_attribute_target(Parser *p)
{
    ENTER;
    LEAVE(attr_or_subscript_target(p, CTX_STORE));
}

/* star_targets_tuple_seq:
 *     | star_target (',' star_target)+ [','] | star_target ','
 * star_targets_list_seq: ','.star_target+ [',']
 * Both parse the same way: a comma-separated run with optional trailing
 * comma; for tuples a single element needs the comma. */
static AstList *star_target_seq(Parser *p, int tuple)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = r_star_target(p);
    if (!a)
        FAIL;
    AstList *l = p_list(p);
    ast_list_push(p->arena, l, a);
    int trailing = 0;
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        AstNode *b = r_star_target(p);
        BAIL;
        if (!b) {
            p->mark = m2;
            trailing = p_expect(p, TK_COMMA) != NULL;
            break;
        }
        ast_list_push(p->arena, l, b);
    }
    BAIL;
    if (tuple && l->n == 1 && !trailing)
        FAIL;
    LEAVE(l);
}

/* star_atom:
 *     | NAME
 *     | '(' target_with_star_atom ')'
 *     | '(' [star_targets_tuple_seq] ')'
 *     | '[' [star_targets_list_seq] ']' */
AstNode *r_target_with_star_atom(Parser *p);

static AstNode *star_atom(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *n = p_name(p);
    if (n)
        LEAVE(p_set_ctx(p, n, CTX_STORE));
    BAIL;
    if (p_expect(p, TK_LPAR)) {
        AstNode *a = r_target_with_star_atom(p);
        BAIL;
        if (a && p_expect(p, TK_RPAR))
            LEAVE(p_set_ctx(p, a, CTX_STORE));
    }
    BAIL;
    ALT;
    if (p_expect(p, TK_LPAR)) {
        AstList *a = star_target_seq(p, 1);
        BAIL;
        if (p_expect(p, TK_RPAR)) {
            AstNode *t = p_node(p, AST_TUPLE, mark);
            if (a)
                t->u.seq.elts = *a;
            t->u.seq.ctx = CTX_STORE;
            LEAVE(t);
        }
    }
    BAIL;
    ALT;
    if (p_expect(p, TK_LSQB)) {
        AstList *a = star_target_seq(p, 0);
        BAIL;
        if (p_expect(p, TK_RSQB)) {
            AstNode *t = p_node(p, AST_LIST, mark);
            if (a)
                t->u.seq.elts = *a;
            t->u.seq.ctx = CTX_STORE;
            LEAVE(t);
        }
    }
    BAIL;
    FAIL;
}

/* target_with_star_atom: t_primary '.' NAME !t_lookahead
 *     | t_primary '[' slices ']' !t_lookahead | star_atom */
MEMO_RULE(AstNode *, target_with_star_atom, M_TARGET_WITH_STAR_ATOM)
static AstNode *target_with_star_atom_raw(Parser *p)
{
    AstNode *a = attr_or_subscript_target(p, CTX_STORE);
    if (a || p->error)
        return a;
    return star_atom(p);
}

/* star_target: '*' (!'*' star_target) | target_with_star_atom */
MEMO_RULE(AstNode *, star_target, M_STAR_TARGET)
static AstNode *star_target_raw(Parser *p)
{
    int mark = p->mark;
    if (p_expect(p, TK_STAR)) {
        if (p_ahead(p, 0, TK_STAR)) {
            AstNode *a = r_star_target(p);
            RBAIL;
            if (a) {
                AstNode *n = p_node(p, AST_STARRED, mark);
                n->u.starred.value = p_set_ctx(p, a, CTX_STORE);
                n->u.starred.ctx = CTX_STORE;
                return n;
            }
        }
    }
    RBAIL;
    ALT;
    AstNode *a = r_target_with_star_atom(p);
    RBAIL;
    if (a)
        return a;
    RFAIL;
}

/* star_targets: star_target !',' | star_target (',' star_target)* [','] */
AstNode *r_star_targets(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = r_star_target(p);
    if (!a)
        FAIL;
    if (p_ahead(p, 0, TK_COMMA))
        LEAVE(a);
    BAIL;
    AstList elts = {0};
    ast_list_push(p->arena, &elts, a);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        AstNode *b = r_star_target(p);
        BAIL;
        if (!b) {
            p->mark = m2;
            break;
        }
        ast_list_push(p->arena, &elts, b);
    }
    BAIL;
    p_expect(p, TK_COMMA);
    BAIL;
    AstNode *t = p_node(p, AST_TUPLE, mark);
    t->u.seq.elts = elts;
    t->u.seq.ctx = CTX_STORE;
    LEAVE(t);
}

/* single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
AstNode *r_single_target(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = attr_or_subscript_target(p, CTX_STORE);
    BAIL;
    if (a)
        LEAVE(a);
    AstNode *n = p_name(p);
    if (n)
        LEAVE(p_set_ctx(p, n, CTX_STORE));
    BAIL;
    if (p_expect(p, TK_LPAR)) {
        a = r_single_target(p);
        BAIL;
        if (a && p_expect(p, TK_RPAR))
            LEAVE(a);
    }
    BAIL;
    FAIL;
}

/* del_t_atom:
 *     | NAME
 *     | '(' del_target ')'
 *     | '(' [del_targets] ')'
 *     | '[' [del_targets] ']' */
AstNode *r_del_target(Parser *p);

static AstNode *del_t_atom(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *n = p_name(p);
    if (n)
        LEAVE(p_set_ctx(p, n, CTX_DEL));
    BAIL;
    if (p_expect(p, TK_LPAR)) {
        AstNode *a = r_del_target(p);
        BAIL;
        if (a && p_expect(p, TK_RPAR))
            LEAVE(p_set_ctx(p, a, CTX_DEL));
    }
    BAIL;
    for (int alt = 0; alt < 2; alt++) {
        ALT;
        if (!p_expect(p, alt ? TK_LSQB : TK_LPAR))
            continue;
        AstList *a = r_del_targets(p);
        BAIL;
        if (p_expect(p, alt ? TK_RSQB : TK_RPAR)) {
            AstNode *t = p_node(p, alt ? AST_LIST : AST_TUPLE, mark);
            if (a)
                t->u.seq.elts = *a;
            t->u.seq.ctx = CTX_DEL;
            LEAVE(t);
        }
    }
    BAIL;
    FAIL;
}

/* del_target: t_primary '.' NAME !t_lookahead
 *     | t_primary '[' slices ']' !t_lookahead | del_t_atom */
MEMO_RULE(AstNode *, del_target, M_DEL_TARGET)
static AstNode *del_target_raw(Parser *p)
{
    AstNode *a = attr_or_subscript_target(p, CTX_DEL);
    if (a || p->error)
        return a;
    return del_t_atom(p);
}

/* del_targets: ','.del_target+ [','] */
AstList *r_del_targets(Parser *p)
{
    ENTER;
    AstNode *a = r_del_target(p);
    if (!a)
        LEAVE(NULL);
    AstList *l = p_list(p);
    ast_list_push(p->arena, l, a);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        a = r_del_target(p);
        BAIL;
        if (!a) {
            p->mark = m2;
            break;
        }
        ast_list_push(p->arena, l, a);
    }
    BAIL;
    p_expect(p, TK_COMMA);
    BAIL;
    LEAVE(l);
}

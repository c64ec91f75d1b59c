/* parser_stmt.c - start rules and simple statements. */
#include "parser_rules.h"

#include <string.h>

static AstNode *r_compound_stmt(Parser *p);
static AstList *r_simple_stmts(Parser *p);
AstNode *r_simple_stmt(Parser *p);

static AstModule *new_module(Parser *p, ParseMode mode)
{
    AstModule *m = ast_alloc(p->arena, sizeof *m);
    m->mode = mode;
    return m;
}

/* file: [statements] ENDMARKER */
void *r_file(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstList *a = r_statements(p);
    BAIL;
    if (p_expect(p, TK_ENDMARKER)) {
        AstModule *m = new_module(p, PARSE_FILE);
        if (a)
            m->body = *a;
        LEAVE(m);
    }
    FAIL;
}

/* statement_newline:
 *     | single_compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER */
static AstList *r_statement_newline(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *c = r_compound_stmt(p);
    BAIL;
    if (c && p_expect(p, TK_NEWLINE)) {
        AstList *l = p_list(p);
        ast_list_push(p->arena, l, c);
        LEAVE(l);
    }
    ALT;
    AstList *s = r_simple_stmts(p);
    BAIL;
    if (s)
        LEAVE(s);
    ALT;
    if (p_expect(p, TK_NEWLINE)) {
        AstList *l = p_list(p);
        ast_list_push(p->arena, l, p_node(p, AST_PASS, mark));
        LEAVE(l);
    }
    BAIL;
    if (p_expect(p, TK_ENDMARKER)) {
        /* end of input: an empty interactive statement */
        LEAVE(p_list(p));
    }
    FAIL;
}

void *r_interactive(Parser *p)
{
    ENTER;
    AstList *a = r_statement_newline(p);
    if (!a)
        LEAVE(NULL);
    AstModule *m = new_module(p, PARSE_SINGLE);
    m->body = *a;
    LEAVE(m);
}

/* eval: expressions NEWLINE* ENDMARKER */
void *r_eval(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *e = r_expressions(p);
    BAIL;
    if (e) {
        while (p_expect(p, TK_NEWLINE))
            ;
        BAIL;
        if (p_expect(p, TK_ENDMARKER)) {
            AstModule *m = new_module(p, PARSE_EVAL);
            AstNode *x = p_node_at(p, AST_EXPR, loc_node(e));
            x->u.expr.value = e;
            ast_list_push(p->arena, &m->body, x);
            LEAVE(m);
        }
    }
    FAIL;
}

/* statements: statement+ ; statement: compound_stmt | simple_stmts */
AstList *r_statements(Parser *p)
{
    ENTER;
    AstList *out = NULL;
    for (;;) {
        int mark = p->mark;
        AstNode *c = r_compound_stmt(p);
        BAIL;
        if (c) {
            if (!out)
                out = p_list(p);
            ast_list_push(p->arena, out, c);
            continue;
        }
        p->mark = mark;
        AstList *s = r_simple_stmts(p);
        BAIL;
        if (!s) {
            p->mark = mark;
            break;
        }
        if (!out)
            out = p_list(p);
        for (int i = 0; i < s->n; i++)
            ast_list_push(p->arena, out, s->items[i]);
    }
    LEAVE(out);
}

/* An unsupported construct recognized where CPython would parse it:
 * match statements. The check runs where compound_stmt tries match_stmt,
 * so code using "match" as a name is unaffected. */
static AstNode *r_match_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *m = p_peek(p);
    if (!p_soft_keyword(p, "match", 1))
        FAIL;
    AstNode *s = r_subject_expr(p);
    BAIL;
    if (s && p_expect(p, TK_COLON) && p_expect(p, TK_NEWLINE))
        LEAVE(p_raise_loc(p, loc_tok(m), "match statements are not supported"));
    BAIL;
    if (INVALID) {
        p->mark = mark + 1;
        s = r_subject_expr(p);
        BAIL;
        if (s && p_expect(p, TK_NEWLINE))
            LEAVE(p_raise(p, SYNERR_SYNTAX, 0, "expected ':'"));
    }
    FAIL;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
AstNode *r_subject_expr(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *v = r_star_named_expression(p);
    BAIL;
    if (v && p_expect(p, TK_COMMA)) {
        AstList *rest = r_star_named_expressions(p);
        BAIL;
        AstNode *t = p_node(p, AST_TUPLE, mark);
        ast_list_push(p->arena, &t->u.seq.elts, v);
        if (rest)
            for (int i = 0; i < rest->n; i++)
                ast_list_push(p->arena, &t->u.seq.elts, rest->items[i]);
        LEAVE(t);
    }
    ALT;
    AstNode *e = r_named_expression(p);
    BAIL;
    if (e)
        LEAVE(e);
    FAIL;
}

static AstNode *r_compound_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *t = p_peek(p);
    if (!t)
        LEAVE(NULL);
    AstNode *r;
    int ty = t->type;
    if (ty == KW_DEF || ty == TK_AT || ty == KW_ASYNC) {
        r = r_function_def(p);
        BAIL;
        if (r)
            LEAVE(r);
        ALT;
    }
    if (ty == KW_IF) {
        r = r_if_stmt(p);
        BAIL;
        if (r)
            LEAVE(r);
        ALT;
    }
    if (ty == KW_CLASS || ty == TK_AT) {
        r = r_class_def(p);
        BAIL;
        if (r)
            LEAVE(r);
        ALT;
    }
    if (ty == KW_WITH || ty == KW_ASYNC) {
        r = r_with_stmt(p);
        BAIL;
        if (r)
            LEAVE(r);
        ALT;
    }
    if (ty == KW_FOR || ty == KW_ASYNC) {
        r = r_for_stmt(p);
        BAIL;
        if (r)
            LEAVE(r);
        ALT;
    }
    if (ty == KW_TRY) {
        r = r_try_stmt(p);
        BAIL;
        if (r)
            LEAVE(r);
        ALT;
    }
    if (ty == KW_WHILE) {
        r = r_while_stmt(p);
        BAIL;
        if (r)
            LEAVE(r);
        ALT;
    }
    r = r_match_stmt(p);
    BAIL;
    if (r)
        LEAVE(r);
    FAIL;
}

/* simple_stmts:
 *     | simple_stmt !';' NEWLINE
 *     | ';'.simple_stmt+ [';'] NEWLINE */
static AstList *r_simple_stmts(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *s = r_simple_stmt(p);
    BAIL;
    if (s && p_ahead(p, 0, TK_SEMI) && p_expect(p, TK_NEWLINE)) {
        AstList *l = p_list(p);
        ast_list_push(p->arena, l, s);
        LEAVE(l);
    }
    BAIL;
    ALT;
    AstList *l = NULL;
    s = r_simple_stmt(p);
    BAIL;
    if (!s)
        FAIL;
    l = p_list(p);
    ast_list_push(p->arena, l, s);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_SEMI))
            break;
        s = r_simple_stmt(p);
        BAIL;
        if (!s) {
            p->mark = m2;
            break;
        }
        ast_list_push(p->arena, l, s);
    }
    BAIL;
    p_expect(p, TK_SEMI);
    if (p_expect(p, TK_NEWLINE))
        LEAVE(l);
    FAIL;
}

static AstNode *r_assignment(Parser *p);
static AstNode *r_return_stmt(Parser *p);
static AstNode *r_import_stmt(Parser *p);
static AstNode *r_raise_stmt(Parser *p);
static AstNode *r_del_stmt(Parser *p);
static AstNode *r_assert_stmt(Parser *p);
static AstNode *r_global_stmt(Parser *p, int nonlocal);

/* "type X = ..." (PEP 695) is recognized but not supported. */
static AstNode *r_type_alias(Parser *p)
{
    int mark = p->mark;
    Token *t = p_peek(p);
    if (p_soft_keyword(p, "type", 1) && p_name_tok(p) &&
        (p_ahead(p, 1, TK_EQUAL) || p_ahead(p, 1, TK_LSQB)))
        return p_raise_loc(p, loc_tok(t), "'type' statements are not supported");
    p->mark = mark;
    return NULL;
}

MEMO_RULE(AstNode *, simple_stmt, M_SIMPLE_STMT)
static AstNode *simple_stmt_raw(Parser *p)
{
    int mark = p->mark;
    AstNode *r = r_assignment(p);
    RBAIL;
    if (r)
        return r;
    ALT;
    if (p_soft_keyword(p, "type", 0)) {
        r_type_alias(p);
        RBAIL;
        ALT;
    }
    AstNode *e = r_star_expressions(p);
    RBAIL;
    if (e) {
        AstNode *x = p_node(p, AST_EXPR, mark);
        x->u.expr.value = e;
        return x;
    }
    ALT;
    Token *t = p_peek(p);
    if (!t)
        return NULL;
    switch (t->type) {
    case KW_RETURN:
        r = r_return_stmt(p);
        break;
    case KW_IMPORT:
    case KW_FROM:
        r = r_import_stmt(p);
        break;
    case KW_RAISE:
        r = r_raise_stmt(p);
        break;
    case KW_PASS:
        p->mark++;
        return p_node(p, AST_PASS, mark);
    case KW_DEL:
        r = r_del_stmt(p);
        break;
    case KW_YIELD:
        r = r_yield_expr(p);
        if (r) {
            AstNode *x = p_node(p, AST_EXPR, mark);
            x->u.expr.value = r;
            r = x;
        }
        break;
    case KW_ASSERT:
        r = r_assert_stmt(p);
        break;
    case KW_BREAK:
        p->mark++;
        return p_node(p, AST_BREAK, mark);
    case KW_CONTINUE:
        p->mark++;
        return p_node(p, AST_CONTINUE, mark);
    case KW_GLOBAL:
        r = r_global_stmt(p, 0);
        break;
    case KW_NONLOCAL:
        r = r_global_stmt(p, 1);
        break;
    default:
        r = NULL;
    }
    RBAIL;
    if (r)
        return r;
    RFAIL;
}

/* augassign: '+=' | '-=' | ... ; the operator or -1 */
static int augassign(Parser *p)
{
    Token *t = p_peek(p);
    if (!t)
        return -1;
    int op;
    switch (t->type) {
    case TK_PLUSEQUAL: op = OP_ADD; break;
    case TK_MINEQUAL: op = OP_SUB; break;
    case TK_STAREQUAL: op = OP_MULT; break;
    case TK_ATEQUAL: op = OP_MATMULT; break;
    case TK_SLASHEQUAL: op = OP_DIV; break;
    case TK_PERCENTEQUAL: op = OP_MOD; break;
    case TK_AMPEREQUAL: op = OP_BITAND; break;
    case TK_VBAREQUAL: op = OP_BITOR; break;
    case TK_CIRCUMFLEXEQUAL: op = OP_BITXOR; break;
    case TK_LEFTSHIFTEQUAL: op = OP_LSHIFT; break;
    case TK_RIGHTSHIFTEQUAL: op = OP_RSHIFT; break;
    case TK_DOUBLESTAREQUAL: op = OP_POW; break;
    case TK_DOUBLESLASHEQUAL: op = OP_FLOORDIV; break;
    default: return -1;
    }
    p->mark++;
    return op;
}

/* annotated_rhs: yield_expr | star_expressions */
AstNode *r_annotated_rhs(Parser *p)
{
    ENTER;
    AstNode *r = r_yield_expr(p);
    BAIL;
    if (r)
        LEAVE(r);
    r = r_star_expressions(p);
    LEAVE(r);
}

static AstNode *ann_assign(Parser *p, int mark, AstNode *target, int simple)
{
    if (!target || !p_expect(p, TK_COLON))
        return NULL;
    AstNode *ann = r_expression(p);
    if (!ann)
        return NULL;
    AstNode *value = NULL;
    int m2 = p->mark;
    if (p_expect(p, TK_EQUAL)) {
        value = r_annotated_rhs(p);
        if (p->error)
            return NULL;
        if (!value)
            p->mark = m2;
    }
    if (p->error)
        return NULL;
    AstNode *n = p_node(p, AST_ANNASSIGN, mark);
    n->u.annassign.target = target;
    n->u.annassign.annotation = ann;
    n->u.annassign.value = value;
    n->u.annassign.simple = simple;
    return n;
}

/* assignment:
 *     | NAME ':' expression ['=' annotated_rhs]
 *     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
 *     | (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
 *     | single_target augassign ~ annotated_rhs
 *     | invalid_assignment */
static AstNode *r_assignment(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = p_name(p);
    if (a) {
        AstNode *r = ann_assign(p, mark, p_set_ctx(p, a, CTX_STORE), 1);
        BAIL;
        if (r)
            LEAVE(r);
    }
    BAIL;
    ALT;
    AstNode *target = NULL;
    if (p_expect(p, TK_LPAR)) {
        AstNode *b = r_single_target(p);
        BAIL;
        if (b && p_expect(p, TK_RPAR))
            target = b;
    }
    BAIL;
    if (!target) {
        ALT;
        target = r_single_subscript_attribute_target(p);
        BAIL;
    }
    if (target) {
        AstNode *r = ann_assign(p, mark, target, 0);
        BAIL;
        if (r)
            LEAVE(r);
    }
    ALT;
    AstList targets = {0};
    for (;;) {
        int m2 = p->mark;
        AstNode *z = r_star_targets(p);
        BAIL;
        if (!z || !p_expect(p, TK_EQUAL)) {
            p->mark = m2;
            break;
        }
        ast_list_push(p->arena, &targets, z);
    }
    BAIL;
    if (targets.n) {
        AstNode *v = r_annotated_rhs(p);
        BAIL;
        if (v && p_ahead(p, 0, TK_EQUAL)) {
            p_peek(p); /* [TYPE_COMMENT] */
            AstNode *n = p_node(p, AST_ASSIGN, mark);
            n->u.assign.targets = targets;
            n->u.assign.value = v;
            LEAVE(n);
        }
        BAIL;
    }
    ALT;
    AstNode *st = r_single_target(p);
    BAIL;
    if (st) {
        int op = augassign(p);
        if (op >= 0) {
            AstNode *v = r_annotated_rhs(p);
            BAIL;
            if (!v)
                FAIL; /* cut: no other alternative */
            AstNode *n = p_node(p, AST_AUGASSIGN, mark);
            n->u.augassign.target = st;
            n->u.augassign.op = (AstOperator)op;
            n->u.augassign.value = v;
            LEAVE(n);
        }
        BAIL;
    }
    if (INVALID) {
        ALT;
        r_invalid_assignment(p);
        BAIL;
    }
    FAIL;
}

/* return_stmt: 'return' [star_expressions] */
static AstNode *r_return_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (!p_expect(p, KW_RETURN))
        FAIL;
    AstNode *v = r_star_expressions(p);
    BAIL;
    AstNode *n = p_node(p, AST_RETURN, mark);
    n->u.ret.value = v;
    LEAVE(n);
}

/* raise_stmt: 'raise' expression ['from' expression] | 'raise' */
static AstNode *r_raise_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (!p_expect(p, KW_RAISE))
        FAIL;
    AstNode *e = r_expression(p);
    BAIL;
    AstNode *cause = NULL;
    if (e) {
        int m2 = p->mark;
        if (p_expect(p, KW_FROM)) {
            cause = r_expression(p);
            BAIL;
            if (!cause)
                p->mark = m2;
        }
        BAIL;
    }
    AstNode *n = p_node(p, AST_RAISE, mark);
    n->u.raise.exc = e;
    n->u.raise.cause = cause;
    LEAVE(n);
}

/* global_stmt: 'global' ','.NAME+ ; nonlocal_stmt likewise */
static AstNode *r_global_stmt(Parser *p, int nonlocal)
{
    ENTER;
    int mark = p->mark;
    if (!p_expect(p, nonlocal ? KW_NONLOCAL : KW_GLOBAL))
        FAIL;
    PList names = {0};
    Token *t = p_name_tok(p);
    if (!t)
        FAIL;
    plist_push(p, &names, t);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        t = p_name_tok(p);
        if (!t) {
            p->mark = m2;
            break;
        }
        plist_push(p, &names, t);
    }
    BAIL;
    AstNode *n = p_node(p, nonlocal ? AST_NONLOCAL : AST_GLOBAL, mark);
    n->u.global.n = names.n;
    n->u.global.names = ast_alloc(p->arena, (size_t)names.n * sizeof(char *));
    for (int i = 0; i < names.n; i++) {
        Token *nt = names.items[i];
        n->u.global.names[i] = p_ident(p, nt);
    }
    LEAVE(n);
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
static AstNode *r_del_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, KW_DEL)) {
        AstList *t = r_del_targets(p);
        BAIL;
        if (t && (p_ahead(p, 1, TK_SEMI) || p_ahead(p, 1, TK_NEWLINE))) {
            AstNode *n = p_node(p, AST_DELETE, mark);
            n->u.del.targets = *t;
            LEAVE(n);
        }
        BAIL;
    }
    if (INVALID) {
        ALT;
        r_invalid_del_stmt(p);
        BAIL;
    }
    FAIL;
}

/* assert_stmt: 'assert' expression [',' expression] */
static AstNode *r_assert_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (!p_expect(p, KW_ASSERT))
        FAIL;
    AstNode *t = r_expression(p);
    BAIL;
    if (!t)
        FAIL;
    AstNode *msg = NULL;
    int m2 = p->mark;
    if (p_expect(p, TK_COMMA)) {
        msg = r_expression(p);
        BAIL;
        if (!msg)
            p->mark = m2;
    }
    BAIL;
    AstNode *n = p_node(p, AST_ASSERT, mark);
    n->u.assert_.test = t;
    n->u.assert_.msg = msg;
    LEAVE(n);
}

/* ---- imports ---- */

static AstNode *make_alias(Parser *p, int mark, const char *name, Token *as)
{
    AstNode *n = p_node(p, AST_ALIAS, mark);
    n->u.alias.name = name;
    n->u.alias.asname = as ? p_ident(p, as) : NULL;
    return n;
}

/* ['as' NAME]: the NAME token, or NULL with the mark unchanged */
static Token *opt_as_name(Parser *p)
{
    int mark = p->mark;
    if (p_expect(p, KW_AS)) {
        Token *t = p_name_tok(p);
        if (t)
            return t;
    }
    p->mark = mark;
    return NULL;
}

/* dotted_name: dotted_name '.' NAME | NAME */
AstNode *r_dotted_name(Parser *p)
{
    ENTER;
    AstNode *a = p_name(p);
    if (!a)
        LEAVE(NULL);
    for (;;) {
        int m2 = p->mark;
        Token *b;
        if (!p_expect(p, TK_DOT) || !(b = p_name_tok(p))) {
            p->mark = m2;
            break;
        }
        a = p_join_dotted(p, a, b);
    }
    BAIL;
    LEAVE(a);
}

/* dotted_as_name: dotted_name ['as' NAME] */
static AstNode *r_dotted_as_name(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *d = r_dotted_name(p);
    if (!d)
        LEAVE(NULL);
    Token *as = opt_as_name(p);
    BAIL;
    LEAVE(make_alias(p, mark, d->u.name.id, as));
}

/* import_name: 'import' dotted_as_names */
static AstNode *r_import_name(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (!p_expect(p, KW_IMPORT))
        FAIL;
    AstNode *a = r_dotted_as_name(p);
    BAIL;
    if (!a)
        FAIL;
    AstList names = {0};
    ast_list_push(p->arena, &names, a);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        a = r_dotted_as_name(p);
        BAIL;
        if (!a) {
            p->mark = m2;
            break;
        }
        ast_list_push(p->arena, &names, a);
    }
    BAIL;
    AstNode *n = p_node(p, AST_IMPORT, mark);
    n->u.import.names = names;
    LEAVE(n);
}

/* import_from_as_name: NAME ['as' NAME] */
static AstNode *r_import_from_as_name(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *t = p_name_tok(p);
    if (!t)
        LEAVE(NULL);
    Token *as = opt_as_name(p);
    BAIL;
    LEAVE(make_alias(p, mark, p_ident(p, t), as));
}

/* import_from_as_names: ','.import_from_as_name+ */
AstList *r_import_from_as_names(Parser *p)
{
    ENTER;
    AstNode *a = r_import_from_as_name(p);
    if (!a)
        LEAVE(NULL);
    AstList *l = p_list(p);
    ast_list_push(p->arena, l, a);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        a = r_import_from_as_name(p);
        BAIL;
        if (!a) {
            p->mark = m2;
            break;
        }
        ast_list_push(p->arena, l, a);
    }
    BAIL;
    LEAVE(l);
}

/* import_from_targets:
 *     | '(' import_from_as_names [','] ')'
 *     | import_from_as_names !','
 *     | '*'
 *     | invalid_import_from_targets */
static AstList *r_import_from_targets(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_LPAR)) {
        AstList *a = r_import_from_as_names(p);
        BAIL;
        if (a) {
            p_expect(p, TK_COMMA);
            if (p_expect(p, TK_RPAR))
                LEAVE(a);
        }
        BAIL;
    }
    ALT;
    AstList *a = r_import_from_as_names(p);
    BAIL;
    if (a && p_ahead(p, 0, TK_COMMA))
        LEAVE(a);
    BAIL;
    ALT;
    if (p_expect(p, TK_STAR)) {
        AstList *l = p_list(p);
        ast_list_push(p->arena, l, make_alias(p, mark, "*", NULL));
        LEAVE(l);
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_import_from_targets(p);
        BAIL;
    }
    FAIL;
}

/* leading dots of a relative import ('.' or '...' tokens) */
static int import_dots(Parser *p)
{
    int n = 0;
    for (;;) {
        if (p_expect(p, TK_DOT))
            n++;
        else if (p_expect(p, TK_ELLIPSIS))
            n += 3;
        else
            return n;
    }
}

/* import_from:
 *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *     | 'from' ('.' | '...')+ 'import' import_from_targets */
static AstNode *r_import_from(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, KW_FROM)) {
        int level = import_dots(p);
        BAIL;
        AstNode *b = r_dotted_name(p);
        BAIL;
        if (b && p_expect(p, KW_IMPORT)) {
            AstList *c = r_import_from_targets(p);
            BAIL;
            if (c) {
                AstNode *n = p_node(p, AST_IMPORTFROM, mark);
                n->u.importfrom.module = b->u.name.id;
                n->u.importfrom.names = *c;
                n->u.importfrom.level = level;
                LEAVE(n);
            }
        }
        BAIL;
    }
    ALT;
    if (p_expect(p, KW_FROM)) {
        int level = import_dots(p);
        BAIL;
        if (level > 0 && p_expect(p, KW_IMPORT)) {
            AstList *c = r_import_from_targets(p);
            BAIL;
            if (c) {
                AstNode *n = p_node(p, AST_IMPORTFROM, mark);
                n->u.importfrom.names = *c;
                n->u.importfrom.level = level;
                LEAVE(n);
            }
        }
        BAIL;
    }
    FAIL;
}

/* import_stmt: invalid_import | import_name | import_from */
static AstNode *r_import_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_import(p);
        BAIL;
        ALT;
    }
    AstNode *r = r_import_name(p);
    BAIL;
    if (r)
        LEAVE(r);
    ALT;
    r = r_import_from(p);
    BAIL;
    if (r)
        LEAVE(r);
    FAIL;
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
MEMO_RULE(AstList *, block, M_BLOCK)
static AstList *block_raw(Parser *p)
{
    int mark = p->mark;
    if (p_expect(p, TK_NEWLINE) && p_expect(p, TK_INDENT)) {
        AstList *a = r_statements(p);
        RBAIL;
        if (a && p_expect(p, TK_DEDENT))
            return a;
    }
    RBAIL;
    ALT;
    AstList *s = r_simple_stmts(p);
    RBAIL;
    if (s)
        return s;
    if (INVALID) {
        ALT;
        r_invalid_block(p);
        RBAIL;
    }
    RFAIL;
}

/* parser_compound.c - compound statements: def, class, if, while, for,
 * with, try. */
#include "parser_rules.h"

#include <string.h>

/* decorators: ('@' named_expression NEWLINE)+ */
static AstList *r_decorators(Parser *p)
{
    ENTER;
    AstList *l = NULL;
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_AT))
            break;
        AstNode *f = r_named_expression(p);
        BAIL;
        if (!f || !p_expect(p, TK_NEWLINE)) {
            p->mark = m2;
            break;
        }
        if (!l)
            l = p_list(p);
        ast_list_push(p->arena, l, f);
    }
    BAIL;
    LEAVE(l);
}

/* PEP 695 type parameters after a def/class name are recognized but not
 * supported. */
static int reject_type_params(Parser *p)
{
    Token *t = p_peek(p);
    if (t && t->type == TK_LSQB) {
        p_raise_loc(p, loc_tok(t), "type parameter lists are not supported");
        return 1;
    }
    return 0;
}

/* class_def_raw:
 *     | invalid_class_def_raw
 *     | 'class' NAME ['(' [arguments] ')'] ':' block */
static AstNode *r_class_def_raw(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_class_def_raw(p);
        BAIL;
        ALT;
    }
    if (!p_expect(p, KW_CLASS))
        FAIL;
    Token *name = p_name_tok(p);
    if (!name)
        FAIL;
    if (reject_type_params(p))
        LEAVE(NULL);
    AstNode *call = NULL;
    int m2 = p->mark;
    if (p_expect(p, TK_LPAR)) {
        call = r_arguments(p);
        BAIL;
        if (!call)
            call = P_OK;
        if (!p_expect(p, TK_RPAR)) {
            call = NULL;
            p->mark = m2;
        }
    }
    BAIL;
    if (!p_expect(p, TK_COLON))
        FAIL;
    AstList *body = r_block(p);
    BAIL;
    if (!body)
        FAIL;
    AstNode *n = p_node(p, AST_CLASSDEF, mark);
    n->u.cls.name = p_ident(p, name);
    if (call && call != P_OK) {
        n->u.cls.bases = call->u.call.args;
        n->u.cls.keywords = call->u.call.keywords;
    }
    n->u.cls.body = *body;
    LEAVE(n);
}

static AstNode *with_decorators(Parser *p, AstNode *def, AstList *d)
{
    AstNode *n = ast_alloc(p->arena, sizeof *n);
    *n = *def;
    if (n->kind == AST_CLASSDEF)
        n->u.cls.decorators = *d;
    else
        n->u.fn.decorators = *d;
    return n;
}

/* class_def: decorators class_def_raw | class_def_raw */
AstNode *r_class_def(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstList *d = r_decorators(p);
    BAIL;
    if (d) {
        AstNode *c = r_class_def_raw(p);
        BAIL;
        if (c)
            LEAVE(with_decorators(p, c, d));
    }
    ALT;
    AstNode *c = r_class_def_raw(p);
    BAIL;
    if (c)
        LEAVE(c);
    FAIL;
}

/* function_def_raw:
 *     | invalid_def_raw
 *     | ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block */
static AstNode *r_function_def_raw(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_def_raw(p);
        BAIL;
        ALT;
    }
    for (int is_async = 0; is_async < 2; is_async++) {
        ALT;
        if (is_async && !p_expect(p, KW_ASYNC))
            continue;
        if (!p_expect(p, KW_DEF))
            continue;
        Token *name = p_name_tok(p);
        if (!name)
            continue;
        if (reject_type_params(p))
            LEAVE(NULL);
        if (!p_expect_forced(p, TK_LPAR, "("))
            LEAVE(NULL);
        AstNode *params = r_params(p);
        BAIL;
        if (!p_expect(p, TK_RPAR))
            continue;
        AstNode *ret = NULL;
        int m2 = p->mark;
        if (p_expect(p, TK_RARROW)) {
            ret = r_expression(p);
            BAIL;
            if (!ret)
                p->mark = m2;
        }
        BAIL;
        if (!p_expect_forced(p, TK_COLON, ":"))
            LEAVE(NULL);
        /* [func_type_comment]: a NEWLINE then a TYPE_COMMENT never comes */
        int m3 = p->mark;
        if (p_expect(p, TK_NEWLINE))
            p_peek(p);
        p->mark = m3;
        BAIL;
        AstList *body = r_block(p);
        BAIL;
        if (!body)
            continue;
        AstNode *n = p_node(p, AST_FUNCTIONDEF, mark);
        n->u.fn.name = p_ident(p, name);
        n->u.fn.args = params ? params : p_empty_arguments(p);
        n->u.fn.body = *body;
        n->u.fn.returns = ret;
        n->u.fn.is_async = is_async;
        LEAVE(n);
    }
    BAIL;
    FAIL;
}

/* function_def: decorators function_def_raw | function_def_raw */
AstNode *r_function_def(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstList *d = r_decorators(p);
    BAIL;
    if (d) {
        AstNode *f = r_function_def_raw(p);
        BAIL;
        if (f)
            LEAVE(with_decorators(p, f, d));
    }
    ALT;
    AstNode *f = r_function_def_raw(p);
    BAIL;
    if (f)
        LEAVE(f);
    FAIL;
}

/* else_block: invalid_else_stmt | 'else' &&':' block */
static AstList *r_else_block(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_else_stmt(p);
        BAIL;
        ALT;
    }
    if (!p_expect(p, KW_ELSE))
        FAIL;
    if (!p_expect_forced(p, TK_COLON, ":"))
        LEAVE(NULL);
    AstList *b = r_block(p);
    BAIL;
    if (b)
        LEAVE(b);
    FAIL;
}

/* if_stmt / elif_stmt:
 *     | invalid_if_stmt (invalid_elif_stmt)
 *     | KW named_expression ':' block elif_stmt
 *     | KW named_expression ':' block [else_block] */
static AstNode *r_if_like(Parser *p, int kw)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        if (kw == KW_IF)
            r_invalid_if_stmt(p);
        else
            r_invalid_elif_stmt(p);
        BAIL;
        ALT;
    }
    for (int alt = 0; alt < 2; alt++) {
        ALT;
        if (!p_expect(p, kw))
            FAIL;
        AstNode *test = r_named_expression(p);
        BAIL;
        if (!test || !p_expect(p, TK_COLON))
            continue;
        AstList *body = r_block(p);
        BAIL;
        if (!body)
            continue;
        AstNode *n;
        if (alt == 0) {
            AstNode *c = r_if_like(p, KW_ELIF);
            BAIL;
            if (!c)
                continue;
            n = p_node(p, AST_IF, mark);
            ast_list_push(p->arena, &n->u.if_.orelse, c);
        } else {
            AstList *e = r_else_block(p);
            BAIL;
            n = p_node(p, AST_IF, mark);
            if (e)
                n->u.if_.orelse = *e;
        }
        n->u.if_.test = test;
        n->u.if_.body = *body;
        LEAVE(n);
    }
    FAIL;
}

AstNode *r_if_stmt(Parser *p)
{
    return r_if_like(p, KW_IF);
}

/* while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
AstNode *r_while_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_while_stmt(p);
        BAIL;
        ALT;
    }
    if (!p_expect(p, KW_WHILE))
        FAIL;
    AstNode *test = r_named_expression(p);
    BAIL;
    if (!test || !p_expect(p, TK_COLON))
        FAIL;
    AstList *body = r_block(p);
    BAIL;
    if (!body)
        FAIL;
    AstList *e = r_else_block(p);
    BAIL;
    AstNode *n = p_node(p, AST_WHILE, mark);
    n->u.while_.test = test;
    n->u.while_.body = *body;
    if (e)
        n->u.while_.orelse = *e;
    LEAVE(n);
}

/* for_stmt:
 *     | invalid_for_stmt
 *     | ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *     | invalid_for_target */
AstNode *r_for_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_for_stmt(p);
        BAIL;
        ALT;
    }
    for (int is_async = 0; is_async < 2; is_async++) {
        ALT;
        if (is_async && !p_expect(p, KW_ASYNC))
            continue;
        if (!p_expect(p, KW_FOR))
            continue;
        AstNode *t = r_star_targets(p);
        BAIL;
        if (!t || !p_expect(p, KW_IN))
            continue;
        /* cut: past 'in' no other alternative is tried */
        AstNode *it = r_star_expressions(p);
        BAIL;
        if (!it || !p_expect(p, TK_COLON))
            FAIL;
        p_peek(p);
        AstList *body = r_block(p);
        BAIL;
        if (!body)
            FAIL;
        AstList *e = r_else_block(p);
        BAIL;
        AstNode *n = p_node(p, AST_FOR, mark);
        n->u.for_.target = t;
        n->u.for_.iter = it;
        n->u.for_.body = *body;
        if (e)
            n->u.for_.orelse = *e;
        n->u.for_.is_async = is_async;
        LEAVE(n);
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_for_target(p);
        BAIL;
    }
    FAIL;
}

/* with_item:
 *     | expression 'as' star_target &(',' | ')' | ':')
 *     | invalid_with_item
 *     | expression */
static AstNode *r_with_item(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *e = r_expression(p);
    BAIL;
    if (e && p_expect(p, KW_AS)) {
        AstNode *t = r_star_target(p);
        BAIL;
        if (t && (p_ahead(p, 1, TK_COMMA) || p_ahead(p, 1, TK_RPAR) || p_ahead(p, 1, TK_COLON))) {
            AstNode *w = ast_alloc(p->arena, sizeof *w);
            w->kind = AST_WITHITEM;
            w->u.withitem.context_expr = e;
            w->u.withitem.optional_vars = t;
            LEAVE(w);
        }
        BAIL;
    }
    if (INVALID) {
        ALT;
        r_invalid_with_item(p);
        BAIL;
    }
    ALT;
    e = r_expression(p);
    BAIL;
    if (!e)
        FAIL;
    AstNode *w = ast_alloc(p->arena, sizeof *w);
    w->kind = AST_WITHITEM;
    w->u.withitem.context_expr = e;
    LEAVE(w);
}

/* ','.with_item+ */
static AstList *with_items(Parser *p)
{
    AstNode *w = r_with_item(p);
    if (!w)
        return NULL;
    AstList *l = p_list(p);
    ast_list_push(p->arena, l, w);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        w = r_with_item(p);
        if (p->error)
            return NULL;
        if (!w) {
            p->mark = m2;
            break;
        }
        ast_list_push(p->arena, l, w);
    }
    return p->error ? NULL : l;
}

/* with_stmt:
 *     | invalid_with_stmt_indent
 *     | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | ['async'] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
 *     | invalid_with_stmt */
AstNode *r_with_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_with_stmt_indent(p);
        BAIL;
        ALT;
    }
    for (int alt = 0; alt < 4; alt++) {
        int is_async = alt >= 2, paren = !(alt & 1);
        ALT;
        if (is_async && !p_expect(p, KW_ASYNC))
            continue;
        if (!p_expect(p, KW_WITH))
            continue;
        if (paren && !p_expect(p, TK_LPAR))
            continue;
        AstList *items = with_items(p);
        BAIL;
        if (!items)
            continue;
        if (paren) {
            p_expect(p, TK_COMMA);
            if (!p_expect(p, TK_RPAR))
                continue;
        }
        if (!p_expect(p, TK_COLON))
            continue;
        p_peek(p); /* [TYPE_COMMENT] */
        AstList *body = r_block(p);
        BAIL;
        if (!body)
            continue;
        AstNode *n = p_node(p, AST_WITH, mark);
        n->u.with.items = *items;
        n->u.with.body = *body;
        n->u.with.is_async = is_async;
        LEAVE(n);
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_with_stmt(p);
        BAIL;
    }
    FAIL;
}

/* finally_block: invalid_finally_stmt | 'finally' &&':' block */
static AstList *r_finally_block(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_finally_stmt(p);
        BAIL;
        ALT;
    }
    if (!p_expect(p, KW_FINALLY))
        FAIL;
    if (!p_expect_forced(p, TK_COLON, ":"))
        LEAVE(NULL);
    AstList *b = r_block(p);
    BAIL;
    if (b)
        LEAVE(b);
    FAIL;
}

/* except_block:
 *     | invalid_except_stmt_indent
 *     | 'except' expression ['as' NAME] ':' block
 *     | 'except' ':' block
 *     | invalid_except_stmt
 * except_star_block (star=1):
 *     | invalid_except_star_stmt_indent
 *     | 'except' '*' expression ['as' NAME] ':' block
 *     | invalid_except_stmt */
AstNode *r_except_block(Parser *p, int star)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        if (star)
            r_invalid_except_star_stmt_indent(p);
        else
            r_invalid_except_stmt_indent(p);
        BAIL;
        ALT;
    }
    if (p_expect(p, KW_EXCEPT) && (!star || p_expect(p, TK_STAR))) {
        AstNode *e = r_expression(p);
        BAIL;
        if (e) {
            Token *as = NULL;
            int m2 = p->mark;
            if (p_expect(p, KW_AS) && !(as = p_name_tok(p)))
                p->mark = m2;
            BAIL;
            if (p_expect(p, TK_COLON)) {
                AstList *b = r_block(p);
                BAIL;
                if (b) {
                    AstNode *n = p_node(p, AST_EXCEPTHANDLER, mark);
                    n->u.handler.type = e;
                    n->u.handler.name = as ? p_ident(p, as) : NULL;
                    n->u.handler.body = *b;
                    LEAVE(n);
                }
            }
        }
    }
    BAIL;
    if (!star) {
        ALT;
        if (p_expect(p, KW_EXCEPT) && p_expect(p, TK_COLON)) {
            AstList *b = r_block(p);
            BAIL;
            if (b) {
                AstNode *n = p_node(p, AST_EXCEPTHANDLER, mark);
                n->u.handler.body = *b;
                LEAVE(n);
            }
        }
        BAIL;
    }
    if (INVALID) {
        ALT;
        r_invalid_except_stmt(p);
        BAIL;
    }
    FAIL;
}

/* one or more handlers of one kind */
static AstList *except_blocks(Parser *p, int star)
{
    AstList *l = NULL;
    for (;;) {
        AstNode *h = r_except_block(p, star);
        if (p->error)
            return NULL;
        if (!h)
            break;
        if (!l)
            l = p_list(p);
        ast_list_push(p->arena, l, h);
    }
    return l;
}

/* try_stmt:
 *     | invalid_try_stmt
 *     | 'try' &&':' block finally_block
 *     | 'try' &&':' block except_block+ [else_block] [finally_block]
 *     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
 * The last form (exception groups) is recognized but not supported. */
AstNode *r_try_stmt(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (INVALID) {
        r_invalid_try_stmt(p);
        BAIL;
        ALT;
    }
    for (int alt = 0; alt < 3; alt++) {
        ALT;
        if (!p_expect(p, KW_TRY))
            FAIL;
        if (!p_expect_forced(p, TK_COLON, ":"))
            LEAVE(NULL);
        AstList *body = r_block(p);
        BAIL;
        if (!body)
            continue;
        AstList *handlers = NULL, *orelse = NULL, *fin = NULL;
        if (alt == 0) {
            fin = r_finally_block(p);
            BAIL;
            if (!fin)
                continue;
        } else {
            int star_at = p->mark;
            handlers = except_blocks(p, alt == 2);
            BAIL;
            if (!handlers)
                continue;
            orelse = r_else_block(p);
            BAIL;
            fin = r_finally_block(p);
            BAIL;
            if (alt == 2 && !p->unsupported_set) {
                p->unsupported_set = 1;
                p->unsupported = loc_range(loc_tok(p->toks[star_at]), loc_tok(p->toks[star_at + 1]));
                p->unsupported_msg = "'except*' is not supported";
            }
        }
        AstNode *n = p_node(p, AST_TRY, mark);
        n->u.try_.body = *body;
        if (handlers)
            n->u.try_.handlers = *handlers;
        if (orelse)
            n->u.try_.orelse = *orelse;
        if (fin)
            n->u.try_.finalbody = *fin;
        LEAVE(n);
    }
    FAIL;
}

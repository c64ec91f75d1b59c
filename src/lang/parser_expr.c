/* parser_expr.c - expressions from the comma level down to primaries.
 * CPython's left-recursive rules (bitwise_or, sum, primary...) are loops
 * that extend the left operand while an operator follows. */
#include "parser_rules.h"

#include <string.h>

AstNode *r_conjunction(Parser *p);
AstNode *r_inversion(Parser *p);
static AstNode *r_comparison(Parser *p);
AstNode *r_factor(Parser *p);
static AstNode *r_power(Parser *p);
AstNode *r_await_primary(Parser *p);

/* The shape shared by expressions and star_expressions:
 *     | item (',' item)+ [','] -> Tuple
 *     | item ',' -> Tuple
 *     | item */
static AstNode *comma_list(Parser *p, AstNode *(*item)(Parser *))
{
    ENTER;
    int mark = p->mark;
    AstNode *a = item(p);
    if (!a)
        FAIL;
    AstList elts = {0};
    ast_list_push(p->arena, &elts, a);
    int trailing = 0;
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        AstNode *b = item(p);
        BAIL;
        if (!b) {
            p->mark = m2;
            trailing = p_expect(p, TK_COMMA) != NULL;
            break;
        }
        ast_list_push(p->arena, &elts, b);
    }
    BAIL;
    if (elts.n == 1 && !trailing)
        LEAVE(a);
    AstNode *t = p_node(p, AST_TUPLE, mark);
    t->u.seq.elts = elts;
    t->u.seq.ctx = CTX_LOAD;
    LEAVE(t);
}

AstNode *r_expressions(Parser *p)
{
    return comma_list(p, r_expression);
}

AstNode *r_star_expressions(Parser *p)
{
    return comma_list(p, r_star_expression);
}

/* expression:
 *     | invalid_expression
 *     | invalid_legacy_expression
 *     | disjunction 'if' disjunction 'else' expression
 *     | disjunction
 *     | lambdef */
MEMO_RULE(AstNode *, expression, M_EXPRESSION)
static AstNode *expression_raw(Parser *p)
{
    int mark = p->mark;
    if (INVALID) {
        r_invalid_expression(p);
        RBAIL;
        ALT;
        r_invalid_legacy_expression(p);
        RBAIL;
        ALT;
    }
    AstNode *a = r_disjunction(p);
    RBAIL;
    if (a) {
        if (p_expect(p, KW_IF)) {
            AstNode *b = r_disjunction(p);
            RBAIL;
            if (b && p_expect(p, KW_ELSE)) {
                AstNode *c = r_expression(p);
                RBAIL;
                if (c) {
                    AstNode *n = p_node(p, AST_IFEXP, mark);
                    n->u.ifexp.test = b;
                    n->u.ifexp.body = a;
                    n->u.ifexp.orelse = c;
                    return n;
                }
            }
        }
        RBAIL;
        ALT;
        a = r_disjunction(p);
        if (a)
            return a;
    }
    RBAIL;
    ALT;
    AstNode *l = r_lambdef(p);
    RBAIL;
    if (l)
        return l;
    RFAIL;
}

/* expression_without_invalid: the same without the invalid rules */
AstNode *r_expression_without_invalid(Parser *p)
{
    ENTER;
    int saved = p->invalid_pass;
    p->invalid_pass = 0;
    int mark = p->mark;
    AstNode *r = NULL;
    AstNode *a = r_disjunction(p);
    if (a && !p->error) {
        if (p_expect(p, KW_IF)) {
            AstNode *b = r_disjunction(p);
            if (b && p_expect(p, KW_ELSE)) {
                AstNode *c = r_expression(p);
                if (c) {
                    r = p_node(p, AST_IFEXP, mark);
                    r->u.ifexp.test = b;
                    r->u.ifexp.body = a;
                    r->u.ifexp.orelse = c;
                }
            }
        }
        if (!r && !p->error) {
            p->mark = mark;
            r = r_disjunction(p);
        }
    }
    if (!r && !p->error) {
        p->mark = mark;
        r = r_lambdef(p);
    }
    p->invalid_pass = saved;
    if (!r)
        p->mark = mark;
    LEAVE(r);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
AstNode *r_yield_expr(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, KW_YIELD) && p_expect(p, KW_FROM)) {
        AstNode *a = r_expression(p);
        BAIL;
        if (a) {
            AstNode *n = p_node(p, AST_YIELDFROM, mark);
            n->u.yield.value = a;
            LEAVE(n);
        }
    }
    BAIL;
    ALT;
    if (p_expect(p, KW_YIELD)) {
        AstNode *a = r_star_expressions(p);
        BAIL;
        AstNode *n = p_node(p, AST_YIELD, mark);
        n->u.yield.value = a;
        LEAVE(n);
    }
    FAIL;
}

static AstNode *starred(Parser *p, int mark, AstNode *v)
{
    AstNode *n = p_node(p, AST_STARRED, mark);
    n->u.starred.value = v;
    n->u.starred.ctx = CTX_LOAD;
    return n;
}

/* star_expression: '*' bitwise_or | expression */
MEMO_RULE(AstNode *, star_expression, M_STAR_EXPRESSION)
static AstNode *star_expression_raw(Parser *p)
{
    int mark = p->mark;
    if (p_expect(p, TK_STAR)) {
        AstNode *a = r_bitwise_or(p);
        RBAIL;
        if (a)
            return starred(p, mark, a);
    }
    RBAIL;
    ALT;
    AstNode *e = r_expression(p);
    RBAIL;
    if (e)
        return e;
    RFAIL;
}

/* star_named_expressions: ','.star_named_expression+ [','] */
AstList *r_star_named_expressions(Parser *p)
{
    ENTER;
    AstNode *a = r_star_named_expression(p);
    if (!a)
        LEAVE(NULL);
    AstList *l = p_list(p);
    ast_list_push(p->arena, l, a);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, TK_COMMA))
            break;
        a = r_star_named_expression(p);
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

/* star_named_expression: '*' bitwise_or | named_expression */
AstNode *r_star_named_expression(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_STAR)) {
        AstNode *a = r_bitwise_or(p);
        BAIL;
        if (a)
            LEAVE(starred(p, mark, a));
    }
    BAIL;
    ALT;
    AstNode *e = r_named_expression(p);
    BAIL;
    if (e)
        LEAVE(e);
    FAIL;
}

/* assignment_expression: NAME ':=' ~ expression */
AstNode *r_assignment_expression(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = p_name(p);
    if (!a || !p_expect(p, TK_COLONEQUAL))
        FAIL;
    AstNode *b = r_expression(p);
    BAIL;
    if (!b)
        FAIL;
    AstNode *n = p_node(p, AST_NAMEDEXPR, mark);
    n->u.namedexpr.target = p_set_ctx(p, a, CTX_STORE);
    n->u.namedexpr.value = b;
    LEAVE(n);
}

/* named_expression:
 *     | assignment_expression
 *     | invalid_named_expression
 *     | expression !':=' */
AstNode *r_named_expression(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = r_assignment_expression(p);
    BAIL;
    if (a)
        LEAVE(a);
    if (INVALID) {
        ALT;
        r_invalid_named_expression(p);
        BAIL;
    }
    ALT;
    AstNode *e = r_expression(p);
    BAIL;
    if (e && p_ahead(p, 0, TK_COLONEQUAL))
        LEAVE(e);
    BAIL;
    FAIL;
}

/* 'op' operand (op operand)+ -> BoolOp, or the single operand */
static AstNode *boolop(Parser *p, int kw, AstBoolOp op, AstNode *(*operand)(Parser *))
{
    int mark = p->mark;
    AstNode *a = operand(p);
    if (!a)
        RFAIL;
    AstList values = {0};
    ast_list_push(p->arena, &values, a);
    for (;;) {
        int m2 = p->mark;
        if (!p_expect(p, kw))
            break;
        AstNode *b = operand(p);
        RBAIL;
        if (!b) {
            p->mark = m2;
            break;
        }
        ast_list_push(p->arena, &values, b);
    }
    RBAIL;
    if (values.n == 1)
        return a;
    AstNode *n = p_node(p, AST_BOOLOP, mark);
    n->u.boolop.op = op;
    n->u.boolop.values = values;
    return n;
}

/* disjunction: conjunction ('or' conjunction)+ | conjunction */
MEMO_RULE(AstNode *, disjunction, M_DISJUNCTION)
static AstNode *disjunction_raw(Parser *p)
{
    return boolop(p, KW_OR, BOOL_OR, r_conjunction);
}

/* conjunction: inversion ('and' inversion)+ | inversion */
MEMO_RULE(AstNode *, conjunction, M_CONJUNCTION)
static AstNode *conjunction_raw(Parser *p)
{
    return boolop(p, KW_AND, BOOL_AND, r_inversion);
}

/* inversion: 'not' inversion | comparison */
MEMO_RULE(AstNode *, inversion, M_INVERSION)
static AstNode *inversion_raw(Parser *p)
{
    int mark = p->mark;
    if (p_expect(p, KW_NOT)) {
        AstNode *a = r_inversion(p);
        RBAIL;
        if (a) {
            AstNode *n = p_node(p, AST_UNARYOP, mark);
            n->u.unaryop.op = UOP_NOT;
            n->u.unaryop.operand = a;
            return n;
        }
    }
    RBAIL;
    ALT;
    AstNode *c = r_comparison(p);
    RBAIL;
    if (c)
        return c;
    RFAIL;
}

/* compare_op_bitwise_or_pair: one comparison operator and its right
 * operand, alternatives in CPython's order. */
static CmpPair *compare_pair(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *t = p_peek(p);
    if (!t)
        LEAVE(NULL);
    static const struct {
        int tok, tok2;
        AstCmpOp op;
    } ops[] = {
        {TK_EQEQUAL, 0, CMP_EQ},       {TK_NOTEQUAL, 0, CMP_NOTEQ}, {TK_LESSEQUAL, 0, CMP_LTE},
        {TK_LESS, 0, CMP_LT},          {TK_GREATEREQUAL, 0, CMP_GTE}, {TK_GREATER, 0, CMP_GT},
        {KW_NOT, KW_IN, CMP_NOTIN},    {KW_IN, 0, CMP_IN},          {KW_IS, KW_NOT, CMP_ISNOT},
        {KW_IS, 0, CMP_IS},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        ALT;
        Token *a = p_expect(p, ops[i].tok);
        if (!a)
            continue;
        /* "<>" is NOTEQUAL too, valid only under "barry_as_FLUFL" */
        if (ops[i].tok == TK_NOTEQUAL && !(a->end - a->start == 2 && a->start[0] == '!'))
            continue;
        if (ops[i].tok2 && !p_expect(p, ops[i].tok2))
            continue;
        AstNode *e = r_bitwise_or(p);
        BAIL;
        if (e) {
            CmpPair *c = ast_alloc(p->arena, sizeof *c);
            c->op = ops[i].op;
            c->expr = e;
            LEAVE(c);
        }
    }
    BAIL;
    FAIL;
}

/* comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
static AstNode *r_comparison(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = r_bitwise_or(p);
    if (!a)
        FAIL;
    PList pairs = {0};
    for (;;) {
        CmpPair *c = compare_pair(p);
        BAIL;
        if (!c)
            break;
        plist_push(p, &pairs, c);
    }
    if (!pairs.n)
        LEAVE(a);
    AstNode *n = p_node(p, AST_COMPARE, mark);
    n->u.compare.left = a;
    n->u.compare.ops = ast_alloc(p->arena, (size_t)pairs.n * sizeof(AstCmpOp));
    for (int i = 0; i < pairs.n; i++) {
        CmpPair *c = pairs.items[i];
        n->u.compare.ops[i] = c->op;
        ast_list_push(p->arena, &n->u.compare.comparators, c->expr);
    }
    LEAVE(n);
}

/* One level of left-associative binary operators: ops/tokens pairs end
 * with tok 0. */
typedef struct BinLevel {
    int tok;
    AstOperator op;
} BinLevel;

static AstNode *binary(Parser *p, const BinLevel *lv, AstNode *(*operand)(Parser *))
{
    int mark = p->mark;
    AstNode *a = operand(p);
    if (!a)
        RFAIL;
    for (;;) {
        int m2 = p->mark;
        Token *t = p_peek(p);
        RBAIL;
        const BinLevel *l = lv;
        while (l->tok && l->tok != t->type)
            l++;
        if (!l->tok)
            break;
        p->mark++;
        AstNode *b = operand(p);
        RBAIL;
        if (!b) {
            p->mark = m2;
            break;
        }
        AstNode *n = p_node(p, AST_BINOP, mark);
        n->u.binop.left = a;
        n->u.binop.op = l->op;
        n->u.binop.right = b;
        a = n;
    }
    return a;
}

static AstNode *r_bitwise_xor(Parser *p);
static AstNode *r_bitwise_and(Parser *p);
static AstNode *r_shift_expr(Parser *p);
static AstNode *r_sum(Parser *p);
static AstNode *r_term(Parser *p);

static const BinLevel or_ops[] = {{TK_VBAR, OP_BITOR}, {0, OP_ADD}};
static const BinLevel xor_ops[] = {{TK_CIRCUMFLEX, OP_BITXOR}, {0, OP_ADD}};
static const BinLevel and_ops[] = {{TK_AMPER, OP_BITAND}, {0, OP_ADD}};
static const BinLevel shift_ops[] = {{TK_LEFTSHIFT, OP_LSHIFT}, {TK_RIGHTSHIFT, OP_RSHIFT}, {0, OP_ADD}};
static const BinLevel sum_ops[] = {{TK_PLUS, OP_ADD}, {TK_MINUS, OP_SUB}, {0, OP_ADD}};
static const BinLevel term_ops[] = {{TK_STAR, OP_MULT},        {TK_SLASH, OP_DIV}, {TK_DOUBLESLASH, OP_FLOORDIV},
                                   {TK_PERCENT, OP_MOD},      {TK_AT, OP_MATMULT}, {0, OP_ADD}};

MEMO_RULE(AstNode *, bitwise_or, M_BITWISE_OR)
static AstNode *bitwise_or_raw(Parser *p)
{
    return binary(p, or_ops, r_bitwise_xor);
}

static AstNode *r_bitwise_xor(Parser *p)
{
    ENTER;
    LEAVE(binary(p, xor_ops, r_bitwise_and));
}

static AstNode *r_bitwise_and(Parser *p)
{
    ENTER;
    LEAVE(binary(p, and_ops, r_shift_expr));
}

static AstNode *r_shift_expr(Parser *p)
{
    ENTER;
    LEAVE(binary(p, shift_ops, r_sum));
}

static AstNode *r_sum(Parser *p)
{
    ENTER;
    LEAVE(binary(p, sum_ops, r_term));
}

static AstNode *r_term(Parser *p)
{
    ENTER;
    LEAVE(binary(p, term_ops, r_factor));
}

/* factor: '+' factor | '-' factor | '~' factor | power */
MEMO_RULE(AstNode *, factor, M_FACTOR)
static AstNode *factor_raw(Parser *p)
{
    int mark = p->mark;
    Token *t = p_peek(p);
    if (!t)
        return NULL;
    if (t->type == TK_PLUS || t->type == TK_MINUS || t->type == TK_TILDE) {
        p->mark++;
        AstNode *a = r_factor(p);
        RBAIL;
        if (a) {
            AstNode *n = p_node(p, AST_UNARYOP, mark);
            n->u.unaryop.op = t->type == TK_PLUS ? UOP_UADD : t->type == TK_MINUS ? UOP_USUB : UOP_INVERT;
            n->u.unaryop.operand = a;
            return n;
        }
        ALT;
    }
    AstNode *pw = r_power(p);
    RBAIL;
    if (pw)
        return pw;
    RFAIL;
}

/* power: await_primary '**' factor | await_primary */
static AstNode *r_power(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = r_await_primary(p);
    if (!a)
        FAIL;
    int m2 = p->mark;
    if (p_expect(p, TK_DOUBLESTAR)) {
        AstNode *b = r_factor(p);
        BAIL;
        if (b) {
            AstNode *n = p_node(p, AST_BINOP, mark);
            n->u.binop.left = a;
            n->u.binop.op = OP_POW;
            n->u.binop.right = b;
            LEAVE(n);
        }
        p->mark = m2;
    }
    BAIL;
    LEAVE(a);
}

/* await_primary: 'await' primary | primary */
MEMO_RULE(AstNode *, await_primary, M_AWAIT_PRIMARY)
static AstNode *await_primary_raw(Parser *p)
{
    int mark = p->mark;
    if (p_expect(p, KW_AWAIT)) {
        AstNode *a = r_primary(p);
        RBAIL;
        if (a) {
            AstNode *n = p_node(p, AST_AWAIT, mark);
            n->u.await.value = a;
            return n;
        }
    }
    RBAIL;
    ALT;
    AstNode *a = r_primary(p);
    RBAIL;
    if (a)
        return a;
    RFAIL;
}

static AstNode *make_call(Parser *p, int mark, AstNode *func, AstNode *args)
{
    AstNode *n = p_node(p, AST_CALL, mark);
    n->u.call.func = func;
    if (args && args != P_OK) {
        n->u.call.args = args->u.call.args;
        n->u.call.keywords = args->u.call.keywords;
    }
    return n;
}

/* primary:
 *     | primary '.' NAME
 *     | primary genexp
 *     | primary '(' [arguments] ')'
 *     | primary '[' slices ']'
 *     | atom */
MEMO_RULE(AstNode *, primary, M_PRIMARY)
static AstNode *primary_raw(Parser *p)
{
    int mark = p->mark;
    AstNode *a = r_atom(p);
    RBAIL;
    if (!a)
        RFAIL;
    for (;;) {
        int m2 = p->mark;
        Token *name;
        if (p_expect(p, TK_DOT) && (name = p_name_tok(p))) {
            AstNode *n = p_node(p, AST_ATTRIBUTE, mark);
            n->u.attribute.value = a;
            n->u.attribute.attr = p_ident(p, name);
            n->u.attribute.ctx = CTX_LOAD;
            a = n;
            continue;
        }
        RBAIL;
        p->mark = m2;
        AstNode *g = r_genexp(p);
        RBAIL;
        if (g) {
            AstNode *n = p_node(p, AST_CALL, mark);
            n->u.call.func = a;
            ast_list_push(p->arena, &n->u.call.args, g);
            a = n;
            continue;
        }
        p->mark = m2;
        if (p_expect(p, TK_LPAR)) {
            AstNode *args = r_arguments(p);
            RBAIL;
            if (p_expect(p, TK_RPAR)) {
                a = make_call(p, mark, a, args);
                continue;
            }
        }
        RBAIL;
        p->mark = m2;
        if (p_expect(p, TK_LSQB)) {
            AstNode *s = r_slices(p);
            RBAIL;
            if (s && p_expect(p, TK_RSQB)) {
                AstNode *n = p_node(p, AST_SUBSCRIPT, mark);
                n->u.subscript.value = a;
                n->u.subscript.slice = s;
                n->u.subscript.ctx = CTX_LOAD;
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

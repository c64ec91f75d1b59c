/* parser_invalid_expr.c - second-pass rules that recognize common
 * mistakes in expressions and raise CPython's specific messages. Each
 * returns NULL: when its pattern matches it has raised. */
#include "parser_rules.h"

#include <string.h>

static int is_legacy_name(const AstNode *a)
{
    return a->kind == AST_NAME && (!strcmp(a->u.name.id, "print") || !strcmp(a->u.name.id, "exec"));
}

static int is_augassign(int type)
{
    switch (type) {
    case TK_PLUSEQUAL: case TK_MINEQUAL: case TK_STAREQUAL: case TK_ATEQUAL:
    case TK_SLASHEQUAL: case TK_PERCENTEQUAL: case TK_AMPEREQUAL: case TK_VBAREQUAL:
    case TK_CIRCUMFLEXEQUAL: case TK_LEFTSHIFTEQUAL: case TK_RIGHTSHIFTEQUAL:
    case TK_DOUBLESTAREQUAL: case TK_DOUBLESLASHEQUAL:
        return 1;
    default:
        return 0;
    }
}

static AstNode *last_comprehension_item(AstList *gens)
{
    AstNode *c = gens->items[gens->n - 1];
    if (c->u.comprehension.ifs.n)
        return c->u.comprehension.ifs.items[c->u.comprehension.ifs.n - 1];
    return c->u.comprehension.iter;
}

/* invalid_arguments:
 *     | args ',' '*'
 *     | expression for_if_clauses ',' [args | expression for_if_clauses]
 *     | NAME '=' expression for_if_clauses
 *     | (args ',')? NAME '=' &(',' | ')')
 *     | args for_if_clauses
 *     | args ',' expression for_if_clauses
 *     | args ',' args */
void *r_invalid_arguments(Parser *p)
{
    ENTER;
    int mark = p->mark;
    /* ((','.positional+ ',' kwargs) | kwargs) ',' '*' */
    Token *star;
    if (p_args_with_kwargs(p) && p_expect(p, TK_COMMA) && (star = p_expect(p, TK_STAR)))
        LEAVE(p_raise_loc(p, loc_tok(star), "iterable argument unpacking follows keyword argument unpacking"));
    BAIL;
    ALT;
    AstNode *a = r_expression(p);
    BAIL;
    if (a) {
        AstList *b = r_for_if_clauses(p);
        BAIL;
        if (b && p_expect(p, TK_COMMA)) {
            int m2 = p->mark;
            if (!r_args(p)) {
                BAIL;
                p->mark = m2;
                AstNode *e = r_expression(p);
                BAIL;
                if (!e || !r_for_if_clauses(p))
                    p->mark = m2;
                BAIL;
            }
            BAIL;
            LEAVE(p_raise_loc(p, loc_range(loc_node(a), loc_node(last_comprehension_item(b))),
                              "Generator expression must be parenthesized"));
        }
    }
    BAIL;
    ALT;
    Token *name = p_name_tok(p);
    Token *eq;
    if (name && (eq = p_expect(p, TK_EQUAL)) && r_expression(p) && r_for_if_clauses(p))
        LEAVE(p_raise_loc(p, loc_range(loc_tok(name), loc_tok(eq)),
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
    BAIL;
    ALT;
    if (!(r_args(p) && p_expect(p, TK_COMMA)))
        p->mark = mark;
    BAIL;
    name = p_name_tok(p);
    if (name && (eq = p_expect(p, TK_EQUAL)) && (p_ahead(p, 1, TK_COMMA) || p_ahead(p, 1, TK_RPAR)))
        LEAVE(p_raise_loc(p, loc_range(loc_tok(name), loc_tok(eq)), "expected argument value expression"));
    BAIL;
    ALT;
    a = r_args(p);
    BAIL;
    if (a) {
        AstList *b = r_for_if_clauses(p);
        BAIL;
        if (b) {
            if (a->u.call.args.n <= 1)
                FAIL;
            AstNode *last = a->u.call.args.items[a->u.call.args.n - 1];
            LEAVE(p_raise_loc(p, loc_range(loc_node(last), loc_node(last_comprehension_item(b))),
                              "Generator expression must be parenthesized"));
        }
    }
    ALT;
    if (r_args(p) && p_expect(p, TK_COMMA)) {
        AstNode *e = r_expression(p);
        BAIL;
        if (e) {
            AstList *b = r_for_if_clauses(p);
            BAIL;
            if (b)
                LEAVE(p_raise_loc(p, loc_range(loc_node(e), loc_node(last_comprehension_item(b))),
                                  "Generator expression must be parenthesized"));
        }
    }
    BAIL;
    ALT;
    a = r_args(p);
    BAIL;
    if (a && p_expect(p, TK_COMMA) && r_args(p)) {
        int unpack = 0;
        for (int i = 0; i < a->u.call.keywords.n; i++)
            if (!a->u.call.keywords.items[i]->u.keyword.arg)
                unpack = 1;
        LEAVE(p_raise(p, SYNERR_SYNTAX, 0,
                      unpack ? "positional argument follows keyword argument unpacking"
                             : "positional argument follows keyword argument"));
    }
    BAIL;
    FAIL;
}

/* invalid_kwarg:
 *     | ('True'|'False'|'None') '='
 *     | NAME '=' expression for_if_clauses
 *     | !(NAME '=') expression '='
 *     | '**' expression '=' expression */
void *r_invalid_kwarg(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *t = p_peek(p);
    if (!t)
        LEAVE(NULL);
    Token *eq;
    if ((t->type == KW_TRUE || t->type == KW_FALSE || t->type == KW_NONE)) {
        p->mark++;
        if ((eq = p_expect(p, TK_EQUAL)))
            LEAVE(p_raise_loc(p, loc_range(loc_tok(t), loc_tok(eq)), "cannot assign to %.*s",
                              (int)(t->end - t->start), t->start));
        BAIL;
    }
    ALT;
    Token *name = p_name_tok(p);
    if (name && (eq = p_expect(p, TK_EQUAL)) && r_expression(p) && r_for_if_clauses(p))
        LEAVE(p_raise_loc(p, loc_range(loc_tok(name), loc_tok(eq)),
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
    BAIL;
    ALT;
    int name_eq = p_name_tok(p) && p_expect(p, TK_EQUAL);
    BAIL;
    ALT;
    if (!name_eq) {
        AstNode *a = r_expression(p);
        BAIL;
        if (a && (eq = p_expect(p, TK_EQUAL)))
            LEAVE(p_raise_loc(p, loc_range(loc_node(a), loc_tok(eq)),
                              "expression cannot contain assignment, perhaps you meant \"==\"?"));
        BAIL;
    }
    ALT;
    Token *ds = p_expect(p, TK_DOUBLESTAR);
    if (ds && r_expression(p) && p_expect(p, TK_EQUAL)) {
        AstNode *b = r_expression(p);
        BAIL;
        if (b)
            LEAVE(p_raise_loc(p, loc_range(loc_tok(ds), loc_node(b)),
                              "cannot assign to keyword argument unpacking"));
    }
    BAIL;
    FAIL;
}

/* invalid_starred_expression: '*' expression '=' expression */
void *r_invalid_starred_expression(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *star = p_expect(p, TK_STAR);
    if (star && r_expression(p) && p_expect(p, TK_EQUAL)) {
        AstNode *b = r_expression(p);
        BAIL;
        if (b)
            LEAVE(p_raise_loc(p, loc_range(loc_tok(star), loc_node(b)),
                              "cannot assign to iterable argument unpacking"));
    }
    BAIL;
    FAIL;
}

/* invalid_legacy_expression: NAME !'(' star_expressions */
void *r_invalid_legacy_expression(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = p_name(p);
    if (a && p_ahead(p, 0, TK_LPAR)) {
        AstNode *b = r_star_expressions(p);
        BAIL;
        if (b && is_legacy_name(a))
            LEAVE(p_raise_loc(p, loc_range(loc_node(a), loc_node(b)),
                              "Missing parentheses in call to '%s'. Did you mean %s(...)?", a->u.name.id,
                              a->u.name.id));
    }
    BAIL;
    FAIL;
}

/* invalid_expression:
 *     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
 *     | disjunction 'if' disjunction !('else'|':')
 *     | 'lambda' [lambda_params] ':' &(FSTRING_MIDDLE | fstring_replacement_field) */
void *r_invalid_expression(Parser *p)
{
    ENTER;
    int mark = p->mark;
    int name_string = p_name_tok(p) && (p_ahead(p, 1, TK_STRING));
    BAIL;
    ALT;
    if (!name_string && !p_is_soft_keyword(p)) {
        BAIL;
        AstNode *a = r_disjunction(p);
        BAIL;
        if (a) {
            AstNode *b = r_expression_without_invalid(p);
            BAIL;
            if (b) {
                if (!is_legacy_name(a) && p->toks[p->mark - 1]->level != 0)
                    LEAVE(p_raise_loc(p, loc_range(loc_node(a), loc_node(b)),
                                      "invalid syntax. Perhaps you forgot a comma?"));
                FAIL;
            }
        }
    }
    BAIL;
    ALT;
    AstNode *a = r_disjunction(p);
    BAIL;
    if (a && p_expect(p, KW_IF)) {
        AstNode *b = r_disjunction(p);
        BAIL;
        if (b && p_ahead(p, 0, KW_ELSE) && p_ahead(p, 0, TK_COLON))
            LEAVE(p_raise_loc(p, loc_range(loc_node(a), loc_node(b)), "expected 'else' after 'if' expression"));
    }
    BAIL;
    ALT;
    Token *lam = p_expect(p, KW_LAMBDA);
    if (lam) {
        r_lambda_params(p);
        BAIL;
        Token *colon = p_expect(p, TK_COLON);
        if (colon) {
            int m2 = p->mark;
            int ok = p_expect(p, TK_FSTRING_MIDDLE) != NULL;
            p->mark = m2;
            if (!ok && !p->error) {
                ok = r_fstring_replacement_field(p) != NULL;
                p->mark = m2;
            }
            BAIL;
            if (ok)
                LEAVE(p_raise_loc(p, loc_range(loc_tok(lam), loc_tok(colon)),
                                  "f-string: lambda expressions are not allowed without parentheses"));
        }
    }
    BAIL;
    FAIL;
}

/* Whether one of the given lookahead shapes matches: list, tuple,
 * genexp, 'True', 'None', 'False'. */
static int ahead_display_or_constant(Parser *p)
{
    int mark = p->mark;
    int r = r_list(p) || (p->mark = mark, r_tuple(p)) || (p->mark = mark, r_genexp(p));
    p->mark = mark;
    if (r || p->error)
        return r;
    Token *t = p_peek(p);
    return t && (t->type == KW_TRUE || t->type == KW_NONE || t->type == KW_FALSE);
}

/* invalid_named_expression (memo):
 *     | expression ':=' expression
 *     | NAME '=' bitwise_or !('='|':=')
 *     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=') */
MEMO_RULE(void *, invalid_named_expression, M_INVALID_NAMED_EXPRESSION)
static void *invalid_named_expression_raw(Parser *p)
{
    int mark = p->mark;
    AstNode *a = r_expression(p);
    RBAIL;
    if (a && p_expect(p, TK_COLONEQUAL) && r_expression(p))
        return p_raise_loc(p, loc_node(a), "cannot use assignment expressions with %s", p_expr_name(a));
    RBAIL;
    ALT;
    a = p_name(p);
    if (a && p_expect(p, TK_EQUAL)) {
        AstNode *b = r_bitwise_or(p);
        RBAIL;
        if (b && p_ahead(p, 0, TK_EQUAL) && p_ahead(p, 0, TK_COLONEQUAL))
            return p_raise_loc(p, loc_range(loc_node(a), loc_node(b)),
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    RBAIL;
    ALT;
    if (!ahead_display_or_constant(p)) {
        RBAIL;
        a = r_bitwise_or(p);
        RBAIL;
        if (a && p_expect(p, TK_EQUAL) && r_bitwise_or(p) && p_ahead(p, 0, TK_EQUAL) &&
            p_ahead(p, 0, TK_COLONEQUAL))
            return p_raise_loc(p, loc_node(a), "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                               p_expr_name(a));
    }
    RBAIL;
    RFAIL;
}

/* invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
static AstNode *invalid_ann_assign_target(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = r_list(p);
    BAIL;
    if (a)
        LEAVE(a);
    a = r_tuple(p);
    BAIL;
    if (a)
        LEAVE(a);
    if (p_expect(p, TK_LPAR)) {
        a = invalid_ann_assign_target(p);
        BAIL;
        if (a && p_expect(p, TK_RPAR))
            LEAVE(a);
    }
    BAIL;
    FAIL;
}

/* (star_targets '=')* */
static void skip_star_targets_eq(Parser *p)
{
    for (;;) {
        int m2 = p->mark;
        if (!r_star_targets(p) || !p_expect(p, TK_EQUAL)) {
            p->mark = m2;
            return;
        }
    }
}

/* invalid_assignment:
 *     | invalid_ann_assign_target ':' expression
 *     | star_named_expression ',' star_named_expressions* ':' expression
 *     | expression ':' expression
 *     | (star_targets '=')* star_expressions '='
 *     | (star_targets '=')* yield_expr '='
 *     | star_expressions augassign (yield_expr | star_expressions) */
void *r_invalid_assignment(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = invalid_ann_assign_target(p);
    BAIL;
    if (a && p_expect(p, TK_COLON) && r_expression(p))
        LEAVE(p_raise_loc(p, loc_node(a), "only single target (not %s) can be annotated", p_expr_name(a)));
    BAIL;
    ALT;
    a = r_star_named_expression(p);
    BAIL;
    if (a && p_expect(p, TK_COMMA)) {
        while (r_star_named_expressions(p))
            ;
        BAIL;
        if (p_expect(p, TK_COLON) && r_expression(p))
            LEAVE(p_raise_loc(p, loc_node(a), "only single target (not tuple) can be annotated"));
    }
    BAIL;
    ALT;
    a = r_expression(p);
    BAIL;
    if (a && p_expect(p, TK_COLON) && r_expression(p))
        LEAVE(p_raise_loc(p, loc_node(a), "illegal target for annotation"));
    BAIL;
    ALT;
    skip_star_targets_eq(p);
    BAIL;
    a = r_star_expressions(p);
    BAIL;
    if (a && p_expect(p, TK_EQUAL)) {
        p_raise_invalid_target(p, TARGETS_STAR, a);
        LEAVE(NULL);
    }
    BAIL;
    ALT;
    skip_star_targets_eq(p);
    BAIL;
    a = r_yield_expr(p);
    BAIL;
    if (a && p_expect(p, TK_EQUAL))
        LEAVE(p_raise_loc(p, loc_node(a), "assignment to yield expression not possible"));
    BAIL;
    ALT;
    a = r_star_expressions(p);
    BAIL;
    if (a) {
        Token *t = p_peek(p);
        if (t && is_augassign(t->type)) {
            p->mark++;
            if (r_annotated_rhs(p))
                LEAVE(p_raise_loc(p, loc_node(a), "'%s' is an illegal expression for augmented assignment",
                                  p_expr_name(a)));
        }
    }
    BAIL;
    FAIL;
}

/* invalid_comprehension:
 *     | ('[' | '(' | '{') starred_expression for_if_clauses
 *     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
 *     | ('[' | '{') star_named_expression ',' for_if_clauses */
void *r_invalid_comprehension(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *t = p_peek(p);
    if (!t)
        LEAVE(NULL);
    int open = t->type;
    if (open == TK_LSQB || open == TK_LPAR || open == TK_LBRACE) {
        p->mark++;
        AstNode *a = r_starred_expression(p);
        BAIL;
        if (a && r_for_if_clauses(p))
            LEAVE(p_raise_loc(p, loc_node(a), "iterable unpacking cannot be used in comprehension"));
        BAIL;
    }
    if (open != TK_LSQB && open != TK_LBRACE)
        FAIL;
    ALT;
    p->mark++;
    AstNode *a = r_star_named_expression(p);
    BAIL;
    if (a && p_expect(p, TK_COMMA)) {
        AstList *b = r_star_named_expressions(p);
        BAIL;
        if (b && r_for_if_clauses(p))
            LEAVE(p_raise_loc(p, loc_range(loc_node(a), loc_node(b->items[b->n - 1])),
                              "did you forget parentheses around the comprehension target?"));
    }
    BAIL;
    ALT;
    p->mark++;
    a = r_star_named_expression(p);
    BAIL;
    Token *comma;
    if (a && (comma = p_expect(p, TK_COMMA)) && r_for_if_clauses(p))
        LEAVE(p_raise_loc(p, loc_range(loc_node(a), loc_tok(comma)),
                          "did you forget parentheses around the comprehension target?"));
    BAIL;
    FAIL;
}

/* invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
void *r_invalid_dict_comprehension(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *ds;
    if (p_expect(p, TK_LBRACE) && (ds = p_expect(p, TK_DOUBLESTAR)) && r_bitwise_or(p) &&
        r_for_if_clauses(p) && p_expect(p, TK_RBRACE))
        LEAVE(p_raise_loc(p, loc_tok(ds), "dict unpacking cannot be used in dict comprehension"));
    BAIL;
    FAIL;
}

/* invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
void *r_invalid_group(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_LPAR)) {
        AstNode *a = r_starred_expression(p);
        BAIL;
        if (a && p_expect(p, TK_RPAR))
            LEAVE(p_raise_loc(p, loc_node(a), "cannot use starred expression here"));
    }
    BAIL;
    ALT;
    Token *ds;
    if (p_expect(p, TK_LPAR) && (ds = p_expect(p, TK_DOUBLESTAR)) && r_expression(p) && p_expect(p, TK_RPAR))
        LEAVE(p_raise_loc(p, loc_tok(ds), "cannot use double starred expression here"));
    BAIL;
    FAIL;
}

/* invalid_kvpair:
 *     | expression !(':')
 *     | expression ':' '*' bitwise_or
 *     | expression ':' &('}'|',') */
void *r_invalid_kvpair(Parser *p)
{
    ENTER;
    int mark = p->mark;
    AstNode *a = r_expression(p);
    BAIL;
    if (a && p_ahead(p, 0, TK_COLON))
        LEAVE(p_raise_at(p, SYNERR_SYNTAX, a->lineno, a->end_col - 1, a->end_lineno, -1,
                         "':' expected after dictionary key"));
    BAIL;
    ALT;
    Token *star;
    if (r_expression(p) && p_expect(p, TK_COLON) && (star = p_expect(p, TK_STAR)) && r_bitwise_or(p))
        LEAVE(p_raise_from(p, loc_tok(star), "cannot use a starred expression in a dictionary value"));
    BAIL;
    ALT;
    Token *colon;
    if (r_expression(p) && (colon = p_expect(p, TK_COLON)) &&
        (p_ahead(p, 1, TK_RBRACE) || p_ahead(p, 1, TK_COMMA)))
        LEAVE(p_raise_loc(p, loc_tok(colon), "expression expected after dictionary key and ':'"));
    BAIL;
    FAIL;
}

/* invalid_double_starred_kvpairs:
 *     | ','.double_starred_kvpair+ ',' invalid_kvpair
 *     | expression ':' '*' bitwise_or
 *     | expression ':' &('}'|',') */
void *r_invalid_double_starred_kvpairs(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (r_double_starred_kvpair(p)) {
        for (;;) {
            int m2 = p->mark;
            if (!p_expect(p, TK_COMMA) || !r_double_starred_kvpair(p)) {
                p->mark = m2;
                break;
            }
        }
        BAIL;
        if (p_expect(p, TK_COMMA)) {
            r_invalid_kvpair(p);
            BAIL;
        }
    }
    BAIL;
    ALT;
    Token *star;
    if (r_expression(p) && p_expect(p, TK_COLON) && (star = p_expect(p, TK_STAR)) && r_bitwise_or(p))
        LEAVE(p_raise_from(p, loc_tok(star), "cannot use a starred expression in a dictionary value"));
    BAIL;
    ALT;
    Token *colon;
    if (r_expression(p) && (colon = p_expect(p, TK_COLON)) &&
        (p_ahead(p, 1, TK_RBRACE) || p_ahead(p, 1, TK_COMMA)))
        LEAVE(p_raise_loc(p, loc_tok(colon), "expression expected after dictionary key and ':'"));
    BAIL;
    FAIL;
}

/* invalid_for_target: 'async'? 'for' star_expressions */
void *r_invalid_for_target(Parser *p)
{
    ENTER;
    int mark = p->mark;
    p_expect(p, KW_ASYNC);
    if (p_expect(p, KW_FOR)) {
        AstNode *a = r_star_expressions(p);
        BAIL;
        if (a) {
            p_raise_invalid_target(p, TARGETS_FOR, a);
            LEAVE(NULL);
        }
    }
    BAIL;
    FAIL;
}

/* invalid_with_item: expression 'as' expression &(',' | ')' | ':') */
void *r_invalid_with_item(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (r_expression(p) && p_expect(p, KW_AS)) {
        AstNode *a = r_expression(p);
        BAIL;
        if (a && (p_ahead(p, 1, TK_COMMA) || p_ahead(p, 1, TK_RPAR) || p_ahead(p, 1, TK_COLON))) {
            p_raise_invalid_target(p, TARGETS_STAR, a);
            LEAVE(NULL);
        }
    }
    BAIL;
    FAIL;
}

/* invalid_conversion_character:
 *     | '!' &(':' | '}')
 *     | '!' !NAME */
void *r_invalid_conversion_character(Parser *p)
{
    ENTER;
    int mark = p->mark;
    if (p_expect(p, TK_EXCLAMATION)) {
        if (p_ahead(p, 1, TK_COLON) || p_ahead(p, 1, TK_RBRACE))
            LEAVE(p_raise(p, SYNERR_SYNTAX, 1, "f-string: missing conversion character"));
        BAIL;
        if (p_ahead_name(p, 0))
            LEAVE(p_raise(p, SYNERR_SYNTAX, 1, "f-string: invalid conversion character"));
    }
    BAIL;
    FAIL;
}

/* '{' (yield_expr | star_expressions): the field's expression or NULL */
static AstNode *field_start(Parser *p)
{
    if (!p_expect(p, TK_LBRACE))
        return NULL;
    AstNode *a = r_yield_expr(p);
    if (a || p->error)
        return a;
    return r_star_expressions(p);
}

/* '='? ['!' NAME] */
static void opt_debug_and_conversion(Parser *p)
{
    p_expect(p, TK_EQUAL);
    int m2 = p->mark;
    if (!(p_expect(p, TK_EXCLAMATION) && p_name_tok(p)))
        p->mark = m2;
}

/* invalid_replacement_field: see the 3.12 grammar; each alternative
 * names what it expected next. */
void *r_invalid_replacement_field(Parser *p)
{
    ENTER;
    int mark = p->mark;
    static const struct {
        int tok;
        const char *msg;
    } early[] = {
        {TK_EQUAL, "f-string: valid expression required before '='"},
        {TK_EXCLAMATION, "f-string: valid expression required before '!'"},
        {TK_COLON, "f-string: valid expression required before ':'"},
        {TK_RBRACE, "f-string: valid expression required before '}'"},
    };
    for (size_t i = 0; i < sizeof early / sizeof early[0]; i++) {
        ALT;
        Token *a;
        if (p_expect(p, TK_LBRACE) && (a = p_expect(p, early[i].tok)))
            LEAVE(p_raise_loc(p, loc_tok(a), "%s", early[i].msg));
        BAIL;
    }
    ALT;
    if (p_expect(p, TK_LBRACE)) {
        int m2 = p->mark;
        AstNode *e = r_yield_expr(p);
        BAIL;
        if (!e)
            e = r_star_expressions(p);
        BAIL;
        p->mark = m2;
        if (!e)
            LEAVE(p_raise(p, SYNERR_SYNTAX, 1, "f-string: expecting a valid expression after '{'"));
    }
    BAIL;
    ALT;
    if (field_start(p)) {
        Token *t = p_peek(p);
        if (t && t->type != TK_EQUAL && t->type != TK_EXCLAMATION && t->type != TK_COLON && t->type != TK_RBRACE)
            LEAVE(p_raise(p, SYNERR_SYNTAX, 1, "f-string: expecting '=', or '!', or ':', or '}'"));
    }
    BAIL;
    ALT;
    if (field_start(p) && p_expect(p, TK_EQUAL)) {
        Token *t = p_peek(p);
        if (t && t->type != TK_EXCLAMATION && t->type != TK_COLON && t->type != TK_RBRACE)
            LEAVE(p_raise(p, SYNERR_SYNTAX, 1, "f-string: expecting '!', or ':', or '}'"));
    }
    BAIL;
    ALT;
    if (field_start(p)) {
        p_expect(p, TK_EQUAL);
        r_invalid_conversion_character(p);
    }
    BAIL;
    ALT;
    if (field_start(p)) {
        opt_debug_and_conversion(p);
        Token *t = p_peek(p);
        if (t && t->type != TK_COLON && t->type != TK_RBRACE)
            LEAVE(p_raise(p, SYNERR_SYNTAX, 1, "f-string: expecting ':' or '}'"));
    }
    BAIL;
    ALT;
    if (field_start(p)) {
        opt_debug_and_conversion(p);
        if (p_expect(p, TK_COLON)) {
            while (r_fstring_format_spec(p))
                ;
            BAIL;
            if (p_ahead(p, 0, TK_RBRACE))
                LEAVE(p_raise(p, SYNERR_SYNTAX, 1, "f-string: expecting '}', or format specs"));
        }
    }
    BAIL;
    ALT;
    if (field_start(p)) {
        opt_debug_and_conversion(p);
        if (p_ahead(p, 0, TK_RBRACE))
            LEAVE(p_raise(p, SYNERR_SYNTAX, 1, "f-string: expecting '}'"));
    }
    BAIL;
    FAIL;
}

/* parser_fstring.c - f-string and string-literal rules (PEP 701). */
#include "parser_rules.h"

#include <string.h>

/* fstring_conversion: "!" NAME, the name directly after the '!' */
static FTail *fstring_conversion(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *bang = p_expect(p, TK_EXCLAMATION);
    if (!bang)
        FAIL;
    AstNode *conv = p_name(p);
    if (!conv)
        FAIL;
    if (bang->lineno != conv->lineno || bang->end_col != conv->col)
        LEAVE(p_raise_loc(p, loc_range(loc_tok(bang), loc_node(conv)),
                          "f-string: conversion type must come right after the exclamanation mark"));
    FTail *t = ast_alloc(p->arena, sizeof *t);
    t->node = conv;
    t->tok = bang;
    LEAVE(t);
}

/* fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field */
AstNode *r_fstring_format_spec(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *t = p_expect(p, TK_FSTRING_MIDDLE);
    if (t)
        LEAVE(p_fstring_middle_constant(p, t, 1));
    BAIL;
    AstNode *f = r_fstring_replacement_field(p);
    BAIL;
    if (f)
        LEAVE(f);
    FAIL;
}

/* fstring_full_format_spec: ':' fstring_format_spec*
 * An empty spec is an empty JoinedStr, as in CPython 3.11. */
static FTail *fstring_full_format_spec(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *colon = p_expect(p, TK_COLON);
    if (!colon)
        FAIL;
    AstList spec = {0};
    for (;;) {
        AstNode *s = r_fstring_format_spec(p);
        BAIL;
        if (!s)
            break;
        ast_list_push(p->arena, &spec, s);
    }
    AstNode *j = p_node(p, AST_JOINEDSTR, mark);
    if (!(spec.n == 1 && spec.items[0]->kind == AST_CONSTANT && spec.items[0]->u.constant.len == 0))
        j->u.joinedstr.values = spec;
    FTail *t = ast_alloc(p->arena, sizeof *t);
    t->node = j;
    t->tok = colon;
    LEAVE(t);
}

/* The FormattedValue, plus for f"{x=}" the debug text: everything from
 * after '{' to the '!', ':' or '}' ending the expression. */
static AstNode *formatted_value(Parser *p, int mark, Token *lbrace, AstNode *expr, Token *debug,
                                FTail *conv, FTail *format, Token *rbrace)
{
    int conversion = -1;
    if (conv) {
        const char *id = conv->node->u.name.id;
        if (strlen(id) != 1 || !(id[0] == 's' || id[0] == 'r' || id[0] == 'a'))
            return p_raise_loc(p, loc_node(conv->node),
                               "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'",
                               id);
        conversion = id[0];
    } else if (debug && !format) {
        conversion = 'r';
    }
    AstNode *fv = p_node(p, AST_FORMATTEDVALUE, mark);
    fv->u.formatted.value = expr;
    fv->u.formatted.conversion = conversion;
    fv->u.formatted.format_spec = format ? format->node : NULL;
    if (!debug)
        return fv;
    int end_line, end_col;
    Token *end_tok;
    if (conv) {
        end_line = conv->node->lineno;
        end_col = conv->node->col;
        end_tok = conv->tok;
    } else if (format) {
        end_line = format->node->lineno;
        end_col = format->node->col + 1;
        end_tok = format->tok;
    } else {
        end_line = fv->end_lineno;
        end_col = fv->end_col;
        end_tok = rbrace;
    }
    Loc l = {fv->lineno, fv->col + 1, end_line, end_col - 1};
    AstNode *text = p_node_at(p, AST_CONSTANT, l);
    text->u.constant.ckind = CONST_STR;
    /* comments inside the expression are left out of the text, up to
     * their newline (CPython does this even for a '#' in a string) */
    size_t n = (size_t)(end_tok->start - lbrace->end), o = 0;
    char *s = ast_alloc(p->arena, n + 1);
    for (const char *c = lbrace->end; c < end_tok->start; c++) {
        if (*c == '#') {
            while (c < end_tok->start && *c != '\n')
                c++;
            if (c == end_tok->start)
                break;
        }
        s[o++] = *c;
    }
    s[o] = '\0';
    text->u.constant.bytes = s;
    text->u.constant.len = o;
    Loc jl = {fv->lineno, fv->col, end_line, end_col};
    AstNode *j = p_node_at(p, AST_JOINEDSTR, jl);
    ast_list_push(p->arena, &j->u.joinedstr.values, text);
    ast_list_push(p->arena, &j->u.joinedstr.values, fv);
    return j;
}

/* (yield_expr | star_expressions) */
static AstNode *field_expr(Parser *p)
{
    AstNode *a = r_yield_expr(p);
    if (a || p->error)
        return a;
    return r_star_expressions(p);
}

/* fstring_replacement_field:
 *     | '{' (yield_expr | star_expressions) '='? [fstring_conversion]
 *       [fstring_full_format_spec] '}'
 *     | invalid_replacement_field */
AstNode *r_fstring_replacement_field(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *lbrace = p_expect(p, TK_LBRACE);
    if (lbrace) {
        AstNode *a = field_expr(p);
        BAIL;
        if (a) {
            Token *debug = p_expect(p, TK_EQUAL);
            BAIL;
            FTail *conv = fstring_conversion(p);
            BAIL;
            FTail *format = fstring_full_format_spec(p);
            BAIL;
            Token *rbrace = p_expect(p, TK_RBRACE);
            if (rbrace)
                LEAVE(formatted_value(p, mark, lbrace, a, debug, conv, format, rbrace));
            BAIL;
        }
    }
    BAIL;
    if (INVALID) {
        ALT;
        r_invalid_replacement_field(p);
        BAIL;
    }
    FAIL;
}

/* Lifts the debug-text JoinedStr of f"{x=}" into the f-string's own
 * parts, then decodes the escapes of the literal parts and drops the
 * empty ones (CPython's _PyPegen_joined_str). */
static AstNode *joined_str(Parser *p, Token *start, AstList *raw, Token *end)
{
    int is_raw = 0;
    for (const char *s = start->start; s < start->end; s++)
        if (*s == 'r' || *s == 'R')
            is_raw = 1;
    AstList flat = {0};
    for (int i = 0; i < raw->n; i++) {
        AstNode *e = raw->items[i];
        if (e->kind == AST_JOINEDSTR) {
            for (int j = 0; j < e->u.joinedstr.values.n; j++)
                ast_list_push(p->arena, &flat, e->u.joinedstr.values.items[j]);
        } else {
            ast_list_push(p->arena, &flat, e);
        }
    }
    Loc l = {start->lineno, start->col, end->end_lineno, end->end_col};
    AstNode *j = p_node_at(p, AST_JOINEDSTR, l);
    for (int i = 0; i < flat.n; i++) {
        AstNode *e = flat.items[i];
        if (e->kind == AST_CONSTANT) {
            e = p_decode_fstring_part(p, is_raw, e, end);
            if (!e)
                return NULL;
            if (e->u.constant.len == 0)
                continue;
        }
        ast_list_push(p->arena, &j->u.joinedstr.values, e);
    }
    return j;
}

/* fstring: FSTRING_START fstring_middle* FSTRING_END
 * fstring_middle: fstring_replacement_field | FSTRING_MIDDLE */
AstNode *r_fstring(Parser *p)
{
    ENTER;
    int mark = p->mark;
    Token *start = p_expect(p, TK_FSTRING_START);
    if (!start)
        FAIL;
    AstList parts = {0};
    for (;;) {
        AstNode *f = r_fstring_replacement_field(p);
        BAIL;
        if (!f) {
            Token *t = p_expect(p, TK_FSTRING_MIDDLE);
            BAIL;
            if (!t)
                break;
            f = p_fstring_middle_constant(p, t, 0);
        }
        ast_list_push(p->arena, &parts, f);
    }
    Token *end = p_expect(p, TK_FSTRING_END);
    if (!end)
        FAIL;
    LEAVE(joined_str(p, start, &parts, end));
}

/* strings: (fstring | string)+ ; string: STRING */
MEMO_RULE(AstNode *, strings, M_STRINGS)
static AstNode *strings_raw(Parser *p)
{
    int mark = p->mark;
    AstList parts = {0};
    for (;;) {
        AstNode *f = r_fstring(p);
        RBAIL;
        if (!f) {
            Token *t = p_expect(p, TK_STRING);
            RBAIL;
            if (!t)
                break;
            f = p_string_constant(p, t);
            RBAIL;
        }
        ast_list_push(p->arena, &parts, f);
    }
    if (!parts.n)
        RFAIL;
    return p_concat_strings(p, &parts, mark);
}

/* parser_actions.c - building AST nodes from what the rules matched. */
#include "parser_internal.h"

#include <stdlib.h>
#include <string.h>

#include "uchar.h"

/* A node spans from the token where its rule started to the last token
 * consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython's EXTRA). */
AstNode *p_node(Parser *p, AstKind kind, int start_mark)
{
    AstNode *n = ast_alloc(p->arena, sizeof *n);
    Token *s = p->toks[start_mark];
    Token *e = p_last_nonwhitespace(p);
    n->kind = kind;
    n->lineno = s->lineno;
    n->col = s->col;
    n->end_lineno = e ? e->end_lineno : s->end_lineno;
    n->end_col = e ? e->end_col : s->end_col;
    return n;
}

AstNode *p_node_at(Parser *p, AstKind kind, Loc l)
{
    AstNode *n = ast_alloc(p->arena, sizeof *n);
    n->kind = kind;
    n->lineno = l.lineno;
    n->col = l.col;
    n->end_lineno = l.end_lineno;
    n->end_col = l.end_col;
    return n;
}

AstList *p_list(Parser *p)
{
    return ast_alloc(p->arena, sizeof(AstList));
}

PList *p_plist(Parser *p)
{
    return ast_alloc(p->arena, sizeof(PList));
}

void plist_push(Parser *p, PList *l, void *item)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        void **items = ast_alloc(p->arena, (size_t)cap * sizeof *items);
        if (l->n)
            memcpy(items, l->items, (size_t)l->n * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = item;
}

char *p_strdup(Parser *p, const char *s, size_t n)
{
    return ast_strdup(p->arena, s, n);
}

char *p_ident(Parser *p, const Token *t)
{
    size_t n = (size_t)(t->end - t->start);
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)t->start[i] >= 0x80) {
            size_t len;
            char *norm = uchar_nfkc(t->start, n, &len);
            char *r = p_strdup(p, norm, len);
            free(norm);
            return r;
        }
    }
    return p_strdup(p, t->start, n);
}

static AstNode *copy_node(Parser *p, const AstNode *e)
{
    AstNode *n = ast_alloc(p->arena, sizeof *n);
    *n = *e;
    return n;
}

/* A copy of e with the given context, recursing into sequences and
 * starred values as CPython's _PyPegen_set_expr_context does. */
AstNode *p_set_ctx(Parser *p, AstNode *e, AstCtx ctx)
{
    AstNode *n;
    switch (e->kind) {
    case AST_NAME:
        n = copy_node(p, e);
        n->u.name.ctx = ctx;
        return n;
    case AST_ATTRIBUTE:
        n = copy_node(p, e);
        n->u.attribute.ctx = ctx;
        return n;
    case AST_SUBSCRIPT:
        n = copy_node(p, e);
        n->u.subscript.ctx = ctx;
        return n;
    case AST_STARRED:
        n = copy_node(p, e);
        n->u.starred.value = p_set_ctx(p, e->u.starred.value, ctx);
        n->u.starred.ctx = ctx;
        return n;
    case AST_LIST:
    case AST_TUPLE:
        n = copy_node(p, e);
        memset(&n->u.seq.elts, 0, sizeof n->u.seq.elts);
        for (int i = 0; i < e->u.seq.elts.n; i++)
            ast_list_push(p->arena, &n->u.seq.elts, p_set_ctx(p, e->u.seq.elts.items[i], ctx));
        n->u.seq.ctx = ctx;
        return n;
    default:
        return e;
    }
}

AstNode *p_constant(Parser *p, AstConstKind k, int start_mark)
{
    AstNode *n = p_node(p, AST_CONSTANT, start_mark);
    n->u.constant.ckind = k;
    return n;
}

/* Numbers: ints keep their digits (underscores dropped, prefix and hex
 * digits lowered)
 * for the compiler; floats and imaginaries become doubles here. The C
 * locale's strtod is correctly rounded, as CPython's conversion is. */
AstNode *p_number(Parser *p, Token *t)
{
    size_t n = (size_t)(t->end - t->start);
    char small[64];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    if (!buf)
        abort();
    size_t o = 0;
    int is_float = 0, is_imag = 0;
    int radix = n > 1 && t->start[0] == '0' &&
                strchr("xXoObB", t->start[1]) != NULL && t->start[1] != '\0';
    for (size_t i = 0; i < n; i++) {
        char c = t->start[i];
        if (c == '_')
            continue;
        if (radix && c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (!radix && (c == '.' || c == 'e' || c == 'E'))
            is_float = 1;
        if (!radix && (c == 'j' || c == 'J')) {
            is_imag = 1;
            continue;
        }
        buf[o++] = c;
    }
    buf[o] = '\0';
    AstNode *node = p_node_at(p, AST_CONSTANT, loc_tok(t));
    if (is_imag) {
        node->u.constant.ckind = CONST_IMAG;
        node->u.constant.f = strtod(buf, NULL);
    } else if (is_float) {
        node->u.constant.ckind = CONST_FLOAT;
        node->u.constant.f = strtod(buf, NULL);
    } else {
        node->u.constant.ckind = CONST_INT;
        node->u.constant.text = p_strdup(p, buf, o);
    }
    if (buf != small)
        free(buf);
    return node;
}

/* Name(a.b) from dotted_name '.' NAME, spanning both. */
AstNode *p_join_dotted(Parser *p, AstNode *a, Token *b)
{
    const char *bid = p_ident(p, b);
    size_t la = strlen(a->u.name.id), lb = strlen(bid);
    char *s = ast_alloc(p->arena, la + lb + 2);
    memcpy(s, a->u.name.id, la);
    s[la] = '.';
    memcpy(s + la + 1, bid, lb);
    s[la + 1 + lb] = '\0';
    Loc l = {a->lineno, a->col, b->end_lineno, b->end_col};
    AstNode *n = p_node_at(p, AST_NAME, l);
    n->u.name.id = s;
    n->u.name.ctx = CTX_LOAD;
    return n;
}

AstNode *p_empty_arguments(Parser *p)
{
    AstNode *n = ast_alloc(p->arena, sizeof *n);
    n->kind = AST_ARGUMENTS;
    return n;
}

static void push_names(Parser *p, AstList *dst, const PList *pairs)
{
    for (int i = 0; i < pairs->n; i++)
        ast_list_push(p->arena, dst, ((NameDefault *)pairs->items[i])->arg);
}

static void push_defaults(Parser *p, AstList *dst, const PList *pairs)
{
    for (int i = 0; i < pairs->n; i++)
        ast_list_push(p->arena, dst, ((NameDefault *)pairs->items[i])->value);
}

/* Assembles an arguments node from the pieces the parameter rules match
 * (CPython's _PyPegen_make_arguments). */
AstNode *p_make_arguments(Parser *p, AstList *slash_no_default, SlashWithDefault *slash_with_default,
                          AstList *plain, PList *with_defaults, StarEtc *star_etc)
{
    AstNode *n = p_empty_arguments(p);
    AstList *posonly = &n->u.arguments.posonlyargs;
    if (slash_no_default) {
        *posonly = *slash_no_default;
    } else if (slash_with_default) {
        for (int i = 0; i < slash_with_default->plain.n; i++)
            ast_list_push(p->arena, posonly, slash_with_default->plain.items[i]);
        push_names(p, posonly, &slash_with_default->with_defaults);
    }
    AstList *args = &n->u.arguments.args;
    if (plain)
        for (int i = 0; i < plain->n; i++)
            ast_list_push(p->arena, args, plain->items[i]);
    if (with_defaults)
        push_names(p, args, with_defaults);
    AstList *defaults = &n->u.arguments.defaults;
    if (slash_with_default)
        push_defaults(p, defaults, &slash_with_default->with_defaults);
    if (with_defaults)
        push_defaults(p, defaults, with_defaults);
    if (star_etc) {
        n->u.arguments.vararg = star_etc->vararg;
        n->u.arguments.kwarg = star_etc->kwarg;
        push_names(p, &n->u.arguments.kwonlyargs, &star_etc->kwonly);
        push_defaults(p, &n->u.arguments.kw_defaults, &star_etc->kwonly);
    }
    return n;
}

/* The "args" rule's result: a Call with no function yet, whose args are
 * the positional arguments followed by the starred ones found among the
 * keywords (CPython keeps *x after f(a, k=1, *x) in args). */
AstNode *p_collect_call(Parser *p, AstList *args, PList *kwargs, int start_mark)
{
    AstNode *c = p_node(p, AST_CALL, start_mark);
    if (args)
        for (int i = 0; i < args->n; i++)
            ast_list_push(p->arena, &c->u.call.args, args->items[i]);
    if (kwargs) {
        for (int i = 0; i < kwargs->n; i++) {
            KwOrStar *k = kwargs->items[i];
            if (!k->is_keyword)
                ast_list_push(p->arena, &c->u.call.args, k->node);
        }
        for (int i = 0; i < kwargs->n; i++) {
            KwOrStar *k = kwargs->items[i];
            if (k->is_keyword)
                ast_list_push(p->arena, &c->u.call.keywords, k->node);
        }
    }
    return c;
}

/* ast_unparse.c - an expression back to source text, as CPython 3.12's
 * Python/ast_unparse.c writes it: what `from __future__ import
 * annotations` stores as the annotation. Parentheses come from operator
 * precedence alone (the source's own are gone), spacing is fixed
 * (" + ", ", ", ": "), and constants are their repr() (inf as 1e309). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

/* Precedence levels, lowest first. */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_BOR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

/* The text being written, and the first node an annotation may not hold
 * under PEP 563 (a walrus, yield or await), if any. */
typedef struct Out {
    AstBuf buf;
    const AstNode *bad;
} Out;

static void put(Out *b, const char *s) { ast_buf_put(&b->buf, s, strlen(s)); }

static void put_if(Out *b, int cond, const char *s)
{
    if (cond)
        put(b, s);
}

static void expr(Out *b, const AstNode *e, int level);

static void join(Out *b, const AstList *l, int level)
{
    for (int i = 0; i < l->n; i++) {
        put_if(b, i > 0, ", ");
        expr(b, l->items[i], level);
    }
}

/* A float's repr, with infinity as 1e309 so that it reads back. */
static void put_float(Out *b, double f, int imag)
{
    if (isinf(f)) {
        put(b, f < 0 ? "-1e309" : "1e309");
        put_if(b, imag, "j");
    } else if (imag) {
        ast_repr_imag(&b->buf, f);
    } else {
        ast_repr_float(&b->buf, f);
    }
}

static void constant(Out *b, const AstNode *e)
{
    switch (e->u.constant.ckind) {
    case CONST_NONE: put(b, "None"); break;
    case CONST_TRUE: put(b, "True"); break;
    case CONST_FALSE: put(b, "False"); break;
    case CONST_ELLIPSIS: put(b, "..."); break;
    case CONST_INT: ast_repr_int(&b->buf, e->u.constant.text); break;
    case CONST_FLOAT: put_float(b, e->u.constant.f, 0); break;
    case CONST_IMAG: put_float(b, e->u.constant.f, 1); break;
    case CONST_STR:
        put_if(b, e->u.constant.kind_u, "u");
        ast_repr_str(&b->buf, e->u.constant.bytes, e->u.constant.len);
        break;
    case CONST_BYTES: ast_repr_bytes(&b->buf, e->u.constant.bytes, e->u.constant.len); break;
    }
}

static void arg(Out *b, const AstNode *a)
{
    put(b, a->u.arg.arg);
    if (a->u.arg.annotation) {
        put(b, ": ");
        expr(b, a->u.arg.annotation, PR_TEST);
    }
}

static void arguments(Out *b, const AstNode *args)
{
    const AstList *po = &args->u.arguments.posonlyargs, *pa = &args->u.arguments.args;
    const AstList *defaults = &args->u.arguments.defaults;
    int first = 1, npos = po->n + pa->n;
    for (int i = 0; i < npos; i++) {
        put_if(b, !first, ", ");
        first = 0;
        arg(b, i < po->n ? po->items[i] : pa->items[i - po->n]);
        int di = i - npos + defaults->n;
        if (di >= 0) {
            put(b, "=");
            expr(b, defaults->items[di], PR_TEST);
        }
        put_if(b, po->n && i + 1 == po->n, ", /");
    }
    const AstList *kwonly = &args->u.arguments.kwonlyargs;
    if (args->u.arguments.vararg || kwonly->n) {
        put_if(b, !first, ", ");
        first = 0;
        put(b, "*");
        if (args->u.arguments.vararg)
            arg(b, args->u.arguments.vararg);
    }
    for (int i = 0; i < kwonly->n; i++) {
        put_if(b, !first, ", ");
        first = 0;
        arg(b, kwonly->items[i]);
        const AstNode *d = i < args->u.arguments.kw_defaults.n ? args->u.arguments.kw_defaults.items[i] : NULL;
        if (d) {
            put(b, "=");
            expr(b, d, PR_TEST);
        }
    }
    if (args->u.arguments.kwarg) {
        put_if(b, !first, ", ");
        put(b, "**");
        arg(b, args->u.arguments.kwarg);
    }
}

static void comprehensions(Out *b, const AstList *gens)
{
    for (int i = 0; i < gens->n; i++) {
        const AstNode *g = gens->items[i];
        put(b, " for ");
        expr(b, g->u.comprehension.target, PR_TUPLE);
        put(b, " in ");
        expr(b, g->u.comprehension.iter, PR_TEST + 1);
        for (int k = 0; k < g->u.comprehension.ifs.n; k++) {
            put(b, " if ");
            expr(b, g->u.comprehension.ifs.items[k], PR_TEST + 1);
        }
    }
}

/* f-string text: braces doubled. */
static void fstring_text(Out *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '{' || s[i] == '}')
            ast_buf_put(&b->buf, s + i, 1);
        ast_buf_put(&b->buf, s + i, 1);
    }
}

static void fstring_body(Out *b, const AstNode *joined);

static void formatted_value(Out *b, const AstNode *e)
{
    Out inner = {{0}, b->bad};
    expr(&inner, e->u.formatted.value, PR_TEST + 1);
    b->bad = inner.bad;
    /* An expression starting with a brace is set apart from the outer one. */
    put(b, inner.buf.len && inner.buf.data[0] == '{' ? "{ " : "{");
    ast_buf_put(&b->buf, inner.buf.data, inner.buf.len);
    free(inner.buf.data);
    if (e->u.formatted.conversion > 0) {
        char conv[3] = {'!', (char)e->u.formatted.conversion, 0};
        put(b, conv);
    }
    if (e->u.formatted.format_spec) {
        put(b, ":");
        fstring_body(b, e->u.formatted.format_spec);
    }
    put(b, "}");
}

static void fstring_body(Out *b, const AstNode *joined)
{
    const AstList *vals = &joined->u.joinedstr.values;
    for (int i = 0; i < vals->n; i++) {
        const AstNode *v = vals->items[i];
        if (v->kind == AST_CONSTANT)
            fstring_text(b, v->u.constant.bytes, v->u.constant.len);
        else if (v->kind == AST_JOINEDSTR)
            fstring_body(b, v);
        else
            formatted_value(b, v);
    }
}

static const char *binop_text(AstOperator op, int *pr)
{
    switch (op) {
    case OP_ADD: *pr = PR_ARITH; return " + ";
    case OP_SUB: *pr = PR_ARITH; return " - ";
    case OP_MULT: *pr = PR_TERM; return " * ";
    case OP_MATMULT: *pr = PR_TERM; return " @ ";
    case OP_DIV: *pr = PR_TERM; return " / ";
    case OP_MOD: *pr = PR_TERM; return " % ";
    case OP_FLOORDIV: *pr = PR_TERM; return " // ";
    case OP_LSHIFT: *pr = PR_SHIFT; return " << ";
    case OP_RSHIFT: *pr = PR_SHIFT; return " >> ";
    case OP_BITOR: *pr = PR_BOR; return " | ";
    case OP_BITXOR: *pr = PR_BXOR; return " ^ ";
    case OP_BITAND: *pr = PR_BAND; return " & ";
    default: *pr = PR_POWER; return " ** ";
    }
}

static const char *const cmp_text[] = {" == ", " != ", " < ", " <= ", " > ", " >= ",
                                       " is ", " is not ", " in ", " not in "};

static void expr(Out *b, const AstNode *e, int level)
{
    int pr;
    if (!b->bad && (e->kind == AST_NAMEDEXPR || e->kind == AST_YIELD || e->kind == AST_YIELDFROM ||
                    e->kind == AST_AWAIT))
        b->bad = e;
    switch (e->kind) {
    case AST_BOOLOP: {
        pr = e->u.boolop.op == BOOL_AND ? PR_AND : PR_OR;
        put_if(b, level > pr, "(");
        for (int i = 0; i < e->u.boolop.values.n; i++) {
            put_if(b, i > 0, pr == PR_AND ? " and " : " or ");
            expr(b, e->u.boolop.values.items[i], pr + 1);
        }
        put_if(b, level > pr, ")");
        break;
    }
    case AST_BINOP: {
        const char *op = binop_text(e->u.binop.op, &pr);
        int rassoc = e->u.binop.op == OP_POW;
        put_if(b, level > pr, "(");
        expr(b, e->u.binop.left, pr + rassoc);
        put(b, op);
        expr(b, e->u.binop.right, pr + !rassoc);
        put_if(b, level > pr, ")");
        break;
    }
    case AST_UNARYOP: {
        static const char *const ops[] = {"~", "not ", "+", "-"};
        pr = e->u.unaryop.op == UOP_NOT ? PR_NOT : PR_FACTOR;
        put_if(b, level > pr, "(");
        put(b, ops[e->u.unaryop.op]);
        expr(b, e->u.unaryop.operand, pr);
        put_if(b, level > pr, ")");
        break;
    }
    case AST_LAMBDA: {
        const AstNode *a = e->u.lambda.args;
        put_if(b, level > PR_TEST, "(");
        put(b, a->u.arguments.posonlyargs.n + a->u.arguments.args.n ? "lambda " : "lambda");
        arguments(b, a);
        put(b, ": ");
        expr(b, e->u.lambda.body, PR_TEST);
        put_if(b, level > PR_TEST, ")");
        break;
    }
    case AST_IFEXP:
        put_if(b, level > PR_TEST, "(");
        expr(b, e->u.ifexp.body, PR_TEST + 1);
        put(b, " if ");
        expr(b, e->u.ifexp.test, PR_TEST + 1);
        put(b, " else ");
        expr(b, e->u.ifexp.orelse, PR_TEST);
        put_if(b, level > PR_TEST, ")");
        break;
    case AST_DICT:
        put(b, "{");
        for (int i = 0; i < e->u.dict.values.n; i++) {
            put_if(b, i > 0, ", ");
            if (e->u.dict.keys.items[i]) {
                expr(b, e->u.dict.keys.items[i], PR_TEST);
                put(b, ": ");
                expr(b, e->u.dict.values.items[i], PR_TEST);
            } else {
                put(b, "**");
                expr(b, e->u.dict.values.items[i], PR_BOR);
            }
        }
        put(b, "}");
        break;
    case AST_SET:
        if (!e->u.set.elts.n) {
            put(b, "{*()}");
            break;
        }
        put(b, "{");
        join(b, &e->u.set.elts, PR_TEST);
        put(b, "}");
        break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_GENEXP:
    case AST_DICTCOMP:
        put(b, e->kind == AST_LISTCOMP ? "[" : e->kind == AST_GENEXP ? "(" : "{");
        expr(b, e->u.comp.elt, PR_TEST);
        if (e->kind == AST_DICTCOMP) {
            put(b, ": ");
            expr(b, e->u.comp.value, PR_TEST);
        }
        comprehensions(b, &e->u.comp.generators);
        put(b, e->kind == AST_LISTCOMP ? "]" : e->kind == AST_GENEXP ? ")" : "}");
        break;
    case AST_AWAIT:
        put_if(b, level > PR_AWAIT, "(");
        put(b, "await ");
        expr(b, e->u.await.value, PR_ATOM);
        put_if(b, level > PR_AWAIT, ")");
        break;
    case AST_YIELD:
    case AST_YIELDFROM:
        put(b, e->kind == AST_YIELD ? "(yield" : "(yield from");
        if (e->u.yield.value) {
            put(b, " ");
            expr(b, e->u.yield.value, PR_TEST);
        }
        put(b, ")");
        break;
    case AST_COMPARE:
        put_if(b, level > PR_CMP, "(");
        expr(b, e->u.compare.left, PR_CMP + 1);
        for (int i = 0; i < e->u.compare.comparators.n; i++) {
            put(b, cmp_text[e->u.compare.ops[i]]);
            expr(b, e->u.compare.comparators.items[i], PR_CMP + 1);
        }
        put_if(b, level > PR_CMP, ")");
        break;
    case AST_CALL: {
        expr(b, e->u.call.func, PR_ATOM);
        const AstList *args = &e->u.call.args, *kws = &e->u.call.keywords;
        if (args->n == 1 && kws->n == 0 && args->items[0]->kind == AST_GENEXP) {
            expr(b, args->items[0], PR_TEST); /* f(x for x in y): the genexp's own parentheses */
            break;
        }
        put(b, "(");
        join(b, args, PR_TEST);
        for (int i = 0; i < kws->n; i++) {
            put_if(b, i > 0 || args->n > 0, ", ");
            const AstNode *k = kws->items[i];
            if (k->u.keyword.arg) {
                put(b, k->u.keyword.arg);
                put(b, "=");
            } else {
                put(b, "**");
            }
            expr(b, k->u.keyword.value, PR_TEST);
        }
        put(b, ")");
        break;
    }
    case AST_FORMATTEDVALUE: formatted_value(b, e); break;
    case AST_JOINEDSTR: {
        Out body = {{0}, b->bad};
        fstring_body(&body, e);
        b->bad = body.bad;
        put(b, "f");
        ast_repr_str(&b->buf, body.buf.data ? body.buf.data : "", body.buf.len);
        free(body.buf.data);
        break;
    }
    case AST_CONSTANT: constant(b, e); break;
    case AST_ATTRIBUTE: {
        const AstNode *v = e->u.attribute.value;
        expr(b, v, PR_ATOM);
        /* 1 .real: an int needs a space before the dot. */
        put(b, v->kind == AST_CONSTANT && v->u.constant.ckind == CONST_INT ? " ." : ".");
        put(b, e->u.attribute.attr);
        break;
    }
    case AST_SUBSCRIPT:
        expr(b, e->u.subscript.value, PR_ATOM);
        put(b, "[");
        expr(b, e->u.subscript.slice, PR_TUPLE);
        put(b, "]");
        break;
    case AST_STARRED:
        put(b, "*");
        expr(b, e->u.starred.value, PR_BOR);
        break;
    case AST_NAME: put(b, e->u.name.id); break;
    case AST_LIST:
        put(b, "[");
        join(b, &e->u.seq.elts, PR_TEST);
        put(b, "]");
        break;
    case AST_TUPLE:
        if (!e->u.seq.elts.n) {
            put(b, "()");
            break;
        }
        put_if(b, level > PR_TUPLE, "(");
        join(b, &e->u.seq.elts, PR_TEST);
        put_if(b, e->u.seq.elts.n == 1, ",");
        put_if(b, level > PR_TUPLE, ")");
        break;
    case AST_SLICE:
        if (e->u.slice.lower)
            expr(b, e->u.slice.lower, PR_TEST);
        put(b, ":");
        if (e->u.slice.upper)
            expr(b, e->u.slice.upper, PR_TEST);
        if (e->u.slice.step) {
            put(b, ":");
            expr(b, e->u.slice.step, PR_TEST);
        }
        break;
    case AST_NAMEDEXPR:
        put_if(b, level > PR_TUPLE, "(");
        expr(b, e->u.namedexpr.target, PR_ATOM);
        put(b, " := ");
        expr(b, e->u.namedexpr.value, PR_ATOM);
        put_if(b, level > PR_TUPLE, ")");
        break;
    default: put(b, "<?>"); break;
    }
}

const AstNode *ast_unparse_annotation(const AstNode *e, char **out, size_t *outlen)
{
    Out b = {{0}, NULL};
    expr(&b, e, PR_TEST);
    ast_buf_put(&b.buf, "", 1); /* NUL, not counted */
    *out = b.buf.data;
    *outlen = b.buf.len - 1;
    return b.bad;
}

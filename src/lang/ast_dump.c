/* ast_dump.c - text of a tree in the exact form of CPython 3.12's
 * ast.dump(tree) (and, optionally, include_attributes=True): every field
 * as name=value, optional fields that are None left out, empty lists
 * shown as [], 3.12's empty type_params on defs and classes. */
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Dumper {
    AstBuf b;
    int attrs;
    int depth;
} Dumper;

/* Trees nested deeper than this (only reachable with pathological
 * input) are cut short rather than risking the C stack. */
#define DUMP_MAX_DEPTH 20000

static void put(Dumper *d, const char *s)
{
    ast_buf_put(&d->b, s, strlen(s));
}

static void node(Dumper *d, const AstNode *n);

/* Starts "name=" after a separator when needed. */
static void key(Dumper *d, int *first, const char *name)
{
    if (!*first)
        put(d, ", ");
    *first = 0;
    put(d, name);
    put(d, "=");
}

static void f_node(Dumper *d, int *first, const char *name, const AstNode *n)
{
    key(d, first, name);
    if (n)
        node(d, n);
    else
        put(d, "None");
}

/* An optional field: omitted entirely when absent. */
static void f_opt(Dumper *d, int *first, const char *name, const AstNode *n)
{
    if (n)
        f_node(d, first, name, n);
}

static void f_list(Dumper *d, int *first, const char *name, const AstList *l)
{
    key(d, first, name);
    put(d, "[");
    for (int i = 0; i < l->n; i++) {
        if (i)
            put(d, ", ");
        if (l->items[i])
            node(d, l->items[i]);
        else
            put(d, "None");
    }
    put(d, "]");
}

static void f_str(Dumper *d, int *first, const char *name, const char *s)
{
    key(d, first, name);
    ast_repr_str(&d->b, s, strlen(s));
}

static void f_opt_str(Dumper *d, int *first, const char *name, const char *s)
{
    if (s)
        f_str(d, first, name, s);
}

static void f_int(Dumper *d, int *first, const char *name, int v)
{
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%d", v);
    key(d, first, name);
    put(d, tmp);
}

static void f_raw(Dumper *d, int *first, const char *name, const char *text)
{
    key(d, first, name);
    put(d, text);
}

static const char *ctx_name(AstCtx c)
{
    return c == CTX_STORE ? "Store()" : c == CTX_DEL ? "Del()" : "Load()";
}

static const char *op_name(AstOperator op)
{
    static const char *const names[] = {"Add()",    "Sub()",    "Mult()",  "MatMult()", "Div()",
                                        "Mod()",    "Pow()",    "LShift()", "RShift()", "BitOr()",
                                        "BitXor()", "BitAnd()", "FloorDiv()"};
    return names[op];
}

static const char *cmp_name(AstCmpOp op)
{
    static const char *const names[] = {"Eq()",  "NotEq()", "Lt()", "LtE()", "Gt()",
                                        "GtE()", "Is()",    "IsNot()", "In()", "NotIn()"};
    return names[op];
}

static const char *unary_name(AstUnaryOp op)
{
    static const char *const names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    return names[op];
}

static void constant_value(Dumper *d, const AstNode *n)
{
    switch (n->u.constant.ckind) {
    case CONST_NONE: put(d, "None"); break;
    case CONST_TRUE: put(d, "True"); break;
    case CONST_FALSE: put(d, "False"); break;
    case CONST_ELLIPSIS: put(d, "Ellipsis"); break;
    case CONST_INT: ast_repr_int(&d->b, n->u.constant.text); break;
    case CONST_FLOAT: ast_repr_float(&d->b, n->u.constant.f); break;
    case CONST_IMAG: ast_repr_imag(&d->b, n->u.constant.f); break;
    case CONST_STR: ast_repr_str(&d->b, n->u.constant.bytes, n->u.constant.len); break;
    case CONST_BYTES: ast_repr_bytes(&d->b, n->u.constant.bytes, n->u.constant.len); break;
    }
}

static int has_attributes(AstKind k)
{
    return k != AST_ARGUMENTS && k != AST_COMPREHENSION && k != AST_WITHITEM;
}

static void stmt_fields(Dumper *d, const AstNode *n, int *first)
{
    switch (n->kind) {
    case AST_FUNCTIONDEF:
        f_str(d, first, "name", n->u.fn.name);
        f_node(d, first, "args", n->u.fn.args);
        f_list(d, first, "body", &n->u.fn.body);
        f_list(d, first, "decorator_list", &n->u.fn.decorators);
        f_opt(d, first, "returns", n->u.fn.returns);
        f_raw(d, first, "type_params", "[]");
        break;
    case AST_CLASSDEF:
        f_str(d, first, "name", n->u.cls.name);
        f_list(d, first, "bases", &n->u.cls.bases);
        f_list(d, first, "keywords", &n->u.cls.keywords);
        f_list(d, first, "body", &n->u.cls.body);
        f_list(d, first, "decorator_list", &n->u.cls.decorators);
        f_raw(d, first, "type_params", "[]");
        break;
    case AST_RETURN: f_opt(d, first, "value", n->u.ret.value); break;
    case AST_DELETE: f_list(d, first, "targets", &n->u.del.targets); break;
    case AST_ASSIGN:
        f_list(d, first, "targets", &n->u.assign.targets);
        f_node(d, first, "value", n->u.assign.value);
        break;
    case AST_AUGASSIGN:
        f_node(d, first, "target", n->u.augassign.target);
        f_raw(d, first, "op", op_name(n->u.augassign.op));
        f_node(d, first, "value", n->u.augassign.value);
        break;
    case AST_ANNASSIGN:
        f_node(d, first, "target", n->u.annassign.target);
        f_node(d, first, "annotation", n->u.annassign.annotation);
        f_opt(d, first, "value", n->u.annassign.value);
        f_int(d, first, "simple", n->u.annassign.simple);
        break;
    case AST_FOR:
        f_node(d, first, "target", n->u.for_.target);
        f_node(d, first, "iter", n->u.for_.iter);
        f_list(d, first, "body", &n->u.for_.body);
        f_list(d, first, "orelse", &n->u.for_.orelse);
        break;
    case AST_WHILE:
        f_node(d, first, "test", n->u.while_.test);
        f_list(d, first, "body", &n->u.while_.body);
        f_list(d, first, "orelse", &n->u.while_.orelse);
        break;
    case AST_IF:
        f_node(d, first, "test", n->u.if_.test);
        f_list(d, first, "body", &n->u.if_.body);
        f_list(d, first, "orelse", &n->u.if_.orelse);
        break;
    case AST_WITH:
        f_list(d, first, "items", &n->u.with.items);
        f_list(d, first, "body", &n->u.with.body);
        break;
    case AST_RAISE:
        f_opt(d, first, "exc", n->u.raise.exc);
        f_opt(d, first, "cause", n->u.raise.cause);
        break;
    case AST_TRY:
        f_list(d, first, "body", &n->u.try_.body);
        f_list(d, first, "handlers", &n->u.try_.handlers);
        f_list(d, first, "orelse", &n->u.try_.orelse);
        f_list(d, first, "finalbody", &n->u.try_.finalbody);
        break;
    case AST_ASSERT:
        f_node(d, first, "test", n->u.assert_.test);
        f_opt(d, first, "msg", n->u.assert_.msg);
        break;
    case AST_IMPORT: f_list(d, first, "names", &n->u.import.names); break;
    case AST_IMPORTFROM:
        f_opt_str(d, first, "module", n->u.importfrom.module);
        f_list(d, first, "names", &n->u.importfrom.names);
        f_int(d, first, "level", n->u.importfrom.level);
        break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        key(d, first, "names");
        put(d, "[");
        for (int i = 0; i < n->u.global.n; i++) {
            if (i)
                put(d, ", ");
            ast_repr_str(&d->b, n->u.global.names[i], strlen(n->u.global.names[i]));
        }
        put(d, "]");
        break;
    case AST_EXPR: f_node(d, first, "value", n->u.expr.value); break;
    default: break;
    }
}

static void expr_fields(Dumper *d, const AstNode *n, int *first)
{
    switch (n->kind) {
    case AST_BOOLOP:
        f_raw(d, first, "op", n->u.boolop.op == BOOL_AND ? "And()" : "Or()");
        f_list(d, first, "values", &n->u.boolop.values);
        break;
    case AST_NAMEDEXPR:
        f_node(d, first, "target", n->u.namedexpr.target);
        f_node(d, first, "value", n->u.namedexpr.value);
        break;
    case AST_BINOP:
        f_node(d, first, "left", n->u.binop.left);
        f_raw(d, first, "op", op_name(n->u.binop.op));
        f_node(d, first, "right", n->u.binop.right);
        break;
    case AST_UNARYOP:
        f_raw(d, first, "op", unary_name(n->u.unaryop.op));
        f_node(d, first, "operand", n->u.unaryop.operand);
        break;
    case AST_LAMBDA:
        f_node(d, first, "args", n->u.lambda.args);
        f_node(d, first, "body", n->u.lambda.body);
        break;
    case AST_IFEXP:
        f_node(d, first, "test", n->u.ifexp.test);
        f_node(d, first, "body", n->u.ifexp.body);
        f_node(d, first, "orelse", n->u.ifexp.orelse);
        break;
    case AST_DICT:
        f_list(d, first, "keys", &n->u.dict.keys);
        f_list(d, first, "values", &n->u.dict.values);
        break;
    case AST_SET: f_list(d, first, "elts", &n->u.set.elts); break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_GENEXP:
        f_node(d, first, "elt", n->u.comp.elt);
        f_list(d, first, "generators", &n->u.comp.generators);
        break;
    case AST_DICTCOMP:
        f_node(d, first, "key", n->u.comp.elt);
        f_node(d, first, "value", n->u.comp.value);
        f_list(d, first, "generators", &n->u.comp.generators);
        break;
    case AST_AWAIT: f_node(d, first, "value", n->u.await.value); break;
    case AST_YIELD: f_opt(d, first, "value", n->u.yield.value); break;
    case AST_YIELDFROM: f_node(d, first, "value", n->u.yield.value); break;
    case AST_COMPARE:
        f_node(d, first, "left", n->u.compare.left);
        key(d, first, "ops");
        put(d, "[");
        for (int i = 0; i < n->u.compare.comparators.n; i++) {
            if (i)
                put(d, ", ");
            put(d, cmp_name(n->u.compare.ops[i]));
        }
        put(d, "]");
        f_list(d, first, "comparators", &n->u.compare.comparators);
        break;
    case AST_CALL:
        f_node(d, first, "func", n->u.call.func);
        f_list(d, first, "args", &n->u.call.args);
        f_list(d, first, "keywords", &n->u.call.keywords);
        break;
    case AST_FORMATTEDVALUE:
        f_node(d, first, "value", n->u.formatted.value);
        f_int(d, first, "conversion", n->u.formatted.conversion);
        f_opt(d, first, "format_spec", n->u.formatted.format_spec);
        break;
    case AST_JOINEDSTR: f_list(d, first, "values", &n->u.joinedstr.values); break;
    case AST_CONSTANT:
        key(d, first, "value");
        constant_value(d, n);
        if (n->u.constant.kind_u)
            f_raw(d, first, "kind", "'u'");
        break;
    case AST_ATTRIBUTE:
        f_node(d, first, "value", n->u.attribute.value);
        f_str(d, first, "attr", n->u.attribute.attr);
        f_raw(d, first, "ctx", ctx_name(n->u.attribute.ctx));
        break;
    case AST_SUBSCRIPT:
        f_node(d, first, "value", n->u.subscript.value);
        f_node(d, first, "slice", n->u.subscript.slice);
        f_raw(d, first, "ctx", ctx_name(n->u.subscript.ctx));
        break;
    case AST_STARRED:
        f_node(d, first, "value", n->u.starred.value);
        f_raw(d, first, "ctx", ctx_name(n->u.starred.ctx));
        break;
    case AST_NAME:
        f_str(d, first, "id", n->u.name.id);
        f_raw(d, first, "ctx", ctx_name(n->u.name.ctx));
        break;
    case AST_LIST:
    case AST_TUPLE:
        f_list(d, first, "elts", &n->u.seq.elts);
        f_raw(d, first, "ctx", ctx_name(n->u.seq.ctx));
        break;
    case AST_SLICE:
        f_opt(d, first, "lower", n->u.slice.lower);
        f_opt(d, first, "upper", n->u.slice.upper);
        f_opt(d, first, "step", n->u.slice.step);
        break;
    default: break;
    }
}

static void helper_fields(Dumper *d, const AstNode *n, int *first)
{
    switch (n->kind) {
    case AST_KEYWORD:
        f_opt_str(d, first, "arg", n->u.keyword.arg);
        f_node(d, first, "value", n->u.keyword.value);
        break;
    case AST_ALIAS:
        f_str(d, first, "name", n->u.alias.name);
        f_opt_str(d, first, "asname", n->u.alias.asname);
        break;
    case AST_WITHITEM:
        f_node(d, first, "context_expr", n->u.withitem.context_expr);
        f_opt(d, first, "optional_vars", n->u.withitem.optional_vars);
        break;
    case AST_EXCEPTHANDLER:
        f_opt(d, first, "type", n->u.handler.type);
        f_opt_str(d, first, "name", n->u.handler.name);
        f_list(d, first, "body", &n->u.handler.body);
        break;
    case AST_ARGUMENTS:
        f_list(d, first, "posonlyargs", &n->u.arguments.posonlyargs);
        f_list(d, first, "args", &n->u.arguments.args);
        f_opt(d, first, "vararg", n->u.arguments.vararg);
        f_list(d, first, "kwonlyargs", &n->u.arguments.kwonlyargs);
        f_list(d, first, "kw_defaults", &n->u.arguments.kw_defaults);
        f_opt(d, first, "kwarg", n->u.arguments.kwarg);
        f_list(d, first, "defaults", &n->u.arguments.defaults);
        break;
    case AST_ARG:
        f_str(d, first, "arg", n->u.arg.arg);
        f_opt(d, first, "annotation", n->u.arg.annotation);
        break;
    case AST_COMPREHENSION:
        f_node(d, first, "target", n->u.comprehension.target);
        f_node(d, first, "iter", n->u.comprehension.iter);
        f_list(d, first, "ifs", &n->u.comprehension.ifs);
        f_int(d, first, "is_async", n->u.comprehension.is_async);
        break;
    default: break;
    }
}

static const char *kind_name(const AstNode *n)
{
    switch (n->kind) {
    case AST_FUNCTIONDEF: return n->u.fn.is_async ? "AsyncFunctionDef" : "FunctionDef";
    case AST_CLASSDEF: return "ClassDef";
    case AST_RETURN: return "Return";
    case AST_DELETE: return "Delete";
    case AST_ASSIGN: return "Assign";
    case AST_AUGASSIGN: return "AugAssign";
    case AST_ANNASSIGN: return "AnnAssign";
    case AST_FOR: return n->u.for_.is_async ? "AsyncFor" : "For";
    case AST_WHILE: return "While";
    case AST_IF: return "If";
    case AST_WITH: return n->u.with.is_async ? "AsyncWith" : "With";
    case AST_RAISE: return "Raise";
    case AST_TRY: return "Try";
    case AST_ASSERT: return "Assert";
    case AST_IMPORT: return "Import";
    case AST_IMPORTFROM: return "ImportFrom";
    case AST_GLOBAL: return "Global";
    case AST_NONLOCAL: return "Nonlocal";
    case AST_EXPR: return "Expr";
    case AST_PASS: return "Pass";
    case AST_BREAK: return "Break";
    case AST_CONTINUE: return "Continue";
    case AST_BOOLOP: return "BoolOp";
    case AST_NAMEDEXPR: return "NamedExpr";
    case AST_BINOP: return "BinOp";
    case AST_UNARYOP: return "UnaryOp";
    case AST_LAMBDA: return "Lambda";
    case AST_IFEXP: return "IfExp";
    case AST_DICT: return "Dict";
    case AST_SET: return "Set";
    case AST_LISTCOMP: return "ListComp";
    case AST_SETCOMP: return "SetComp";
    case AST_DICTCOMP: return "DictComp";
    case AST_GENEXP: return "GeneratorExp";
    case AST_AWAIT: return "Await";
    case AST_YIELD: return "Yield";
    case AST_YIELDFROM: return "YieldFrom";
    case AST_COMPARE: return "Compare";
    case AST_CALL: return "Call";
    case AST_FORMATTEDVALUE: return "FormattedValue";
    case AST_JOINEDSTR: return "JoinedStr";
    case AST_CONSTANT: return "Constant";
    case AST_ATTRIBUTE: return "Attribute";
    case AST_SUBSCRIPT: return "Subscript";
    case AST_STARRED: return "Starred";
    case AST_NAME: return "Name";
    case AST_LIST: return "List";
    case AST_TUPLE: return "Tuple";
    case AST_SLICE: return "Slice";
    case AST_KEYWORD: return "keyword";
    case AST_ALIAS: return "alias";
    case AST_WITHITEM: return "withitem";
    case AST_EXCEPTHANDLER: return "ExceptHandler";
    case AST_ARGUMENTS: return "arguments";
    case AST_ARG: return "arg";
    case AST_COMPREHENSION: return "comprehension";
    default: return "?";
    }
}

static void node(Dumper *d, const AstNode *n)
{
    if (d->depth >= DUMP_MAX_DEPTH) {
        put(d, "...");
        return;
    }
    d->depth++;
    put(d, kind_name(n));
    put(d, "(");
    int first = 1;
    if (n->kind <= AST_CONTINUE)
        stmt_fields(d, n, &first);
    else if (n->kind <= AST_SLICE)
        expr_fields(d, n, &first);
    else
        helper_fields(d, n, &first);
    if (d->attrs && has_attributes(n->kind)) {
        f_int(d, &first, "lineno", n->lineno);
        f_int(d, &first, "col_offset", n->col);
        f_int(d, &first, "end_lineno", n->end_lineno);
        f_int(d, &first, "end_col_offset", n->end_col);
    }
    put(d, ")");
    d->depth--;
}

void ast_dump_ex(const AstModule *m, int include_attributes, char **out, size_t *outlen)
{
    Dumper d = {{0}, include_attributes, 0};
    put(&d, "");
    int first = 1;
    if (m->mode == PARSE_EVAL) {
        put(&d, "Expression(");
        f_node(&d, &first, "body", m->body.n ? m->body.items[0]->u.expr.value : NULL);
    } else {
        put(&d, m->mode == PARSE_SINGLE ? "Interactive(" : "Module(");
        f_list(&d, &first, "body", &m->body);
        if (m->mode == PARSE_FILE)
            f_raw(&d, &first, "type_ignores", "[]");
    }
    put(&d, ")");
    *out = d.b.data;
    *outlen = d.b.len;
}

void ast_dump(const AstModule *m, char **out, size_t *outlen)
{
    ast_dump_ex(m, 0, out, outlen);
}

/* mangle.c - private name mangling, done on the tree before the symtable.
 *
 * Inside a class body, and in every function, lambda and comprehension
 * nested in it, an identifier of the form __name (two leading underscores,
 * not two trailing ones, no dot) becomes _Class__name, where Class is the
 * innermost enclosing class's name stripped of its leading underscores.
 * CPython does this in its compiler at every use of a name; doing it once
 * on the tree keeps the symtable and the code generator unaware of it.
 *
 * What is mangled, as in CPython: names (loads, stores, deletes), attribute
 * names, parameter names, global/nonlocal names, except-handler names,
 * import bindings, and the names def/class statements bind (kept apart in
 * `bind`: the function's or class's own __name__ stays unmangled). Keyword
 * argument names in calls and string arguments to getattr are not.
 *
 * A class's bases, keywords and decorators are evaluated in the enclosing
 * scope, so they use the enclosing class's name, not the new one.
 */
#include <string.h>

#include "ast.h"

typedef struct Mangler {
    AstArena *arena;
    const char *cls; /* stripped name of the innermost class, NULL outside classes */
    int keep_annotations; /* PEP 563: annotations are kept as written */
} Mangler;

static const char *mangle(Mangler *m, const char *name) {
    if (!m->cls || !name) return name;
    size_t n = strlen(name);
    if (n < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    size_t cn = strlen(m->cls);
    char *out = ast_alloc(m->arena, cn + n + 2);
    out[0] = '_';
    memcpy(out + 1, m->cls, cn);
    memcpy(out + 1 + cn, name, n + 1);
    return out;
}

static void walk(Mangler *m, AstNode *n);

static void walk_list(Mangler *m, AstList *l) {
    for (int i = 0; i < l->n; i++) walk(m, l->items[i]);
}

static void walk_arguments(Mangler *m, AstNode *a) {
    if (!a) return;
    walk_list(m, &a->u.arguments.posonlyargs);
    walk_list(m, &a->u.arguments.args);
    walk(m, a->u.arguments.vararg);
    walk_list(m, &a->u.arguments.kwonlyargs);
    walk_list(m, &a->u.arguments.kw_defaults);
    walk(m, a->u.arguments.kwarg);
    walk_list(m, &a->u.arguments.defaults);
}

static void walk_class(Mangler *m, AstNode *n) {
    n->u.cls.bind = mangle(m, n->u.cls.name);
    walk_list(m, &n->u.cls.decorators);
    walk_list(m, &n->u.cls.bases);
    walk_list(m, &n->u.cls.keywords);
    const char *saved = m->cls;
    const char *stripped = n->u.cls.name;
    while (*stripped == '_') stripped++;
    /* A class named only with underscores turns mangling off inside it. */
    m->cls = *stripped ? stripped : NULL;
    walk_list(m, &n->u.cls.body);
    m->cls = saved;
}

static void walk(Mangler *m, AstNode *n) {
    if (!n) return;
    switch (n->kind) {
    case AST_FUNCTIONDEF:
        n->u.fn.bind = mangle(m, n->u.fn.name);
        walk_list(m, &n->u.fn.decorators);
        walk_arguments(m, n->u.fn.args);
        if (!m->keep_annotations)
            walk(m, n->u.fn.returns);
        walk_list(m, &n->u.fn.body);
        break;
    case AST_CLASSDEF: walk_class(m, n); break;
    case AST_RETURN: walk(m, n->u.ret.value); break;
    case AST_DELETE: walk_list(m, &n->u.del.targets); break;
    case AST_ASSIGN:
        walk_list(m, &n->u.assign.targets);
        walk(m, n->u.assign.value);
        break;
    case AST_AUGASSIGN:
        walk(m, n->u.augassign.target);
        walk(m, n->u.augassign.value);
        break;
    case AST_ANNASSIGN:
        walk(m, n->u.annassign.target);
        if (!m->keep_annotations)
            walk(m, n->u.annassign.annotation);
        walk(m, n->u.annassign.value);
        break;
    case AST_FOR:
        walk(m, n->u.for_.target);
        walk(m, n->u.for_.iter);
        walk_list(m, &n->u.for_.body);
        walk_list(m, &n->u.for_.orelse);
        break;
    case AST_WHILE:
        walk(m, n->u.while_.test);
        walk_list(m, &n->u.while_.body);
        walk_list(m, &n->u.while_.orelse);
        break;
    case AST_IF:
        walk(m, n->u.if_.test);
        walk_list(m, &n->u.if_.body);
        walk_list(m, &n->u.if_.orelse);
        break;
    case AST_WITH:
        walk_list(m, &n->u.with.items);
        walk_list(m, &n->u.with.body);
        break;
    case AST_RAISE:
        walk(m, n->u.raise.exc);
        walk(m, n->u.raise.cause);
        break;
    case AST_TRY:
        walk_list(m, &n->u.try_.body);
        walk_list(m, &n->u.try_.handlers);
        walk_list(m, &n->u.try_.orelse);
        walk_list(m, &n->u.try_.finalbody);
        break;
    case AST_ASSERT:
        walk(m, n->u.assert_.test);
        walk(m, n->u.assert_.msg);
        break;
    case AST_IMPORT: walk_list(m, &n->u.import.names); break;
    case AST_IMPORTFROM: walk_list(m, &n->u.importfrom.names); break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        for (int i = 0; i < n->u.global.n; i++) n->u.global.names[i] = mangle(m, n->u.global.names[i]);
        break;
    case AST_EXPR: walk(m, n->u.expr.value); break;
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE:
    case AST_CONSTANT: break;
    case AST_BOOLOP: walk_list(m, &n->u.boolop.values); break;
    case AST_NAMEDEXPR:
        walk(m, n->u.namedexpr.target);
        walk(m, n->u.namedexpr.value);
        break;
    case AST_BINOP:
        walk(m, n->u.binop.left);
        walk(m, n->u.binop.right);
        break;
    case AST_UNARYOP: walk(m, n->u.unaryop.operand); break;
    case AST_LAMBDA:
        walk_arguments(m, n->u.lambda.args);
        walk(m, n->u.lambda.body);
        break;
    case AST_IFEXP:
        walk(m, n->u.ifexp.test);
        walk(m, n->u.ifexp.body);
        walk(m, n->u.ifexp.orelse);
        break;
    case AST_DICT:
        walk_list(m, &n->u.dict.keys);
        walk_list(m, &n->u.dict.values);
        break;
    case AST_SET: walk_list(m, &n->u.set.elts); break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP:
        walk(m, n->u.comp.elt);
        walk(m, n->u.comp.value);
        walk_list(m, &n->u.comp.generators);
        break;
    case AST_AWAIT: walk(m, n->u.await.value); break;
    case AST_YIELD:
    case AST_YIELDFROM: walk(m, n->u.yield.value); break;
    case AST_COMPARE:
        walk(m, n->u.compare.left);
        walk_list(m, &n->u.compare.comparators);
        break;
    case AST_CALL:
        walk(m, n->u.call.func);
        walk_list(m, &n->u.call.args);
        walk_list(m, &n->u.call.keywords);
        break;
    case AST_FORMATTEDVALUE:
        walk(m, n->u.formatted.value);
        walk(m, n->u.formatted.format_spec);
        break;
    case AST_JOINEDSTR: walk_list(m, &n->u.joinedstr.values); break;
    case AST_ATTRIBUTE:
        n->u.attribute.attr = mangle(m, n->u.attribute.attr);
        walk(m, n->u.attribute.value);
        break;
    case AST_SUBSCRIPT:
        walk(m, n->u.subscript.value);
        walk(m, n->u.subscript.slice);
        break;
    case AST_STARRED: walk(m, n->u.starred.value); break;
    case AST_NAME: n->u.name.id = mangle(m, n->u.name.id); break;
    case AST_LIST:
    case AST_TUPLE: walk_list(m, &n->u.seq.elts); break;
    case AST_SLICE:
        walk(m, n->u.slice.lower);
        walk(m, n->u.slice.upper);
        walk(m, n->u.slice.step);
        break;
    case AST_KEYWORD: walk(m, n->u.keyword.value); break;
    case AST_ALIAS:
        /* The binding of `import __a` or `from m import x as __a`. */
        if (n->u.alias.asname) n->u.alias.asname = mangle(m, n->u.alias.asname);
        else if (!strchr(n->u.alias.name, '.') && strcmp(n->u.alias.name, "*") != 0 && m->cls &&
                 mangle(m, n->u.alias.name) != n->u.alias.name)
            n->u.alias.asname = mangle(m, n->u.alias.name);
        break;
    case AST_WITHITEM:
        walk(m, n->u.withitem.context_expr);
        walk(m, n->u.withitem.optional_vars);
        break;
    case AST_EXCEPTHANDLER:
        walk(m, n->u.handler.type);
        n->u.handler.name = mangle(m, n->u.handler.name);
        walk_list(m, &n->u.handler.body);
        break;
    case AST_ARGUMENTS: walk_arguments(m, n); break;
    case AST_ARG:
        n->u.arg.arg = mangle(m, n->u.arg.arg);
        if (!m->keep_annotations)
            walk(m, n->u.arg.annotation);
        break;
    case AST_COMPREHENSION:
        walk(m, n->u.comprehension.target);
        walk(m, n->u.comprehension.iter);
        walk_list(m, &n->u.comprehension.ifs);
        break;
    case AST_KIND_COUNT: break;
    }
}

void ast_mangle_private_names(AstArena *arena, AstModule *mod, int keep_annotations) {
    Mangler m = {arena, NULL, keep_annotations};
    walk_list(&m, &mod->body);
}

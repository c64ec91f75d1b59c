/* symtable.c - scopes and name resolution (see compile_internal.h).
 *
 * The rules are CPython's: a name bound anywhere in a function body is
 * local to it unless declared global or nonlocal; a name used but not
 * bound is free if an enclosing function binds it, else global; class
 * bodies do not make their names visible to the functions inside them;
 * comprehensions are functions of their own, except that the iterable of
 * their first `for` is evaluated in the enclosing scope and a walrus
 * inside binds in the enclosing function.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "compile_internal.h"

static unsigned long hash_name(const char *s) {
    unsigned long h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

static void st_error(SymTable *st, AstNode *n, const char *fmt, ...) {
    if (st->failed) return;
    st->failed = 1;
    memset(&st->err, 0, sizeof st->err);
    st->err.kind = SYNERR_SYNTAX;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->err.msg, sizeof st->err.msg, fmt, ap);
    va_end(ap);
    if (n) {
        st->err.lineno = n->lineno;
        st->err.col = n->col + 1;
        st->err.end_lineno = n->end_lineno;
        st->err.end_col = n->end_col + 1;
    }
}

Sym *scope_lookup(Scope *s, const char *name) {
    if (!s->table_cap) return NULL;
    unsigned long i = hash_name(name) & (unsigned long)(s->table_cap - 1);
    while (s->table[i]) {
        if (!strcmp(s->table[i]->name, name)) return s->table[i];
        i = (i + 1) & (unsigned long)(s->table_cap - 1);
    }
    return NULL;
}

static void table_insert(Scope *s, Sym *sym) {
    unsigned long i = hash_name(sym->name) & (unsigned long)(s->table_cap - 1);
    while (s->table[i]) i = (i + 1) & (unsigned long)(s->table_cap - 1);
    s->table[i] = sym;
}

static Sym *scope_add(SymTable *st, Scope *s, const char *name, int flags, AstNode *at) {
    Sym *sym = scope_lookup(s, name);
    if (!sym) {
        if ((s->nsyms + 1) * 2 > s->table_cap) {
            int ncap = s->table_cap ? s->table_cap * 2 : 16;
            Sym **old = s->table;
            int oldcap = s->table_cap;
            s->table = ast_alloc(st->arena, (size_t)ncap * sizeof(Sym *));
            s->table_cap = ncap;
            for (int i = 0; i < oldcap; i++)
                if (old[i]) table_insert(s, old[i]);
        }
        if (s->nsyms == s->order_cap) {
            int ncap = s->order_cap ? s->order_cap * 2 : 16;
            Sym **o = ast_alloc(st->arena, (size_t)ncap * sizeof(Sym *));
            if (s->nsyms) memcpy(o, s->order, (size_t)s->nsyms * sizeof(Sym *));
            s->order = o;
            s->order_cap = ncap;
        }
        sym = ast_alloc(st->arena, sizeof *sym);
        sym->name = name;
        sym->reg = -1;
        sym->free_index = -1;
        if (at) {
            sym->lineno = at->lineno;
            sym->col = at->col;
            sym->end_lineno = at->end_lineno;
            sym->end_col = at->end_col;
        }
        table_insert(s, sym);
        s->order[s->nsyms++] = sym;
    }
    sym->flags |= flags;
    return sym;
}

static Scope *scope_new(SymTable *st, ScopeKind kind, const char *name, AstNode *node, Scope *parent) {
    Scope *s = ast_alloc(st->arena, sizeof *s);
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    if (node) node->aux = s;
    if (parent) {
        if (parent->nchildren == parent->children_cap) {
            int ncap = parent->children_cap ? parent->children_cap * 2 : 8;
            Scope **c = ast_alloc(st->arena, (size_t)ncap * sizeof(Scope *));
            if (parent->nchildren) memcpy(c, parent->children, (size_t)parent->nchildren * sizeof(Scope *));
            parent->children = c;
            parent->children_cap = ncap;
        }
        parent->children[parent->nchildren++] = s;
        s->child_of_class = parent->kind == SC_CLASS;
    }
    return s;
}

/* ---- pass 1: record bindings and uses */

typedef struct Visitor {
    SymTable *st;
    Scope *cur;
    int depth;
} Visitor;

static void visit_expr(Visitor *v, AstNode *e);
static void visit_stmts(Visitor *v, AstList *l);
static void visit_exprs(Visitor *v, AstList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->items[i]) visit_expr(v, l->items[i]);
}

static void add_def(Visitor *v, const char *name, int flags, AstNode *at) {
    Scope *s = v->cur;
    Sym *sym = scope_lookup(s, name);
    if (sym && (sym->flags & (SYM_GLOBAL | SYM_NONLOCAL)) && (flags & SYM_PARAM)) {
        st_error(v->st, at, "name '%s' is parameter and %s", name, sym->flags & SYM_GLOBAL ? "global" : "nonlocal");
        return;
    }
    scope_add(v->st, s, name, flags, at);
}

/* A walrus in a comprehension binds in the innermost enclosing function
 * or module scope. */
static void add_walrus_target(Visitor *v, AstNode *target) {
    Scope *s = v->cur;
    const char *name = target->u.name.id;
    if (s->kind == SC_COMPREHENSION) {
        Sym *iter_var = scope_lookup(s, name);
        if (iter_var && (iter_var->flags & SYM_ASSIGNED) && !(iter_var->flags & SYM_USED)) {
            st_error(v->st, target, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            return;
        }
        Scope *outer = s;
        while (outer->kind == SC_COMPREHENSION) outer = outer->parent;
        if (outer->kind == SC_CLASS) {
            st_error(v->st, target, "assignment expression within a comprehension cannot be used in a class body");
            return;
        }
        scope_add(v->st, outer, name, SYM_ASSIGNED, target);
        /* Inside the comprehension the name is free (or global at module level). */
        if (outer->kind == SC_MODULE) scope_add(v->st, s, name, SYM_GLOBAL | SYM_USED, target);
        else scope_add(v->st, s, name, SYM_NONLOCAL | SYM_USED, target);
        for (Scope *mid = s->parent; mid != outer; mid = mid->parent)
            scope_add(v->st, mid, name, outer->kind == SC_MODULE ? SYM_GLOBAL : SYM_NONLOCAL, target);
        return;
    }
    scope_add(v->st, s, name, SYM_ASSIGNED, target);
}

static void visit_target(Visitor *v, AstNode *t) {
    switch (t->kind) {
    case AST_NAME: add_def(v, t->u.name.id, SYM_ASSIGNED, t); break;
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < t->u.seq.elts.n; i++) visit_target(v, t->u.seq.elts.items[i]);
        break;
    case AST_STARRED: visit_target(v, t->u.starred.value); break;
    default: visit_expr(v, t); break;
    }
}

static void visit_args(Visitor *v, AstNode *args) {
    AstList *lists[3] = {&args->u.arguments.posonlyargs, &args->u.arguments.args, &args->u.arguments.kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->n; i++) {
            AstNode *a = lists[k]->items[i];
            if (scope_lookup(v->cur, a->u.arg.arg) && (scope_lookup(v->cur, a->u.arg.arg)->flags & SYM_PARAM)) {
                st_error(v->st, a, "duplicate argument '%s' in function definition", a->u.arg.arg);
                return;
            }
            add_def(v, a->u.arg.arg, SYM_ASSIGNED | SYM_PARAM, a);
        }
    AstNode *extra[2] = {args->u.arguments.vararg, args->u.arguments.kwarg};
    for (int k = 0; k < 2; k++) {
        if (!extra[k]) continue;
        if (scope_lookup(v->cur, extra[k]->u.arg.arg)) {
            st_error(v->st, extra[k], "duplicate argument '%s' in function definition", extra[k]->u.arg.arg);
            return;
        }
        add_def(v, extra[k]->u.arg.arg, SYM_ASSIGNED | SYM_PARAM, extra[k]);
    }
}

/* Annotations and defaults are evaluated in the enclosing scope. */
static void visit_arg_annotations(Visitor *v, AstNode *args) {
    AstList *lists[3] = {&args->u.arguments.posonlyargs, &args->u.arguments.args, &args->u.arguments.kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->n; i++)
            if (lists[k]->items[i]->u.arg.annotation) visit_expr(v, lists[k]->items[i]->u.arg.annotation);
    if (args->u.arguments.vararg && args->u.arguments.vararg->u.arg.annotation)
        visit_expr(v, args->u.arguments.vararg->u.arg.annotation);
    if (args->u.arguments.kwarg && args->u.arguments.kwarg->u.arg.annotation)
        visit_expr(v, args->u.arguments.kwarg->u.arg.annotation);
}

static void visit_function(Visitor *v, AstNode *node, const char *name, AstNode *args, AstList *body,
                           AstNode *body_expr) {
    visit_exprs(v, &args->u.arguments.defaults);
    visit_exprs(v, &args->u.arguments.kw_defaults);
    Scope *saved = v->cur;
    Scope *s = scope_new(v->st, SC_FUNCTION, name, node, saved);
    if (node->kind == AST_FUNCTIONDEF && node->u.fn.is_async) s->is_coroutine = 1;
    v->cur = s;
    visit_args(v, args);
    if (body) visit_stmts(v, body);
    if (body_expr) visit_expr(v, body_expr);
    v->cur = saved;
}

static void visit_comprehension(Visitor *v, AstNode *e) {
    AstList *gens = &e->u.comp.generators;
    /* The first iterable is evaluated outside. */
    v->cur->comp_iter_depth++;
    visit_expr(v, gens->items[0]->u.comprehension.iter);
    v->cur->comp_iter_depth--;
    Scope *saved = v->cur;
    const char *name = e->kind == AST_LISTCOMP ? "<listcomp>"
                       : e->kind == AST_SETCOMP ? "<setcomp>"
                       : e->kind == AST_DICTCOMP ? "<dictcomp>"
                                                 : "<genexpr>";
    Scope *s = scope_new(v->st, SC_COMPREHENSION, name, e, saved);
    if (e->kind == AST_GENEXP) s->is_generator = 1;
    v->cur = s;
    scope_add(v->st, s, ".0", SYM_ASSIGNED | SYM_PARAM, e);
    for (int i = 0; i < gens->n; i++) {
        AstNode *g = gens->items[i];
        if (i > 0) {
            s->comp_iter_depth++;
            visit_expr(v, g->u.comprehension.iter);
            s->comp_iter_depth--;
        }
        visit_target(v, g->u.comprehension.target);
        visit_exprs(v, &g->u.comprehension.ifs);
    }
    visit_expr(v, e->u.comp.elt);
    if (e->u.comp.value) visit_expr(v, e->u.comp.value);
    v->cur = saved;
}

static void visit_expr(Visitor *v, AstNode *e) {
    if (!e || v->st->failed) return;
    if (++v->depth > 2000) {
        st_error(v->st, e, "too many nested expressions");
        return;
    }
    switch (e->kind) {
    case AST_NAME:
        if (e->u.name.ctx == CTX_LOAD) {
            scope_add(v->st, v->cur, e->u.name.id, SYM_USED, e);
            if (!strcmp(e->u.name.id, "super")) v->cur->uses_super = 1;
        } else {
            add_def(v, e->u.name.id, SYM_ASSIGNED, e);
        }
        break;
    case AST_BOOLOP: visit_exprs(v, &e->u.boolop.values); break;
    case AST_NAMEDEXPR:
        if (v->cur->comp_iter_depth) {
            st_error(v->st, e, "assignment expression cannot be used in a comprehension iterable expression");
            break;
        }
        visit_expr(v, e->u.namedexpr.value);
        v->cur->has_walrus = 1;
        for (Scope *s = v->cur; s && s->kind == SC_COMPREHENSION; s = s->parent) s->parent->has_walrus = 1;
        add_walrus_target(v, e->u.namedexpr.target);
        break;
    case AST_BINOP:
        visit_expr(v, e->u.binop.left);
        visit_expr(v, e->u.binop.right);
        break;
    case AST_UNARYOP: visit_expr(v, e->u.unaryop.operand); break;
    case AST_LAMBDA: visit_function(v, e, "<lambda>", e->u.lambda.args, NULL, e->u.lambda.body); break;
    case AST_IFEXP:
        visit_expr(v, e->u.ifexp.test);
        visit_expr(v, e->u.ifexp.body);
        visit_expr(v, e->u.ifexp.orelse);
        break;
    case AST_DICT:
        visit_exprs(v, &e->u.dict.keys);
        visit_exprs(v, &e->u.dict.values);
        break;
    case AST_SET: visit_exprs(v, &e->u.set.elts); break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP: visit_comprehension(v, e); break;
    case AST_AWAIT: visit_expr(v, e->u.await.value); break;
    case AST_YIELD:
    case AST_YIELDFROM:
        if (v->cur->kind == SC_MODULE || v->cur->kind == SC_CLASS) {
            st_error(v->st, e, "'yield' outside function");
            break;
        }
        if (v->cur->kind == SC_COMPREHENSION) {
            st_error(v->st, e, "'yield' inside %s", v->cur->is_generator ? "generator expression"
                                                    : !strcmp(v->cur->name, "<listcomp>") ? "list comprehension"
                                                    : !strcmp(v->cur->name, "<setcomp>") ? "set comprehension"
                                                                                         : "dict comprehension");
            break;
        }
        v->cur->is_generator = 1;
        visit_expr(v, e->u.yield.value);
        break;
    case AST_COMPARE:
        visit_expr(v, e->u.compare.left);
        visit_exprs(v, &e->u.compare.comparators);
        break;
    case AST_CALL:
        visit_expr(v, e->u.call.func);
        visit_exprs(v, &e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.n; i++) visit_expr(v, e->u.call.keywords.items[i]->u.keyword.value);
        break;
    case AST_FORMATTEDVALUE:
        visit_expr(v, e->u.formatted.value);
        visit_expr(v, e->u.formatted.format_spec);
        break;
    case AST_JOINEDSTR: visit_exprs(v, &e->u.joinedstr.values); break;
    case AST_CONSTANT: break;
    case AST_ATTRIBUTE: visit_expr(v, e->u.attribute.value); break;
    case AST_SUBSCRIPT:
        visit_expr(v, e->u.subscript.value);
        visit_expr(v, e->u.subscript.slice);
        break;
    case AST_STARRED: visit_expr(v, e->u.starred.value); break;
    case AST_LIST:
    case AST_TUPLE:
        if (e->u.seq.ctx == CTX_LOAD) visit_exprs(v, &e->u.seq.elts);
        else visit_target(v, e);
        break;
    case AST_SLICE:
        visit_expr(v, e->u.slice.lower);
        visit_expr(v, e->u.slice.upper);
        visit_expr(v, e->u.slice.step);
        break;
    default: break;
    }
    v->depth--;
}

static void declare(Visitor *v, AstNode *s, int is_global) {
    for (int i = 0; i < s->u.global.n; i++) {
        const char *name = s->u.global.names[i];
        Scope *sc = v->cur;
        Sym *sym = scope_lookup(sc, name);
        const char *what = is_global ? "global" : "nonlocal";
        if (sym) {
            if (sym->flags & SYM_PARAM) {
                st_error(v->st, s, "name '%s' is parameter and %s", name, what);
                return;
            }
            if (!is_global && (sym->flags & SYM_GLOBAL)) {
                st_error(v->st, s, "name '%s' is nonlocal and global", name);
                return;
            }
            if (is_global && (sym->flags & SYM_NONLOCAL)) {
                st_error(v->st, s, "name '%s' is nonlocal and global", name);
                return;
            }
            if (sym->flags & SYM_USED && !(sym->flags & (SYM_GLOBAL | SYM_NONLOCAL))) {
                st_error(v->st, s, "name '%s' is used prior to %s declaration", name, what);
                return;
            }
            if (sym->flags & SYM_ASSIGNED && !(sym->flags & (SYM_GLOBAL | SYM_NONLOCAL))) {
                st_error(v->st, s, "name '%s' is assigned to before %s declaration", name, what);
                return;
            }
            if (sym->flags & SYM_ANNOTATED) {
                st_error(v->st, s, "annotated name '%s' can't be %s", name, what);
                return;
            }
        }
        if (!is_global && sc->kind == SC_MODULE) {
            st_error(v->st, s, "nonlocal declaration not allowed at module level");
            return;
        }
        Sym *d = scope_add(v->st, sc, name, is_global ? SYM_GLOBAL : SYM_NONLOCAL, s);
        d->lineno = s->lineno;
        d->col = s->col;
        d->end_lineno = s->end_lineno;
        d->end_col = s->end_col;
    }
}

static void visit_stmt(Visitor *v, AstNode *s) {
    if (v->st->failed) return;
    switch (s->kind) {
    case AST_FUNCTIONDEF:
        visit_exprs(v, &s->u.fn.decorators);
        visit_arg_annotations(v, s->u.fn.args);
        if (s->u.fn.returns) visit_expr(v, s->u.fn.returns);
        add_def(v, s->u.fn.bind ? s->u.fn.bind : s->u.fn.name, SYM_ASSIGNED, s);
        visit_function(v, s, s->u.fn.name, s->u.fn.args, &s->u.fn.body, NULL);
        break;
    case AST_CLASSDEF: {
        visit_exprs(v, &s->u.cls.decorators);
        visit_exprs(v, &s->u.cls.bases);
        for (int i = 0; i < s->u.cls.keywords.n; i++) visit_expr(v, s->u.cls.keywords.items[i]->u.keyword.value);
        add_def(v, s->u.cls.bind ? s->u.cls.bind : s->u.cls.name, SYM_ASSIGNED, s);
        Scope *saved = v->cur;
        v->cur = scope_new(v->st, SC_CLASS, s->u.cls.name, s, saved);
        visit_stmts(v, &s->u.cls.body);
        v->cur = saved;
        break;
    }
    case AST_RETURN: visit_expr(v, s->u.ret.value); break;
    case AST_DELETE:
        for (int i = 0; i < s->u.del.targets.n; i++) visit_target(v, s->u.del.targets.items[i]);
        break;
    case AST_ASSIGN:
        visit_expr(v, s->u.assign.value);
        for (int i = 0; i < s->u.assign.targets.n; i++) visit_target(v, s->u.assign.targets.items[i]);
        break;
    case AST_AUGASSIGN:
        visit_expr(v, s->u.augassign.value);
        if (s->u.augassign.target->kind == AST_NAME)
            scope_add(v->st, v->cur, s->u.augassign.target->u.name.id, SYM_USED | SYM_ASSIGNED, s->u.augassign.target);
        else
            visit_target(v, s->u.augassign.target);
        break;
    case AST_ANNASSIGN:
        if (s->u.annassign.target->kind == AST_NAME) {
            Sym *sym = scope_lookup(v->cur, s->u.annassign.target->u.name.id);
            if (sym && (sym->flags & (SYM_GLOBAL | SYM_NONLOCAL))) {
                st_error(v->st, s, "annotated name '%s' can't be %s", sym->name,
                         sym->flags & SYM_GLOBAL ? "global" : "nonlocal");
                return;
            }
            if (s->u.annassign.simple) scope_add(v->st, v->cur, s->u.annassign.target->u.name.id, SYM_ANNOTATED, s);
        }
        visit_expr(v, s->u.annassign.annotation);
        if (s->u.annassign.value) {
            visit_expr(v, s->u.annassign.value);
            visit_target(v, s->u.annassign.target);
        } else if (s->u.annassign.target->kind != AST_NAME) {
            visit_expr(v, s->u.annassign.target);
        }
        break;
    case AST_FOR:
        visit_expr(v, s->u.for_.iter);
        visit_target(v, s->u.for_.target);
        visit_stmts(v, &s->u.for_.body);
        visit_stmts(v, &s->u.for_.orelse);
        break;
    case AST_WHILE:
        visit_expr(v, s->u.while_.test);
        visit_stmts(v, &s->u.while_.body);
        visit_stmts(v, &s->u.while_.orelse);
        break;
    case AST_IF:
        visit_expr(v, s->u.if_.test);
        visit_stmts(v, &s->u.if_.body);
        visit_stmts(v, &s->u.if_.orelse);
        break;
    case AST_WITH:
        for (int i = 0; i < s->u.with.items.n; i++) {
            AstNode *item = s->u.with.items.items[i];
            visit_expr(v, item->u.withitem.context_expr);
            if (item->u.withitem.optional_vars) visit_target(v, item->u.withitem.optional_vars);
        }
        visit_stmts(v, &s->u.with.body);
        break;
    case AST_RAISE:
        visit_expr(v, s->u.raise.exc);
        visit_expr(v, s->u.raise.cause);
        break;
    case AST_TRY:
        visit_stmts(v, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.n; i++) {
            AstNode *h = s->u.try_.handlers.items[i];
            visit_expr(v, h->u.handler.type);
            if (h->u.handler.name) add_def(v, h->u.handler.name, SYM_ASSIGNED, h);
            visit_stmts(v, &h->u.handler.body);
        }
        visit_stmts(v, &s->u.try_.orelse);
        visit_stmts(v, &s->u.try_.finalbody);
        break;
    case AST_ASSERT:
        visit_expr(v, s->u.assert_.test);
        visit_expr(v, s->u.assert_.msg);
        break;
    case AST_IMPORT:
        for (int i = 0; i < s->u.import.names.n; i++) {
            AstNode *a = s->u.import.names.items[i];
            if (a->u.alias.asname) {
                add_def(v, a->u.alias.asname, SYM_ASSIGNED, a);
            } else {
                const char *dot = strchr(a->u.alias.name, '.');
                const char *first = dot ? ast_strdup(v->st->arena, a->u.alias.name, (size_t)(dot - a->u.alias.name))
                                        : a->u.alias.name;
                add_def(v, first, SYM_ASSIGNED, a);
            }
        }
        break;
    case AST_IMPORTFROM:
        for (int i = 0; i < s->u.importfrom.names.n; i++) {
            AstNode *a = s->u.importfrom.names.items[i];
            if (!strcmp(a->u.alias.name, "*")) {
                if (v->cur->kind != SC_MODULE) {
                    st_error(v->st, s, "import * only allowed at module level");
                    return;
                }
                v->cur->has_import_star = 1;
                continue;
            }
            add_def(v, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, SYM_ASSIGNED, a);
        }
        break;
    case AST_GLOBAL: declare(v, s, 1); break;
    case AST_NONLOCAL: declare(v, s, 0); break;
    case AST_EXPR: visit_expr(v, s->u.expr.value); break;
    default: break;
    }
}

static void visit_stmts(Visitor *v, AstList *l) {
    for (int i = 0; i < l->n && !v->st->failed; i++) visit_stmt(v, l->items[i]);
}

/* ---- pass 2: resolution */

/* Does an enclosing function scope (skipping classes) bind name? */
static Scope *binding_function(Scope *s, const char *name) {
    for (Scope *p = s->parent; p; p = p->parent) {
        if (p->kind == SC_CLASS) continue;
        if (p->kind == SC_MODULE) return NULL;
        Sym *sym = scope_lookup(p, name);
        if (!sym) continue;
        if (sym->flags & SYM_GLOBAL) return NULL;
        if (sym->flags & (SYM_ASSIGNED | SYM_NONLOCAL)) return p;
    }
    return NULL;
}

static int declared_global_outside(Scope *s, const char *name) {
    for (Scope *p = s->parent; p && p->kind != SC_MODULE; p = p->parent) {
        Sym *sym = scope_lookup(p, name);
        if (sym && (sym->flags & SYM_GLOBAL) && p->kind != SC_CLASS) return 1;
        if (sym && (sym->flags & SYM_ASSIGNED) && p->kind != SC_CLASS) return 0;
    }
    return 0;
}

static void add_free(SymTable *st, Scope *s, const char *name) {
    for (int i = 0; i < s->nfree; i++)
        if (!strcmp(s->freevars[i], name)) return;
    const char **nf = ast_alloc(st->arena, (size_t)(s->nfree + 1) * sizeof(char *));
    if (s->nfree) memcpy(nf, s->freevars, (size_t)s->nfree * sizeof(char *));
    nf[s->nfree++] = name;
    s->freevars = nf;
}

static void resolve(SymTable *st, Scope *s) {
    int is_function = s->kind == SC_FUNCTION || s->kind == SC_COMPREHENSION;
    for (int i = 0; i < s->nsyms && !st->failed; i++) {
        Sym *sym = s->order[i];
        if (sym->flags & SYM_GLOBAL) {
            sym->res = RES_GLOBAL_EXPLICIT;
        } else if (sym->flags & SYM_NONLOCAL) {
            if (!binding_function(s, sym->name)) {
                AstNode at = {0};
                at.lineno = sym->lineno;
                at.col = sym->col;
                at.end_lineno = sym->end_lineno;
                at.end_col = sym->end_col;
                st_error(st, &at, "no binding for nonlocal '%s' found", sym->name);
                return;
            }
            sym->res = RES_FREE;
            add_free(st, s, sym->name);
        } else if (sym->flags & SYM_ASSIGNED) {
            sym->res = is_function ? RES_LOCAL : RES_NAME;
        } else if (is_function || s->kind == SC_CLASS) {
            if (binding_function(s, sym->name)) {
                sym->res = RES_FREE;
                add_free(st, s, sym->name);
            } else if (declared_global_outside(s, sym->name)) {
                sym->res = RES_GLOBAL_EXPLICIT;
            } else {
                sym->res = s->kind == SC_CLASS ? RES_NAME : RES_GLOBAL_IMPLICIT;
            }
        } else {
            sym->res = RES_NAME;
        }
    }
    for (int i = 0; i < s->nchildren && !st->failed; i++) resolve(st, s->children[i]);
    /* A child's free variables are cells here if we bind them, or pass
     * through as our own free variables. */
    for (int i = 0; i < s->nchildren; i++) {
        Scope *ch = s->children[i];
        for (int k = 0; k < ch->nfree; k++) {
            const char *name = ch->freevars[k];
            /* A method's __class__ is the class body's own cell. */
            if (s->kind == SC_CLASS && !strcmp(name, "__class__")) continue;
            Sym *sym = scope_lookup(s, name);
            if (is_function && sym && sym->res == RES_LOCAL) {
                sym->res = RES_CELL;
            } else if (is_function && sym && sym->res == RES_CELL) {
                /* already a cell */
            } else if (s->kind == SC_CLASS && sym && sym->res == RES_NAME && binding_function(s, name)) {
                /* bound in the class body too: the method still sees the
                 * enclosing function's variable */
                sym->flags |= SYM_FREE_CLASS;
                add_free(st, s, name);
            } else if (s->kind != SC_MODULE && (!sym || sym->res == RES_FREE || sym->res == RES_NAME ||
                                                sym->res == RES_GLOBAL_IMPLICIT)) {
                if (!sym) sym = scope_add(st, s, name, 0, NULL);
                if (sym->res != RES_NAME) sym->res = RES_FREE;
                else sym->flags |= SYM_FREE_CLASS;
                add_free(st, s, name);
            }
        }
    }
    /* super() and __class__ in a method need the class cell. */
    if (s->kind == SC_FUNCTION && s->parent && s->parent->kind == SC_CLASS) {
        Sym *cls = scope_lookup(s, "__class__");
        if (s->uses_super || (cls && cls->res != RES_LOCAL)) {
            s->parent->needs_class_cell = 1;
            Sym *sym = scope_add(st, s, "__class__", SYM_USED, NULL);
            sym->res = RES_FREE;
            add_free(st, s, "__class__");
        }
    }
    /* Functions nested in a method that use super() pass __class__ through. */
    if ((s->kind == SC_FUNCTION || s->kind == SC_COMPREHENSION) && s->parent && s->parent->kind != SC_CLASS) {
        for (int i = 0; i < s->nchildren; i++) {
            Scope *ch = s->children[i];
            for (int k = 0; k < ch->nfree; k++)
                if (!strcmp(ch->freevars[k], "__class__") && !scope_lookup(s, "__class__")) {
                    Sym *sym = scope_add(st, s, "__class__", SYM_USED, NULL);
                    sym->res = RES_FREE;
                    add_free(st, s, "__class__");
                }
        }
    }
}

/* Registers: parameters in signature order, then the other locals and
 * cells in order of first appearance. */
static void assign_registers(SymTable *st, Scope *s) {
    if (s->kind == SC_FUNCTION || s->kind == SC_COMPREHENSION) {
        int reg = 0;
        AstNode *args = NULL;
        if (s->node && s->node->kind == AST_FUNCTIONDEF) args = s->node->u.fn.args;
        else if (s->node && s->node->kind == AST_LAMBDA) args = s->node->u.lambda.args;
        if (args) {
            AstList *lists[3] = {&args->u.arguments.posonlyargs, &args->u.arguments.args,
                                 &args->u.arguments.kwonlyargs};
            for (int k = 0; k < 3; k++)
                for (int i = 0; i < lists[k]->n; i++) scope_lookup(s, lists[k]->items[i]->u.arg.arg)->reg = reg++;
            if (args->u.arguments.vararg) scope_lookup(s, args->u.arguments.vararg->u.arg.arg)->reg = reg++;
            if (args->u.arguments.kwarg) scope_lookup(s, args->u.arguments.kwarg->u.arg.arg)->reg = reg++;
        } else if (s->kind == SC_COMPREHENSION) {
            scope_lookup(s, ".0")->reg = reg++;
        }
        for (int i = 0; i < s->nsyms; i++) {
            Sym *sym = s->order[i];
            if ((sym->res == RES_LOCAL || sym->res == RES_CELL) && sym->reg < 0) sym->reg = reg++;
        }
        s->nlocals = reg;
        for (int i = 0; i < s->nfree; i++) scope_lookup(s, s->freevars[i])->free_index = i;
    }
    if (s->kind == SC_CLASS) {
        for (int i = 0; i < s->nfree; i++) {
            Sym *sym = scope_lookup(s, s->freevars[i]);
            if (sym) sym->free_index = i;
        }
    }
    for (int i = 0; i < s->nchildren; i++) assign_registers(st, s->children[i]);
}

int symtable_build(SymTable *st, AstModule *mod, int is_eval) {
    (void)is_eval;
    Visitor v = {st, NULL, 0};
    st->top = scope_new(st, SC_MODULE, "<module>", NULL, NULL);
    v.cur = st->top;
    visit_stmts(&v, &mod->body);
    if (st->failed) return -1;
    resolve(st, st->top);
    if (st->failed) return -1;
    assign_registers(st, st->top);
    return 0;
}

/* compile_stmt.c - statements, control flow, exception handling.
 *
 * try/except and try/finally use the zero-cost exception table: every
 * instruction records the handler active when it was emitted, and the
 * assembler turns runs of equal handlers into table entries. Leaving a
 * protected block by break, continue or return runs the finally bodies
 * and handler cleanups in between, emitted inline (as CPython does), with
 * the handler of the block outside active while they run.
 */
#include <stdlib.h>
#include <string.h>

#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "compile_internal.h"

/* ---- definite assignment */

static int nlocals(Compiler *c) { return c->u->scope ? c->u->scope->nlocals : 0; }

int bound_save(Compiler *c, BoundState *out) {
    int n = nlocals(c);
    out->bits = malloc((size_t)n + 1);
    if (!out->bits) {
        gp_raise_memory(c->t);
        c->failed = 1;
        return -1;
    }
    if (n) memcpy(out->bits, c->u->bound, (size_t)n);
    out->dead = c->u->dead;
    return 0;
}

void bound_restore(Compiler *c, const BoundState *st) {
    int n = nlocals(c);
    if (n) memcpy(c->u->bound, st->bits, (size_t)n);
    c->u->dead = st->dead;
}

void bound_join(Compiler *c, const BoundState *other) {
    int n = nlocals(c);
    if (other->dead) return;
    if (c->u->dead) {
        bound_restore(c, other);
        return;
    }
    for (int i = 0; i < n; i++) c->u->bound[i] &= other->bits[i];
}

void bound_free(BoundState *st) {
    free(st->bits);
    st->bits = NULL;
}

void mark_bound(Compiler *c, int reg, int bound) {
    if (reg >= 0 && reg < nlocals(c)) c->u->bound[reg] = (unsigned char)bound;
}

/* ---- fblocks */

static FBlock *push_fblock(Compiler *c, FBlockKind kind, AstNode *at) {
    Unit *u = c->u;
    if (u->nfblocks >= (int)(sizeof u->fblocks / sizeof u->fblocks[0])) {
        compiler_error(c, at, "too many statically nested blocks");
        return NULL;
    }
    FBlock *fb = &u->fblocks[u->nfblocks++];
    memset(fb, 0, sizeof *fb);
    fb->kind = kind;
    fb->outer_handler = u->cur_handler;
    return fb;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

static int emit_with_exit_none(Compiler *c, int with_reg) {
    int base = alloc_reg(c);
    if (base < 0) return -1;
    emit(c, BC_MOVE, (unsigned)base, (unsigned)with_reg, 0, 0);
    for (int i = 0; i < 3; i++) {
        int r = alloc_reg(c);
        if (r < 0) return -1;
        emit(c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
    }
    emit(c, BC_CALL, (unsigned)base, 3, 0, 0);
    c->u->freereg = base;
    return 0;
}

/* Emit the cleanup of the fblocks above index `stop` (innermost first),
 * as a break, continue or return leaves them. */
static int unwind_fblocks(Compiler *c, int stop, AstNode *at) {
    Unit *u = c->u;
    int saved_handler = u->cur_handler;
    int saved_n = u->nfblocks;
    for (int i = u->nfblocks - 1; i >= stop; i--) {
        FBlock fb = u->fblocks[i];
        u->cur_handler = fb.outer_handler;
        u->nfblocks = i;
        switch (fb.kind) {
        case FB_LOOP: break;
        case FB_HANDLER:
            set_pos(c, at);
            emit(c, BC_POPEXC, (unsigned)fb.saved_exc_reg, 0, 0, 0);
            if (fb.exc_name) {
                int r = alloc_reg(c);
                if (r < 0) return -1;
                emit(c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
                compile_name_store(c, fb.exc_name, r, at);
                c->u->freereg--;
            }
            break;
        case FB_FINALLY: {
            BoundState st;
            if (bound_save(c, &st) < 0) return -1;
            int rc = compile_body(c, fb.finalbody);
            bound_restore(c, &st);
            bound_free(&st);
            if (rc < 0) return -1;
            break;
        }
        case FB_WITH:
        case FB_ASYNC_WITH:
            set_pos(c, at);
            if (emit_with_exit_none(c, fb.with_reg) < 0) return -1;
            break;
        }
    }
    u->nfblocks = saved_n;
    u->cur_handler = saved_handler;
    return 0;
}

static int innermost_loop(Compiler *c) {
    for (int i = c->u->nfblocks - 1; i >= 0; i--)
        if (c->u->fblocks[i].kind == FB_LOOP) return i;
    return -1;
}

/* ---- simple statements */

/* Expressions that write their destination only with their last
 * instruction, so they may target the assigned local directly. */
static int writes_dst_last(AstNode *e) {
    switch (e->kind) {
    case AST_CONSTANT:
    case AST_NAME:
    case AST_BINOP:
    case AST_UNARYOP:
    case AST_CALL:
    case AST_ATTRIBUTE:
    case AST_SUBSCRIPT:
    case AST_LAMBDA:
    case AST_JOINEDSTR:
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP: return 1;
    case AST_COMPARE: return e->u.compare.comparators.n == 1;
    case AST_LIST:
    case AST_TUPLE:
        for (int i = 0; i < e->u.seq.elts.n; i++)
            if (e->u.seq.elts.items[i]->kind == AST_STARRED) return 0;
        return e->u.seq.elts.n <= 256;
    default: return 0;
    }
}

static int compile_assign(Compiler *c, AstNode *s) {
    int save = c->u->freereg;
    AstList *targets = &s->u.assign.targets;
    AstNode *value = s->u.assign.value;
    if (targets->n == 1) {
        AstNode *t0 = targets->items[0];
        if (t0->kind == AST_NAME) {
            Sym *sym = c->u->scope ? scope_lookup(c->u->scope, t0->u.name.id) : NULL;
            if (sym && sym->res == RES_LOCAL && writes_dst_last(value) && !c->u->scope->has_walrus) {
                if (compile_expr(c, value, sym->reg) < 0) return -1;
                mark_bound(c, sym->reg, 1);
                c->u->freereg = save;
                return 0;
            }
        }
        /* a, b = x, y: no tuple is built. */
        if ((t0->kind == AST_TUPLE || t0->kind == AST_LIST) && value->kind == AST_TUPLE &&
            t0->u.seq.elts.n == value->u.seq.elts.n && t0->u.seq.elts.n <= 16) {
            int ok = 1;
            for (int i = 0; i < t0->u.seq.elts.n; i++)
                if (t0->u.seq.elts.items[i]->kind == AST_STARRED || value->u.seq.elts.items[i]->kind == AST_STARRED)
                    ok = 0;
            if (ok) {
                int base = c->u->freereg;
                for (int i = 0; i < value->u.seq.elts.n; i++) {
                    int r = alloc_reg(c);
                    if (r < 0 || compile_expr(c, value->u.seq.elts.items[i], r) < 0) return -1;
                }
                for (int i = 0; i < t0->u.seq.elts.n; i++)
                    if (compile_store(c, t0->u.seq.elts.items[i], base + i) < 0) return -1;
                c->u->freereg = save;
                return 0;
            }
        }
    }
    int r = alloc_reg(c);
    if (r < 0 || compile_expr(c, value, r) < 0) return -1;
    for (int i = 0; i < targets->n; i++)
        if (compile_store(c, targets->items[i], r) < 0) return -1;
    c->u->freereg = save;
    return 0;
}

static int compile_augassign(Compiler *c, AstNode *s) {
    int save = c->u->freereg;
    AstNode *target = s->u.augassign.target;
    AstOperator op = s->u.augassign.op;
    unsigned x_inplace = 1;
    if (target->kind == AST_NAME) {
        int cur = compile_name_load(c, target->u.name.id, -1, target);
        if (cur < 0) return -1;
        Sym *sym = c->u->scope ? scope_lookup(c->u->scope, target->u.name.id) : NULL;
        int dst = sym && sym->res == RES_LOCAL ? sym->reg : cur;
        AstNode *v = s->u.augassign.value;
        if ((op == OP_ADD || op == OP_SUB) && v->kind == AST_CONSTANT && v->u.constant.ckind == CONST_INT &&
            strlen(v->u.constant.text) < 12) {
            int k = add_const(c, constant_value(c, v));
            if (k < 0) return -1;
            set_pos(c, s);
            emit(c, op == OP_ADD ? BC_ADDK : BC_SUBK, (unsigned)dst, (unsigned)cur, (unsigned)k, x_inplace);
        } else {
            int r = compile_expr(c, v, -1);
            if (r < 0) return -1;
            set_pos(c, s);
            if (op == OP_ADD) emit(c, BC_ADD, (unsigned)dst, (unsigned)cur, (unsigned)r, x_inplace);
            else if (op == OP_SUB) emit(c, BC_SUB, (unsigned)dst, (unsigned)cur, (unsigned)r, x_inplace);
            else if (op == OP_MULT) emit(c, BC_MUL, (unsigned)dst, (unsigned)cur, (unsigned)r, x_inplace);
            else emit(c, BC_BINOP, (unsigned)dst, (unsigned)cur, (unsigned)r, (unsigned)op | 0x80u);
        }
        if (dst != (sym && sym->res == RES_LOCAL ? sym->reg : -1)) {
            if (compile_name_store(c, target->u.name.id, dst, target) < 0) return -1;
        }
        c->u->freereg = save;
        return 0;
    }
    if (target->kind == AST_ATTRIBUTE) {
        int obj = compile_expr(c, target->u.attribute.value, -1);
        int k = add_name(c, target->u.attribute.attr);
        int cur = alloc_reg(c);
        if (obj < 0 || k < 0 || cur < 0) return -1;
        set_pos(c, target);
        emit(c, BC_GETATTR, (unsigned)cur, (unsigned)obj, (unsigned)k, 0);
        emit_cache(c);
        int r = compile_expr(c, s->u.augassign.value, -1);
        if (r < 0) return -1;
        set_pos(c, s);
        emit(c, BC_BINOP, (unsigned)cur, (unsigned)cur, (unsigned)r, (unsigned)op | 0x80u);
        set_pos(c, target);
        emit(c, BC_SETATTR, (unsigned)obj, (unsigned)cur, (unsigned)k, 0);
        emit_cache(c);
        c->u->freereg = save;
        return 0;
    }
    if (target->kind == AST_SUBSCRIPT) {
        int obj = compile_expr(c, target->u.subscript.value, -1);
        if (obj < 0) return -1;
        int key = compile_expr(c, target->u.subscript.slice, -1);
        int cur = alloc_reg(c);
        if (key < 0 || cur < 0) return -1;
        set_pos(c, target);
        emit(c, BC_GETITEM, (unsigned)cur, (unsigned)obj, (unsigned)key, 0);
        int r = compile_expr(c, s->u.augassign.value, -1);
        if (r < 0) return -1;
        set_pos(c, s);
        emit(c, BC_BINOP, (unsigned)cur, (unsigned)cur, (unsigned)r, (unsigned)op | 0x80u);
        set_pos(c, target);
        emit(c, BC_SETITEM, (unsigned)obj, (unsigned)key, (unsigned)cur, 0);
        c->u->freereg = save;
        return 0;
    }
    return compiler_error(c, target, "'%s' is an illegal expression for augmented assignment",
                          target->kind == AST_TUPLE ? "tuple" : target->kind == AST_LIST ? "list" : "expression");
}

/* Does a module or class body hold an annotated assignment, in any
 * compound statement but not in a nested def or class (CPython's
 * find_ann)? Then __annotations__ is created before the body runs. */
int body_has_annotations(AstList *body) {
    for (int i = 0; i < body->n; i++) {
        AstNode *s = body->items[i];
        switch (s->kind) {
        case AST_ANNASSIGN: return 1;
        case AST_FOR:
            if (body_has_annotations(&s->u.for_.body) || body_has_annotations(&s->u.for_.orelse)) return 1;
            break;
        case AST_WHILE:
            if (body_has_annotations(&s->u.while_.body) || body_has_annotations(&s->u.while_.orelse)) return 1;
            break;
        case AST_IF:
            if (body_has_annotations(&s->u.if_.body) || body_has_annotations(&s->u.if_.orelse)) return 1;
            break;
        case AST_WITH:
            if (body_has_annotations(&s->u.with.body)) return 1;
            break;
        case AST_TRY:
            for (int h = 0; h < s->u.try_.handlers.n; h++)
                if (body_has_annotations(&s->u.try_.handlers.items[h]->u.handler.body)) return 1;
            if (body_has_annotations(&s->u.try_.body) || body_has_annotations(&s->u.try_.finalbody) ||
                body_has_annotations(&s->u.try_.orelse))
                return 1;
            break;
        default: break;
        }
    }
    return 0;
}

int compile_setup_annotations(Compiler *c, AstList *body) {
    if (!body_has_annotations(body)) return 0;
    int r = alloc_reg(c);
    if (r < 0) return -1;
    emit(c, BC_SETUPANN, (unsigned)r, 0, 0, 0);
    c->u->freereg = r;
    return 0;
}

/* CPython's order: the value is assigned first; then a simple name's
 * annotation is evaluated and stored in __annotations__ (module and class
 * bodies only); an attribute or subscript target without a value still
 * evaluates its object (and index), in any scope; the annotation of a
 * target that is not a simple name is evaluated last, in module and class
 * bodies only. Function bodies never evaluate annotations. */
static int compile_annassign(Compiler *c, AstNode *s) {
    int save = c->u->freereg;
    AstNode *target = s->u.annassign.target;
    AstNode *value = s->u.annassign.value;
    if (value) {
        int r = alloc_reg(c);
        if (r < 0 || compile_expr(c, value, r) < 0) return -1;
        if (compile_store(c, target, r) < 0) return -1;
        c->u->freereg = save;
    }
    Scope *sc = c->u->scope;
    int module_or_class = !sc || sc->kind == SC_MODULE || sc->kind == SC_CLASS;
    if (target->kind == AST_NAME && s->u.annassign.simple) {
        if (!module_or_class) return 0;
        /* __annotations__[name] = annotation */
        set_pos(c, s);
        int ann = alloc_reg(c), key = alloc_reg(c), val = alloc_reg(c);
        if (ann < 0 || key < 0 || val < 0) return -1;
        if (compile_annotation(c, s->u.annassign.annotation, val) < 0) return -1;
        set_pos(c, s);
        emit(c, BC_SETUPANN, (unsigned)ann, 0, 0, 0);
        int k = add_name(c, target->u.name.id);
        if (k < 0) return -1;
        emit_bx(c, BC_LOADK, (unsigned)key, (uint32_t)k, 0);
        emit(c, BC_SETITEM, (unsigned)ann, (unsigned)key, (unsigned)val, 0);
        c->u->freereg = save;
        return 0;
    }
    if (!value && target->kind == AST_ATTRIBUTE) {
        if (compile_expr(c, target->u.attribute.value, -1) < 0) return -1;
    } else if (!value && target->kind == AST_SUBSCRIPT) {
        if (compile_expr(c, target->u.subscript.value, -1) < 0) return -1;
        if (compile_expr(c, target->u.subscript.slice, -1) < 0) return -1;
    }
    c->u->freereg = save;
    /* Under `from __future__ import annotations` these are not evaluated. */
    if (module_or_class && !c->future_annotations && compile_expr(c, s->u.annassign.annotation, -1) < 0) return -1;
    c->u->freereg = save;
    return 0;
}

static int compile_raise(Compiler *c, AstNode *s) {
    int save = c->u->freereg;
    set_pos(c, s);
    if (!s->u.raise.exc) {
        emit(c, BC_RAISE, 0, 0, 0, 2);
        c->u->dead = 1;
        return 0;
    }
    int e = compile_expr(c, s->u.raise.exc, -1);
    if (e < 0) return -1;
    if (s->u.raise.cause) {
        int cause = compile_expr(c, s->u.raise.cause, -1);
        if (cause < 0) return -1;
        set_pos(c, s);
        emit(c, BC_RAISE, (unsigned)e, (unsigned)cause, 0, 1);
    } else {
        set_pos(c, s);
        emit(c, BC_RAISE, (unsigned)e, 0, 0, 0);
    }
    c->u->freereg = save;
    c->u->dead = 1;
    return 0;
}

static int compile_return(Compiler *c, AstNode *s) {
    Scope *sc = c->u->scope;
    if (!sc || sc->kind == SC_MODULE || sc->kind == SC_CLASS) return compiler_error(c, s, "'return' outside function");
    int save = c->u->freereg;
    int r = alloc_reg(c);
    if (r < 0) return -1;
    if (s->u.ret.value) {
        if (compile_expr(c, s->u.ret.value, r) < 0) return -1;
    } else {
        set_pos(c, s);
        emit(c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
    }
    if (unwind_fblocks(c, 0, s) < 0) return -1;
    set_pos(c, s);
    emit(c, BC_RETURN, (unsigned)r, 0, 0, 0);
    c->u->freereg = save;
    c->u->dead = 1;
    return 0;
}

static int compile_break_continue(Compiler *c, AstNode *s, int is_break) {
    int loop = innermost_loop(c);
    if (loop < 0) return compiler_error(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (unwind_fblocks(c, loop + 1, s) < 0) return -1;
    set_pos(c, s);
    FBlock *fb = &c->u->fblocks[loop];
    int saved = c->u->cur_handler;
    c->u->cur_handler = fb->outer_handler;
    if (is_break) emit_jump(c, BC_JMP, 0, fb->break_label);
    else emit_jump(c, BC_LOOP, 0, fb->continue_label);
    c->u->cur_handler = saved;
    c->u->dead = 1;
    return 0;
}

static int compile_assert(Compiler *c, AstNode *s) {
    int save = c->u->freereg;
    int ok = new_label(c);
    if (compile_jump_if(c, s->u.assert_.test, 1, ok) < 0) return -1;
    int r = alloc_reg(c);
    if (r < 0) return -1;
    if (s->u.assert_.msg) {
        if (compile_expr(c, s->u.assert_.msg, r) < 0) return -1;
    } else {
        emit(c, BC_LOADNULL, (unsigned)r, 0, 0, 0);
    }
    set_pos(c, s);
    emit(c, BC_RAISEASSERT, (unsigned)r, 0, 0, 0);
    place_label(c, ok);
    c->u->freereg = save;
    return 0;
}

static int compile_import(Compiler *c, AstNode *s) {
    int save = c->u->freereg;
    for (int i = 0; i < s->u.import.names.n; i++) {
        AstNode *a = s->u.import.names.items[i];
        int r = alloc_reg(c);
        int k = add_name(c, a->u.alias.name);
        int none = add_const(c, V_NONE);
        if (r < 0 || k < 0 || none < 0) return -1;
        set_pos(c, s);
        emit(c, BC_IMPORT, (unsigned)r, (unsigned)k, (unsigned)none, 0);
        const char *name = a->u.alias.name;
        const char *dot = strchr(name, '.');
        if (a->u.alias.asname) {
            /* import a.b.c as d binds the leaf module. */
            while (dot) {
                const char *next = strchr(dot + 1, '.');
                size_t len = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
                char *part = ast_strdup(c->st.arena, dot + 1, len);
                int pk = add_name(c, part);
                if (pk < 0) return -1;
                emit(c, BC_IMPORTFROM, (unsigned)r, (unsigned)r, (unsigned)pk, 0);
                dot = next;
            }
            if (compile_name_store(c, a->u.alias.asname, r, a) < 0) return -1;
        } else {
            const char *first = dot ? ast_strdup(c->st.arena, name, (size_t)(dot - name)) : name;
            if (compile_name_store(c, first, r, a) < 0) return -1;
        }
        c->u->freereg = save;
    }
    return 0;
}

static int compile_importfrom(Compiler *c, AstNode *s) {
    if (compile_check_future_import(c, s) < 0) return -1;
    int save = c->u->freereg;
    AstList *names = &s->u.importfrom.names;
    Value fromlist = gp_tuple_new(c->t, (size_t)names->n);
    if (!fromlist) return -1;
    for (int i = 0; i < names->n; i++) {
        Value n = gp_str_intern_cstr(c->t, names->items[i]->u.alias.name);
        if (!n) return -1;
        gp_tuple_items(fromlist)[i] = n;
    }
    int r = alloc_reg(c);
    int k = add_name(c, s->u.importfrom.module ? s->u.importfrom.module : "");
    int fk = add_const(c, fromlist);
    if (r < 0 || k < 0 || fk < 0) return -1;
    set_pos(c, s);
    emit(c, BC_IMPORT, (unsigned)r, (unsigned)k, (unsigned)fk, (unsigned)s->u.importfrom.level);
    if (names->n == 1 && !strcmp(names->items[0]->u.alias.name, "*")) {
        emit(c, BC_IMPORTSTAR, (unsigned)r, 0, 0, 0);
        c->u->freereg = save;
        return 0;
    }
    for (int i = 0; i < names->n; i++) {
        AstNode *a = names->items[i];
        int v = alloc_reg(c);
        int nk = add_name(c, a->u.alias.name);
        if (v < 0 || nk < 0) return -1;
        set_pos(c, s);
        emit(c, BC_IMPORTFROM, (unsigned)v, (unsigned)r, (unsigned)nk, 0);
        if (compile_name_store(c, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, v, a) < 0) return -1;
        c->u->freereg = r + 1;
    }
    c->u->freereg = save;
    return 0;
}

/* ---- definitions */

static int apply_decorators(Compiler *c, AstList *decorators, int first_dec, int fn_reg, AstNode *at) {
    /* Decorators were evaluated (in order) into first_dec..; apply them
     * innermost (last) first. */
    for (int i = decorators->n - 1; i >= 0; i--) {
        int base = c->u->freereg;
        if (alloc_reg(c) < 0 || alloc_reg(c) < 0) return -1;
        emit(c, BC_MOVE, (unsigned)base, (unsigned)(first_dec + i), 0, 0);
        emit(c, BC_MOVE, (unsigned)(base + 1), (unsigned)fn_reg, 0, 0);
        set_pos(c, decorators->items[i]);
        (void)at;
        emit(c, BC_CALL, (unsigned)base, 1, 0, 0);
        emit(c, BC_MOVE, (unsigned)fn_reg, (unsigned)base, 0, 0);
        c->u->freereg = base;
    }
    return 0;
}

static int compile_funcdef(Compiler *c, AstNode *s) {
    int save = c->u->freereg;
    AstList *decs = &s->u.fn.decorators;
    int first_dec = c->u->freereg;
    for (int i = 0; i < decs->n; i++) {
        int r = alloc_reg(c);
        if (r < 0 || compile_expr(c, decs->items[i], r) < 0) return -1;
    }
    int fn = alloc_reg(c);
    if (fn < 0 || compile_function_def(c, s, fn) < 0) return -1;
    if (apply_decorators(c, decs, first_dec, fn, s) < 0) return -1;
    set_pos(c, s);
    if (compile_name_store(c, s->u.fn.bind ? s->u.fn.bind : s->u.fn.name, fn, s) < 0) return -1;
    c->u->freereg = save;
    return 0;
}

static int compile_classdef(Compiler *c, AstNode *s) {
    int save = c->u->freereg;
    AstList *decs = &s->u.cls.decorators;
    int first_dec = c->u->freereg;
    for (int i = 0; i < decs->n; i++) {
        int r = alloc_reg(c);
        if (r < 0 || compile_expr(c, decs->items[i], r) < 0) return -1;
    }
    Scope *sc = s->aux;
    int base = alloc_reg(c);
    int fn = alloc_reg(c);
    int name = alloc_reg(c);
    if (base < 0 || fn < 0 || name < 0) return -1;
    set_pos(c, s);
    emit(c, BC_LOADBUILDCLASS, (unsigned)base, 0, 0, 0);
    /* The body function: a closure if it uses enclosing variables. */
    unsigned flags = 0;
    c->u->freereg = fn + 1;
    if (sc->nfree) {
        int r = alloc_reg(c);
        int first = c->u->freereg;
        for (int i = 0; i < sc->nfree; i++) {
            int x = alloc_reg(c);
            if (x < 0) return -1;
            Sym *sym = scope_lookup(c->u->scope, sc->freevars[i]);
            if (sym && sym->res == RES_CELL) emit(c, BC_MOVE, (unsigned)x, (unsigned)sym->reg, 0, 0);
            else if (sym && sym->free_index >= 0) emit(c, BC_LOADFREECELL, (unsigned)x, (unsigned)sym->free_index, 0, 0);
            else return compiler_error(c, s, "internal error: no cell for '%s'", sc->freevars[i]);
        }
        emit(c, BC_BUILDTUPLE, (unsigned)r, (unsigned)first, (unsigned)sc->nfree, 0);
        flags |= MKF_CLOSURE;
        if (r != fn + 1) return compiler_error(c, s, "internal error: closure register");
    }
    Value code = compile_scope_code(c, sc, s);
    if (!code) return -1;
    int k = add_const(c, code);
    if (k < 0) return -1;
    set_pos(c, s);
    emit_bx(c, BC_MAKEFUNC, (unsigned)fn, (uint32_t)k, flags);
    c->u->freereg = name + 1;
    int nk = add_const(c, gp_str_intern_cstr(c->t, s->u.cls.name));
    if (nk < 0) return -1;
    emit_bx(c, BC_LOADK, (unsigned)name, (uint32_t)nk, 0);
    /* __build_class__(func, name, *bases, **keywords) */
    int star = 0;
    for (int i = 0; i < s->u.cls.bases.n; i++)
        if (s->u.cls.bases.items[i]->kind == AST_STARRED) star = 1;
    for (int i = 0; i < s->u.cls.keywords.n; i++)
        if (!s->u.cls.keywords.items[i]->u.keyword.arg) star = 1;
    if (!star) {
        for (int i = 0; i < s->u.cls.bases.n; i++) {
            int r = alloc_reg(c);
            if (r < 0 || compile_expr(c, s->u.cls.bases.items[i], r) < 0) return -1;
        }
        int nkw = s->u.cls.keywords.n;
        Value kwnames = VNULL;
        if (nkw) {
            kwnames = gp_tuple_new(c->t, (size_t)nkw);
            if (!kwnames) return -1;
            for (int i = 0; i < nkw; i++) {
                AstNode *kw = s->u.cls.keywords.items[i];
                gp_tuple_items(kwnames)[i] = gp_str_intern_cstr(c->t, kw->u.keyword.arg);
                int r = alloc_reg(c);
                if (r < 0 || compile_expr(c, kw->u.keyword.value, r) < 0) return -1;
            }
        }
        set_pos(c, s);
        unsigned n = (unsigned)(2 + s->u.cls.bases.n + nkw);
        if (nkw) {
            int kk = add_const(c, kwnames);
            if (kk < 0) return -1;
            emit(c, BC_CALLKW, (unsigned)base, n, (unsigned)kk, 0);
        } else {
            emit(c, BC_CALL, (unsigned)base, n, 0, 0);
        }
    } else {
        /* Gather (func, name, *bases) in a list and the keywords in a dict. */
        int argt = alloc_reg(c), kwd = alloc_reg(c);
        if (argt < 0 || kwd < 0) return -1;
        emit(c, BC_BUILDLIST, (unsigned)argt, (unsigned)fn, 2, 0);
        for (int i = 0; i < s->u.cls.bases.n; i++) {
            AstNode *b = s->u.cls.bases.items[i];
            int r = alloc_reg(c);
            if (r < 0) return -1;
            if (compile_expr(c, b->kind == AST_STARRED ? b->u.starred.value : b, r) < 0) return -1;
            emit(c, b->kind == AST_STARRED ? BC_LISTEXTEND : BC_LISTAPPEND, (unsigned)argt, (unsigned)r, 0, 0);
            c->u->freereg = kwd + 1;
        }
        emit(c, BC_LISTTOTUPLE, (unsigned)argt, (unsigned)argt, 0, 0);
        emit(c, BC_BUILDDICT, (unsigned)kwd, 0, 0, 0);
        for (int i = 0; i < s->u.cls.keywords.n; i++) {
            AstNode *kw = s->u.cls.keywords.items[i];
            int v = alloc_reg(c);
            if (v < 0 || compile_expr(c, kw->u.keyword.value, v) < 0) return -1;
            if (kw->u.keyword.arg) {
                int kr = alloc_reg(c);
                int kk = add_name(c, kw->u.keyword.arg);
                if (kr < 0 || kk < 0) return -1;
                emit_bx(c, BC_LOADK, (unsigned)kr, (uint32_t)kk, 0);
                emit(c, BC_DICTSET, (unsigned)kwd, (unsigned)kr, (unsigned)v, 0);
            } else {
                emit(c, BC_DICTUPDATE, (unsigned)kwd, (unsigned)v, (unsigned)base, 1);
            }
            c->u->freereg = kwd + 1;
        }
        /* CALLEX wants func, args, kwargs in base..base+2. */
        emit(c, BC_MOVE, (unsigned)(base + 1), (unsigned)argt, 0, 0);
        emit(c, BC_MOVE, (unsigned)(base + 2), (unsigned)kwd, 0, 0);
        set_pos(c, s);
        emit(c, BC_CALLEX, (unsigned)base, 0, 0, 0);
    }
    c->u->freereg = base + 1;
    if (apply_decorators(c, decs, first_dec, base, s) < 0) return -1;
    set_pos(c, s);
    if (compile_name_store(c, s->u.cls.bind ? s->u.cls.bind : s->u.cls.name, base, s) < 0) return -1;
    c->u->freereg = save;
    return 0;
}

/* ---- control flow */

static int compile_if(Compiler *c, AstNode *s) {
    int orelse = new_label(c), end = new_label(c);
    if (compile_jump_if(c, s->u.if_.test, 0, orelse) < 0) return -1;
    BoundState before;
    if (bound_save(c, &before) < 0) return -1;
    if (compile_body(c, &s->u.if_.body) < 0) goto fail;
    if (s->u.if_.orelse.n) {
        if (!c->u->dead) emit_jump(c, BC_JMP, 0, end);
        BoundState after_body;
        if (bound_save(c, &after_body) < 0) goto fail;
        bound_restore(c, &before);
        place_label(c, orelse);
        if (compile_body(c, &s->u.if_.orelse) < 0) {
            bound_free(&after_body);
            goto fail;
        }
        bound_join(c, &after_body);
        bound_free(&after_body);
    } else {
        place_label(c, orelse);
        bound_join(c, &before);
    }
    place_label(c, end);
    bound_free(&before);
    return 0;
fail:
    bound_free(&before);
    return -1;
}

static int compile_while(Compiler *c, AstNode *s) {
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    BoundState before;
    if (bound_save(c, &before) < 0) return -1;
    place_label(c, top);
    AstNode *test = s->u.while_.test;
    int infinite = test->kind == AST_CONSTANT && test->u.constant.ckind == CONST_TRUE;
    if (!infinite && compile_jump_if(c, test, 0, orelse) < 0) goto fail;
    FBlock *fb = push_fblock(c, FB_LOOP, s);
    if (!fb) goto fail;
    fb->break_label = end;
    fb->continue_label = top;
    if (compile_body(c, &s->u.while_.body) < 0) goto fail;
    pop_fblock(c);
    set_pos(c, s);
    emit_jump(c, BC_LOOP, 0, top);
    bound_restore(c, &before);
    place_label(c, orelse);
    if (infinite) c->u->dead = 1;
    if (compile_body(c, &s->u.while_.orelse) < 0) goto fail;
    place_label(c, end);
    /* After the loop only what held before it is sure (a break may have
     * left the body early). */
    c->u->dead = 0;
    bound_restore(c, &before);
    bound_free(&before);
    return 0;
fail:
    bound_free(&before);
    return -1;
}

static int compile_for(Compiler *c, AstNode *s) {
    int save = c->u->freereg;
    int it = alloc_reg(c);
    if (it < 0) return -1;
    int src = compile_iterable(c, s->u.for_.iter, -1);
    if (src < 0) return -1;
    set_pos(c, s->u.for_.iter);
    emit(c, BC_GETITER, (unsigned)it, (unsigned)src, 0, 0);
    c->u->freereg = it + 1;
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    BoundState before;
    if (bound_save(c, &before) < 0) return -1;
    /* A simple local target receives the item directly. */
    AstNode *target = s->u.for_.target;
    Sym *sym = target->kind == AST_NAME && c->u->scope ? scope_lookup(c->u->scope, target->u.name.id) : NULL;
    int item = sym && sym->res == RES_LOCAL ? sym->reg : alloc_reg(c);
    if (item < 0) goto fail;
    place_label(c, top);
    /* CPython locates each step of the loop at the whole for statement
     * (so a traceback through it shows the line without carets). */
    set_pos(c, s);
    emit(c, BC_FORITER, (unsigned)it, (unsigned)item, 0, 0);
    emit_jump(c, BC_JMP, 0, orelse);
    if (sym && sym->res == RES_LOCAL) mark_bound(c, item, 1);
    else if (compile_store(c, target, item) < 0) goto fail;
    FBlock *fb = push_fblock(c, FB_LOOP, s);
    if (!fb) goto fail;
    fb->break_label = end;
    fb->continue_label = top;
    if (compile_body(c, &s->u.for_.body) < 0) goto fail;
    pop_fblock(c);
    set_pos(c, s->u.for_.iter);
    emit_jump(c, BC_LOOP, 0, top);
    bound_restore(c, &before);
    place_label(c, orelse);
    if (compile_body(c, &s->u.for_.orelse) < 0) goto fail;
    place_label(c, end);
    c->u->dead = 0;
    bound_restore(c, &before);
    bound_free(&before);
    c->u->freereg = save;
    return 0;
fail:
    bound_free(&before);
    return -1;
}

/* try: body except...: handlers else: orelse (no finally here). */
static int compile_try_except(Compiler *c, AstNode *s) {
    Unit *u = c->u;
    int save = u->freereg;
    int exc = alloc_reg(c), saved_exc = alloc_reg(c), cleanup_exc = alloc_reg(c);
    if (exc < 0 || saved_exc < 0 || cleanup_exc < 0) return -1;
    int handler_label = new_label(c), cleanup_label = new_label(c), end = new_label(c);
    int outer = u->cur_handler;
    int h = new_handler(c, handler_label, exc);
    int hc = new_handler(c, cleanup_label, cleanup_exc);
    if (h < 0 || hc < 0) return -1;
    BoundState before;
    if (bound_save(c, &before) < 0) return -1;

    u->cur_handler = h;
    if (compile_body(c, &s->u.try_.body) < 0) goto fail;
    u->cur_handler = outer;
    if (compile_body(c, &s->u.try_.orelse) < 0) goto fail;
    if (!u->dead) emit_jump(c, BC_JMP, 0, end);
    BoundState after_body;
    if (bound_save(c, &after_body) < 0) goto fail;

    /* The handlers start from what held before the try. */
    place_label(c, handler_label);
    bound_restore(c, &before);
    set_pos(c, s->u.try_.handlers.items[0]);
    emit(c, BC_PUSHEXC, (unsigned)exc, (unsigned)saved_exc, 0, 0);
    u->cur_handler = hc;
    BoundState joined;
    joined.bits = NULL;
    int have_joined = 0;
    AstList *handlers = &s->u.try_.handlers;
    for (int i = 0; i < handlers->n; i++) {
        AstNode *hn = handlers->items[i];
        int next = new_label(c);
        if (hn->u.handler.type) {
            int t = compile_expr(c, hn->u.handler.type, -1);
            if (t < 0) goto fail2;
            int m = alloc_reg(c);
            if (m < 0) goto fail2;
            set_pos(c, hn->u.handler.type);
            emit(c, BC_EXCMATCH, (unsigned)m, (unsigned)exc, (unsigned)t, 0);
            emit_jump(c, BC_JMPIFNOT, (unsigned)m, next);
            u->freereg = cleanup_exc + 1;
        } else if (i != handlers->n - 1) {
            compiler_error(c, hn, "default 'except:' must be last");
            goto fail2;
        }
        BoundState at_clause;
        if (bound_save(c, &at_clause) < 0) goto fail2;
        if (hn->u.handler.name) {
            set_pos(c, hn);
            if (compile_name_store(c, hn->u.handler.name, exc, hn) < 0) {
                bound_free(&at_clause);
                goto fail2;
            }
        }
        FBlock *fb = push_fblock(c, FB_HANDLER, hn);
        if (!fb) {
            bound_free(&at_clause);
            goto fail2;
        }
        fb->outer_handler = outer;
        fb->saved_exc_reg = saved_exc;
        fb->exc_name = hn->u.handler.name;
        if (compile_body(c, &hn->u.handler.body) < 0) {
            bound_free(&at_clause);
            goto fail2;
        }
        pop_fblock(c);
        if (!u->dead) {
            /* Leaving the clause: restore the outer exception and unbind
             * the `as` name, outside the cleanup region. */
            u->cur_handler = outer;
            set_pos(c, hn);
            emit(c, BC_POPEXC, (unsigned)saved_exc, 0, 0, 0);
            if (hn->u.handler.name) {
                int r = alloc_reg(c);
                if (r < 0) {
                    bound_free(&at_clause);
                    goto fail2;
                }
                emit(c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
                compile_name_store(c, hn->u.handler.name, r, hn);
                Sym *sym = c->u->scope ? scope_lookup(c->u->scope, hn->u.handler.name) : NULL;
                if (sym && sym->res == RES_LOCAL) {
                    emit(c, BC_LOADNULL, (unsigned)sym->reg, 0, 0, 0);
                    mark_bound(c, sym->reg, 0);
                } else {
                    AstNode name = *hn;
                    name.kind = AST_NAME;
                    name.u.name.id = hn->u.handler.name;
                    name.u.name.ctx = CTX_DEL;
                    compile_delete(c, &name);
                }
                u->freereg = cleanup_exc + 1;
            }
            emit_jump(c, BC_JMP, 0, end);
            u->cur_handler = hc;
        }
        if (!have_joined) {
            bound_save(c, &joined);
            have_joined = 1;
        } else {
            bound_join(c, &joined);
            bound_free(&joined);
            bound_save(c, &joined);
        }
        bound_restore(c, &at_clause);
        bound_free(&at_clause);
        place_label(c, next);
    }
    /* No clause matched: re-raise (the cleanup handler restores the
     * outer exception first). */
    set_pos(c, s);
    emit(c, BC_RERAISE, (unsigned)exc, 0, 0, 0);
    u->cur_handler = outer;
    place_label(c, cleanup_label);
    emit(c, BC_POPEXC, (unsigned)saved_exc, 0, 0, 0);
    emit(c, BC_RERAISE, (unsigned)cleanup_exc, 0, 0, 0);
    place_label(c, end);
    u->dead = 0;
    bound_restore(c, &after_body);
    if (have_joined) {
        bound_join(c, &joined);
        bound_free(&joined);
    }
    bound_free(&after_body);
    bound_free(&before);
    u->freereg = save;
    return 0;
fail2:
    if (have_joined) bound_free(&joined);
    bound_free(&after_body);
fail:
    bound_free(&before);
    return -1;
}

static int compile_try_finally(Compiler *c, AstNode *s) {
    Unit *u = c->u;
    int save = u->freereg;
    int exc = alloc_reg(c), saved_exc = alloc_reg(c), cleanup_exc = alloc_reg(c);
    if (exc < 0 || saved_exc < 0 || cleanup_exc < 0) return -1;
    int handler_label = new_label(c), cleanup_label = new_label(c), end = new_label(c);
    int outer = u->cur_handler;
    int h = new_handler(c, handler_label, exc);
    int hc = new_handler(c, cleanup_label, cleanup_exc);
    if (h < 0 || hc < 0) return -1;
    BoundState before;
    if (bound_save(c, &before) < 0) return -1;

    FBlock *fb = push_fblock(c, FB_FINALLY, s);
    if (!fb) goto fail;
    fb->finalbody = &s->u.try_.finalbody;
    fb->outer_handler = outer;
    u->cur_handler = h;
    if (s->u.try_.handlers.n) {
        if (compile_try_except(c, s) < 0) goto fail;
    } else {
        if (compile_body(c, &s->u.try_.body) < 0) goto fail;
    }
    pop_fblock(c);
    u->cur_handler = outer;
    /* Normal exit: the finally body, once. */
    if (compile_body(c, &s->u.try_.finalbody) < 0) goto fail;
    if (!u->dead) emit_jump(c, BC_JMP, 0, end);
    BoundState after;
    if (bound_save(c, &after) < 0) goto fail;

    /* Exceptional exit: run the finally body with the exception as the
     * one being handled, then re-raise it. */
    place_label(c, handler_label);
    bound_restore(c, &before);
    set_pos(c, s);
    emit(c, BC_PUSHEXC, (unsigned)exc, (unsigned)saved_exc, 0, 0);
    u->cur_handler = hc;
    FBlock *hb = push_fblock(c, FB_HANDLER, s);
    if (!hb) {
        bound_free(&after);
        goto fail;
    }
    hb->outer_handler = outer;
    hb->saved_exc_reg = saved_exc;
    if (compile_body(c, &s->u.try_.finalbody) < 0) {
        bound_free(&after);
        goto fail;
    }
    pop_fblock(c);
    if (!u->dead) {
        set_pos(c, s);
        emit(c, BC_POPEXC, (unsigned)saved_exc, 0, 0, 0);
        emit(c, BC_RERAISE, (unsigned)exc, 0, 0, 0);
    }
    u->cur_handler = outer;
    place_label(c, cleanup_label);
    emit(c, BC_POPEXC, (unsigned)saved_exc, 0, 0, 0);
    emit(c, BC_RERAISE, (unsigned)cleanup_exc, 0, 0, 0);
    place_label(c, end);
    u->dead = after.dead;
    bound_restore(c, &after);
    bound_free(&after);
    bound_free(&before);
    u->freereg = save;
    return 0;
fail:
    bound_free(&before);
    return -1;
}

static int compile_try(Compiler *c, AstNode *s) {
    if (s->u.try_.finalbody.n) return compile_try_finally(c, s);
    return compile_try_except(c, s);
}

/* with a as x, b as y: body  ==  nested single-item with statements. */
static int compile_with_items(Compiler *c, AstNode *s, int index) {
    Unit *u = c->u;
    int save = u->freereg;
    AstNode *item = s->u.with.items.items[index];
    int exitr = alloc_reg(c), entered = alloc_reg(c);
    int exc = alloc_reg(c), saved_exc = alloc_reg(c), cleanup_exc = alloc_reg(c);
    if (exitr < 0 || entered < 0 || exc < 0 || saved_exc < 0 || cleanup_exc < 0) return -1;
    int mgr = compile_expr(c, item->u.withitem.context_expr, -1);
    if (mgr < 0) return -1;
    set_pos(c, s); /* as CPython: the whole with statement */
    /* R[exitr] = bound __exit__, R[entered] = __enter__() */
    emit(c, BC_CALLINTRINSIC, (unsigned)exitr, (unsigned)mgr, 0, 1);
    u->freereg = cleanup_exc + 1;
    int handler_label = new_label(c), cleanup_label = new_label(c), end = new_label(c);
    int outer = u->cur_handler;
    int h = new_handler(c, handler_label, exc);
    int hc = new_handler(c, cleanup_label, cleanup_exc);
    if (h < 0 || hc < 0) return -1;
    BoundState before;
    if (bound_save(c, &before) < 0) return -1;
    u->cur_handler = h;
    if (item->u.withitem.optional_vars && compile_store(c, item->u.withitem.optional_vars, entered) < 0) goto fail;
    FBlock *fb = push_fblock(c, FB_WITH, s);
    if (!fb) goto fail;
    fb->with_reg = exitr;
    fb->outer_handler = outer;
    if (index + 1 < s->u.with.items.n) {
        if (compile_with_items(c, s, index + 1) < 0) goto fail;
    } else {
        if (compile_body(c, &s->u.with.body) < 0) goto fail;
    }
    pop_fblock(c);
    u->cur_handler = outer;
    if (!u->dead) {
        set_pos(c, s);
        if (emit_with_exit_none(c, exitr) < 0) goto fail;
        emit_jump(c, BC_JMP, 0, end);
    }
    BoundState after;
    if (bound_save(c, &after) < 0) goto fail;
    /* Exception in the body: __exit__(type, value, tb) decides. */
    place_label(c, handler_label);
    set_pos(c, s);
    emit(c, BC_PUSHEXC, (unsigned)exc, (unsigned)saved_exc, 0, 0);
    u->cur_handler = hc;
    int r = alloc_reg(c);
    if (r < 0) {
        bound_free(&after);
        goto fail;
    }
    emit(c, BC_CALLINTRINSIC, (unsigned)r, (unsigned)exitr, (unsigned)exc, 2);
    int swallow = new_label(c);
    emit_jump(c, BC_JMPIF, (unsigned)r, swallow);
    emit(c, BC_RERAISE, (unsigned)exc, 0, 0, 0);
    place_label(c, swallow);
    u->cur_handler = outer;
    emit(c, BC_POPEXC, (unsigned)saved_exc, 0, 0, 0);
    emit_jump(c, BC_JMP, 0, end);
    place_label(c, cleanup_label);
    emit(c, BC_POPEXC, (unsigned)saved_exc, 0, 0, 0);
    emit(c, BC_RERAISE, (unsigned)cleanup_exc, 0, 0, 0);
    place_label(c, end);
    u->dead = 0;
    bound_restore(c, &before);
    bound_free(&after);
    bound_free(&before);
    u->freereg = save;
    return 0;
fail:
    bound_free(&before);
    return -1;
}

/* ---- dispatch */

int compile_stmt(Compiler *c, AstNode *s) {
    if (c->failed) return -1;
    Unit *u = c->u;
    int save = u->freereg;
    set_pos(c, s);
    int rc = 0;
    switch (s->kind) {
    case AST_EXPR: {
        AstNode *e = s->u.expr.value;
        if (c->interactive && (!u->scope || u->scope->kind == SC_MODULE)) {
            int r = compile_expr(c, e, -1);
            if (r < 0) return -1;
            set_pos(c, s);
            emit(c, BC_PRINTEXPR, (unsigned)r, 0, 0, 0);
        } else if (e->kind != AST_CONSTANT) {
            rc = compile_expr(c, e, -1);
        }
        break;
    }
    case AST_ASSIGN: rc = compile_assign(c, s); break;
    case AST_AUGASSIGN: rc = compile_augassign(c, s); break;
    case AST_ANNASSIGN: rc = compile_annassign(c, s); break;
    case AST_DELETE:
        for (int i = 0; i < s->u.del.targets.n && rc >= 0; i++) rc = compile_delete(c, s->u.del.targets.items[i]);
        break;
    case AST_PASS:
    case AST_GLOBAL:
    case AST_NONLOCAL: break;
    case AST_IF: rc = compile_if(c, s); break;
    case AST_WHILE: rc = compile_while(c, s); break;
    case AST_FOR:
        if (s->u.for_.is_async) return compiler_error(c, s, "'async for' is not supported by gilpy");
        rc = compile_for(c, s);
        break;
    case AST_BREAK: rc = compile_break_continue(c, s, 1); break;
    case AST_CONTINUE: rc = compile_break_continue(c, s, 0); break;
    case AST_RETURN: rc = compile_return(c, s); break;
    case AST_RAISE: rc = compile_raise(c, s); break;
    case AST_TRY: rc = compile_try(c, s); break;
    case AST_ASSERT: rc = compile_assert(c, s); break;
    case AST_IMPORT: rc = compile_import(c, s); break;
    case AST_IMPORTFROM: rc = compile_importfrom(c, s); break;
    case AST_FUNCTIONDEF:
        if (s->u.fn.is_async) return compiler_error(c, s, "'async def' is not supported by gilpy");
        rc = compile_funcdef(c, s);
        break;
    case AST_CLASSDEF: rc = compile_classdef(c, s); break;
    case AST_WITH:
        if (s->u.with.is_async) return compiler_error(c, s, "'async with' is not supported by gilpy");
        rc = compile_with_items(c, s, 0);
        break;
    default: rc = compiler_error(c, s, "unsupported statement"); break;
    }
    u->freereg = save;
    if (rc < 0) c->failed = 1;
    return rc < 0 ? -1 : 0;
}

int compile_body(Compiler *c, AstList *body) {
    for (int i = 0; i < body->n; i++) {
        if (compile_stmt(c, body->items[i]) < 0) return -1;
    }
    return 0;
}

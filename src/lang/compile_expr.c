/* compile_expr.c - expressions, assignment targets and function objects.
 *
 * Register discipline: compile_expr(c, e, dst) leaves the value of e in
 * dst when dst >= 0 (freereg unchanged), or, when dst < 0, either in the
 * register of a local variable (freereg unchanged) or in one new
 * temporary at the old freereg (freereg advanced by one). Everything else
 * an expression allocates is released before it returns.
 */
#include <stdlib.h>
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/set.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "compile_internal.h"

static int result_reg(Compiler *c, int dst) { return dst >= 0 ? dst : alloc_reg(c); }

/* Release temporaries above `save`, keeping the result register if it is
 * a new temporary. */
static int finish(Compiler *c, int save, int r, int dst) {
    if (r < 0) return -1;
    if (dst >= 0) {
        c->u->freereg = save;
        return r;
    }
    if (r >= save) {
        if (r != save) {
            emit(c, BC_MOVE, (unsigned)save, (unsigned)r, 0, 0);
            r = save;
        }
        c->u->freereg = save + 1;
        if (c->u->freereg > c->u->maxreg) c->u->maxreg = c->u->freereg;
    } else {
        c->u->freereg = save;
    }
    return r;
}

/* ---- constants */

Value constant_value(Compiler *c, AstNode *e) {
    GpThread *t = c->t;
    switch (e->u.constant.ckind) {
    case CONST_NONE: return V_NONE;
    case CONST_TRUE: return V_TRUE;
    case CONST_FALSE: return V_FALSE;
    case CONST_ELLIPSIS: return V_ELLIPSIS;
    case CONST_INT: return gp_int_from_str(t, e->u.constant.text, strlen(e->u.constant.text), 0);
    case CONST_FLOAT: return v_from_float(e->u.constant.f);
    case CONST_STR: return gp_str_new(t, e->u.constant.bytes, e->u.constant.len);
    case CONST_BYTES: {
        extern Value gp_bytes_new(GpThread * t, const void *data, size_t n);
        return gp_bytes_new(t, e->u.constant.bytes, e->u.constant.len);
    }
    case CONST_IMAG:
        compiler_error(c, e, "complex numbers are not supported by gilpy");
        return VNULL;
    }
    return VNULL;
}

static int emit_load_const(Compiler *c, Value v, int r) {
    if (v == V_NONE) return emit(c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
    if (v == V_TRUE) return emit(c, BC_LOADTRUE, (unsigned)r, 0, 0, 0);
    if (v == V_FALSE) return emit(c, BC_LOADFALSE, (unsigned)r, 0, 0, 0);
    if (v_is_int(v) && v_int(v) >= INT32_MIN && v_int(v) <= INT32_MAX)
        return emit_bx(c, BC_LOADI, (unsigned)r, (uint32_t)(int32_t)v_int(v), 0);
    int k = add_const(c, v);
    if (k < 0) return -1;
    return emit_bx(c, BC_LOADK, (unsigned)r, (uint32_t)k, 0);
}

/* Constant folding, the part of CPython's AST optimizer whose results
 * show: a literal, -/+/~ applied to a number literal, and a tuple of
 * those are constants. Returns VNULL (no error) when e is not one. */
static Value fold_const(Compiler *c, AstNode *e) {
    switch (e->kind) {
    case AST_CONSTANT:
        if (e->u.constant.ckind == CONST_IMAG) return VNULL;
        return constant_value(c, e);
    case AST_UNARYOP: {
        AstNode *x = e->u.unaryop.operand;
        if (e->u.unaryop.op == UOP_NOT || x->kind != AST_CONSTANT) return VNULL;
        AstConstKind k = x->u.constant.ckind;
        if (k != CONST_INT && k != CONST_FLOAT && k != CONST_TRUE && k != CONST_FALSE) return VNULL;
        if (k == CONST_FLOAT && e->u.unaryop.op == UOP_INVERT) return VNULL;
        Value v = constant_value(c, x);
        if (!v) return VNULL;
        int op = e->u.unaryop.op == UOP_USUB ? GP_UOP_NEG : e->u.unaryop.op == UOP_UADD ? GP_UOP_POS : GP_UOP_INVERT;
        Value r = gp_unop(c->t, op, v);
        if (!r) gp_exc_clear(c->t);
        return r;
    }
    case AST_TUPLE: {
        if (e->u.seq.ctx != CTX_LOAD) return VNULL;
        AstList *el = &e->u.seq.elts;
        for (int i = 0; i < el->n; i++) {
            AstNode *x = el->items[i];
            if (x->kind != AST_CONSTANT && x->kind != AST_UNARYOP && x->kind != AST_TUPLE) return VNULL;
        }
        Value tup = gp_tuple_new(c->t, (size_t)el->n);
        if (!tup) return VNULL;
        for (int i = 0; i < el->n; i++) {
            Value v = fold_const(c, el->items[i]);
            if (!v) return VNULL;
            gp_tuple_items(tup)[i] = v;
        }
        return tup;
    }
    default: return VNULL;
    }
}

/* A tuple display of constants folds to one constant, as in CPython. */
static Value fold_tuple(Compiler *c, AstNode *e) { return fold_const(c, e); }

/* ---- names */

static Sym *lookup_sym(Compiler *c, const char *name) {
    Scope *s = c->u->scope;
    return s ? scope_lookup(s, name) : NULL;
}

static int in_module_scope(Compiler *c) { return !c->u->scope || c->u->scope->kind == SC_MODULE; }

int compile_name_load(Compiler *c, const char *name, int dst, AstNode *at) {
    Sym *sym = lookup_sym(c, name);
    SymRes res = sym ? sym->res : (in_module_scope(c) ? RES_NAME : RES_GLOBAL_IMPLICIT);
    Unit *u = c->u;
    switch (res) {
    case RES_LOCAL: {
        if (!u->bound[sym->reg]) {
            set_pos(c, at);
            emit(c, BC_CHECKLOCAL, (unsigned)sym->reg, 0, 0, 0);
            mark_bound(c, sym->reg, 1);
        }
        if (dst < 0 && !u->scope->has_walrus) return sym->reg;
        int r = result_reg(c, dst);
        if (r >= 0 && r != sym->reg) emit(c, BC_MOVE, (unsigned)r, (unsigned)sym->reg, 0, 0);
        return r;
    }
    case RES_CELL: {
        int r = result_reg(c, dst);
        int k = add_name(c, name);
        if (r < 0 || k < 0) return -1;
        emit(c, BC_LOADDEREF, (unsigned)r, (unsigned)sym->reg, (unsigned)k, 0);
        return r;
    }
    case RES_FREE: {
        int r = result_reg(c, dst);
        if (r < 0) return -1;
        if (u->scope->kind == SC_CLASS) {
            int k = add_name(c, name);
            emit(c, BC_LOADCLASSDEREF, (unsigned)r, (unsigned)sym->free_index, (unsigned)k, 0);
        } else {
            emit(c, BC_LOADFREE, (unsigned)r, (unsigned)sym->free_index, 0, 0);
        }
        return r;
    }
    case RES_NAME:
        /* A name the class body binds is looked up by name (class dict,
         * globals, builtins) even when a method sees the enclosing
         * function's variable of that name; one it only uses reads the
         * class dict, then the enclosing function's cell. */
        if (sym && (sym->flags & SYM_FREE_CLASS) && !(sym->flags & SYM_ASSIGNED) && u->scope->kind == SC_CLASS) {
            int r = result_reg(c, dst);
            int k = add_name(c, name);
            if (r < 0 || k < 0) return -1;
            emit(c, BC_LOADCLASSDEREF, (unsigned)r, (unsigned)sym->free_index, (unsigned)k, 0);
            return r;
        }
        if (!in_module_scope(c)) {
            int r = result_reg(c, dst);
            int k = add_name(c, name);
            if (r < 0 || k < 0) return -1;
            emit(c, BC_LOADNAME, (unsigned)r, (unsigned)k, 0, 0);
            return r;
        }
        /* module names are globals */
        __attribute__((fallthrough));
    default: {
        int r = result_reg(c, dst);
        int k = add_name(c, name);
        if (r < 0 || k < 0) return -1;
        emit(c, BC_LOADGLOBAL, (unsigned)r, (unsigned)k, 0, 0);
        emit_cache(c);
        return r;
    }
    }
}

int compile_name_store(Compiler *c, const char *name, int src, AstNode *at) {
    (void)at;
    Sym *sym = lookup_sym(c, name);
    SymRes res = sym ? sym->res : (in_module_scope(c) ? RES_NAME : RES_GLOBAL_IMPLICIT);
    switch (res) {
    case RES_LOCAL:
        if (src != sym->reg) emit(c, BC_MOVE, (unsigned)sym->reg, (unsigned)src, 0, 0);
        mark_bound(c, sym->reg, 1);
        return 0;
    case RES_CELL: return emit(c, BC_STOREDEREF, (unsigned)sym->reg, (unsigned)src, 0, 0) < 0 ? -1 : 0;
    case RES_FREE:
        if (c->u->scope->kind == SC_CLASS) break;
        return emit(c, BC_STOREFREE, (unsigned)sym->free_index, (unsigned)src, 0, 0) < 0 ? -1 : 0;
    case RES_NAME:
        if (!in_module_scope(c)) {
            int k = add_name(c, name);
            return k < 0 || emit(c, BC_STORENAME, (unsigned)src, (unsigned)k, 0, 0) < 0 ? -1 : 0;
        }
        break;
    default: break;
    }
    if (res == RES_FREE) {
        int k = add_name(c, name);
        return k < 0 || emit(c, BC_STORENAME, (unsigned)src, (unsigned)k, 0, 0) < 0 ? -1 : 0;
    }
    int k = add_name(c, name);
    return k < 0 || emit(c, BC_STOREGLOBAL, (unsigned)src, (unsigned)k, 0, 0) < 0 ? -1 : 0;
}

static int compile_name_delete(Compiler *c, const char *name, AstNode *at) {
    Sym *sym = lookup_sym(c, name);
    SymRes res = sym ? sym->res : (in_module_scope(c) ? RES_NAME : RES_GLOBAL_IMPLICIT);
    set_pos(c, at);
    switch (res) {
    case RES_LOCAL:
        if (!c->u->bound[sym->reg]) emit(c, BC_CHECKLOCAL, (unsigned)sym->reg, 0, 0, 0);
        emit(c, BC_LOADNULL, (unsigned)sym->reg, 0, 0, 0);
        mark_bound(c, sym->reg, 0);
        return 0;
    case RES_CELL: {
        int k = add_name(c, name);
        int r = alloc_reg(c);
        if (k < 0 || r < 0) return -1;
        /* Check it is bound, then empty the cell. */
        emit(c, BC_LOADDEREF, (unsigned)r, (unsigned)sym->reg, (unsigned)k, 0);
        emit(c, BC_LOADNULL, (unsigned)r, 0, 0, 0);
        emit(c, BC_STOREDEREF, (unsigned)sym->reg, (unsigned)r, 0, 0);
        c->u->freereg--;
        return 0;
    }
    case RES_FREE: {
        int r = alloc_reg(c);
        if (r < 0) return -1;
        emit(c, BC_LOADFREE, (unsigned)r, (unsigned)sym->free_index, 0, 0);
        emit(c, BC_LOADNULL, (unsigned)r, 0, 0, 0);
        emit(c, BC_STOREFREE, (unsigned)sym->free_index, (unsigned)r, 0, 0);
        c->u->freereg--;
        return 0;
    }
    case RES_NAME:
        if (!in_module_scope(c)) {
            int k = add_name(c, name);
            return k < 0 || emit(c, BC_DELNAME, 0, (unsigned)k, 0, 0) < 0 ? -1 : 0;
        }
        break;
    default: break;
    }
    int k = add_name(c, name);
    return k < 0 || emit(c, BC_DELGLOBAL, 0, (unsigned)k, 0, 0) < 0 ? -1 : 0;
}

/* ---- helpers */

int compile_expr_to(Compiler *c, AstNode *e, int dst) { return compile_expr(c, e, dst); }

static int has_starred(AstList *l) {
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == AST_STARRED) return 1;
    return 0;
}

/* Build a list of the items (with *starred ones expanded) into dst. */
/* callee >= 0: the list gathers a call's positional arguments, and a bad
 * *argument names the function in its error. */
static int build_list_from(Compiler *c, AstList *elts, int dst, AstNode *at, int callee) {
    int save = c->u->freereg;
    int prefix = 0;
    while (prefix < elts->n && elts->items[prefix]->kind != AST_STARRED && prefix < 256) prefix++;
    int base = c->u->freereg;
    for (int i = 0; i < prefix; i++) {
        int r = alloc_reg(c);
        if (r < 0 || compile_expr(c, elts->items[i], r) < 0) return -1;
    }
    set_pos(c, at);
    emit(c, BC_BUILDLIST, (unsigned)dst, (unsigned)base, (unsigned)prefix, 0);
    c->u->freereg = save;
    for (int i = prefix; i < elts->n; i++) {
        AstNode *x = elts->items[i];
        int r = alloc_reg(c);
        if (r < 0) return -1;
        if (x->kind == AST_STARRED) {
            if (compile_expr(c, x->u.starred.value, r) < 0) return -1;
            set_pos(c, x);
            emit(c, BC_LISTEXTEND, (unsigned)dst, (unsigned)r, callee >= 0 ? (unsigned)callee : 0, callee >= 0);
        } else {
            if (compile_expr(c, x, r) < 0) return -1;
            emit(c, BC_LISTAPPEND, (unsigned)dst, (unsigned)r, 0, 0);
        }
        c->u->freereg = save;
    }
    return dst;
}

/* A set display of constants as CPython 3.12's compiler makes it: a
 * frozenset constant built from the items in source order and then
 * rebuilt from its own iteration order (CPython's constant merging), so
 * that the set that results iterates in the same order as CPython's. */
static Value const_frozenset(Compiler *c, AstList *elts) {
    for (int i = 0; i < elts->n; i++) {
        AstKind k = elts->items[i]->kind;
        if (k != AST_CONSTANT && k != AST_UNARYOP && k != AST_TUPLE) return VNULL;
    }
    Value tup = gp_tuple_new(c->t, (size_t)elts->n);
    if (!tup) return VNULL;
    for (int i = 0; i < elts->n; i++) {
        Value v = fold_const(c, elts->items[i]);
        if (!v) return VNULL;
        gp_tuple_items(tup)[i] = v;
    }
    Value first = gp_set_new(c->t, &gp_frozenset_type, tup);
    Value list = first ? gp_sequence_list(c->t, first) : VNULL;
    return list ? gp_set_new(c->t, &gp_frozenset_type, list) : VNULL;
}

/* The iterable of a for loop or comprehension, and the right operand of
 * `in`: a set display of constants there is a frozenset constant, as
 * CPython's AST optimizer makes it (its iteration order shows). */
int compile_iterable(Compiler *c, AstNode *e, int dst) {
    if (e->kind == AST_SET && e->u.set.elts.n > 0) {
        Value fs = const_frozenset(c, &e->u.set.elts);
        if (c->failed) return -1;
        if (fs) {
            int r = result_reg(c, dst);
            if (r < 0) return -1;
            set_pos(c, e);
            emit_load_const(c, fs, r);
            return r;
        }
    }
    return compile_expr(c, e, dst);
}

static int compile_seq(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    AstList *elts = e->kind == AST_SET ? &e->u.set.elts : &e->u.seq.elts;
    if (e->kind == AST_TUPLE && elts->n > 0) {
        Value folded = fold_tuple(c, e);
        if (c->failed) return -1;
        if (folded) {
            int r = result_reg(c, dst);
            if (r < 0) return -1;
            set_pos(c, e);
            emit_load_const(c, folded, r);
            return finish(c, save, r, dst);
        }
    }
    if (e->kind == AST_SET && elts->n > 2) {
        Value fs = const_frozenset(c, elts);
        if (c->failed) return -1;
        if (fs) {
            int r = result_reg(c, dst);
            int tmp = alloc_reg(c);
            int k = add_const(c, fs);
            if (r < 0 || tmp < 0 || k < 0) return -1;
            set_pos(c, e);
            emit(c, BC_BUILDSET, (unsigned)r, 0, 0, 0);
            emit_bx(c, BC_LOADK, (unsigned)tmp, (uint32_t)k, 0);
            emit(c, BC_SETUPDATE, (unsigned)r, (unsigned)tmp, 0, 0);
            return finish(c, save, r, dst);
        }
    }
    int r = result_reg(c, dst);
    if (r < 0) return -1;
    if (!has_starred(elts) && elts->n <= 256) {
        int base = c->u->freereg;
        for (int i = 0; i < elts->n; i++) {
            int x = alloc_reg(c);
            if (x < 0 || compile_expr(c, elts->items[i], x) < 0) return -1;
        }
        set_pos(c, e);
        unsigned op = e->kind == AST_TUPLE ? BC_BUILDTUPLE : e->kind == AST_LIST ? BC_BUILDLIST : BC_BUILDSET;
        emit(c, op, (unsigned)r, (unsigned)base, (unsigned)elts->n, 0);
        return finish(c, save, r, dst);
    }
    if (e->kind == AST_SET) {
        int base = c->u->freereg;
        set_pos(c, e);
        emit(c, BC_BUILDSET, (unsigned)r, (unsigned)base, 0, 0);
        for (int i = 0; i < elts->n; i++) {
            AstNode *x = elts->items[i];
            int t = alloc_reg(c);
            if (t < 0) return -1;
            if (compile_expr(c, x->kind == AST_STARRED ? x->u.starred.value : x, t) < 0) return -1;
            set_pos(c, x);
            emit(c, x->kind == AST_STARRED ? BC_SETUPDATE : BC_SETADD, (unsigned)r, (unsigned)t, 0, 0);
            c->u->freereg = base;
        }
        return finish(c, save, r, dst);
    }
    if (build_list_from(c, elts, r, e, -1) < 0) return -1;
    if (e->kind == AST_TUPLE) emit(c, BC_LISTTOTUPLE, (unsigned)r, (unsigned)r, 0, 0);
    return finish(c, save, r, dst);
}

static int compile_dict(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    int r = result_reg(c, dst);
    if (r < 0) return -1;
    AstList *keys = &e->u.dict.keys, *vals = &e->u.dict.values;
    int i = 0;
    int first = 1;
    while (i < keys->n || first) {
        /* A run of key: value pairs (at most 128), then one **mapping. */
        int base = c->u->freereg;
        int n = 0;
        while (i < keys->n && keys->items[i] && n < 128) {
            int k = alloc_reg(c), v = alloc_reg(c);
            if (k < 0 || v < 0) return -1;
            if (compile_expr(c, keys->items[i], k) < 0 || compile_expr(c, vals->items[i], v) < 0) return -1;
            i++;
            n++;
        }
        set_pos(c, e);
        if (first) {
            emit(c, BC_BUILDDICT, (unsigned)r, (unsigned)base, (unsigned)n, 0);
            first = 0;
        } else if (n) {
            int tmp = alloc_reg(c);
            if (tmp < 0) return -1;
            emit(c, BC_BUILDDICT, (unsigned)tmp, (unsigned)base, (unsigned)n, 0);
            emit(c, BC_DICTUPDATE, (unsigned)r, (unsigned)tmp, 0, 0);
        }
        c->u->freereg = base;
        if (i < keys->n && !keys->items[i]) {
            int m = alloc_reg(c);
            if (m < 0 || compile_expr(c, vals->items[i], m) < 0) return -1;
            set_pos(c, vals->items[i]);
            emit(c, BC_DICTUPDATE, (unsigned)r, (unsigned)m, 0, 0);
            c->u->freereg = base;
            i++;
        }
    }
    return finish(c, save, r, dst);
}

/* ---- operators */

static unsigned cmp_code(AstCmpOp op) {
    switch (op) {
    case CMP_LT: return GP_LT;
    case CMP_LTE: return GP_LE;
    case CMP_EQ: return GP_EQ;
    case CMP_NOTEQ: return GP_NE;
    case CMP_GT: return GP_GT;
    default: return GP_GE;
    }
}

/* dst = a <op> b */
static int emit_compare(Compiler *c, AstCmpOp op, int dst, int a, int b) {
    switch (op) {
    case CMP_IS: return emit(c, BC_IS, (unsigned)dst, (unsigned)a, (unsigned)b, 0);
    case CMP_ISNOT: return emit(c, BC_IS, (unsigned)dst, (unsigned)a, (unsigned)b, 1);
    case CMP_IN: return emit(c, BC_CONTAINS, (unsigned)dst, (unsigned)a, (unsigned)b, 0);
    case CMP_NOTIN: return emit(c, BC_CONTAINS, (unsigned)dst, (unsigned)a, (unsigned)b, 1);
    default: return emit(c, BC_COMPARE, (unsigned)dst, (unsigned)a, (unsigned)b, cmp_code(op));
    }
}

static int compile_compare(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    int r = result_reg(c, dst);
    if (r < 0) return -1;
    int n = e->u.compare.comparators.n;
    int left = compile_expr(c, e->u.compare.left, -1);
    if (left < 0) return -1;
    if (n == 1) {
        AstCmpOp op = e->u.compare.ops[0];
        AstNode *rhs = e->u.compare.comparators.items[0];
        int right = op == CMP_IN || op == CMP_NOTIN ? compile_iterable(c, rhs, -1) : compile_expr(c, rhs, -1);
        if (right < 0) return -1;
        set_pos(c, e);
        emit_compare(c, e->u.compare.ops[0], r, left, right);
        return finish(c, save, r, dst);
    }
    int end = new_label(c);
    for (int i = 0; i < n; i++) {
        /* Each middle operand is evaluated once and kept for the next test. */
        int right = alloc_reg(c);
        if (right < 0 || compile_expr(c, e->u.compare.comparators.items[i], right) < 0) return -1;
        set_pos(c, e);
        emit_compare(c, e->u.compare.ops[i], r, left, right);
        if (i < n - 1) emit_jump(c, BC_JMPIFNOT, (unsigned)r, end);
        left = right;
    }
    place_label(c, end);
    return finish(c, save, r, dst);
}

static int const_int_operand(AstNode *e) {
    return e->kind == AST_CONSTANT && e->u.constant.ckind == CONST_INT && strlen(e->u.constant.text) < 12;
}

static int compile_binop(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    int a = compile_expr(c, e->u.binop.left, -1);
    if (a < 0) return -1;
    AstOperator op = e->u.binop.op;
    if ((op == OP_ADD || op == OP_SUB) && const_int_operand(e->u.binop.right)) {
        Value k = constant_value(c, e->u.binop.right);
        int ki = add_const(c, k);
        if (ki < 0 || ki > 0xffff) goto general;
        int r = result_reg(c, dst);
        if (r < 0) return -1;
        set_pos(c, e);
        emit(c, op == OP_ADD ? BC_ADDK : BC_SUBK, (unsigned)r, (unsigned)a, (unsigned)ki, 0);
        return finish(c, save, r, dst);
    }
general:;
    int b = compile_expr(c, e->u.binop.right, -1);
    if (b < 0) return -1;
    int r = result_reg(c, dst);
    if (r < 0) return -1;
    set_pos(c, e);
    switch (op) {
    case OP_ADD: emit(c, BC_ADD, (unsigned)r, (unsigned)a, (unsigned)b, 0); break;
    case OP_SUB: emit(c, BC_SUB, (unsigned)r, (unsigned)a, (unsigned)b, 0); break;
    case OP_MULT: emit(c, BC_MUL, (unsigned)r, (unsigned)a, (unsigned)b, 0); break;
    default: emit(c, BC_BINOP, (unsigned)r, (unsigned)a, (unsigned)b, (unsigned)op); break;
    }
    return finish(c, save, r, dst);
}

static int compile_unary(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    AstNode *x = e->u.unaryop.operand;
    /* -<number literal> is a constant, as CPython's optimizer makes it. */
    Value neg = fold_const(c, e);
    if (c->failed) return -1;
    if (neg) {
        int r = result_reg(c, dst);
        if (r < 0) return -1;
        set_pos(c, e);
        emit_load_const(c, neg, r);
        return finish(c, save, r, dst);
    }
    int a = compile_expr(c, x, -1);
    if (a < 0) return -1;
    int r = result_reg(c, dst);
    if (r < 0) return -1;
    set_pos(c, e);
    switch (e->u.unaryop.op) {
    case UOP_NOT: emit(c, BC_NOT, (unsigned)r, (unsigned)a, 0, 0); break;
    case UOP_USUB: emit(c, BC_UNOP, (unsigned)r, (unsigned)a, 0, GP_UOP_NEG); break;
    case UOP_UADD: emit(c, BC_UNOP, (unsigned)r, (unsigned)a, 0, GP_UOP_POS); break;
    case UOP_INVERT: emit(c, BC_UNOP, (unsigned)r, (unsigned)a, 0, GP_UOP_INVERT); break;
    }
    return finish(c, save, r, dst);
}

static int compile_boolop(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    int r = result_reg(c, dst);
    if (r < 0) return -1;
    int end = new_label(c);
    AstList *vals = &e->u.boolop.values;
    for (int i = 0; i < vals->n; i++) {
        if (compile_expr(c, vals->items[i], r) < 0) return -1;
        if (i < vals->n - 1) emit_jump(c, e->u.boolop.op == BOOL_AND ? BC_JMPIFNOT : BC_JMPIF, (unsigned)r, end);
    }
    place_label(c, end);
    return finish(c, save, r, dst);
}

static int compile_ifexp(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    int r = result_reg(c, dst);
    if (r < 0) return -1;
    int orelse = new_label(c), end = new_label(c);
    if (compile_jump_if(c, e->u.ifexp.test, 0, orelse) < 0) return -1;
    if (compile_expr(c, e->u.ifexp.body, r) < 0) return -1;
    emit_jump(c, BC_JMP, 0, end);
    place_label(c, orelse);
    if (compile_expr(c, e->u.ifexp.orelse, r) < 0) return -1;
    place_label(c, end);
    return finish(c, save, r, dst);
}

/* ---- conditional jumps */

int compile_jump_if(Compiler *c, AstNode *e, int jump_if_true, int label) {
    int save = c->u->freereg;
    switch (e->kind) {
    case AST_UNARYOP:
        if (e->u.unaryop.op == UOP_NOT) return compile_jump_if(c, e->u.unaryop.operand, !jump_if_true, label);
        break;
    case AST_BOOLOP: {
        AstList *vals = &e->u.boolop.values;
        int is_and = e->u.boolop.op == BOOL_AND;
        if (is_and != jump_if_true) {
            /* `a and b` jumping when false (or `a or b` when true): any
             * operand deciding jumps. */
            for (int i = 0; i < vals->n; i++)
                if (compile_jump_if(c, vals->items[i], jump_if_true, label) < 0) return -1;
        } else {
            int skip = new_label(c);
            for (int i = 0; i < vals->n - 1; i++)
                if (compile_jump_if(c, vals->items[i], !jump_if_true, skip) < 0) return -1;
            if (compile_jump_if(c, vals->items[vals->n - 1], jump_if_true, label) < 0) return -1;
            place_label(c, skip);
        }
        return 0;
    }
    case AST_COMPARE: {
        if (e->u.compare.comparators.n != 1) break;
        AstCmpOp op = e->u.compare.ops[0];
        if (op == CMP_IS || op == CMP_ISNOT || op == CMP_IN || op == CMP_NOTIN) break;
        int a = compile_expr(c, e->u.compare.left, -1);
        if (a < 0) return -1;
        AstNode *rhs = e->u.compare.comparators.items[0];
        unsigned x = cmp_code(op) | (jump_if_true ? 8u : 0u);
        if (rhs->kind == AST_CONSTANT && rhs->u.constant.ckind != CONST_IMAG) {
            Value k = constant_value(c, rhs);
            int ki = add_const(c, k);
            if (ki < 0) return -1;
            if (ki <= 0xffff) {
                set_pos(c, e);
                emit(c, BC_JCMPK, (unsigned)a, (unsigned)ki, 0, x);
                emit_jump(c, BC_JMP, 0, label);
                c->u->freereg = save;
                return 0;
            }
        }
        int b = compile_expr(c, rhs, -1);
        if (b < 0) return -1;
        set_pos(c, e);
        emit(c, BC_JCMP, (unsigned)a, (unsigned)b, 0, x);
        emit_jump(c, BC_JMP, 0, label);
        c->u->freereg = save;
        return 0;
    }
    case AST_CONSTANT: {
        Value v = constant_value(c, e);
        if (!v) return -1;
        int truth = gp_truthy(c->t, v);
        if (truth < 0) return -1;
        if (truth == jump_if_true) emit_jump(c, BC_JMP, 0, label);
        return 0;
    }
    default: break;
    }
    int r = compile_expr(c, e, -1);
    if (r < 0) return -1;
    emit_jump(c, jump_if_true ? BC_JMPIF : BC_JMPIFNOT, (unsigned)r, label);
    c->u->freereg = save;
    return 0;
}

/* ---- calls */

static int compile_call(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    AstList *args = &e->u.call.args, *kws = &e->u.call.keywords;
    int star = has_starred(args);
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->u.keyword.arg) star = 1;
    AstNode *fn = e->u.call.func;
    int nkw = kws->n;
    if (!star && args->n + nkw < 250) {
        int is_method = fn->kind == AST_ATTRIBUTE;
        int base = alloc_reg(c);
        if (base < 0) return -1;
        if (is_method) {
            if (alloc_reg(c) < 0) return -1;
            int obj = compile_expr(c, fn->u.attribute.value, -1);
            if (obj < 0) return -1;
            int k = add_name(c, fn->u.attribute.attr);
            if (k < 0) return -1;
            set_pos(c, fn);
            emit(c, BC_LOADMETHOD, (unsigned)base, (unsigned)obj, (unsigned)k, 0);
            emit_cache(c);
            c->u->freereg = base + 2;
        } else {
            if (compile_expr(c, fn, base) < 0) return -1;
        }
        for (int i = 0; i < args->n; i++) {
            int r = alloc_reg(c);
            if (r < 0 || compile_expr(c, args->items[i], r) < 0) return -1;
        }
        Value kwnames = VNULL;
        if (nkw) {
            kwnames = gp_tuple_new(c->t, (size_t)nkw);
            if (!kwnames) return -1;
            for (int i = 0; i < nkw; i++) {
                AstNode *kw = kws->items[i];
                for (int j = 0; j < i; j++)
                    if (!strcmp(kws->items[j]->u.keyword.arg, kw->u.keyword.arg))
                        return compiler_error(c, kw, "keyword argument repeated: %s", kw->u.keyword.arg);
                Value name = gp_str_intern_cstr(c->t, kw->u.keyword.arg);
                if (!name) return -1;
                gp_tuple_items(kwnames)[i] = name;
                int r = alloc_reg(c);
                if (r < 0 || compile_expr(c, kw->u.keyword.value, r) < 0) return -1;
            }
        }
        set_pos(c, e);
        unsigned n = (unsigned)(args->n + nkw);
        if (nkw) {
            int k = add_const(c, kwnames);
            if (k < 0) return -1;
            emit(c, is_method ? BC_CALLMKW : BC_CALLKW, (unsigned)base, n, (unsigned)k, 0);
        } else {
            emit(c, is_method ? BC_CALLM : BC_CALL, (unsigned)base, n, 0, 0);
        }
        if (dst >= 0 && dst != base) emit(c, BC_MOVE, (unsigned)dst, (unsigned)base, 0, 0);
        return finish(c, save, dst >= 0 ? dst : base, dst);
    }
    /* General form: f(*args, **kwargs) with the positional arguments
     * gathered in a tuple and the keywords in a dict. */
    int base = alloc_reg(c);
    int argt = alloc_reg(c);
    int kwd = alloc_reg(c);
    if (base < 0 || argt < 0 || kwd < 0) return -1;
    if (compile_expr(c, fn, base) < 0) return -1;
    if (build_list_from(c, args, argt, e, base) < 0) return -1;
    emit(c, BC_LISTTOTUPLE, (unsigned)argt, (unsigned)argt, 0, 0);
    if (nkw) {
        set_pos(c, e);
        emit(c, BC_BUILDDICT, (unsigned)kwd, (unsigned)c->u->freereg, 0, 0);
        for (int i = 0; i < nkw; i++) {
            AstNode *kw = kws->items[i];
            int tmp = alloc_reg(c);
            if (tmp < 0) return -1;
            if (kw->u.keyword.arg) {
                int kr = alloc_reg(c);
                if (kr < 0) return -1;
                if (compile_expr(c, kw->u.keyword.value, tmp) < 0) return -1;
                Value name = gp_str_intern_cstr(c->t, kw->u.keyword.arg);
                int k = add_const(c, name);
                if (k < 0) return -1;
                emit_bx(c, BC_LOADK, (unsigned)kr, (uint32_t)k, 0);
                set_pos(c, kw);
                /* X=1: a repeated keyword is an error, as for a call. */
                int one = alloc_reg(c);
                if (one < 0) return -1;
                emit(c, BC_BUILDDICT, (unsigned)one, (unsigned)kr, 0, 0);
                emit(c, BC_DICTSET, (unsigned)one, (unsigned)kr, (unsigned)tmp, 0);
                emit(c, BC_DICTUPDATE, (unsigned)kwd, (unsigned)one, (unsigned)base, 1);
            } else {
                if (compile_expr(c, kw->u.keyword.value, tmp) < 0) return -1;
                set_pos(c, kw->u.keyword.value);
                emit(c, BC_DICTUPDATE, (unsigned)kwd, (unsigned)tmp, (unsigned)base, 1);
            }
            c->u->freereg = kwd + 1;
        }
    } else {
        emit(c, BC_LOADNULL, (unsigned)kwd, 0, 0, 0);
    }
    set_pos(c, e);
    emit(c, BC_CALLEX, (unsigned)base, 0, 0, 0);
    if (dst >= 0 && dst != base) emit(c, BC_MOVE, (unsigned)dst, (unsigned)base, 0, 0);
    return finish(c, save, dst >= 0 ? dst : base, dst);
}

/* ---- functions */

/* One "name: annotation" pair of a def into the next two registers. */
static int annotation_pair(Compiler *c, const char *name, AstNode *annotation, int *count) {
    if (!annotation) return 0;
    int k = alloc_reg(c), v = alloc_reg(c);
    if (k < 0 || v < 0) return -1;
    int ki = add_const(c, gp_str_intern_cstr(c->t, name));
    if (ki < 0) return -1;
    emit_bx(c, BC_LOADK, (unsigned)k, (uint32_t)ki, 0);
    if (compile_annotation(c, annotation, v) < 0) return -1;
    (*count)++;
    return 0;
}

/* A def's annotations, evaluated when it runs, into a dict in the next
 * register: CPython 3.12's order (the parameters after / come before
 * those before it, then *args, keyword-only, **kwargs, 'return' last).
 * Parameter names are already mangled in a class. Returns the register,
 * -1 when there are no annotations, -2 on error. */
static int compile_annotations(Compiler *c, AstNode *args, AstNode *returns) {
    int save = c->u->freereg;
    int r = alloc_reg(c);
    if (r < 0) return -2;
    int first = c->u->freereg, count = 0;
    AstList *lists[2] = {&args->u.arguments.args, &args->u.arguments.posonlyargs};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < lists[k]->n; i++)
            if (annotation_pair(c, lists[k]->items[i]->u.arg.arg, lists[k]->items[i]->u.arg.annotation, &count) < 0)
                return -2;
    AstNode *va = args->u.arguments.vararg, *kw = args->u.arguments.kwarg;
    if (va && annotation_pair(c, va->u.arg.arg, va->u.arg.annotation, &count) < 0) return -2;
    AstList *kwonly = &args->u.arguments.kwonlyargs;
    for (int i = 0; i < kwonly->n; i++)
        if (annotation_pair(c, kwonly->items[i]->u.arg.arg, kwonly->items[i]->u.arg.annotation, &count) < 0) return -2;
    if (kw && annotation_pair(c, kw->u.arg.arg, kw->u.arg.annotation, &count) < 0) return -2;
    if (annotation_pair(c, "return", returns, &count) < 0) return -2;
    if (!count) {
        c->u->freereg = save;
        return -1;
    }
    emit(c, BC_BUILDDICT, (unsigned)r, (unsigned)first, (unsigned)count, 0);
    c->u->freereg = r + 1;
    return r;
}

/* R[base] = the function; extras follow in R[base+1..]. */
int compile_function_def(Compiler *c, AstNode *node, int base) {
    Scope *s = node->aux;
    AstNode *args = node->kind == AST_FUNCTIONDEF ? node->u.fn.args : node->u.lambda.args;
    unsigned flags = 0;
    int next = base + 1;
    c->u->freereg = base + 1;
    if (c->u->freereg > c->u->maxreg) c->u->maxreg = c->u->freereg;
    AstList *defaults = &args->u.arguments.defaults;
    if (defaults->n) {
        int r = alloc_reg(c);
        int first = c->u->freereg;
        for (int i = 0; i < defaults->n; i++) {
            int x = alloc_reg(c);
            if (x < 0 || compile_expr(c, defaults->items[i], x) < 0) return -1;
        }
        set_pos(c, node);
        emit(c, BC_BUILDTUPLE, (unsigned)r, (unsigned)first, (unsigned)defaults->n, 0);
        c->u->freereg = r + 1;
        flags |= MKF_DEFAULTS;
        next = r + 1;
    }
    AstList *kwd = &args->u.arguments.kw_defaults;
    int nkwd = 0;
    for (int i = 0; i < kwd->n; i++) nkwd += kwd->items[i] != NULL;
    if (nkwd) {
        int r = alloc_reg(c);
        int first = c->u->freereg;
        for (int i = 0; i < kwd->n; i++) {
            if (!kwd->items[i]) continue;
            int k = alloc_reg(c), v = alloc_reg(c);
            if (k < 0 || v < 0) return -1;
            Value name = gp_str_intern_cstr(c->t, args->u.arguments.kwonlyargs.items[i]->u.arg.arg);
            int ki = add_const(c, name);
            if (ki < 0) return -1;
            emit_bx(c, BC_LOADK, (unsigned)k, (uint32_t)ki, 0);
            if (compile_expr(c, kwd->items[i], v) < 0) return -1;
        }
        set_pos(c, node);
        emit(c, BC_BUILDDICT, (unsigned)r, (unsigned)first, (unsigned)nkwd, 0);
        c->u->freereg = r + 1;
        flags |= MKF_KWDEFAULTS;
        next = r + 1;
    }
    if (s->nfree) {
        int r = alloc_reg(c);
        int first = c->u->freereg;
        for (int i = 0; i < s->nfree; i++) {
            int x = alloc_reg(c);
            if (x < 0) return -1;
            Sym *sym = scope_lookup(c->u->scope, s->freevars[i]);
            if (!sym && !strcmp(s->freevars[i], "__class__")) {
                int k = add_name(c, "__classcell__");
                emit(c, BC_LOADNAME, (unsigned)x, (unsigned)k, 0, 0);
                continue;
            }
            if (sym && sym->res == RES_CELL) {
                emit(c, BC_MOVE, (unsigned)x, (unsigned)sym->reg, 0, 0);
            } else if (sym && sym->free_index >= 0) {
                emit(c, BC_LOADFREECELL, (unsigned)x, (unsigned)sym->free_index, 0, 0);
            } else if (!strcmp(s->freevars[i], "__class__") && c->u->scope->kind == SC_CLASS) {
                int k = add_name(c, "__classcell__");
                emit(c, BC_LOADNAME, (unsigned)x, (unsigned)k, 0, 0);
            } else {
                return compiler_error(c, node, "internal error: no cell for free variable '%s'", s->freevars[i]);
            }
        }
        emit(c, BC_BUILDTUPLE, (unsigned)r, (unsigned)first, (unsigned)s->nfree, 0);
        c->u->freereg = r + 1;
        flags |= MKF_CLOSURE;
        next = r + 1;
    }
    if (node->kind == AST_FUNCTIONDEF) {
        int r = compile_annotations(c, args, node->u.fn.returns);
        if (r < -1) return -1;
        if (r >= 0) {
            flags |= MKF_ANNOTATIONS;
            next = r + 1;
        }
    }
    (void)next;
    Value code = compile_scope_code(c, s, node);
    if (!code) return -1;
    int k = add_const(c, code);
    if (k < 0) return -1;
    set_pos(c, node);
    emit_bx(c, BC_MAKEFUNC, (unsigned)base, (uint32_t)k, flags);
    c->u->freereg = base + 1;
    return base;
}

/* ---- comprehensions */

static int comprehension_loop(Compiler *c, AstNode *e, int gen_index, int result) {
    AstNode *g = e->u.comp.generators.items[gen_index];
    int save = c->u->freereg;
    int it = alloc_reg(c);
    if (it < 0) return -1;
    if (gen_index == 0) {
        /* The first iterator is the implicit parameter .0. */
        emit(c, BC_MOVE, (unsigned)it, 0, 0, 0);
    } else {
        int src = compile_iterable(c, g->u.comprehension.iter, -1);
        if (src < 0) return -1;
        set_pos(c, g->u.comprehension.iter);
        emit(c, BC_GETITER, (unsigned)it, (unsigned)src, 0, 0);
        c->u->freereg = it + 1;
    }
    int top = new_label(c), done = new_label(c);
    int item = alloc_reg(c);
    if (item < 0) return -1;
    place_label(c, top);
    set_pos(c, g->u.comprehension.target);
    emit(c, BC_FORITER, (unsigned)it, (unsigned)item, 0, 0);
    emit_jump(c, BC_JMP, 0, done);
    if (compile_store(c, g->u.comprehension.target, item) < 0) return -1;
    int skip = new_label(c);
    for (int i = 0; i < g->u.comprehension.ifs.n; i++)
        if (compile_jump_if(c, g->u.comprehension.ifs.items[i], 0, skip) < 0) return -1;
    if (gen_index + 1 < e->u.comp.generators.n) {
        if (comprehension_loop(c, e, gen_index + 1, result) < 0) return -1;
    } else {
        int v = alloc_reg(c);
        if (v < 0) return -1;
        switch (e->kind) {
        case AST_LISTCOMP:
            if (compile_expr(c, e->u.comp.elt, v) < 0) return -1;
            set_pos(c, e);
            emit(c, BC_LISTAPPEND, (unsigned)result, (unsigned)v, 0, 0);
            break;
        case AST_SETCOMP:
            if (compile_expr(c, e->u.comp.elt, v) < 0) return -1;
            set_pos(c, e);
            emit(c, BC_SETADD, (unsigned)result, (unsigned)v, 0, 0);
            break;
        case AST_DICTCOMP: {
            int w = alloc_reg(c);
            if (w < 0) return -1;
            if (compile_expr(c, e->u.comp.elt, v) < 0 || compile_expr(c, e->u.comp.value, w) < 0) return -1;
            set_pos(c, e);
            emit(c, BC_DICTSET, (unsigned)result, (unsigned)v, (unsigned)w, 0);
            break;
        }
        default: {
            int sent = alloc_reg(c);
            if (sent < 0) return -1;
            if (compile_expr(c, e->u.comp.elt, v) < 0) return -1;
            set_pos(c, e->u.comp.elt);
            emit(c, BC_YIELD, (unsigned)v, (unsigned)sent, 0, 0);
            break;
        }
        }
        c->u->freereg = item + 1;
    }
    place_label(c, skip);
    set_pos(c, g->u.comprehension.target);
    emit_jump(c, BC_LOOP, 0, top);
    place_label(c, done);
    c->u->freereg = save;
    return 0;
}

int compile_comprehension_body(Compiler *c, AstNode *e) {
    int result = alloc_reg(c);
    if (result < 0) return -1;
    set_pos(c, e);
    switch (e->kind) {
    case AST_LISTCOMP: emit(c, BC_BUILDLIST, (unsigned)result, 0, 0, 0); break;
    case AST_SETCOMP: emit(c, BC_BUILDSET, (unsigned)result, 0, 0, 0); break;
    case AST_DICTCOMP: emit(c, BC_BUILDDICT, (unsigned)result, 0, 0, 0); break;
    default: emit(c, BC_LOADNONE, (unsigned)result, 0, 0, 0); break;
    }
    if (comprehension_loop(c, e, 0, result) < 0) return -1;
    set_pos(c, e);
    if (e->kind == AST_GENEXP) emit(c, BC_LOADNONE, (unsigned)result, 0, 0, 0);
    emit(c, BC_RETURN, (unsigned)result, 0, 0, 0);
    return 0;
}

static int compile_comprehension(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    int base = alloc_reg(c);
    if (base < 0) return -1;
    if (compile_function_def(c, e, base) < 0) return -1;
    int arg = alloc_reg(c);
    if (arg < 0) return -1;
    AstNode *first = e->u.comp.generators.items[0]->u.comprehension.iter;
    int src = compile_iterable(c, first, -1);
    if (src < 0) return -1;
    set_pos(c, first);
    emit(c, BC_GETITER, (unsigned)arg, (unsigned)src, 0, 0);
    c->u->freereg = arg + 1;
    set_pos(c, e);
    emit(c, BC_CALL, (unsigned)base, 1, 0, 0);
    if (dst >= 0 && dst != base) emit(c, BC_MOVE, (unsigned)dst, (unsigned)base, 0, 0);
    return finish(c, save, dst >= 0 ? dst : base, dst);
}

/* ---- f-strings */

static int compile_formatted(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    int r = result_reg(c, dst);
    if (r < 0) return -1;
    int v = compile_expr(c, e->u.formatted.value, -1);
    if (v < 0) return -1;
    unsigned spec = 0xffff;
    if (e->u.formatted.format_spec) {
        int sr = compile_expr(c, e->u.formatted.format_spec, -1);
        if (sr < 0) return -1;
        spec = (unsigned)sr;
    }
    int conv = e->u.formatted.conversion;
    unsigned x = conv == 's' ? FMT_CONV_STR : conv == 'r' ? FMT_CONV_REPR : conv == 'a' ? FMT_CONV_ASCII : FMT_CONV_NONE;
    set_pos(c, e);
    emit(c, BC_FORMAT, (unsigned)r, (unsigned)v, spec, x);
    return finish(c, save, r, dst);
}

static int compile_joined(Compiler *c, AstNode *e, int dst) {
    int save = c->u->freereg;
    AstList *parts = &e->u.joinedstr.values;
    int r = result_reg(c, dst);
    if (r < 0) return -1;
    if (parts->n == 1 && parts->items[0]->kind == AST_CONSTANT) {
        if (compile_expr(c, parts->items[0], r) < 0) return -1;
        return finish(c, save, r, dst);
    }
    int base = c->u->freereg;
    for (int i = 0; i < parts->n; i++) {
        int x = alloc_reg(c);
        if (x < 0 || compile_expr(c, parts->items[i], x) < 0) return -1;
    }
    set_pos(c, e);
    emit(c, BC_BUILDSTRING, (unsigned)r, (unsigned)base, (unsigned)parts->n, 0);
    return finish(c, save, r, dst);
}

/* ---- the expression dispatcher */

int compile_expr(Compiler *c, AstNode *e, int dst) {
    if (c->failed) return -1;
    int save = c->u->freereg;
    if (++c->nested_depth > 1000) {
        c->nested_depth--;
        return compiler_error(c, e, "too many nested expressions");
    }
    int r = -1;
    switch (e->kind) {
    case AST_CONSTANT: {
        Value v = constant_value(c, e);
        if (!v) break;
        r = result_reg(c, dst);
        if (r < 0) break;
        set_pos(c, e);
        emit_load_const(c, v, r);
        r = finish(c, save, r, dst);
        break;
    }
    case AST_NAME:
        if (e->u.name.ctx != CTX_LOAD) {
            r = compiler_error(c, e, "invalid name context");
            break;
        }
        set_pos(c, e);
        r = compile_name_load(c, e->u.name.id, dst, e);
        if (r >= 0) r = finish(c, save, r, dst);
        break;
    case AST_BINOP: r = compile_binop(c, e, dst); break;
    case AST_UNARYOP: r = compile_unary(c, e, dst); break;
    case AST_BOOLOP: r = compile_boolop(c, e, dst); break;
    case AST_COMPARE: r = compile_compare(c, e, dst); break;
    case AST_IFEXP: r = compile_ifexp(c, e, dst); break;
    case AST_CALL: r = compile_call(c, e, dst); break;
    case AST_ATTRIBUTE: {
        int obj = compile_expr(c, e->u.attribute.value, -1);
        int k = add_name(c, e->u.attribute.attr);
        if (obj < 0 || k < 0) break;
        r = result_reg(c, dst);
        if (r < 0) break;
        set_pos(c, e);
        emit(c, BC_GETATTR, (unsigned)r, (unsigned)obj, (unsigned)k, 0);
        emit_cache(c);
        r = finish(c, save, r, dst);
        break;
    }
    case AST_SUBSCRIPT: {
        int obj = compile_expr(c, e->u.subscript.value, -1);
        if (obj < 0) break;
        int key = compile_expr(c, e->u.subscript.slice, -1);
        if (key < 0) break;
        r = result_reg(c, dst);
        if (r < 0) break;
        set_pos(c, e);
        emit(c, BC_GETITEM, (unsigned)r, (unsigned)obj, (unsigned)key, 0);
        r = finish(c, save, r, dst);
        break;
    }
    case AST_SLICE: {
        r = result_reg(c, dst);
        int base = c->u->freereg;
        AstNode *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
        for (int i = 0; i < 3; i++) {
            int x = alloc_reg(c);
            if (x < 0) return -1;
            if (parts[i]) {
                if (compile_expr(c, parts[i], x) < 0) return -1;
            } else {
                emit(c, BC_LOADNONE, (unsigned)x, 0, 0, 0);
            }
        }
        set_pos(c, e);
        emit(c, BC_BUILDSLICE, (unsigned)r, (unsigned)base, 0, 0);
        r = finish(c, save, r, dst);
        break;
    }
    case AST_LIST:
    case AST_TUPLE:
    case AST_SET: r = compile_seq(c, e, dst); break;
    case AST_DICT: r = compile_dict(c, e, dst); break;
    case AST_LAMBDA: {
        int base = alloc_reg(c);
        if (base < 0 || compile_function_def(c, e, base) < 0) break;
        if (dst >= 0) emit(c, BC_MOVE, (unsigned)dst, (unsigned)base, 0, 0);
        r = finish(c, save, dst >= 0 ? dst : base, dst);
        break;
    }
    case AST_NAMEDEXPR: {
        r = result_reg(c, dst);
        if (r < 0 || compile_expr(c, e->u.namedexpr.value, r) < 0) {
            r = -1;
            break;
        }
        set_pos(c, e);
        if (compile_name_store(c, e->u.namedexpr.target->u.name.id, r, e) < 0) r = -1;
        else r = finish(c, save, r, dst);
        break;
    }
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP: r = compile_comprehension(c, e, dst); break;
    case AST_FORMATTEDVALUE: r = compile_formatted(c, e, dst); break;
    case AST_JOINEDSTR: r = compile_joined(c, e, dst); break;
    case AST_YIELD: {
        r = result_reg(c, dst);
        if (r < 0) break;
        if (e->u.yield.value) {
            if (compile_expr(c, e->u.yield.value, r) < 0) return -1;
        } else {
            emit(c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
        }
        set_pos(c, e);
        emit(c, BC_YIELD, (unsigned)r, (unsigned)r, 0, 0);
        r = finish(c, save, r, dst);
        break;
    }
    case AST_YIELDFROM: {
        r = result_reg(c, dst);
        int it = alloc_reg(c);
        if (r < 0 || it < 0) break;
        int src = compile_expr(c, e->u.yield.value, -1);
        if (src < 0) return -1;
        set_pos(c, e->u.yield.value);
        emit(c, BC_GETITER, (unsigned)it, (unsigned)src, 0, 1);
        set_pos(c, e);
        emit(c, BC_YIELDFROM, (unsigned)it, (unsigned)r, 0, 0);
        r = finish(c, save, r, dst);
        break;
    }
    case AST_STARRED: r = compiler_error(c, e, "can't use starred expression here"); break;
    case AST_AWAIT: r = compiler_error(c, e, "'await' is not supported by gilpy"); break;
    default: r = compiler_error(c, e, "unsupported expression"); break;
    }
    c->nested_depth--;
    if (r < 0 && !c->failed) c->failed = 1;
    return r;
}

/* ---- assignment targets */

static int compile_unpack(Compiler *c, AstNode *target, int src) {
    AstList *elts = &target->u.seq.elts;
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->items[i]->kind == AST_STARRED) {
            if (star >= 0) return compiler_error(c, elts->items[i], "multiple starred expressions in assignment");
            star = i;
        }
    }
    int save = c->u->freereg;
    int base = c->u->freereg;
    for (int i = 0; i < elts->n; i++)
        if (alloc_reg(c) < 0) return -1;
    set_pos(c, target);
    if (star < 0) {
        emit(c, BC_UNPACK, (unsigned)base, (unsigned)src, (unsigned)elts->n, 0);
    } else {
        emit(c, BC_UNPACKEX, (unsigned)base, (unsigned)src, (unsigned)star, (unsigned)(elts->n - star - 1));
    }
    for (int i = 0; i < elts->n; i++) {
        AstNode *t = elts->items[i];
        if (t->kind == AST_STARRED) t = t->u.starred.value;
        if (compile_store(c, t, base + i) < 0) return -1;
    }
    c->u->freereg = save;
    return 0;
}

int compile_store(Compiler *c, AstNode *target, int src) {
    int save = c->u->freereg;
    switch (target->kind) {
    case AST_NAME:
        set_pos(c, target);
        return compile_name_store(c, target->u.name.id, src, target);
    case AST_ATTRIBUTE: {
        int obj = compile_expr(c, target->u.attribute.value, -1);
        int k = add_name(c, target->u.attribute.attr);
        if (obj < 0 || k < 0) return -1;
        set_pos(c, target);
        emit(c, BC_SETATTR, (unsigned)obj, (unsigned)src, (unsigned)k, 0);
        emit_cache(c);
        c->u->freereg = save;
        return 0;
    }
    case AST_SUBSCRIPT: {
        int obj = compile_expr(c, target->u.subscript.value, -1);
        if (obj < 0) return -1;
        int key = compile_expr(c, target->u.subscript.slice, -1);
        if (key < 0) return -1;
        set_pos(c, target);
        emit(c, BC_SETITEM, (unsigned)obj, (unsigned)key, (unsigned)src, 0);
        c->u->freereg = save;
        return 0;
    }
    case AST_TUPLE:
    case AST_LIST: return compile_unpack(c, target, src);
    case AST_STARRED: return compiler_error(c, target, "starred assignment target must be in a list or tuple");
    default: return compiler_error(c, target, "cannot assign to expression");
    }
}

int compile_delete(Compiler *c, AstNode *target) {
    int save = c->u->freereg;
    switch (target->kind) {
    case AST_NAME: return compile_name_delete(c, target->u.name.id, target);
    case AST_ATTRIBUTE: {
        int obj = compile_expr(c, target->u.attribute.value, -1);
        int k = add_name(c, target->u.attribute.attr);
        if (obj < 0 || k < 0) return -1;
        set_pos(c, target);
        emit(c, BC_DELATTR, (unsigned)obj, 0, (unsigned)k, 0);
        c->u->freereg = save;
        return 0;
    }
    case AST_SUBSCRIPT: {
        int obj = compile_expr(c, target->u.subscript.value, -1);
        if (obj < 0) return -1;
        int key = compile_expr(c, target->u.subscript.slice, -1);
        if (key < 0) return -1;
        set_pos(c, target);
        emit(c, BC_DELITEM, (unsigned)obj, (unsigned)key, 0, 0);
        c->u->freereg = save;
        return 0;
    }
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < target->u.seq.elts.n; i++)
            if (compile_delete(c, target->u.seq.elts.items[i]) < 0) return -1;
        return 0;
    default: return compiler_error(c, target, "cannot delete expression");
    }
}

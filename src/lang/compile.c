/* compile.c - the compiler driver: units, emission, labels, the exception
 * table and the assembly of code objects. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/file.h"
#include "../obj/module.h"
#include "../obj/list.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "compile_internal.h"
#include "lexer.h"

#define MAX_REGS 65000

/* ---- errors */

static Value syntax_error_value(GpThread *t, GpType *type, const char *msg, const char *filename, int lineno, int col,
                                int end_lineno, int end_col, const char *line) {
    Value m = gp_str_from_cstr(t, msg);
    Value f = gp_str_from_cstr(t, filename);
    Value text = line ? gp_str_decode_utf8(t, line, strlen(line), "replace") : V_NONE;
    if (line && text) {
        /* SyntaxError.text keeps the line's newline, as CPython's does. */
        text = gp_str_concat(t, text, gp_str_from_cstr(t, "\n"));
    }
    if (!m || !f || !text) return VNULL;
    Value info = gp_tuple_pack(t, 6, f, v_from_small(lineno), v_from_small(col), text,
                               end_lineno ? v_from_small(end_lineno) : v_from_small(lineno),
                               end_col ? v_from_small(end_col) : v_from_small(col));
    if (!info) return VNULL;
    Value args = gp_tuple_pack(t, 2, m, info);
    if (!args) return VNULL;
    return gp_exc_new(t, type, args);
}

Value gp_raise_syntax_error(GpThread *t, const AstSyntaxError *err, const char *filename) {
    GpType *type = err->kind == SYNERR_TAB ? &gp_TabError : err->kind == SYNERR_INDENTATION ? &gp_IndentationError
                                                                                             : &gp_SyntaxError;
    Value e;
    if (err->form != SYNERR_LOCATED) {
        /* SyntaxError(msg), or SyntaxError(msg, (filename, 0, -1, None)) */
        Value m = gp_str_from_cstr(t, err->msg);
        Value f = m ? gp_str_from_cstr(t, filename) : VNULL;
        Value info = f && err->form == SYNERR_LINE0 ? gp_tuple_pack(t, 4, f, v_from_small(0), v_from_small(-1), V_NONE)
                                                    : VNULL;
        Value args = !f ? VNULL : err->form == SYNERR_LINE0 ? (info ? gp_tuple_pack(t, 2, m, info) : VNULL)
                                                            : gp_tuple_pack(t, 1, m);
        e = args ? gp_exc_new(t, type, args) : VNULL;
    } else {
        e = syntax_error_value(t, type, err->msg, filename, err->lineno, err->col, err->end_lineno, err->end_col,
                               err->line);
    }
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

/* The text of source line `lineno` (1-based), malloc'd, without newline. */
static char *source_line(Compiler *c, int lineno) {
    if (lineno < 1 || lineno > c->nlines) return NULL;
    const char *start = c->line_starts[lineno - 1];
    const char *end = start;
    const char *limit = c->source + c->source_len;
    while (end < limit && *end != '\n') end++;
    if (end > start && end[-1] == '\r') end--;
    size_t n = (size_t)(end - start);
    char *s = malloc(n + 1);
    if (!s) return NULL;
    memcpy(s, start, n);
    s[n] = 0;
    return s;
}

/* Byte offset in line -> 1-based character offset. */
static int char_offset(const char *line, int byte_col) {
    if (!line) return byte_col + 1;
    int chars = 0;
    for (int i = 0; i < byte_col && line[i]; i++) chars += ((unsigned char)line[i] & 0xC0) != 0x80;
    return chars + 1;
}

int compiler_error(Compiler *c, AstNode *n, const char *fmt, ...) {
    if (c->failed) return -1;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int lineno = n ? n->lineno : 1;
    char *line = source_line(c, lineno);
    int col = n ? char_offset(line, n->col) : 1;
    int end_col = n ? (n->end_lineno == n->lineno ? char_offset(line, n->end_col) : 0) : 0;
    Value e = syntax_error_value(c->t, &gp_SyntaxError, msg, c->filename, lineno, col, n ? n->end_lineno : 0, end_col,
                                 line);
    free(line);
    if (e) gp_exc_restore(c->t, e);
    c->failed = 1;
    return -1;
}

/* ---- emission */

static int grow(Compiler *c, void **p, int *cap, int n, size_t size) {
    if (n < *cap) return 0;
    int ncap = *cap ? *cap * 2 : 64;
    void *np = realloc(*p, (size_t)ncap * size);
    if (!np) {
        gp_raise_memory(c->t);
        c->failed = 1;
        return -1;
    }
    *p = np;
    *cap = ncap;
    return 0;
}

static int emit_word(Compiler *c, Instr ins) {
    Unit *u = c->u;
    if (u->n == u->cap) {
        int ncap = u->cap ? u->cap * 2 : 64;
        Instr *code = realloc(u->code, (size_t)ncap * sizeof(Instr));
        GpPos *pos = code ? realloc(u->pos, (size_t)ncap * sizeof(GpPos)) : NULL;
        int *hof = pos ? realloc(u->handler_of, (size_t)ncap * sizeof(int)) : NULL;
        if (code) u->code = code;
        if (pos) u->pos = pos;
        if (hof) u->handler_of = hof;
        if (!code || !pos || !hof) {
            gp_raise_memory(c->t);
            c->failed = 1;
            return -1;
        }
        u->cap = ncap;
    }
    u->code[u->n] = ins;
    u->pos[u->n] = u->cur_pos;
    u->handler_of[u->n] = u->cur_handler;
    return u->n++;
}

int emit(Compiler *c, unsigned op, unsigned a, unsigned b, unsigned cc, unsigned x) {
    return emit_word(c, ins_make(op, a, b, cc, x));
}

int emit_bx(Compiler *c, unsigned op, unsigned a, uint32_t bx, unsigned x) {
    return emit_word(c, ins_make_bx(op, a, bx, x));
}

int emit_cache(Compiler *c) {
    for (int i = 0; i < GP_CACHE_WORDS; i++)
        if (emit_word(c, 0) < 0) return -1;
    return 0;
}

int new_label(Compiler *c) {
    Unit *u = c->u;
    if (grow(c, (void **)&u->labels, &u->labels_cap, u->nlabels, sizeof(Label)) < 0) return 0;
    u->labels[u->nlabels].pos = -1;
    return u->nlabels++;
}

void place_label(Compiler *c, int label) { c->u->labels[label].pos = c->u->n; }

int emit_jump(Compiler *c, unsigned op, unsigned a, int label) {
    Unit *u = c->u;
    int at = emit_bx(c, op, a, 0, 0);
    if (at < 0) return -1;
    if (grow(c, (void **)&u->patches, &u->patches_cap, u->npatches, sizeof(Patch)) < 0) return -1;
    u->patches[u->npatches].instr = at;
    u->patches[u->npatches].label = label;
    u->npatches++;
    return at;
}

int new_handler(Compiler *c, int label, int reg) {
    Unit *u = c->u;
    if (grow(c, (void **)&u->handlers, &u->handlers_cap, u->nhandlers, sizeof(Handler)) < 0) return -1;
    u->handlers[u->nhandlers].label = label;
    u->handlers[u->nhandlers].reg = reg;
    return u->nhandlers++;
}

int alloc_reg(Compiler *c) {
    Unit *u = c->u;
    int r = u->freereg++;
    if (u->freereg > u->maxreg) u->maxreg = u->freereg;
    if (u->freereg >= MAX_REGS) {
        compiler_error(c, u->cur_node, "too many registers needed (function too complex)");
        return -1;
    }
    return r;
}

void set_pos(Compiler *c, AstNode *n) {
    Unit *u = c->u;
    u->cur_node = n;
    GpPos p = {n->lineno, n->end_lineno, (int16_t)(n->col < 32767 ? n->col : -1),
               (int16_t)(n->end_col < 32767 ? n->end_col : -1)};
    u->cur_pos = p;
}

/* ---- constants */

int add_const(Compiler *c, Value v) {
    Unit *u = c->u;
    if (!v) {
        c->failed = 1;
        return -1;
    }
    if (v_is_type(v, &gp_str_type)) {
        Value idx = gp_dict_get_str(u->str_consts, v);
        if (idx) return (int)v_int(idx);
    }
    GpList *l = gp_list_obj(u->consts);
    for (size_t i = 0; i < l->n && i < 64; i++)
        if (l->items[i] == v && (v_is_int(v) || v_is_obj(v))) return (int)i;
    int idx = (int)l->n;
    if (gp_list_append(c->t, u->consts, v) < 0) {
        c->failed = 1;
        return -1;
    }
    if (v_is_type(v, &gp_str_type) && gp_dict_set(c->t, u->str_consts, v, v_from_small(idx)) < 0) {
        c->failed = 1;
        return -1;
    }
    return idx;
}

int add_name(Compiler *c, const char *name) {
    Value s = gp_str_intern_cstr(c->t, name);
    if (!s) {
        c->failed = 1;
        return -1;
    }
    return add_const(c, s);
}

/* ---- units */

static Unit *unit_new(Compiler *c, Scope *s, const char *name, const char *qualname, int firstlineno) {
    Unit *u = calloc(1, sizeof *u);
    if (!u) return NULL;
    u->parent = c->u;
    u->scope = s;
    u->name = name;
    u->qualname = qualname;
    u->firstlineno = firstlineno;
    u->cur_handler = -1;
    /* The Unit is malloc'd memory the collector does not see: each object
     * it holds is pinned as soon as it exists, before anything else is
     * allocated. */
    u->consts = gp_list_new(c->t, 8);
    if (!u->consts || gp_pin(c->t, u->consts) < 0) {
        free(u);
        return NULL;
    }
    u->str_consts = gp_dict_new(c->t);
    if (!u->str_consts || gp_pin(c->t, u->str_consts) < 0) {
        gp_unpin(c->t, 1);
        free(u);
        return NULL;
    }
    u->freereg = u->maxreg = s ? s->nlocals : 0;
    int nl = s ? s->nlocals : 0;
    u->bound = calloc((size_t)nl + 1, 1);
    if (!u->bound) {
        gp_unpin(c->t, 2);
        free(u);
        return NULL;
    }
    /* Parameters are bound on entry. */
    for (int i = 0; s && i < s->nsyms; i++)
        if ((s->order[i]->flags & SYM_PARAM) && s->order[i]->reg >= 0 && s->order[i]->reg < nl)
            u->bound[s->order[i]->reg] = 1;
    u->cur_pos = (GpPos){firstlineno, firstlineno, -1, -1};
    c->u = u;
    return u;
}

static void unit_free(Compiler *c, Unit *u) {
    c->u = u->parent;
    gp_unpin(c->t, 2);
    free(u->code);
    free(u->pos);
    free(u->handler_of);
    free(u->labels);
    free(u->patches);
    free(u->handlers);
    free(u->bound);
    free(u);
}

static Value names_tuple(Compiler *c, const char **names, int n) {
    Value tup = gp_tuple_new(c->t, (size_t)n);
    if (!tup) return VNULL;
    for (int i = 0; i < n; i++) {
        Value s = gp_str_intern_cstr(c->t, names[i]);
        if (!s) return VNULL;
        gp_tuple_items(tup)[i] = s;
    }
    return tup;
}

/* Patch jumps, build the exception table from the per-instruction
 * handler marks, and copy everything into a new code object. */
static Value unit_assemble(Compiler *c) {
    Unit *u = c->u;
    GpThread *t = c->t;
    for (int i = 0; i < u->npatches; i++) {
        Patch p = u->patches[i];
        int target = u->labels[p.label].pos;
        Instr ins = u->code[p.instr];
        unsigned op = ins_op(ins);
        u->code[p.instr] = ins_make_bx(op, ins_a(ins), (uint32_t)(int32_t)(target - (p.instr + 1)), ins_x(ins));
    }
    /* Exception table: maximal runs of instructions with the same handler. */
    int nexc = 0;
    for (int i = 0; i < u->n; i++)
        if (u->handler_of[i] >= 0 && (i == 0 || u->handler_of[i - 1] != u->handler_of[i])) nexc++;
    Value cov = gp_code_new(t);
    if (!cov) return VNULL;
    GpCode *co = (GpCode *)v_obj(cov);
    co->code = gp_mem_alloc(t, (size_t)u->n * sizeof(Instr) + 1);
    co->pos = gp_mem_alloc(t, (size_t)u->n * sizeof(GpPos) + 1);
    co->exctab = gp_mem_alloc(t, (size_t)nexc * sizeof(GpExcEntry) + 1);
    GpList *consts = gp_list_obj(u->consts);
    co->consts = gp_mem_alloc(t, consts->n * sizeof(Value) + 1);
    if (!co->code || !co->pos || !co->exctab || !co->consts) return VNULL;
    memcpy(co->code, u->code, (size_t)u->n * sizeof(Instr));
    memcpy(co->pos, u->pos, (size_t)u->n * sizeof(GpPos));
    co->ncode = (uint32_t)u->n;
    memcpy(co->consts, consts->items, consts->n * sizeof(Value));
    co->nconsts = (uint32_t)consts->n;
    int k = 0;
    for (int i = 0; i < u->n; i++) {
        int h = u->handler_of[i];
        if (h < 0 || (i > 0 && u->handler_of[i - 1] == h)) continue;
        int j = i;
        while (j < u->n && u->handler_of[j] == h) j++;
        co->exctab[k].start = (uint32_t)i;
        co->exctab[k].end = (uint32_t)j;
        co->exctab[k].handler = (uint32_t)u->labels[u->handlers[h].label].pos;
        co->exctab[k].reg = (uint16_t)u->handlers[h].reg;
        k++;
    }
    co->nexc = (uint32_t)nexc;
    co->nregs = (uint16_t)(u->maxreg + 1);
    Scope *s = u->scope;
    co->nlocals = (uint16_t)(s && (s->kind == SC_FUNCTION || s->kind == SC_COMPREHENSION) ? s->nlocals : 0);
    co->argcount = (uint16_t)u->argcount;
    co->posonlyargcount = (uint16_t)u->posonlyargcount;
    co->kwonlyargcount = (uint16_t)u->kwonlyargcount;
    co->flags = (uint16_t)u->flags;
    co->firstlineno = u->firstlineno;
    co->name = gp_str_intern_cstr(t, u->name);
    co->qualname = gp_str_intern_cstr(t, u->qualname);
    co->filename = c->filename_v;
    co->source = c->source_v;
    co->doc = u->doc;
    /* varnames: the names of the local registers, for errors and locals(). */
    const char **names = calloc((size_t)co->nlocals + 1, sizeof(char *));
    if (!names) return gp_raise_memory(t);
    for (int i = 0; s && i < s->nsyms; i++) {
        Sym *sym = s->order[i];
        if ((sym->res == RES_LOCAL || sym->res == RES_CELL) && sym->reg >= 0 && sym->reg < co->nlocals)
            names[sym->reg] = sym->name;
    }
    for (int i = 0; i < co->nlocals; i++)
        if (!names[i]) names[i] = "?";
    co->varnames = names_tuple(c, names, co->nlocals);
    free(names);
    co->freevars = s ? names_tuple(c, s->freevars, s->nfree) : gp_tuple_empty();
    if (!co->name || !co->qualname || !co->varnames || !co->freevars) return VNULL;
    co->cellvars = gp_tuple_empty();
    return cov;
}

/* Qualified names as CPython computes them. */
static const char *make_qualname(Compiler *c, Scope *s) {
    Unit *pu = c->u;
    if (!pu || !pu->scope || pu->scope->kind == SC_MODULE) return s->name;
    Scope *ps = pu->scope;
    /* A name declared global in the parent is qualified as a top-level one. */
    if (s->kind == SC_FUNCTION || s->kind == SC_CLASS) {
        Sym *sym = scope_lookup(ps, s->name);
        if (sym && sym->res == RES_GLOBAL_EXPLICIT) return s->name;
    }
    const char *base = pu->qualname;
    const char *mid = ps->kind == SC_CLASS ? "." : ".<locals>.";
    size_t n = strlen(base) + strlen(mid) + strlen(s->name) + 1;
    char *q = ast_alloc(c->st.arena, n);
    snprintf(q, n, "%s%s%s", base, mid, s->name);
    return q;
}

static int emit_prologue_cells(Compiler *c, Scope *s) {
    for (int i = 0; i < s->nsyms; i++) {
        Sym *sym = s->order[i];
        if (sym->res == RES_CELL && emit(c, BC_MAKECELL, (unsigned)sym->reg, 0, 0, 0) < 0) return -1;
    }
    return 0;
}

static int is_docstring(AstList *body) {
    return body->n > 0 && body->items[0]->kind == AST_EXPR && body->items[0]->u.expr.value->kind == AST_CONSTANT &&
           body->items[0]->u.expr.value->u.constant.ckind == CONST_STR;
}

/* Compile the body of a function, lambda, class or comprehension scope. */
Value compile_scope_code(Compiler *c, Scope *s, AstNode *node) {
    if (++c->nested_depth > 200) {
        c->nested_depth--;
        compiler_error(c, node, "too many statically nested blocks");
        return VNULL;
    }
    const char *qualname = make_qualname(c, s);
    Unit *u = unit_new(c, s, s->name, qualname, node->lineno);
    Value code = VNULL;
    if (!u) goto out;
    if (node->kind == AST_FUNCTIONDEF || node->kind == AST_LAMBDA) {
        AstNode *args = node->kind == AST_FUNCTIONDEF ? node->u.fn.args : node->u.lambda.args;
        u->posonlyargcount = args->u.arguments.posonlyargs.n;
        u->argcount = args->u.arguments.posonlyargs.n + args->u.arguments.args.n;
        u->kwonlyargcount = args->u.arguments.kwonlyargs.n;
        if (args->u.arguments.vararg) u->flags |= CO_VARARGS;
        if (args->u.arguments.kwarg) u->flags |= CO_VARKW;
        if (s->is_generator) u->flags |= CO_GENERATOR;
        if (s->is_coroutine) u->flags |= CO_COROUTINE;
        if (s->parent && s->parent->kind != SC_MODULE) u->flags |= CO_NESTED;
        set_pos(c, node);
        if (emit_prologue_cells(c, s) < 0) goto out;
        if (node->kind == AST_LAMBDA) {
            int r = compile_expr(c, node->u.lambda.body, -1);
            if (r < 0) goto out;
            if (s->is_generator) {
                /* A lambda generator discards its body's value. */
                emit(c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
            }
            set_pos(c, node->u.lambda.body);
            emit(c, BC_RETURN, (unsigned)r, 0, 0, 0);
        } else {
            AstList *body = &node->u.fn.body;
            if (is_docstring(body)) {
                AstNode *d = body->items[0]->u.expr.value;
                u->doc = gp_str_new(c->t, d->u.constant.bytes, d->u.constant.len);
                if (!u->doc || gp_list_append(c->t, u->consts, u->doc) < 0) goto out;
            }
            if (compile_body(c, body) < 0) goto out;
            /* Falling off the end returns None, with the position of the
             * last statement, as CPython. */
            int r = alloc_reg(c);
            if (r < 0) goto out;
            emit(c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
            emit(c, BC_RETURN, (unsigned)r, 0, 0, 0);
        }
    } else if (node->kind == AST_CLASSDEF) {
        u->flags |= CO_CLASSBODY;
        set_pos(c, node);
        /* __module__ = __name__; __qualname__ = '...'; the docstring; and
         * the __class__ cell that methods using super() close over. */
        int r0 = alloc_reg(c);
        int kname = add_name(c, "__name__"), kmod = add_name(c, "__module__"), kq = add_name(c, "__qualname__");
        int kqv = add_const(c, gp_str_intern_cstr(c->t, qualname));
        if (r0 < 0 || kname < 0 || kmod < 0 || kq < 0 || kqv < 0) goto out;
        emit(c, BC_LOADNAME, (unsigned)r0, (unsigned)kname, 0, 0);
        emit(c, BC_STORENAME, (unsigned)r0, (unsigned)kmod, 0, 0);
        emit_bx(c, BC_LOADK, (unsigned)r0, (uint32_t)kqv, 0);
        emit(c, BC_STORENAME, (unsigned)r0, (unsigned)kq, 0, 0);
        if (compile_setup_annotations(c, &node->u.cls.body) < 0) goto out;
        if (is_docstring(&node->u.cls.body)) {
            AstNode *d = node->u.cls.body.items[0]->u.expr.value;
            int kd = add_const(c, gp_str_new(c->t, d->u.constant.bytes, d->u.constant.len));
            int kdoc = add_name(c, "__doc__");
            if (kd < 0 || kdoc < 0) goto out;
            emit_bx(c, BC_LOADK, (unsigned)r0, (uint32_t)kd, 0);
            emit(c, BC_STORENAME, (unsigned)r0, (unsigned)kdoc, 0, 0);
        }
        if (s->needs_class_cell) {
            int kc = add_name(c, "__classcell__");
            if (kc < 0) goto out;
            emit(c, BC_LOADNULL, (unsigned)r0, 0, 0, 0);
            emit(c, BC_MAKECELL, (unsigned)r0, 0, 0, 0);
            emit(c, BC_STORENAME, (unsigned)r0, (unsigned)kc, 0, 0);
        }
        u->freereg--;
        if (compile_body(c, &node->u.cls.body) < 0) goto out;
        /* The class cell, if any methods use it, is returned to the
         * class builder, which fills it with the new class. */
        int r = alloc_reg(c);
        if (r < 0) goto out;
        if (s->needs_class_cell) {
            int k = add_name(c, "__classcell__");
            emit(c, BC_LOADNAME, (unsigned)r, (unsigned)k, 0, 0);
        } else {
            emit(c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
        }
        emit(c, BC_RETURN, (unsigned)r, 0, 0, 0);
    } else {
        /* comprehensions: compiled by compile_expr.c through this hook */
        extern int compile_comprehension_body(Compiler * c, AstNode * e);
        if (s->is_generator) u->flags |= CO_GENERATOR;
        else u->flags |= CO_INLINED;
        u->argcount = 1;
        u->flags |= CO_NESTED;
        set_pos(c, node);
        if (emit_prologue_cells(c, s) < 0) goto out;
        if (compile_comprehension_body(c, node) < 0) goto out;
    }
    if (!c->failed) code = unit_assemble(c);
out:
    if (u) unit_free(c, u);
    c->nested_depth--;
    if (!code) c->failed = 1;
    return code;
}

/* ---- the entry point */

/* SyntaxWarnings go to stderr as the warnings module shows them:
 * "file:line: SyntaxWarning: message" and the stripped source line. */
static void emit_warnings(GpThread *t, AstModule *mod, const char *src, size_t len, const char *filename) {
    Value err = t->interp->sys ? gp_dict_get_cstr(((GpModule *)v_obj(t->interp->sys))->dict, "stderr") : VNULL;
    for (int i = 0; i < mod->nwarnings; i++) {
        AstWarning *w = &mod->warnings[i];
        GpBuf b;
        gp_buf_init(&b);
        gp_buf_printf(&b, "%s:%d: SyntaxWarning: %s\n", filename, w->lineno, w->msg);
        /* The line's text (files only: <string> and <stdin> have none shown). */
        size_t fl = strlen(filename);
        if (!(fl && filename[0] == '<' && filename[fl - 1] == '>')) {
            const char *p = src, *end = src + len;
            for (int l = 1; l < w->lineno && p < end; p++)
                if (*p == '\n') l++;
            while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
            const char *e = p;
            while (e < end && *e != '\n' && *e != '\r') e++;
            gp_buf_puts(&b, "  ");
            gp_buf_put(&b, p, (size_t)(e - p));
            gp_buf_putc(&b, '\n');
        }
        Value s = gp_buf_finish_str(t, &b);
        if (s && err && err != V_NONE) gp_file_write(t, err, s);
        gp_exc_clear(t);
    }
}

static int index_lines(Compiler *c) {
    int n = 1;
    for (size_t i = 0; i < c->source_len; i++) n += c->source[i] == '\n';
    c->line_starts = malloc((size_t)n * sizeof(char *));
    if (!c->line_starts) return -1;
    c->line_starts[0] = c->source;
    int k = 1;
    for (size_t i = 0; i < c->source_len; i++)
        if (c->source[i] == '\n') c->line_starts[k++] = c->source + i + 1;
    c->nlines = n;
    return 0;
}

Value gp_compile(GpThread *t, const char *src, size_t len, const char *filename, ParseMode mode, int *incomplete) {
    return gp_compile_source(t, src, len, filename, mode, SRC_BYTES, incomplete);
}

Value gp_compile_source(GpThread *t, const char *src, size_t len, const char *filename, ParseMode mode,
                        SourceKind kind, int *incomplete) {
    if (kind != SRC_TEXT && lexer_source_is_recoded(src, len)) {
        /* Latin-1 or a table codec: compile the UTF-8 text, which is also
         * what tracebacks show lines and columns of. */
        AstSyntaxError perr;
        memset(&perr, 0, sizeof perr);
        size_t n;
        char *text = lexer_decode_source(src, len, kind, filename, &perr, &n);
        if (!text) {
            gp_raise_syntax_error(t, &perr, filename);
            free(perr.line);
            return VNULL;
        }
        Value r = gp_compile_source(t, text, n, filename, mode, SRC_TEXT, incomplete);
        free(text);
        return r;
    }
    AstArena *arena = ast_arena_new();
    if (!arena) return gp_raise_memory(t);
    AstSyntaxError perr;
    memset(&perr, 0, sizeof perr);
    if (incomplete) *incomplete = 0;
    AstModule *mod = ast_parse_source(arena, src, len, mode, kind, filename, &perr);
    if (!mod) {
        if (mode == PARSE_SINGLE && perr.incomplete && incomplete) {
            *incomplete = 1;
        } else {
            gp_raise_syntax_error(t, &perr, filename);
        }
        free(perr.line);
        ast_arena_free(arena);
        return VNULL;
    }
    Compiler c;
    memset(&c, 0, sizeof c);
    if (mod->nwarnings) emit_warnings(t, mod, src, len, filename);
    c.t = t;
    c.filename = filename;
    c.source = src;
    c.source_len = len;
    c.interactive = mode == PARSE_SINGLE;
    c.st.arena = arena;
    c.st.filename = filename;
    Value result = VNULL;
    size_t pins = t->npins;
    if (index_lines(&c) < 0) {
        gp_raise_memory(t);
        goto done;
    }
    c.filename_v = gp_str_from_cstr(t, filename);
    c.source_v = VNULL;
    if (!c.filename_v || gp_pin(t, c.filename_v) < 0) goto done;
    if (compile_future_features(&c, mod) < 0) goto done;
    ast_mangle_private_names(arena, mod, c.future_annotations);
    if (symtable_build(&c.st, mod, mode == PARSE_EVAL) < 0) {
        char *line = source_line(&c, c.st.err.lineno);
        /* symtable columns are byte offsets + 1: convert to characters */
        c.st.err.col = char_offset(line, c.st.err.col - 1);
        if (c.st.err.end_lineno == c.st.err.lineno) c.st.err.end_col = char_offset(line, c.st.err.end_col - 1);
        c.st.err.line = line;
        gp_raise_syntax_error(t, &c.st.err, filename);
        free(line);
        goto done;
    }
    Unit *u = unit_new(&c, c.st.top, "<module>", "<module>", 1);
    if (!u) goto done;
    u->flags |= CO_MODULE;
    if (mode == PARSE_EVAL) {
        AstNode *e = mod->body.items[0]->u.expr.value;
        set_pos(&c, e);
        int r = compile_expr(&c, e, -1);
        if (r >= 0) emit(&c, BC_RETURN, (unsigned)r, 0, 0, 0);
    } else {
        if (mod->body.n) set_pos(&c, mod->body.items[0]);
        compile_setup_annotations(&c, &mod->body);
        if (mode == PARSE_FILE && is_docstring(&mod->body)) {
            AstNode *d = mod->body.items[0]->u.expr.value;
            set_pos(&c, d);
            int r = alloc_reg(&c);
            int k = add_const(&c, gp_str_new(t, d->u.constant.bytes, d->u.constant.len));
            int nk = add_name(&c, "__doc__");
            if (r >= 0 && k >= 0 && nk >= 0) {
                emit_bx(&c, BC_LOADK, (unsigned)r, (uint32_t)k, 0);
                emit(&c, BC_STOREGLOBAL, (unsigned)r, (unsigned)nk, 0, 0);
            }
            u->freereg--;
        }
        compile_body(&c, &mod->body);
        if (!c.failed) {
            int r = alloc_reg(&c);
            if (r >= 0) {
                emit(&c, BC_LOADNONE, (unsigned)r, 0, 0, 0);
                emit(&c, BC_RETURN, (unsigned)r, 0, 0, 0);
            }
        }
    }
    if (!c.failed) result = unit_assemble(&c);
    unit_free(&c, u);
done:
    gp_unpin(t, t->npins - pins);
    free(c.line_starts);
    ast_arena_free(arena);
    if (c.failed && !t->exc) gp_raise(t, &gp_SystemError, "compiler failed without an exception");
    return c.failed ? VNULL : result;
}

/* compile_internal.h - shared state of the compiler (symtable.c,
 * compile.c, compile_expr.c, compile_stmt.c).
 *
 * Two passes over the AST, as in CPython:
 *  1. symtable: build the tree of scopes (module, function, lambda, class,
 *     comprehension) and decide for every name whether it is a local (a
 *     register), a cell (a register holding a cell, because an inner
 *     function captures it), a free variable (a cell of the closure), a
 *     global, or a name looked up in a namespace dict (module and class
 *     bodies).
 *  2. codegen: one Unit per scope emits register-machine code (bytecode.h)
 *     and becomes a GpCode.
 */
#ifndef GP_COMPILE_INTERNAL_H
#define GP_COMPILE_INTERNAL_H

#include <stddef.h>

#include "../obj/func.h"
#include "../obj/object.h"
#include "ast.h"
#include "compile.h"

/* ---- symbol table */

typedef enum { SC_MODULE, SC_FUNCTION, SC_CLASS, SC_COMPREHENSION } ScopeKind;

enum {
    SYM_ASSIGNED = 1 << 0, /* bound here: assignment, def, import, for, except as, del */
    SYM_PARAM = 1 << 1,
    SYM_GLOBAL = 1 << 2,   /* declared global */
    SYM_NONLOCAL = 1 << 3, /* declared nonlocal */
    SYM_USED = 1 << 4,
    SYM_FREE_CLASS = 1 << 5, /* free in a method, passing through a class body */
    SYM_ANNOTATED = 1 << 6,
};

typedef enum {
    RES_UNRESOLVED,
    RES_LOCAL,           /* a register */
    RES_CELL,            /* a register holding a cell */
    RES_FREE,            /* a cell of the function's closure */
    RES_GLOBAL_EXPLICIT, /* `global x` */
    RES_GLOBAL_IMPLICIT, /* not bound anywhere visible: globals, then builtins */
    RES_NAME,            /* module or class body: the namespace dict */
} SymRes;

typedef struct Sym {
    const char *name;
    int flags;
    SymRes res;
    int reg;        /* RES_LOCAL, RES_CELL: the register */
    int free_index; /* RES_FREE: index in the closure */
    int lineno, col, end_lineno, end_col; /* where first seen (or declared), for errors */
} Sym;

typedef struct Scope {
    ScopeKind kind;
    const char *name;
    AstNode *node;
    struct Scope *parent;
    Sym **table;      /* open addressing by name */
    int table_cap, nsyms;
    Sym **order;      /* symbols in order of first appearance */
    int order_cap;
    struct Scope **children;
    int nchildren, children_cap;
    int is_generator, is_coroutine, has_walrus, has_import_star, needs_class_cell, uses_super;
    int comp_iter_depth; /* > 0 while the symtable visits a comprehension's iterable in this scope */
    int child_of_class; /* a method: super() may need __class__ */
    const char **freevars; /* RES_FREE names, in closure order */
    int nfree;
    const char **cellvars;
    int ncells;
    int nlocals; /* registers taken by named locals (function scopes) */
} Scope;

typedef struct SymTable {
    AstArena *arena;
    Scope *top;
    AstSyntaxError err;
    int failed;
    const char *filename;
} SymTable;

int symtable_build(SymTable *st, AstModule *mod, int is_eval);
Sym *scope_lookup(Scope *s, const char *name);

/* ---- code generation */

typedef struct Label {
    int pos; /* -1 until placed */
} Label;

typedef struct Patch {
    int instr; /* index of a jump instruction */
    int label;
} Patch;

typedef struct Handler {
    int label; /* where the handler code starts */
    int reg;   /* register that receives the exception */
} Handler;

typedef enum { FB_LOOP, FB_FINALLY, FB_HANDLER, FB_WITH, FB_ASYNC_WITH } FBlockKind;

/* Blocks that a break, continue or return must leave cleanly. */
typedef struct FBlock {
    FBlockKind kind;
    int break_label, continue_label; /* FB_LOOP */
    AstList *finalbody;              /* FB_FINALLY */
    int outer_handler;               /* handler active outside the block */
    int saved_exc_reg;               /* FB_HANDLER: the saved previous exception */
    const char *exc_name;            /* FB_HANDLER: the `as` name to clear */
    int with_reg;                    /* FB_WITH: registers holding exit and manager */
} FBlock;

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    Instr *code;
    GpPos *pos;
    int *handler_of; /* handler active for each instruction word, -1 none */
    int n, cap;
    Value consts;    /* list */
    Value str_consts;/* dict: str -> index, for deduplication */
    Label *labels;
    int nlabels, labels_cap;
    Patch *patches;
    int npatches, patches_cap;
    Handler *handlers;
    int nhandlers, handlers_cap;
    FBlock fblocks[64];
    int nfblocks;
    int cur_handler;
    int freereg, maxreg;
    const char *name, *qualname;
    int firstlineno;
    GpPos cur_pos;
    AstNode *cur_node;
    int argcount, posonlyargcount, kwonlyargcount, flags;
    Value doc;
    /* Definite assignment: bound[r] is 1 when local register r is surely
     * bound here, so its reads need no CHECKLOCAL. `dead` marks code after
     * return/raise/break/continue, whose state joins nothing. */
    unsigned char *bound;
    int dead;
} Unit;

typedef struct Compiler {
    GpThread *t;
    SymTable st;
    Unit *u;
    const char *filename;
    const char *source;   /* for operator anchors in positions */
    size_t source_len;
    const char **line_starts;
    int nlines;
    Value filename_v, source_v;
    int interactive;
    int failed;           /* an exception is set in t */
    int nested_depth;
    int future_annotations; /* from __future__ import annotations: store them as text */
    int future_lineno;      /* line of the last future import of the prologue, or -1 */
} Compiler;

/* compile.c */
int emit(Compiler *c, unsigned op, unsigned a, unsigned b, unsigned cc, unsigned x);
int emit_bx(Compiler *c, unsigned op, unsigned a, uint32_t bx, unsigned x);
int emit_cache(Compiler *c);
int new_label(Compiler *c);
void place_label(Compiler *c, int label);
int emit_jump(Compiler *c, unsigned op, unsigned a, int label);
int add_const(Compiler *c, Value v);
int add_name(Compiler *c, const char *name);
int alloc_reg(Compiler *c);
void set_pos(Compiler *c, AstNode *n);
int compiler_error(Compiler *c, AstNode *n, const char *fmt, ...);
int new_handler(Compiler *c, int label, int reg);
Value compile_scope_code(Compiler *c, Scope *s, AstNode *node);

/* compile_future.c: the future statements of the module's prologue,
 * which set c->future_*; -1 with SyntaxError for an unknown feature. */
int compile_future_features(Compiler *c, AstModule *mod);
/* A later "from __future__ import" is a SyntaxError. */
int compile_check_future_import(Compiler *c, AstNode *s);
/* R[dst] = an annotation: its value, or its source text under
 * `from __future__ import annotations`. */
int compile_annotation(Compiler *c, AstNode *annotation, int dst);

/* compile_expr.c */
int compile_expr(Compiler *c, AstNode *e, int dst);
int compile_iterable(Compiler *c, AstNode *e, int dst); /* folds {constants} to a frozenset */
int compile_expr_to(Compiler *c, AstNode *e, int dst); /* always into dst */
int compile_jump_if(Compiler *c, AstNode *e, int jump_if_true, int label);
int compile_store(Compiler *c, AstNode *target, int src);
int compile_delete(Compiler *c, AstNode *target);
int compile_name_load(Compiler *c, const char *name, int dst, AstNode *at);
int compile_name_store(Compiler *c, const char *name, int src, AstNode *at);
int compile_function_def(Compiler *c, AstNode *node, int dst);
Value constant_value(Compiler *c, AstNode *e);

/* compile_stmt.c */
int compile_body(Compiler *c, AstList *body);
/* Module and class bodies with annotated assignments create
 * __annotations__ first (compile_stmt.c). */
int body_has_annotations(AstList *body);
int compile_setup_annotations(Compiler *c, AstList *body);
int compile_stmt(Compiler *c, AstNode *s);

/* Definite-assignment states (compile_stmt.c). */
typedef struct BoundState {
    unsigned char *bits;
    int dead;
} BoundState;
int bound_save(Compiler *c, BoundState *out);
void bound_restore(Compiler *c, const BoundState *st);
void bound_join(Compiler *c, const BoundState *other); /* current := current AND other */
void bound_free(BoundState *st);
void mark_bound(Compiler *c, int reg, int bound);

#endif

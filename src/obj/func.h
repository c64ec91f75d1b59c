/* func.h - code objects, functions, cells, builtin functions and bound
 * methods: everything that can be called or that a call runs. */
#ifndef GP_FUNC_H
#define GP_FUNC_H

#include "../lang/bytecode.h"
#include "object.h"

/* Source position of one instruction, for tracebacks (with the caret
 * ranges of CPython 3.11+) and f_lineno. Columns are 0-based UTF-8 byte
 * offsets; -1 when unknown. */
typedef struct GpPos {
    int32_t line, end_line;
    int16_t col, end_col;
} GpPos;

/* Zero-cost exception handling: an exception raised by an instruction in
 * [start, end) jumps to handler with the exception in R[reg]. Entries are
 * ordered innermost first; the first that covers the instruction wins. */
typedef struct GpExcEntry {
    uint32_t start, end, handler;
    uint16_t reg;
} GpExcEntry;

enum {
    CO_VARARGS = 1 << 0,   /* *args: R[nparams] after the named positionals */
    CO_VARKW = 1 << 1,     /* **kwargs: the register after *args */
    CO_GENERATOR = 1 << 2,
    CO_NESTED = 1 << 3,
    CO_MODULE = 1 << 4,    /* module-level code: names live in globals */
    CO_CLASSBODY = 1 << 5, /* names live in frame locals (a dict) */
    CO_COROUTINE = 1 << 6,
    /* A list, set or dict comprehension. CPython 3.12 inlines these into
     * the enclosing function (PEP 709), so they have no frame of their own
     * in tracebacks: gilpy runs them as functions but merges their
     * traceback entry with the caller's (vm/eval.c). */
    CO_INLINED = 1 << 7,
};

typedef struct GpCode {
    GpObj hdr;
    Instr *code;          /* owned, malloc'd; inline caches are written by the VM */
    uint32_t ncode;
    uint32_t nconsts;
    Value *consts;        /* owned, malloc'd */
    GpPos *pos;           /* one per instruction word */
    GpExcEntry *exctab;   /* owned */
    uint32_t nexc;
    uint16_t nregs;       /* frame size in registers */
    uint16_t nlocals;     /* registers that hold named locals (varnames) */
    uint16_t argcount;    /* positional parameters, positional-only included */
    uint16_t posonlyargcount;
    uint16_t kwonlyargcount;
    uint16_t flags;
    Value varnames;       /* tuple of str, one per local register */
    Value freevars;       /* tuple of str: names of the closure cells */
    Value cellvars;       /* tuple of str: locals that live in cells */
    Value name, qualname, filename; /* str */
    Value source;         /* str: the whole source text, for traceback lines; or VNULL */
    Value doc;            /* the docstring, or VNULL */
    int firstlineno;
} GpCode;

typedef struct GpFunc {
    GpObj hdr;
    GpCode *code;
    Value globals;    /* dict */
    Value builtins;   /* dict */
    Value defaults;   /* tuple or VNULL */
    Value kwdefaults; /* dict or VNULL */
    Value closure;    /* tuple of cells or VNULL */
    Value name, qualname, doc, module, dict, annotations;
    Value type_params; /* tuple set through __type_params__, or VNULL: () */
} GpFunc;

typedef struct GpCell {
    GpObj hdr;
    Value v; /* VNULL when empty */
} GpCell;

/* A builtin function, or a builtin method bound to self (or unbound in a
 * type's dict, self VNULL: then calling it takes self as first argument). */
typedef struct GpBuiltin {
    GpObj hdr;
    const GpMethodDef *def;
    Value self;
    GpType *owner; /* the type a method belongs to, for its repr and self check */
} GpBuiltin;

/* A Python function bound to an object. */
typedef struct GpMethod {
    GpObj hdr;
    Value func;
    Value self;
} GpMethod;

Value gp_code_new(GpThread *t);
Value gp_func_new(GpThread *t, GpCode *code, Value globals);
Value gp_cell_new(GpThread *t, Value v);
Value gp_builtin_new(GpThread *t, const GpMethodDef *def, Value self, GpType *owner);
Value gp_method_new(GpThread *t, Value func, Value self);
/* function(code, globals, ...) and method(func, obj), for types (func_new.c). */
Value gp_function_type_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw);
Value gp_method_type_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw);

/* Line number of the instruction at index ip (a position in code). */
int gp_code_line(const GpCode *co, uint32_t ip);

#endif

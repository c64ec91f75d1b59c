/* eval.h - running code: the interpreter loop, calls and generators. */
#ifndef GP_EVAL_H
#define GP_EVAL_H

#include "../obj/func.h"
#include "state.h"

/* Call a Python function object (the function type's call slot). */
Value gp_eval_function(GpThread *t, Value func, const Value *args, size_t nargs, Value kwnames);
/* Run a module or class body: names live in `locals` (for a module, the
 * globals dict itself). */
Value gp_eval_code(GpThread *t, GpCode *code, Value globals, Value locals);
/* Run frame f until it returns (or, for a generator frame, yields). */
Value gp_eval_frame(GpThread *t, GpFrame *f);

/* Bind call arguments to the parameters of func in regs (zeroed, room
 * for code->nregs), with CPython's error messages. */
int gp_bind_args(GpThread *t, GpFunc *func, Value *regs, const Value *args, size_t nargs, Value kwnames);

/* The eval breaker's slow path: ticks ran out or a bit is set. Runs
 * pending signal handlers, honours GIL drop requests, raises
 * asynchronous exceptions. -1 if an exception is now set. */
int gp_eval_breaker(GpThread *t);

/* Generators (vm/gen.c). */
typedef struct GpGen {
    GpObj hdr;
    GpFrame frame;       /* frame.regs points at regs[] */
    Value name, qualname;
    Value yieldfrom;     /* the iterator a `yield from` delegates to */
    Value sent;          /* the value of the send() that resumed a yield from */
    uint8_t state;       /* GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED */
    uint8_t in_yieldfrom;
    uint16_t nregs;
    Value regs[];
} GpGen;
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED };
extern GpType gp_generator_type;

/* A new generator for a call of generator function func. */
Value gp_gen_new(GpThread *t, Value func, const Value *args, size_t nargs, Value kwnames);
/* Resume gen with `value` sent in (or exception `exc` thrown in, if not
 * VNULL). Returns the yielded value with *done = 0, or the return value
 * with *done = 1; VNULL on error. */
Value gp_gen_resume(GpThread *t, Value gen, Value value, Value exc, int *done);

#endif

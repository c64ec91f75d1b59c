/* state.h - the interpreter and its threads.
 *
 * All mutable interpreter state hangs off a GpInterp, and everything one
 * thread needs off its GpThread, so that several interpreters can later
 * share a process. The only process-wide things are the immutable builtin
 * types (obj/object.h) and the flags a C signal handler sets.
 *
 * The eval breaker: one 32-bit word per thread, read with one relaxed
 * load at backward jumps and calls. Anything that must interrupt running
 * bytecode (a GIL drop request, a pending signal, a pending call, an
 * asynchronous exception) sets a bit with an atomic OR; the thread clears
 * the bit when it has handled it.
 */
#ifndef GP_STATE_H
#define GP_STATE_H

#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdint.h>

#include "gilpy/gil.h"

#include "../mem/heap.h"
#include "../obj/func.h"
#include "../obj/object.h"

enum {
    GP_EB_GIL_DROP = 1u << 0,  /* another thread wants the GIL */
    GP_EB_SIGNALS = 1u << 1,   /* signal handlers are pending (main thread) */
    GP_EB_CALLS = 1u << 2,     /* pending calls */
    GP_EB_ASYNC_EXC = 1u << 3, /* an exception to raise in this thread */
    GP_EB_GC = 1u << 4,        /* a collection is due */
};

/* A frame: the activation of one code object. Frames live on the
 * thread's data stack, immediately followed by their registers, except
 * generator frames, which live in their generator object. */
typedef struct GpFrame {
    struct GpFrame *prev;
    GpCode *code;
    Value func;          /* the GpFunc, or VNULL for module code */
    Value *regs;
    const Instr *ip;     /* next instruction; saved when the frame calls out */
    Value globals;       /* dict */
    Value builtins;      /* dict */
    Value locals;        /* dict for module and class bodies, else VNULL */
    Value gen;           /* the generator running this frame, or VNULL */
    uint16_t ret_reg;    /* caller register that receives the result */
    uint8_t is_entry;    /* returning from it leaves the C call of gp_eval */
    uint8_t kind;        /* FRAME_*: what its caller in the same loop expects */
} GpFrame;

/* How a frame that is not an entry frame hands its result to the frame
 * below it, in the same eval loop (vm/eval.c). */
enum {
    FRAME_CALL,      /* the result goes to the caller's ret_reg */
    FRAME_INIT,      /* __init__ of a class call: the caller's ret_reg holds
                        the instance already, the result must be None */
    FRAME_GEN_FOR,   /* a generator resumed by FORITER: a yield is the loop
                        variable (ret_reg), a return ends the loop */
    FRAME_GEN_YIELDFROM, /* a generator resumed by the `yield from` of the
                        generator below: a yield is yielded on by that one,
                        a return is the value of its `yield from` */
};

/* The data stack: chunks holding frames and their registers. A frame
 * never straddles two chunks, so a frame's registers never move. */
typedef struct GpStackChunk {
    struct GpStackChunk *prev;
    Value *top_saved;    /* top when this chunk was left for a newer one */
    size_t size;         /* words in data[] */
    Value data[];
} GpStackChunk;

typedef struct GpThread {
    GpInterp *interp;
    _Atomic uint32_t eval_breaker;

    Value exc;           /* the exception being raised, VNULL if none */
    Value handled;       /* the exception being handled (sys.exc_info()) */
    GpFrame *frame;      /* innermost running frame */

    GpStackChunk *chunk;
    Value *stack_top;    /* first free word of the current chunk */
    Value *stack_end;
    GpStackChunk *spare; /* one freed chunk kept to avoid thrashing */

    int depth;           /* Python frames active */
    int c_depth;         /* nested C calls that may recurse (repr, compare, eval) */
    int ticks;           /* `ticks` GIL policy: instructions until the next check */

    /* Conservative scanning of this thread's C stack (mem/heap.h). */
    void *c_stack_base;  /* the highest address of this thread's C stack */
    char *c_stack_low;   /* below this, C recursion raises RecursionError */
    void *c_stack_saved; /* stack pointer when the thread left the interpreter */
    GpRegs saved_regs;   /* callee-saved registers then (gp_spill_registers) */
    int stack_saved;     /* c_stack_saved is valid (the thread released the GIL) */
    int blocked_outside; /* counted in interp->blocked_outside (between begin and end) */

    Value *pins;         /* gp_pin */
    size_t npins, pins_cap;

    uint64_t ident;      /* threading.get_ident() */
    long native_id;
    pthread_t pthread;
    int is_main;
    struct GpThread *prev, *next; /* interp->threads */
    Value thread_obj;    /* the threading.Thread, if any */
    Value boot;          /* (callable, args, kwargs) until a new thread starts running it */
    Value sentinel;      /* _thread lock released when the thread ends (Thread.join), or VNULL */
    gil_thread gil;      /* this thread's record in the GIL (breaker: &eval_breaker) */
    struct GpThreadRecord *record; /* its statistics and trace (vm/gil_trace.h), while it runs */
    int gil_registered;  /* gil is initialised */
    int linked;          /* in interp->threads */
    Value repr_stack;    /* list of containers whose repr is in progress */
    Value user;          /* extra values owned by modules (threading.local, ...) */
} GpThread;

struct GpInterp {
    GpHeap *heap;
    GpThread *main_thread;
    GpThread *threads;        /* all live thread states */
    pthread_mutex_t threads_mu;

    Value builtins;           /* dict: the builtins module namespace */
    Value builtins_mod;
    Value modules;            /* dict: sys.modules */
    Value sys;                /* the sys module */
    Value interned;           /* dict str -> str */
    Value memory_error;       /* preallocated MemoryError instance */
    Value argv;               /* list for sys.argv */
    Value module_cache;       /* dict: extra per-interpreter state of builtin modules */
    Value signal_handlers;    /* list, one entry per signal number: None, 0 (SIG_DFL), 1 (SIG_IGN) or a callable */

    int recursion_limit;
    int int_max_str_digits;  /* sys.set_int_max_str_digits, 4300 by default */
    int c_recursion_limit;
    int check_interval;       /* `ticks` policy: sys.setcheckinterval */
    int tick_period;          /* ticks between two checks under the current policy (gil_glue.c) */
    double switch_interval;   /* seconds, `timed` and `sched` policies */
    int gil_policy;           /* gil_policy: GIL_SCHED unless -X gil= or $GILPY_GIL */
    gil *gil;                 /* NULL until gp_gil_setup (one thread needs no lock) */
    _Atomic int *gil_waiting; /* gil_waiters_word(gil): polled at check points */
    _Atomic int signals_pending; /* a signal awaits the main thread (ticks: check every tick) */
    _Atomic int signal_handlers_set; /* a Python handler is set for a signal other than SIGINT */
    int finalizing;           /* the main thread is shutting down: other threads must stop */
    /* GIL statistics and trace (vm/gil_trace.h). */
    struct GpThreadRecord *records; /* every thread ever run, newest first */
    pthread_mutex_t records_mu;     /* taken to add a record */
    char *trace_path;               /* -X gil-trace=FILE, or NULL */
    _Atomic int trace_frozen;       /* the trace is being written: record nothing more */
    int print_stats;                /* -X gil-stats */
    uint64_t started_ns;
    _Atomic int nthreads;     /* threads started by _thread and still running */
    /* Threads blocked in a call that the outside world ends (I/O, sleep,
     * waitpid...: not lock waits, which only another of our threads ends):
     * the kernel may wake them at any moment (see gp_gil_os_yield). */
    _Atomic int blocked_outside;
    uint64_t next_ident;
    uint64_t next_serial;     /* unique numbers for objects that key per-thread data (_thread._local) */
    uint32_t next_type_version; /* starts at 1 << 24 */
    uint64_t dict_version;      /* dict versions are unique in an interpreter */
    uint64_t nan_counter;       /* payloads that make each float('nan') a distinct value */

    int exit_requested;       /* SystemExit seen: the exit status is in exit_code */
    int exit_by_sigint;       /* an uncaught KeyboardInterrupt ended the program */
    int exit_code;
};

/* Record where this thread's C stack ends and its callee-saved registers,
 * before it releases the GIL: the collector, run by another thread, then
 * scans them as this thread's roots. Always inlined, so the registers are
 * spilled as the calling function holds them: a function of its own would
 * return before the GIL is released, and callee-saved registers it had
 * saved in its frame would be lost from the snapshot. The caller's frame
 * must stay active until it takes the GIL back (mem/heap.h). */
static inline __attribute__((always_inline)) void gp_thread_save_stack(GpThread *t) {
    t->c_stack_saved = gp_spill_registers(&t->saved_regs);
    t->stack_saved = 1;
}

/* The current exception, its type test and clearing, as in CPython. */
static inline int gp_exc_occurred(GpThread *t) { return t->exc != VNULL; }

/* Lifecycle. */
GpInterp *gp_interp_new(void);
void gp_interp_free(GpInterp *in);
GpThread *gp_thread_new(GpInterp *in); /* registers it in in->threads */
/* Called on the OS thread that will run t, before it runs anything:
 * records its C stack bounds. */
void gp_thread_attach(GpThread *t);
/* Remove t from in->threads (with the GIL held: the collector stops
 * scanning it); gp_thread_free unlinks it if still linked, then frees it. */
void gp_thread_unlink(GpThread *t);
void gp_thread_free(GpThread *t);

/* Push a frame for `code` with room for its registers (zeroed = unbound),
 * or NULL with RecursionError/MemoryError set. */
GpFrame *gp_frame_push(GpThread *t, GpCode *code);
void gp_frame_pop(GpThread *t, GpFrame *f);

#endif

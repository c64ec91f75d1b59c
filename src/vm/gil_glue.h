/* gil_glue.h - how the interpreter uses its GIL (the lock itself is
 * include/gilpy/gil.h, which knows nothing of the interpreter).
 *
 * The protocol, from the interpreter's side:
 *   - a thread runs bytecode or touches any object only while it holds
 *     the GIL;
 *   - before it lets go (a blocking call, a check point) it saves its
 *     stack pointer and registers (gp_thread_save_stack), because the
 *     collector, run by whichever thread holds the lock, scans the C
 *     stacks of all the others; after taking the lock back it clears
 *     t->stack_saved;
 *   - the lock asks a holder to let go through GP_EB_GIL_DROP in the
 *     holder's eval-breaker word (the same bit as GIL_BREAK_DROP), and the
 *     holder answers at its next check point (gp_gil_check);
 *   - while the interpreter shuts down (in->finalizing), a thread other
 *     than the main one that gets the lock back gives it up and parks
 *     forever: daemon threads never run Python code during or after
 *     finalization, and never touch freed memory.
 * With no GIL set up (in->gil NULL: one thread, or an embedder that never
 * starts threads) every hook does nothing.
 */
#ifndef GP_GIL_GLUE_H
#define GP_GIL_GLUE_H

#include "state.h"

/* Create the interpreter's lock with in->gil_policy and its intervals,
 * and make the calling (main) thread its holder. 0, or -1 if out of memory. */
int gp_gil_setup(GpInterp *in);
/* In a forked child: abandon the parent's lock (it may be in any state)
 * and make a new one held by t, now the only and main thread. */
void gp_gil_after_fork(GpThread *t);
/* Destroy it at interpreter exit (only when no other thread remains). */
void gp_gil_teardown(GpInterp *in);

/* Register a new thread with the lock (called by the creating thread). */
void gp_gil_thread_init(GpThread *t);
/* The thread's first acquisition, and its last release (when it ends). */
void gp_gil_thread_start(GpThread *t);
void gp_gil_thread_exit(GpThread *t);

/* Around blocking calls (vm/blocking.c). */
void gp_gil_release_for_blocking(GpThread *t);
void gp_gil_acquire_after_blocking(GpThread *t);

/* Should a socket call be tried without blocking, the GIL kept, before
 * the GIL is released for it? Under sched only (see gil_glue.c). */
static inline int gp_gil_io_tries_first(const GpThread *t) { return t->interp->gil_policy == GIL_SCHED; }

/* At a check point (vm/breaker.c): honour a drop request, and under the
 * `ticks` policy the periodic release every check interval. */
void gp_gil_check(GpThread *t);

/* The check point's fast path, when only the tick counter ran out (no
 * eval-breaker bit set): resets the counter and says whether the check
 * can be skipped (nothing waits for the GIL, no signal is pending). */
static inline int gp_gil_nothing_to_do(GpThread *t) {
    GpInterp *in = t->interp;
    t->ticks = in->tick_period;
    return in->gil_policy != GIL_TICKS || !in->gil_waiting ||
           (!atomic_load_explicit(in->gil_waiting, memory_order_relaxed) &&
            !atomic_load_explicit(&in->signals_pending, memory_order_relaxed));
}

/* At a tick-counter check with nothing asked: under sched, give the core
 * to the OS for a moment when that may help (see gil_glue.c). */
void gp_gil_os_yield(GpThread *t);

/* sys.setswitchinterval / sys.setcheckinterval took effect. */
void gp_gil_intervals_changed(GpInterp *in);

/* The instructions between two checks under the current policy: the
 * check interval for `ticks`; for `timed` the tick counter only bounds
 * how long the check is skipped, so it is large; `sched` also uses it to
 * pace its yields to the OS (gp_gil_os_yield). */
int gp_gil_tick_period(GpInterp *in);

#endif

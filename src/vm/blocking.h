/* blocking.h - the one pair of helpers every blocking call goes through.
 *
 * Around a system call that may block (read, write, recv, accept, sleep,
 * waits on locks and conditions, waitpid, select) a thread releases the
 * GIL so that others run, and takes it back afterwards. Before releasing,
 * it saves its stack pointer and registers for the collector
 * (mem/heap.h); between begin and end it must not touch any object.
 *
 * A thread blocked in a call that the outside world ends (not a lock
 * wait: gp_blocking_begin_wait) is counted in interp->blocked_outside.
 *
 * Interrupted calls follow PEP 475: on EINTR, gp_blocking_eintr runs the
 * pending signal handlers (main thread) and the call is retried unless a
 * handler raised:
 *
 *     for (;;) {
 *         gp_blocking_begin(t);
 *         n = read(fd, buf, len);
 *         int err = errno;
 *         gp_blocking_end(t);
 *         if (n >= 0) break;
 *         if (err != EINTR) return gp_raise_errno(t, err, VNULL);
 *         if (gp_blocking_eintr(t) < 0) return VNULL;
 *     }
 */
#ifndef GP_BLOCKING_H
#define GP_BLOCKING_H

#include <stdatomic.h>

#include "gil_glue.h"
#include "state.h"

/* Inlined so that the registers are saved as the caller of
 * gp_blocking_begin holds them, in the frame that stays active until
 * gp_blocking_end (see gp_thread_save_stack). */
static inline __attribute__((always_inline)) void gp_blocking_begin(GpThread *t) {
    gp_thread_save_stack(t);
    t->blocked_outside = 1;
    atomic_fetch_add_explicit(&t->interp->blocked_outside, 1, memory_order_relaxed);
    gp_gil_release_for_blocking(t);
}
/* The same for a wait that only another thread of ours ends (a lock). */
static inline __attribute__((always_inline)) void gp_blocking_begin_wait(GpThread *t) {
    gp_thread_save_stack(t);
    gp_gil_release_for_blocking(t);
}
void gp_blocking_end(GpThread *t);
/* After EINTR: run pending signal handlers; -1 if one raised. */
int gp_blocking_eintr(GpThread *t);

#endif

/* blocking.c - releasing the interpreter around blocking system calls
 * (see blocking.h). The GIL hooks in here. */
#include "blocking.h"

#include "gil_glue.h"
#include "eval.h"

void gp_blocking_end(GpThread *t) {
    if (t->blocked_outside) {
        t->blocked_outside = 0;
        atomic_fetch_sub_explicit(&t->interp->blocked_outside, 1, memory_order_relaxed);
    }
    gp_gil_acquire_after_blocking(t);
    t->stack_saved = 0;
}

int gp_blocking_eintr(GpThread *t) {
    if (!t->is_main) return 0;
    return gp_eval_breaker(t);
}

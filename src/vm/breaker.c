/* breaker.c - the eval breaker's slow path (see eval.h): entered when a
 * bit of the thread's eval-breaker word is set or its tick counter ran
 * out, at a backward jump or a call. */
#include <stdatomic.h>

#include "eval.h"
#include "gil_glue.h"
#include "signals.h"

int gp_eval_breaker(GpThread *t) {
    uint32_t bits = atomic_load_explicit(&t->eval_breaker, memory_order_acquire);
    if (!bits) {
        /* Only the tick counter ran out. */
        if (!gp_gil_nothing_to_do(t)) gp_gil_check(t);
        else gp_gil_os_yield(t);
        return 0;
    }
    /* Signal handlers first: the main thread may have been handed the
     * lock for them (sched), and a drop request that arrived meanwhile
     * must not send it back to the queue with the handlers still to run. */
    if ((bits & GP_EB_SIGNALS) && t->is_main) {
        if (gp_signals_run_pending(t) < 0) return -1;
        bits = atomic_load_explicit(&t->eval_breaker, memory_order_acquire);
    }
    if (t->ticks <= 0 || (bits & GP_EB_GIL_DROP)) gp_gil_check(t);
    return 0;
}

/* breaker.c - the eval breaker's slow path (see eval.h). */
#include <stdatomic.h>

#include "eval.h"
#include "signals.h"

int gp_eval_breaker(GpThread *t) {
    if (t->ticks <= 0) t->ticks = t->interp->check_interval > 0 ? t->interp->check_interval : 1;
    uint32_t bits = atomic_load_explicit(&t->eval_breaker, memory_order_acquire);
    if ((bits & GP_EB_SIGNALS) && t->is_main) {
        if (gp_signals_run_pending(t) < 0) return -1;
    }
    return 0;
}

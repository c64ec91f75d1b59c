/* blocking.c - releasing the interpreter around blocking system calls
 * (see blocking.h). The GIL hooks in here. */
#include "blocking.h"

#include "gil_glue.h"
#include "eval.h"

void gp_blocking_end(GpThread *t) {
    gp_gil_acquire_after_blocking(t);
    t->stack_saved = 0;
}

int gp_blocking_eintr(GpThread *t) {
    if (!t->is_main) return 0;
    return gp_eval_breaker(t);
}

/* signals.c - recording signals in a C handler, handling them later in
 * the main thread (see signals.h). */
#include "signals.h"

#include <signal.h>
#include <stdatomic.h>
#include <string.h>

#include "../obj/exc.h"
#include "../obj/tuple.h"
#include "error.h"

static volatile sig_atomic_t sigint_pending;
static _Atomic uint32_t *_Atomic main_breaker;

static void on_sigint(int sig) {
    (void)sig;
    sigint_pending = 1;
    _Atomic uint32_t *b = atomic_load(&main_breaker);
    if (b) atomic_fetch_or(b, GP_EB_SIGNALS);
}

void gp_signals_install(GpInterp *in) {
    atomic_store(&main_breaker, &in->main_thread->eval_breaker);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    /* As CPython: a write to a closed pipe is an error, not a signal. */
    signal(SIGPIPE, SIG_IGN);
}

int gp_signals_run_pending(GpThread *t) {
    atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_EB_SIGNALS);
    if (sigint_pending) {
        sigint_pending = 0;
        Value e = gp_exc_new(t, &gp_KeyboardInterrupt, gp_tuple_empty());
        if (!e) return -1;
        gp_exc_restore(t, e);
        return -1;
    }
    return 0;
}

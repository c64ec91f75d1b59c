/* signals.c - recording signals in a C handler, handling them later in
 * the main thread (see signals.h). */
#include "signals.h"

#include <errno.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/tuple.h"
#include "error.h"
#include "gil_trace.h"

/* Process-wide, written by the C handler (see signals.h). Lock-free
 * atomics are async-signal-safe. */
static _Atomic uint32_t tripped[NSIG];
static _Atomic(GpInterp *) signal_interp;
static _Atomic int wakeup_fd = -1;
static _Atomic int wakeup_warn = 1;
static _Atomic uint64_t received, handled;
/* Arrival times for the GIL trace: a fixed ring the handler fills with
 * clock_gettime (async-signal-safe); later arrivals overwrite nothing and
 * are only counted. */
#define ARRIVALS 4096
static _Atomic int record_arrivals;
static _Atomic uint64_t arrival_ts[ARRIVALS];
static _Atomic int arrival_sig[ARRIVALS];
static _Atomic uint64_t narrivals;

void gp_signals_record_arrivals(int on) { atomic_store(&record_arrivals, on); }

size_t gp_signals_arrivals(uint64_t *ts, int *sig, size_t max) {
    uint64_t n = atomic_load(&narrivals);
    if (n > ARRIVALS) n = ARRIVALS;
    if (n > max) n = max;
    for (uint64_t i = 0; i < n; i++) {
        ts[i] = atomic_load(&arrival_ts[i]);
        sig[i] = atomic_load(&arrival_sig[i]);
    }
    return (size_t)n;
}

void gp_signals_c_handler(int sig) {
    int saved_errno = errno;
    if (sig > 0 && sig < NSIG) {
        atomic_fetch_add(&tripped[sig], 1);
        atomic_fetch_add(&received, 1);
        if (atomic_load(&record_arrivals)) {
            uint64_t i = atomic_fetch_add(&narrivals, 1);
            if (i < ARRIVALS) {
                atomic_store(&arrival_ts[i], gil_now_ns());
                atomic_store(&arrival_sig[i], sig);
            }
        }
        GpInterp *in = atomic_load(&signal_interp);
        if (in) {
            atomic_store(&in->signals_pending, 1);
            atomic_fetch_or(&in->main_thread->eval_breaker, GP_EB_SIGNALS);
            /* sched: the main thread goes next. (ticks and timed leave the
             * GIL alone, as CPython 2 and 3 do.) */
            gil *g = in->gil;
            if (g && in->gil_policy == GIL_SCHED) gil_signal_pending(g);
        }
        int fd = atomic_load(&wakeup_fd);
        if (fd >= 0) {
            unsigned char byte = (unsigned char)sig;
            ssize_t r = write(fd, &byte, 1);
            (void)r; /* a full buffer loses the byte; the signal itself is recorded */
        }
    }
    errno = saved_errno;
}

static int install_c(int sig, void (*fn)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    /* No SA_RESTART: a blocking call in the main thread returns EINTR, runs
     * the handlers and is retried (PEP 475), so Ctrl-C always gets through. */
    sa.sa_flags = SA_ONSTACK;
    return sigaction(sig, &sa, NULL);
}

void gp_signals_install(GpInterp *in) {
    GpThread *t = in->main_thread;
    in->signal_handlers = gp_list_new(t, NSIG);
    if (in->signal_handlers) {
        for (int i = 0; i < NSIG; i++) gp_list_append(t, in->signal_handlers, V_NONE);
    }
    GpInterp *expected = NULL;
    if (!atomic_compare_exchange_strong(&signal_interp, &expected, in)) return; /* another interpreter has them */
    install_c(SIGINT, gp_signals_c_handler);
    /* As CPython: a write to a closed pipe is an error, not a signal. */
    signal(SIGPIPE, SIG_IGN);
}

void gp_signals_after_fork(GpInterp *in) {
    (void)in; /* the C handler reads in->main_thread afresh every time */
    sigset_t none;
    sigemptyset(&none);
    pthread_sigmask(SIG_SETMASK, &none, NULL);
}

void gp_signals_uninstall(GpInterp *in) {
    GpInterp *expected = in;
    atomic_compare_exchange_strong(&signal_interp, &expected, NULL);
}

int gp_signals_set_handler(GpThread *t, int sig, Value handler) {
    void (*fn)(int);
    if (handler == v_from_small(0)) fn = SIG_DFL;
    else if (handler == v_from_small(1)) fn = SIG_IGN;
    else fn = gp_signals_c_handler;
    if (install_c(sig, fn) < 0) return gp_raise_errno(t, errno, VNULL), -1;
    gp_list_obj(t->interp->signal_handlers)->items[sig] = handler;
    if (fn == gp_signals_c_handler && sig != SIGINT) atomic_store(&t->interp->signal_handlers_set, 1);
    return 0;
}

int gp_signals_set_wakeup_fd(int fd, int warn_on_full_buffer) {
    atomic_store(&wakeup_warn, warn_on_full_buffer);
    return atomic_exchange(&wakeup_fd, fd);
}

uint64_t gp_signals_received(void) { return atomic_load(&received); }
uint64_t gp_signals_handled(void) { return atomic_load(&handled); }

/* Run the Python handler of sig once. */
static int run_one(GpThread *t, int sig) {
    atomic_fetch_add(&handled, 1);
    gp_gil_trace_handler(t, sig);
    Value h = t->interp->signal_handlers ? gp_list_obj(t->interp->signal_handlers)->items[sig] : V_NONE;
    if (h == V_NONE) {
        /* Before the signal module set a handler, SIGINT raises
         * KeyboardInterrupt (default_int_handler). */
        if (sig != SIGINT) return 0;
        Value e = gp_exc_new(t, &gp_KeyboardInterrupt, gp_tuple_empty());
        if (e) gp_exc_restore(t, e);
        return -1;
    }
    if (!gp_callable(h)) return 0; /* SIG_DFL / SIG_IGN installed after the signal came */
    Value args[2] = {v_from_small(sig), V_NONE};
    return gp_call(t, h, args, 2, VNULL) ? 0 : -1;
}

int gp_signals_check(GpThread *t) {
    if (t != t->interp->main_thread || !(atomic_load(&t->eval_breaker) & GP_EB_SIGNALS)) return 0;
    return gp_signals_run_pending(t);
}

int gp_signals_run_pending(GpThread *t) {
    GpInterp *in = t->interp;
    atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_EB_SIGNALS);
    if (atomic_load(&signal_interp) != in) return 0;
    /* Cleared before the counters are read: a signal arriving meanwhile
     * sets it (and the breaker bit) again. */
    atomic_store(&in->signals_pending, 0);
    for (int sig = 1; sig < NSIG; sig++) {
        uint32_t n = atomic_exchange(&tripped[sig], 0);
        for (uint32_t k = 0; k < n; k++) {
            if (run_one(t, sig) < 0) {
                /* The rest (of this signal and of the ones after it) run
                 * at the next check point. */
                if (n - k - 1) atomic_fetch_add(&tripped[sig], n - k - 1);
                atomic_store(&in->signals_pending, 1);
                atomic_fetch_or(&t->eval_breaker, GP_EB_SIGNALS);
                return -1;
            }
        }
    }
    return 0;
}

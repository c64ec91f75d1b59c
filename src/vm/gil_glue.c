/* gil_glue.c - the interpreter's side of the GIL (see gil_glue.h). */
#include "gil_glue.h"
#include "gil_trace.h"

#include <sched.h>
#include <signal.h>
#include <unistd.h>

/* The `timed` and `sched` policies are driven by drop requests; the tick
 * counter then only has to fire now and then (it also serves as a bound
 * on how long a pending signal flag goes unseen). */
#define TIMED_TICK_PERIOD (1 << 24)

/* `sched` also counts ticks to give the CPU back to the OS now and then
 * (gp_gil_os_yield): about every 100 us of Python code. */
#define SCHED_TICK_PERIOD 20000

int gp_gil_tick_period(GpInterp *in) {
    if (in->gil_policy == GIL_TICKS) return in->check_interval > 0 ? in->check_interval : 1;
    if (in->gil_policy == GIL_SCHED) return SCHED_TICK_PERIOD;
    return TIMED_TICK_PERIOD;
}

/* sched: a thread running Python code with other threads alive lets the
 * OS run whatever waits for its core (sched_yield keeps the GIL). Why: a
 * thread of ours woken by I/O (a socket answer, a child's message) is
 * often queued by the kernel on the core of the GIL holder, its last core,
 * while the other core idles, and Linux lets a CPU-bound task run out its
 * slice (milliseconds) before it: the I/O thread cannot even ask for the
 * GIL. Measured with two CPU-bound threads on two cores, that was the
 * I/O round trip's whole tail (p90 1.5 ms, p99 4 ms). A sched_yield with
 * nothing queued costs 0.52 us on the 2-vCPU guest (1M calls in C), 0.5%
 * at this rate; one that does give the CPU away costs what the other
 * thread runs, which is the point. Still it is done only when other
 * threads are alive and some thread of ours may be woken by the kernel:
 * one blocked in a call the outside world ends (interp->blocked_outside:
 * I/O, sleep; not lock waits), or the main thread, by a signal with a
 * Python handler, while another thread runs. */
void gp_gil_os_yield(GpThread *t) {
    GpInterp *in = t->interp;
    if (in->gil_policy == GIL_SCHED && atomic_load_explicit(&in->nthreads, memory_order_relaxed) > 0 &&
        (atomic_load_explicit(&in->blocked_outside, memory_order_relaxed) > 0 ||
         (!t->is_main && atomic_load_explicit(&in->signal_handlers_set, memory_order_relaxed))))
        sched_yield();
}

static void update_tick_period(GpInterp *in) { in->tick_period = gp_gil_tick_period(in); }

static uint64_t interval_ns(GpInterp *in) {
    double s = in->switch_interval;
    return s > 0 ? (uint64_t)(s * 1e9) : 1000; /* 0 (from 1e-9): as CPython, 1 µs at least */
}

int gp_gil_setup(GpInterp *in) {
    if (in->gil) return 0;
    gil_config cfg = {0};
    cfg.policy = (gil_policy)in->gil_policy;
    cfg.interval_ns = interval_ns(in);
    cfg.trace = gp_gil_trace_hook(in);
    in->gil = gil_new(&cfg);
    if (!in->gil) return -1;
    in->gil_waiting = gil_waiters_word(in->gil);
    update_tick_period(in);
    GpThread *t = in->main_thread;
    gp_gil_thread_init(t);
    gil_acquire(in->gil, &t->gil);
    t->ticks = gp_gil_tick_period(in);
    return 0;
}

void gp_gil_after_fork(GpThread *t) {
    GpInterp *in = t->interp;
    if (!in->gil) return;
    gil_forget_after_fork(in->gil);
    gil_thread_restore_cpus(&t->gil); /* the forking thread held the lock: sched may have moved it */
    in->gil = NULL;
    in->gil_waiting = NULL;
    t->gil_registered = 0;
    t->stack_saved = 0;
    atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_EB_GIL_DROP);
    if (gp_gil_setup(in) < 0) {
        /* Without a lock the child runs single-threaded, which is safe:
         * every hook is a no-op while in->gil is NULL. */
        in->gil = NULL;
    }
}

void gp_gil_teardown(GpInterp *in) {
    if (!in->gil) return;
    GpThread *t = in->main_thread;
    if (t && t->gil_registered) {
        gil_release(in->gil, &t->gil, GIL_REL_EXIT);
        gil_thread_fini(in->gil, &t->gil);
        t->gil_registered = 0;
    }
    gil_free(in->gil);
    in->gil = NULL;
    in->gil_waiting = NULL;
}

void gp_gil_thread_init(GpThread *t) {
    gil_thread_init(t->interp->gil, &t->gil, &t->eval_breaker, t->is_main);
    t->gil_registered = 1;
    if (!t->record) gp_gil_record_thread(t); /* statistics are best effort: no record if out of memory */
}

/* A thread other than the main one found the interpreter finalizing:
 * it gives the lock back and never returns (its stack stays valid for
 * the collector; the process exit ends it). */
static _Noreturn void park_forever(GpThread *t) {
    gp_thread_save_stack(t);
    gil_release(t->interp->gil, &t->gil, GIL_REL_EXIT);
    for (;;) pause();
}

void gp_gil_thread_start(GpThread *t) {
    gil_acquire(t->interp->gil, &t->gil);
    t->stack_saved = 0;
    if (t->interp->finalizing) park_forever(t);
}

void gp_gil_thread_exit(GpThread *t) {
    /* Read once, holding the GIL: after the release another thread may
     * fork, and the child replaces in->gil. */
    gil *g = t->interp->gil;
    gil_release(g, &t->gil, GIL_REL_EXIT);
    gil_thread_fini(g, &t->gil);
    t->gil_registered = 0;
}

void gp_gil_release_for_blocking(GpThread *t) {
    if (t->gil_registered) gil_release(t->interp->gil, &t->gil, GIL_REL_BLOCKING);
}

void gp_gil_acquire_after_blocking(GpThread *t) {
    if (!t->gil_registered) return;
    /* The thread's own record names its lock: in->gil is read only with
     * the GIL held (a fork's child replaces it). */
    gil_acquire(t->gil.gil, &t->gil);
    if (t->interp->finalizing && !t->is_main) park_forever(t);
}

void gp_gil_check(GpThread *t) {
    GpInterp *in = t->interp;
    t->ticks = in->tick_period;
    if (!t->gil_registered) {
        atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_EB_GIL_DROP);
        return;
    }
    uint32_t bits = atomic_load_explicit(&t->eval_breaker, memory_order_acquire);
    gil_release_reason why = (bits & GP_EB_GIL_DROP) ? GIL_REL_DROP : GIL_REL_CHECK;
    if (in->gil_policy == GIL_TICKS) {
        /* CPython 2: while a signal waits for the main thread, every other
         * thread runs the check after every tick (the "signal storm"). */
        if (!t->is_main && atomic_load_explicit(&in->signals_pending, memory_order_relaxed)) t->ticks = 1;
        /* Releasing with nobody waiting lets nobody in: skip it (and the
         * register save), so a lone thread pays one load per check. */
        if (why != GIL_REL_DROP && !gil_has_waiters(in->gil)) return;
    } else if (why != GIL_REL_DROP) {
        return; /* the tick counter ran out: nothing was asked */
    }
    gp_thread_save_stack(t);
    gil_yield(in->gil, &t->gil, why);
    t->stack_saved = 0;
    if (in->finalizing && !t->is_main) park_forever(t);
}

void gp_gil_intervals_changed(GpInterp *in) {
    update_tick_period(in);
    if (in->gil) gil_set_interval(in->gil, interval_ns(in));
}


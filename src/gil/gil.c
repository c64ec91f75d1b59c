/* gil.c - the lock's public entry points and the bookkeeping all policies
 * share. The policies themselves are in gil_ticks.c, gil_timed.c and
 * gil_sched.c. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gil_internal.h"

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/lsan_interface.h>
#endif

uint64_t gil_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void init_cond(pthread_cond_t *c) {
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(c, &a);
    pthread_condattr_destroy(&a);
}

int gil_cond_wait_ns(pthread_cond_t *c, pthread_mutex_t *m, uint64_t ns) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t t = (uint64_t)ts.tv_nsec + ns;
    ts.tv_sec += (time_t)(t / 1000000000u);
    ts.tv_nsec = (long)(t % 1000000000u);
    return pthread_cond_timedwait(c, m, &ts) == ETIMEDOUT;
}

/* A waiter preempts only when it used clearly less than the holder: half
 * a slice, at most 1 ms (enough to stop two equal threads from trading
 * the lock back and forth, small enough that any thread back from I/O
 * qualifies). */
static uint64_t default_gap(uint64_t interval) {
    uint64_t gap = interval / 2;
    return gap > 1000000 ? 1000000 : gap;
}

gil *gil_new(const gil_config *cfg) {
    gil *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    g->cfg = *cfg;
    if (!g->cfg.interval_ns) g->cfg.interval_ns = 5000000;
    if (!g->cfg.preempt_gap_ns) g->cfg.preempt_gap_ns = default_gap(g->cfg.interval_ns);
    atomic_init(&g->sem_count, 1);
    cpu_set_t cpus;
    g->spin_ok = sched_getaffinity(0, sizeof cpus, &cpus) == 0 && CPU_COUNT(&cpus) > 1;
    pthread_mutex_init(&g->mu, NULL);
    init_cond(&g->cond);
    init_cond(&g->switch_cond);
    return g;
}

void gil_free(gil *g) {
    if (!g) return;
    pthread_mutex_destroy(&g->mu);
    pthread_cond_destroy(&g->cond);
    pthread_cond_destroy(&g->switch_cond);
    free(g);
}

/* In a fork's child the parent's lock may be held, or waited on, by
 * threads that do not exist there: its mutex and conditions are in no
 * state the pthread functions accept. Its memory (a few hundred bytes, one
 * lock per generation of forks) is kept, not freed: a free would be a
 * write racing with what the parent's threads did to it before the fork,
 * which nothing orders with the fork (ThreadSanitizer reports it). The
 * leak checker is told that this block is kept on purpose. */
void gil_forget_after_fork(gil *g) {
#ifdef __SANITIZE_ADDRESS__
    __lsan_ignore_object(g);
#else
    (void)g;
#endif
}

const gil_config *gil_get_config(const gil *g) { return &g->cfg; }

void gil_set_interval(gil *g, uint64_t interval_ns) {
    pthread_mutex_lock(&g->mu);
    g->cfg.interval_ns = interval_ns ? interval_ns : 1;
    g->cfg.preempt_gap_ns = default_gap(g->cfg.interval_ns);
    pthread_mutex_unlock(&g->mu);
}

void gil_thread_init(gil *g, gil_thread *th, _Atomic uint32_t *breaker, int is_main) {
    memset(th, 0, sizeof *th);
    th->gil = g;
    th->breaker = breaker;
    th->is_main = is_main;
    init_cond(&th->cond);
    pthread_mutex_lock(&g->mu);
    th->registered = 1;
    if (is_main) g->main = th;
    pthread_mutex_unlock(&g->mu);
}

void gil_thread_fini(gil *g, gil_thread *th) {
    pthread_mutex_lock(&g->mu);
    if (g->main == th) g->main = NULL;
    gil_thread *expected = th;
    atomic_compare_exchange_strong(&g->last_holder, &expected, NULL);
    th->registered = 0;
    pthread_mutex_unlock(&g->mu);
    pthread_cond_destroy(&th->cond);
    /* A signal handler may still be writing to th's eval-breaker word (see
     * gil_signal_pending); it takes microseconds. */
    while (atomic_load(&g->signal_users) > 0) sched_yield();
}


void gil_note_acquired(gil *g, gil_thread *th, uint64_t now, int waited) {
    gil_stats *s = &th->stats;
    STAT_ADD(s->acquisitions, 1);
    gil_thread *last = atomic_exchange(&g->last_holder, th);
    if (last && last != th) STAT_ADD(s->switches, 1);
    if (waited) {
        uint64_t w = now - th->wait_started;
        STAT_ADD(s->wait_ns, w);
        if (w > STAT_LOAD(s->max_wait_ns)) STAT_STORE(s->max_wait_ns, w);
    }
    STAT_STORE(th->acquired_at, now);
}

void gil_note_released(gil *g, gil_thread *th, uint64_t now, gil_release_reason why) {
    (void)g;
    STAT_ADD(th->stats.held_ns, now - STAT_LOAD(th->acquired_at));
    STAT_ADD(th->stats.releases[why], 1);
    if (why == GIL_REL_DROP) STAT_ADD(th->stats.forced_drops, 1);
}

void gil_note_failed_take(gil_thread *th) { STAT_ADD(th->stats.failed_takes, 1); }

void gil_stats_read(const gil_thread *th, gil_stats *out, uint64_t *acquired_at) {
    const gil_stats *s = &th->stats;
    out->acquisitions = STAT_LOAD(s->acquisitions);
    out->switches = STAT_LOAD(s->switches);
    out->forced_drops = STAT_LOAD(s->forced_drops);
    out->failed_takes = STAT_LOAD(s->failed_takes);
    out->held_ns = STAT_LOAD(s->held_ns);
    out->wait_ns = STAT_LOAD(s->wait_ns);
    out->max_wait_ns = STAT_LOAD(s->max_wait_ns);
    out->moves = STAT_LOAD(s->moves);
    for (int i = 0; i < GIL_REL_COUNT; i++) out->releases[i] = STAT_LOAD(s->releases[i]);
    if (acquired_at) *acquired_at = STAT_LOAD(th->acquired_at);
}

void gil_stats_reset(gil_thread *th, uint64_t now) {
    gil_stats *s = &th->stats;
    STAT_STORE(s->acquisitions, 0);
    STAT_STORE(s->switches, 0);
    STAT_STORE(s->forced_drops, 0);
    STAT_STORE(s->failed_takes, 0);
    STAT_STORE(s->held_ns, 0);
    STAT_STORE(s->wait_ns, 0);
    STAT_STORE(s->max_wait_ns, 0);
    STAT_STORE(s->moves, 0);
    for (int i = 0; i < GIL_REL_COUNT; i++) STAT_STORE(s->releases[i], 0);
    STAT_STORE(th->acquired_at, now);
}

void gil_request_drop(gil *g, gil_thread *holder) {
    (void)g;
    if (holder && holder->breaker) atomic_fetch_or(holder->breaker, GIL_BREAK_DROP);
}

void gil_clear_drop(gil_thread *th) {
    if (th->breaker) atomic_fetch_and(th->breaker, ~(uint32_t)GIL_BREAK_DROP);
}

void gil_acquire(gil *g, gil_thread *th) {
    atomic_fetch_add(&g->nwaiting, 1);
    switch (g->cfg.policy) {
    case GIL_TICKS: gil_ticks_acquire(g, th); break;
    case GIL_TIMED: gil_timed_acquire(g, th); break;
    default: gil_sched_acquire(g, th); break;
    }
    atomic_fetch_sub(&g->nwaiting, 1);
}

void gil_release(gil *g, gil_thread *th, gil_release_reason why) {
    switch (g->cfg.policy) {
    case GIL_TICKS: gil_ticks_release(g, th, why); break;
    case GIL_TIMED: gil_timed_release(g, th, why); break;
    default: gil_sched_release(g, th, why); break;
    }
}

void gil_yield(gil *g, gil_thread *th, gil_release_reason why) {
    switch (g->cfg.policy) {
    case GIL_TICKS: gil_ticks_yield(g, th, why); break;
    case GIL_TIMED: gil_timed_yield(g, th, why); break;
    default: gil_sched_yield(g, th, why); break;
    }
}

/* Async-signal-safe: only atomics.
 * Race: the handler reads the holder and writes to its eval-breaker word
 * while that thread may be releasing the lock and ending, its memory about
 * to be freed. So the handler counts itself in `signal_users` around the
 * two steps, and gil_thread_fini (called after the thread's last release,
 * before its memory goes) waits for the count to drop to 0: a handler that
 * read the ending thread as holder began before the release, so before
 * that wait, and is waited for; one that began later reads another holder. */
void gil_signal_pending(gil *g) {
    atomic_fetch_add(&g->signal_users, 1);
    atomic_store(&g->signal_pending, 1);
    gil_thread *h = atomic_load(&g->holder);
    if (h && !h->is_main) gil_request_drop(g, h);
    atomic_fetch_sub(&g->signal_users, 1);
}

int gil_has_waiters(const gil *g) { return atomic_load(&((gil *)g)->nwaiting) > 0; }

_Atomic int *gil_waiters_word(gil *g) { return &g->nwaiting; }

gil_thread *gil_holder(const gil *g) { return atomic_load(&((gil *)g)->holder); }

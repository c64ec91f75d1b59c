/* gil_sched.c - gilpy's own GIL: a small fair scheduler (docs/gil.md).
 *
 * Virtual runtime. Every thread accumulates the time it held the lock
 * (vruntime). The lock always goes to the waiting thread with the least
 * vruntime, which gives CPU-bound threads equal shares and serves a
 * thread coming back from I/O (which used little) first.
 *
 * Direct handoff. A releasing thread does not just free the lock: it
 * picks the next holder, marks it `handed` and wakes it on its own
 * condition variable. The lock is never up for grabs, so there is no
 * battle between a releasing thread and a waking one, and no thundering
 * herd.
 *
 * When the holder is asked to let go:
 *  - immediately, when a waiter's vruntime is below the holder's by more
 *    than `preempt_gap` (a thread back from I/O), or when the main thread
 *    waits while a signal is pending: the waiter sets the holder's drop
 *    request at once and the holder hands over at its next check point,
 *    microseconds later;
 *  - otherwise at the end of the holder's slice (`interval`): the waiter
 *    sleeps until then and sets the request, as in CPython 3.
 * At the check point the holder hands over only if the rule still holds;
 * a request that no longer applies is dropped.
 *
 * Budget. A thread that was away (blocked in I/O) comes back with
 * vruntime at least (least vruntime among the others - interval): it can
 * jump the queue, but its credit is capped at one slice, so a thread
 * doing tiny bits of I/O between long computations gains nothing over
 * plain CPU-bound threads (CFS's sleeper rule).
 *
 * Races and their fixes:
 *  - a waiter deciding to preempt while the holder releases: decisions
 *    and handoffs happen under mu. A request may be aimed at a thread
 *    that was handed the lock but has not woken yet, or be left over
 *    from an earlier hold; so the new holder, when it takes the lock,
 *    clears its drop bit and then decides again, under mu, whether a
 *    waiter deserves the lock now (setting the bit again if so). Blindly
 *    clearing it lost the request of a thread back from I/O, which then
 *    waited a whole slice;
 *  - lost wakeups: `handed` is set under mu before signalling, and waiters
 *    test it under mu before and after sleeping;
 *  - a signal handler cannot take mu: it only sets signal_pending and the
 *    holder's drop bit (atomics); the holder's yield sees the flag.
 */
#include "gil_internal.h"

static uint64_t current_vruntime(const gil_thread *th, uint64_t now) {
    return th->vruntime + (atomic_load(&th->gil->holder) == th ? now - STAT_LOAD(th->acquired_at) : 0);
}

static void link_waiter(gil *g, gil_thread *th) {
    th->next_waiter = NULL;
    th->prev_waiter = NULL;
    if (!g->waiters) {
        g->waiters = th;
        return;
    }
    gil_thread *w = g->waiters;
    while (w->next_waiter) w = w->next_waiter;
    w->next_waiter = th;
    th->prev_waiter = w;
}

static void unlink_waiter(gil *g, gil_thread *th) {
    if (th->prev_waiter) th->prev_waiter->next_waiter = th->next_waiter;
    else g->waiters = th->next_waiter;
    if (th->next_waiter) th->next_waiter->prev_waiter = th->prev_waiter;
    th->next_waiter = th->prev_waiter = NULL;
}

/* The next holder: the main thread when a signal is pending, else the
 * waiter with the least vruntime (the earliest arrival on ties). */
static gil_thread *pick(gil *g) {
    if (atomic_load(&g->signal_pending))
        for (gil_thread *w = g->waiters; w; w = w->next_waiter)
            if (w->is_main) return w;
    gil_thread *best = NULL;
    for (gil_thread *w = g->waiters; w; w = w->next_waiter)
        if (!best || w->vruntime < best->vruntime) best = w;
    return best;
}

static void hand_to(gil *g, gil_thread *next) {
    g->locked = 1;
    next->handed = 1;
    atomic_store(&g->holder, next);
    pthread_cond_signal(&next->cond);
}

/* Should a waiter with vruntime v take the lock from the holder now? */
static int should_preempt(gil *g, const gil_thread *waiter, const gil_thread *holder, uint64_t now) {
    if (!holder) return 0;
    if (waiter->is_main && atomic_load(&g->signal_pending)) return 1;
    uint64_t hv = current_vruntime(holder, now);
    return waiter->vruntime + g->cfg.preempt_gap_ns < hv;
}

/* mu held, th just took the lock: drop any stale request, then ask
 * again if a waiter should have the lock at once (see the races above). */
static void start_hold(gil *g, gil_thread *th, uint64_t now) {
    gil_clear_drop(th);
    if (th->is_main) atomic_store(&g->signal_pending, 0);
    gil_thread *next = pick(g);
    if (next && should_preempt(g, next, th, now)) gil_request_drop(g, th);
}

void gil_sched_acquire(gil *g, gil_thread *th) {
    pthread_mutex_lock(&g->mu);
    uint64_t now = gil_now_ns();
    if (!g->locked && !g->waiters) {
        g->locked = 1;
        atomic_store(&g->holder, th);
        gil_note_acquired(g, th, now, 0);
        start_hold(g, th, now);
        pthread_mutex_unlock(&g->mu);
        gil_emit(g, th, GIL_EV_ACQUIRE, now, 0);
        return;
    }
    /* The budget: credit for time away is capped at one slice. */
    uint64_t least = UINT64_MAX;
    gil_thread *holder = atomic_load(&g->holder);
    if (holder) least = current_vruntime(holder, now);
    for (gil_thread *w = g->waiters; w; w = w->next_waiter)
        if (w->vruntime < least) least = w->vruntime;
    if (least != UINT64_MAX && least > g->cfg.interval_ns && th->vruntime < least - g->cfg.interval_ns)
        th->vruntime = least - g->cfg.interval_ns;
    th->wait_started = now;
    th->handed = 0;
    link_waiter(g, th);
    int requested = 0;
    if (!g->locked) {
        /* Free but others wait (a handoff in progress cannot be: handing
         * keeps `locked`); take our turn by the rule. */
        gil_thread *next = pick(g);
        hand_to(g, next);
    } else if (should_preempt(g, th, holder, now)) {
        gil_request_drop(g, holder);
        requested = 1;
    }
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_REQUEST, now, 0);
    if (requested) gil_emit(g, th, GIL_EV_DROP_REQ, now, 0);
    pthread_mutex_lock(&g->mu);
    uint64_t asked_slice = 0; /* acquired_at of the hold we last asked to end */
    while (!th->handed) {
        /* Sleep until the holder's slice ends; then, if we are next in
         * line, ask it to switch (once per hold). */
        holder = atomic_load(&g->holder);
        uint64_t t = gil_now_ns();
        uint64_t slice_end = holder ? STAT_LOAD(holder->acquired_at) + g->cfg.interval_ns : t + g->cfg.interval_ns;
        if (holder && holder != th && t >= slice_end && pick(g) == th && asked_slice != STAT_LOAD(holder->acquired_at)) {
            asked_slice = STAT_LOAD(holder->acquired_at);
            gil_request_drop(g, holder);
            pthread_mutex_unlock(&g->mu);
            gil_emit(g, th, GIL_EV_DROP_REQ, t, 0);
            pthread_mutex_lock(&g->mu);
            continue;
        }
        gil_cond_wait_ns(&th->cond, &g->mu, slice_end > t ? slice_end - t : g->cfg.interval_ns);
    }
    unlink_waiter(g, th);
    th->handed = 0;
    now = gil_now_ns();
    gil_note_acquired(g, th, now, 1);
    start_hold(g, th, now);
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_ACQUIRE, now, now - th->wait_started);
}

/* mu held: account th's hold and pass the lock on (or free it). */
static void release_locked(gil *g, gil_thread *th, uint64_t now, gil_release_reason why) {
    gil_note_released(g, th, now, why);
    th->vruntime += now - STAT_LOAD(th->acquired_at);
    gil_thread *next = pick(g);
    if (next) {
        hand_to(g, next);
    } else {
        g->locked = 0;
        atomic_store(&g->holder, NULL);
    }
}

void gil_sched_release(gil *g, gil_thread *th, gil_release_reason why) {
    pthread_mutex_lock(&g->mu);
    uint64_t now = gil_now_ns();
    release_locked(g, th, now, why);
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_RELEASE, now, (uint64_t)why);
}

void gil_sched_yield(gil *g, gil_thread *th, gil_release_reason why) {
    pthread_mutex_lock(&g->mu);
    uint64_t now = gil_now_ns();
    gil_clear_drop(th);
    gil_thread *next = pick(g);
    int go = 0;
    if (next) {
        go = now - STAT_LOAD(th->acquired_at) >= g->cfg.interval_ns || should_preempt(g, next, th, now);
    }
    if (!go) {
        pthread_mutex_unlock(&g->mu);
        return;
    }
    release_locked(g, th, now, why == GIL_REL_CHECK ? GIL_REL_DROP : why);
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_RELEASE, now, (uint64_t)GIL_REL_DROP);
    gil_emit(g, th, GIL_EV_FORCED, now, 0);
    atomic_fetch_add(&g->nwaiting, 1);
    gil_sched_acquire(g, th);
    atomic_fetch_sub(&g->nwaiting, 1);
}

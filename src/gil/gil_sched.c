/* gil_sched.c - gilpy's own GIL: a small fair scheduler (docs/gil.md).
 *
 * Virtual runtime. Every thread accumulates the time it held the lock
 * (vruntime). When a holder's turn ends, the lock goes to the waiting
 * thread with the least vruntime, which gives CPU-bound threads equal
 * shares and serves a thread coming back from I/O (which used little)
 * first.
 *
 * Direct handoff. A releasing thread does not just free the lock: it
 * picks the next holder, marks it `handed` and wakes it on its own
 * condition variable. The lock is never up for grabs, so there is no
 * battle between a releasing thread and a waking one, and no thundering
 * herd.
 *
 * Turns. A holder keeps the lock for a turn of `interval` of holding time
 * unless preempted. A waiter sleeps until the holder's turn would end,
 * then (if it is next by the rule) sets the holder's drop request, as in
 * CPython 3. A turn is counted in holding time and survives a preemption:
 * a thread that gets the lock back after a thread back from I/O borrowed
 * it for a few microseconds goes on with the same turn (`resume`), so
 * frequent I/O does not restart the others' wait.
 *
 * Preemption. A thread coming back from a blocking call (`from_block`)
 * whose vruntime is below the holder's by more than `preempt_gap` sets the
 * holder's drop request at once, and the holder hands over at its next
 * check point (a backward jump or a call: microseconds). So does the main
 * thread while a signal is pending. At the check point the holder hands
 * over only if the rule still holds; a request that no longer applies is
 * dropped.
 *
 * Budget. A thread that was away (blocked in I/O) comes back with
 * vruntime at least (min_vruntime - interval), min_vruntime being the
 * least vruntime among the holder and the waiters, never decreasing: it
 * can jump the queue, but its credit is capped at one slice, so a thread
 * doing tiny bits of I/O between long computations gains nothing over
 * plain CPU-bound threads (CFS's sleeper rule). A new thread is placed
 * the same way. A thread back from I/O goes before CPU-bound waiters
 * unless it has used a slice more than the least of them.
 *
 * The OS. The lock cannot help a thread that the kernel keeps off the CPU:
 * a thread woken by I/O is often queued on the GIL holder's core while the
 * CPU-bound holder runs out its scheduler slice. The interpreter, under
 * this policy, lets the OS run such threads about every 100 us of Python
 * code (gp_gil_os_yield in vm/gil_glue.c).
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

/* Holding time used in the holder's current turn. */
static uint64_t turn_used(const gil_thread *holder, uint64_t now) {
    return current_vruntime(holder, now) - holder->turn_start;
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

/* The next holder: the main thread when a signal is pending; else the
 * waiter back from I/O with the least vruntime, unless it has used a
 * slice more than the least CPU-bound waiter; else the CPU-bound waiter
 * with the least vruntime. The earliest arrival wins ties. */
static gil_thread *pick(gil *g) {
    if (atomic_load(&g->signal_pending))
        for (gil_thread *w = g->waiters; w; w = w->next_waiter)
            if (w->is_main) return w;
    gil_thread *io = NULL, *cpu = NULL;
    for (gil_thread *w = g->waiters; w; w = w->next_waiter) {
        gil_thread **best = w->from_block ? &io : &cpu;
        if (!*best || w->vruntime < (*best)->vruntime) *best = w;
    }
    if (io && (!cpu || io->vruntime <= cpu->vruntime + g->cfg.interval_ns)) return io;
    return cpu ? cpu : io;
}

/* mu held: th becomes the holder now. Its hold and turn start here, not
 * when it wakes: until then others already decide against it as the
 * holder, and stale figures from its previous hold misled them (a request
 * counted as made for a turn that had not begun was never made again). */
static void begin_hold(gil *g, gil_thread *th, uint64_t now) {
    g->locked = 1;
    STAT_STORE(th->acquired_at, now);
    if (!th->resume) {
        th->turn_start = th->vruntime;
        th->turn++;
    }
    th->resume = 0;
    atomic_store(&g->holder, th);
}

static void hand_to(gil *g, gil_thread *next, uint64_t now) {
    begin_hold(g, next, now);
    next->handed = 1;
    pthread_cond_signal(&next->cond);
}

/* Should this waiter take the lock from the holder at once? */
static int urgent(gil *g, const gil_thread *waiter, const gil_thread *holder, uint64_t now) {
    if (!holder) return 0;
    if (waiter->is_main && atomic_load(&g->signal_pending)) return 1;
    return waiter->from_block && waiter->vruntime + g->cfg.preempt_gap_ns < current_vruntime(holder, now);
}

/* Should the holder let `next` have the lock at its check point? */
static int must_yield(gil *g, const gil_thread *holder, const gil_thread *next, uint64_t now) {
    return urgent(g, next, holder, now) || turn_used(holder, now) >= g->cfg.interval_ns;
}

/* mu held, th has taken the lock (awake now): drop any stale request,
 * then ask again if a waiter should have the lock (see the races above). */
static void start_hold(gil *g, gil_thread *th, uint64_t now) {
    gil_clear_drop(th);
    if (th->is_main) atomic_store(&g->signal_pending, 0);
    gil_thread *next = pick(g);
    if (next && must_yield(g, th, next, now)) gil_request_drop(g, th);
}

/* Wait for the lock. from_block: th comes back from a blocking call (or
 * starts), rather than from a yield. */
static void sched_acquire(gil *g, gil_thread *th, int from_block) {
    pthread_mutex_lock(&g->mu);
    uint64_t now = gil_now_ns();
    if (!g->locked && !g->waiters) {
        begin_hold(g, th, now);
        gil_note_acquired(g, th, now, 0);
        start_hold(g, th, now);
        pthread_mutex_unlock(&g->mu);
        gil_emit(g, th, GIL_EV_ACQUIRE, now, 0);
        return;
    }
    /* The budget: credit for time away is capped at one slice below the
     * floor (min_vruntime, as CFS's), which only grows: measured against the
     * least of the moment, each new thread started a slice below the one
     * before, and the main thread, coming back from starting them, found
     * itself slices behind and waited seconds. */
    gil_thread *holder = atomic_load(&g->holder);
    uint64_t least = holder ? current_vruntime(holder, now) : UINT64_MAX;
    for (gil_thread *w = g->waiters; w; w = w->next_waiter)
        if (w->vruntime < least) least = w->vruntime;
    if (least != UINT64_MAX && least > g->min_vruntime) g->min_vruntime = least;
    if (g->min_vruntime > g->cfg.interval_ns && th->vruntime < g->min_vruntime - g->cfg.interval_ns)
        th->vruntime = g->min_vruntime - g->cfg.interval_ns;
    th->wait_started = now;
    th->from_block = from_block;
    th->handed = 0;
    link_waiter(g, th);
    int requested = 0;
    if (!g->locked) {
        /* Free but others wait (a handoff in progress cannot be: handing
         * keeps `locked`); take our turn by the rule. */
        hand_to(g, pick(g), now);
    } else if (urgent(g, th, holder, now)) {
        gil_request_drop(g, holder);
        requested = 1;
    }
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_REQUEST, now, 0);
    if (requested) gil_emit(g, th, GIL_EV_DROP_REQ, now, 0);
    pthread_mutex_lock(&g->mu);
    /* The turn we last asked to end: its holder and number (once per turn). */
    const gil_thread *asked_holder = NULL;
    uint64_t asked_turn = 0;
    while (!th->handed) {
        /* Sleep until the holder's turn ends; then, if we are next in
         * line, ask it to let go. */
        holder = atomic_load(&g->holder);
        uint64_t t = gil_now_ns();
        uint64_t left = g->cfg.interval_ns;
        if (holder && holder != th) {
            uint64_t used = turn_used(holder, t);
            left = used < g->cfg.interval_ns ? g->cfg.interval_ns - used : 0;
            if (!left && pick(g) == th && !(asked_holder == holder && asked_turn == holder->turn)) {
                asked_holder = holder;
                asked_turn = holder->turn;
                gil_request_drop(g, holder);
                pthread_mutex_unlock(&g->mu);
                gil_emit(g, th, GIL_EV_DROP_REQ, t, 0);
                pthread_mutex_lock(&g->mu);
                continue;
            }
            if (!left) left = g->cfg.interval_ns;
        }
        gil_cond_wait_ns(&th->cond, &g->mu, left);
    }
    unlink_waiter(g, th);
    th->handed = 0;
    th->from_block = 0;
    now = gil_now_ns();
    gil_note_acquired(g, th, now, 1);
    start_hold(g, th, now);
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_ACQUIRE, now, now - th->wait_started);
}

void gil_sched_acquire(gil *g, gil_thread *th) { sched_acquire(g, th, 1); }

/* mu held: account th's hold and pass the lock on (or free it). */
static void release_locked(gil *g, gil_thread *th, uint64_t now, gil_release_reason why) {
    gil_note_released(g, th, now, why);
    th->vruntime += now - STAT_LOAD(th->acquired_at);
    gil_thread *next = pick(g);
    if (next) {
        hand_to(g, next, now);
    } else {
        g->locked = 0;
        atomic_store(&g->holder, NULL);
    }
}

void gil_sched_release(gil *g, gil_thread *th, gil_release_reason why) {
    pthread_mutex_lock(&g->mu);
    uint64_t now = gil_now_ns();
    th->resume = 0;
    release_locked(g, th, now, why);
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_RELEASE, now, (uint64_t)why);
}

void gil_sched_yield(gil *g, gil_thread *th, gil_release_reason why) {
    pthread_mutex_lock(&g->mu);
    uint64_t now = gil_now_ns();
    gil_clear_drop(th);
    gil_thread *next = pick(g);
    if (!next || !must_yield(g, th, next, now)) {
        pthread_mutex_unlock(&g->mu);
        return;
    }
    /* Preempted before the end of its turn: the turn resumes when the
     * lock comes back. */
    th->resume = turn_used(th, now) < g->cfg.interval_ns;
    release_locked(g, th, now, why == GIL_REL_CHECK ? GIL_REL_DROP : why);
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_RELEASE, now, (uint64_t)GIL_REL_DROP);
    gil_emit(g, th, GIL_EV_FORCED, now, 0);
    atomic_fetch_add(&g->nwaiting, 1);
    sched_acquire(g, th, 0);
    atomic_fetch_sub(&g->nwaiting, 1);
}

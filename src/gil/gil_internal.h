/* gil_internal.h - the lock's shared state (see include/gilpy/gil.h).
 *
 * One mutex `mu` protects everything below it in struct gil (the `ticks`
 * policy, a semaphore, uses only the atomics above it); `holder` is also
 * readable without it (a hint for gil_holder and signal handlers).
 * The holder's eval-breaker word is only ever OR-ed / AND-ed atomically.
 */
#ifndef GP_GIL_INTERNAL_H
#define GP_GIL_INTERNAL_H

#include "gilpy/gil.h"

struct gil {
    gil_config cfg;
    _Atomic(gil_thread *) holder; /* NULL when free (sched: or being handed) */
    _Atomic int signal_pending;   /* sched: the main thread must run handlers */
    _Atomic int nwaiting;         /* threads in gil_acquire */
    _Atomic int signal_users;     /* signal handlers inside gil_signal_pending */
    _Atomic int sem_count;        /* ticks: the semaphore's count (1 = free) */
    _Atomic int sem_sleepers;     /* ticks: threads asleep on sem_count */
    pthread_mutex_t mu;
    pthread_cond_t cond;          /* ticks, timed: the lock may be free */
    pthread_cond_t switch_cond;   /* timed: a switch happened */
    int locked;
    uint64_t switch_number;       /* timed: incremented when the holder changes */
    /* The thread that held the lock last. Atomic because under `ticks` the
     * holder writes it without mu while an ending thread clears it. */
    _Atomic(gil_thread *) last_holder;
    gil_thread *waiters;          /* sched: threads waiting, in arrival order */
    uint64_t min_vruntime;        /* sched: the floor of vruntimes (never decreases) */
    gil_thread *main;             /* the registered main thread, or NULL */
    int spin_ok;                  /* sched: the process may run on more than one CPU (at creation) */
    uint64_t transfer_since;      /* sched: when the pending handoff or drop request began, 0: none */
    int transfer_rescued;         /* sched: its stalled thread was moved (once per transfer) */
};

/* Counters and acquired_at are written only by their own thread, but
 * other threads read them (statistics, sched's decisions): relaxed atomic
 * accesses make that well defined. */
#define STAT_LOAD(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define STAT_STORE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#define STAT_ADD(x, v) __atomic_fetch_add(&(x), (v), __ATOMIC_RELAXED)

/* Event reporting: call without mu held. */
static inline void gil_emit(gil *g, gil_thread *th, gil_event ev, uint64_t now, uint64_t arg) {
    if (g->cfg.trace) g->cfg.trace(g->cfg.trace_ctx, th, ev, now, arg);
}

/* Bookkeeping shared by the policies (mu held). */
void gil_note_acquired(gil *g, gil_thread *th, uint64_t now, int waited);
void gil_note_released(gil *g, gil_thread *th, uint64_t now, gil_release_reason why);
void gil_note_failed_take(gil_thread *th);
void gil_request_drop(gil *g, gil_thread *holder);
void gil_clear_drop(gil_thread *th);
/* pthread_cond_timedwait on the monotonic clock for up to ns; 1 if it timed out. */
int gil_cond_wait_ns(pthread_cond_t *c, pthread_mutex_t *m, uint64_t ns);

/* The policies. */
void gil_ticks_acquire(gil *g, gil_thread *th);
void gil_ticks_release(gil *g, gil_thread *th, gil_release_reason why);
void gil_ticks_yield(gil *g, gil_thread *th, gil_release_reason why);
void gil_timed_acquire(gil *g, gil_thread *th);
void gil_timed_release(gil *g, gil_thread *th, gil_release_reason why);
void gil_timed_yield(gil *g, gil_thread *th, gil_release_reason why);
void gil_sched_acquire(gil *g, gil_thread *th);
void gil_sched_release(gil *g, gil_thread *th, gil_release_reason why);
void gil_sched_yield(gil *g, gil_thread *th, gil_release_reason why);

#endif

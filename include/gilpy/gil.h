/* gilpy/gil.h - a global interpreter lock with three policies, usable
 * without the interpreter.
 *
 * An interpreter runs bytecode only in the thread that holds the GIL. Each
 * thread owns a gil_thread record and an "eval breaker" word (a 32-bit
 * atomic the interpreter polls at its check points: backward jumps and
 * calls). The lock asks the holder to let go by setting GIL_BREAK_DROP in
 * the holder's word; the holder answers at its next check point by calling
 * gil_yield().
 *
 * The policies:
 *
 *  GIL_TICKS  CPython 2's lock. Holders call gil_yield() every N ticks
 *             (instructions); it releases the lock and takes it straight
 *             back. The lock is a mutex-protected flag with a condition
 *             variable and no fairness: on several cores the releasing
 *             thread usually wins again (the "GIL battle").
 *  GIL_TIMED  CPython 3.2+'s lock. A waiter waits `interval` for the lock,
 *             then sets a drop request; the holder drops at its next check
 *             point and, as with FORCE_SWITCHING, waits until another
 *             thread has taken it. I/O threads suffer the convoy effect.
 *  GIL_SCHED  gilpy's scheduler (docs/gil.md): direct handoff to the
 *             waiter with the least GIL time used (virtual runtime, as in
 *             Linux's CFS), immediate preemption of the holder by a thread
 *             that used much less (a thread back from I/O), round robin by
 *             slices of `interval` among CPU-bound threads, precedence for
 *             the main thread when a signal is pending, and a budget so
 *             that tiny I/O cannot buy permanent precedence.
 *
 * Thread safety: every function may be called from any thread; a thread
 * only acquires, yields and releases for itself.
 */
#ifndef GILPY_GIL_H
#define GILPY_GIL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

typedef enum { GIL_TICKS = 0, GIL_TIMED = 1, GIL_SCHED = 2 } gil_policy;

/* Bits of the eval-breaker word the lock writes. */
#define GIL_BREAK_DROP (1u << 0)

/* Why a thread releases the lock (for statistics and traces). */
typedef enum {
    GIL_REL_BLOCKING = 0, /* around a blocking call */
    GIL_REL_CHECK = 1,    /* the periodic check (ticks) */
    GIL_REL_DROP = 2,     /* a drop request was honoured */
    GIL_REL_EXIT = 3,     /* the thread is ending */
    GIL_REL_COUNT
} gil_release_reason;

/* Trace events, reported through gil_config.trace when set. */
typedef enum {
    GIL_EV_REQUEST,  /* a thread starts waiting; arg: 0 */
    GIL_EV_ACQUIRE,  /* a thread took the lock; arg: ns it waited */
    GIL_EV_RELEASE,  /* a thread released it; arg: gil_release_reason */
    GIL_EV_DROP_REQ, /* a drop request was set on the holder; arg: 0 */
    GIL_EV_FORCED,   /* a holder was forced to switch; arg: 0 */
    GIL_EV_FAILED_TAKE, /* ticks: a waiter woke and found the lock taken again; arg: 0 */
    GIL_EV_COUNT
} gil_event;

typedef struct gil_thread gil_thread;

typedef struct gil_config {
    gil_policy policy;
    uint64_t interval_ns;    /* timed: switch interval; sched: slice (default 5 ms) */
    /* sched: preempt the holder at once when a waiter's virtual runtime is
     * smaller by more than this (default: interval / 2, at most 1 ms). */
    uint64_t preempt_gap_ns;
    /* Called (with no lock held) for every event when not NULL. */
    void (*trace)(void *ctx, gil_thread *th, gil_event ev, uint64_t now_ns, uint64_t arg);
    void *trace_ctx;
} gil_config;

/* Per-thread state of the lock. Embed it in your thread record; treat
 * its fields as private except `stats`. */
typedef struct gil_stats {
    uint64_t acquisitions;  /* times the lock was taken */
    uint64_t switches;      /* acquisitions that followed another thread's hold */
    uint64_t forced_drops;  /* releases on a drop request */
    uint64_t failed_takes;  /* ticks: re-acquisition attempts that found the lock taken */
    uint64_t held_ns;       /* time holding the lock */
    uint64_t wait_ns;       /* time waiting for it */
    uint64_t max_wait_ns;   /* longest single wait */
    uint64_t moves;         /* sched: moved onto a waiter's CPU while holding (preempted holder) */
    uint64_t releases[GIL_REL_COUNT];
} gil_stats;

struct gil_thread {
    struct gil *gil;
    _Atomic uint32_t *breaker; /* the thread's eval-breaker word */
    int is_main;
    gil_stats stats;
    /* private */
    pthread_cond_t cond;      /* sched: woken when handed the lock */
    uint64_t vruntime;        /* sched: GIL time used, scaled */
    uint64_t acquired_at;     /* when it last took the lock */
    uint64_t wait_started;
    _Atomic int handed;       /* sched: the lock was handed to it (read unlocked while spinning) */
    int from_block;           /* sched: waiting after a blocking call */
    int resume;               /* sched: preempted early; the turn goes on */
    uint64_t turn_start;      /* sched: vruntime when the current turn began */
    uint64_t turn;            /* sched: turns begun (a request is per turn) */
    int registered;
    int tid;                  /* sched: kernel thread id (set at its first acquire) */
    int moved;                /* sched: a waiter moved it while it held the lock */
    unsigned char own_cpus[128]; /* sched: its cpu_set_t before the move, to restore */
    gil_thread *next_waiter;  /* sched: waiter list */
    gil_thread *prev_waiter;
};

typedef struct gil gil;

/* Create a lock (unheld). NULL if out of memory. */
gil *gil_new(const gil_config *cfg);
void gil_free(gil *g);
/* In the child of a fork: drop the parent's lock without touching it
 * (threads that held or waited on it are gone); its memory is kept. */
void gil_forget_after_fork(gil *g);
/* In a fork's child, before the calling thread is registered again: give
 * it back the CPUs it had if sched had moved it (see gil_sched.c). */
void gil_thread_restore_cpus(gil_thread *th);
/* sched_setaffinity(0, size, cpus) for th, the calling thread, under the
 * lock's mutex: a waiter that moved th (gil_sched.c) must neither undo
 * the new mask nor restore the old one over it. Returns as the call. */
int gil_thread_set_affinity(gil *g, gil_thread *th, size_t size, const void *cpus);
const gil_config *gil_get_config(const gil *g);
/* Change the interval (sys.setswitchinterval). */
void gil_set_interval(gil *g, uint64_t interval_ns);

/* Register and unregister a thread (before its first acquire, after its
 * last release). */
void gil_thread_init(gil *g, gil_thread *th, _Atomic uint32_t *breaker, int is_main);
void gil_thread_fini(gil *g, gil_thread *th);

/* Block until th holds the lock. */
void gil_acquire(gil *g, gil_thread *th);
/* Release the lock th holds. */
void gil_release(gil *g, gil_thread *th, gil_release_reason why);
/* At a check point: GIL_BREAK_DROP was set, or (ticks) the tick counter
 * ran out. Releases and re-acquires as the policy says; returns with the
 * lock held. */
void gil_yield(gil *g, gil_thread *th, gil_release_reason why);

/* sched: the main thread has signal handlers to run; give it precedence. */
void gil_signal_pending(gil *g);
/* Is any thread waiting for the lock? (A hint: read without locking.) */
int gil_has_waiters(const gil *g);
/* The word gil_has_waiters reads (the number of threads waiting), for an
 * interpreter that polls it at every check point without a call. */
_Atomic int *gil_waiters_word(gil *g);
/* The current holder, or NULL. (A hint.) */
gil_thread *gil_holder(const gil *g);

/* A consistent-enough copy of th's counters, safe to take from any thread
 * while th runs (each field is read atomically); *acquired_at (if not
 * NULL) gets the start of th's current or last hold. */
void gil_stats_read(const gil_thread *th, gil_stats *out, uint64_t *acquired_at);
/* Zero th's counters (th itself, to measure a phase). */
void gil_stats_reset(gil_thread *th, uint64_t now);

/* Monotonic clock in ns, as the lock measures time. */
uint64_t gil_now_ns(void);

#endif

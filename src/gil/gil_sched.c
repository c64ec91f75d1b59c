/* gil_sched.c - gilpy's own GIL: a small fair scheduler (docs/gil.md).
 *
 * Turns. CPU-bound threads take turns of `interval` of holding time, in
 * arrival order (first in, first out): equal shares, and no thread waits
 * longer than one turn per thread ahead of it.
 *
 * Virtual runtime. Every thread accumulates the time it held the lock
 * (vruntime). A thread coming back from I/O (which used little) goes
 * before the CPU-bound line, unless it has used a slice more than them.
 *
 * Direct handoff. A releasing thread does not just free the lock: it
 * picks the next holder, marks it `handed` and wakes it on its own
 * condition variable. The lock is never up for grabs, so there is no
 * battle between a releasing thread and a waking one, and no thundering
 * herd.
 *
 * A holder keeps the lock for its turn unless preempted. A waiter sleeps
 * until the holder's turn would end, then (if it is next by the rule)
 * sets the holder's drop request, as in CPython 3. A turn is counted in
 * holding time and survives a preemption: a thread that gets the lock
 * back after a thread back from I/O borrowed it for a few microseconds
 * goes on with the same turn (`resume`, back at the head of the line), so
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
 * plain CPU-bound threads (CFS's sleeper rule). A new thread starts at
 * min_vruntime. A thread back from I/O goes before CPU-bound waiters
 * unless it has used a slice more than the least of them.
 *
 * The OS. The lock's rules cannot help a thread that the kernel keeps off
 * the CPU. A thread woken by I/O is often queued on the GIL holder's core
 * while the CPU-bound holder runs out its scheduler slice: the
 * interpreter, under this policy, lets the OS run such threads about
 * every 100 us of Python code (gp_gil_os_yield in vm/gil_glue.c). And a
 * thread passing the lock on (the holder, or the one just handed it) may
 * sit behind another process on its CPU: a waiter moves it onto its own
 * (see "Moving a stalled thread" below).
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
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "gil_internal.h"

_Static_assert(sizeof(cpu_set_t) == sizeof(((gil_thread *)0)->own_cpus), "own_cpus holds a cpu_set_t");

/* Spinning for a handoff. A thread that has just asked the holder to let
 * go at once (back from I/O, or the main thread with signals to run) is
 * handed the lock within microseconds: the holder answers at its next
 * check point. Sleeping on the condition variable for that costs a futex
 * wake-up of this thread, and on a virtual machine the wake-up of an idle
 * CPU now and then takes milliseconds (measured: 2 ms stalls on a 2-vCPU
 * Firecracker guest, seen in `perf sched` as a sched_waking with no
 * sched_wakeup until then). So such a thread first watches `handed` for
 * up to SPIN_NS, keeping its CPU awake, then sleeps as usual. Only when
 * the process may use more than one CPU (on one, the spinner would keep
 * the holder from reaching its check point), and only when the holder is
 * running: one that was handed the lock and has not woken yet will not
 * answer within a spin.
 *
 * The other side of the same exchange spins too: a holder preempted at a
 * check point by a thread back from I/O (or the main thread with a
 * signal) has only lent the lock; the borrower holds it for a few
 * microseconds (an echo's recv-send: 5.7 us on average, 6.8 us at p90)
 * and hands it straight back. Sleeping meanwhile cost the CPU-bound
 * thread a futex wake-up per borrow (23 us on average on the 2-vCPU
 * guest). Measured with the lab's io_latency (K=2, 6 runs each, twice):
 * throughput kept 0.90-0.98 (median 0.935) before, 0.93-1.00 (median
 * 0.96) with it; round-trip p99 127-182 us before, 108-159 us with it.
 * (An earlier spin of ~100 us, before socket calls were tried without
 * releasing, made the tail worse: then every borrow included a blocking
 * call, and the spinner held the core the client needed.) */
#define SPIN_NS 20000

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/* Wait, without mu, until th is handed the lock or SPIN_NS pass; then
 * take mu (also spinning: the releasing thread holds it for a moment
 * after the handoff, and a sleep on the mutex is a wake-up again). */
static void spin_then_lock(gil *g, gil_thread *th, uint64_t now) {
    uint64_t until = now + SPIN_NS;
    for (unsigned i = 1; !atomic_load_explicit(&th->handed, memory_order_acquire); i++) {
        cpu_relax();
        if (!(i & 63) && gil_now_ns() > until) break;
    }
    for (unsigned i = 1; pthread_mutex_trylock(&g->mu) != 0; i++) {
        cpu_relax();
        if (!(i & 63) && gil_now_ns() > until + SPIN_NS) {
            pthread_mutex_lock(&g->mu);
            break;
        }
    }
}

/* Moving a stalled thread. Passing the lock on takes microseconds: a
 * handed thread wakes, a holder asked to let go answers at its next check
 * point. But a thread the kernel keeps off the CPU stalls every thread of
 * the interpreter, and Linux does that: measured on a 2-vCPU guest, a
 * daemon or kernel worker (kdamond, tokio-rt-worker) took a CPU for
 * 0.8-3 ms, and the GIL holder, or the thread just handed the lock, sat
 * queued behind it while the other CPU was idle (a recently run task is
 * "cache hot"; the load balancer leaves it where it is). So the lock
 * notes when a transfer began (`transfer_since`: a handoff, or a request
 * to let go). A waiter going to sleep while one is pending sleeps at most
 * until RESCUE_NS after it began; if by then the same transfer is still
 * pending, it moves the stalled thread (the holder, handed or not) onto
 * its own CPU, which it leaves idle as it goes back to sleep:
 * sched_setaffinity migrates a queued thread at once. Once per transfer.
 * The moved thread gets its own mask back when it lets the lock go. Never
 * done to a thread its user restricted to CPUs that exclude the waiter's
 * (or to one CPU), nor when the process may use one CPU only. A holder
 * that is merely slow (a long sort) is moved once, harmlessly. */
#define RESCUE_NS 50000

/* mu held: move holder onto the calling thread's CPU. */
static void move_holder_here(gil *g, gil_thread *holder) {
    if (!g->spin_ok || holder->moved || !holder->tid) return;
    int cpu = sched_getcpu();
    if (cpu < 0 || cpu >= CPU_SETSIZE) return;
    cpu_set_t own, here;
    if (sched_getaffinity(holder->tid, sizeof own, &own) != 0) return;
    if (!CPU_ISSET(cpu, &own) || CPU_COUNT(&own) < 2) return;
    CPU_ZERO(&here);
    CPU_SET(cpu, &here);
    if (sched_setaffinity(holder->tid, sizeof here, &here) == 0) {
        memcpy(holder->own_cpus, &own, sizeof own);
        holder->moved = 1;
        STAT_ADD(holder->stats.moves, 1);
    }
}

/* mu held, th lets the lock go: give it back the CPUs it had. */
static void restore_cpus(gil_thread *th) {
    if (!th->moved) return;
    th->moved = 0;
    cpu_set_t own;
    memcpy(&own, th->own_cpus, sizeof own);
    sched_setaffinity(0, sizeof own, &own);
}

/* mu held: a transfer begins (unless one is pending), or is over. */
static void transfer_begins(gil *g, uint64_t now) {
    if (g->transfer_since) return;
    g->transfer_since = now;
    g->transfer_rescued = 0;
}

static void transfer_over(gil *g) { g->transfer_since = 0; }

/* mu held, th about to sleep for up to *left: if a transfer has been
 * pending for RESCUE_NS, move the stalled holder here; else shorten the
 * sleep so as to look again when it will have been. */
static void watch_transfer(gil *g, gil_thread *th, gil_thread *holder, uint64_t now, uint64_t *left) {
    if (!g->transfer_since || g->transfer_rescued || !holder || holder == th || !g->spin_ok) return;
    uint64_t due = g->transfer_since + RESCUE_NS;
    if (now >= due) {
        g->transfer_rescued = 1;
        move_holder_here(g, holder);
    } else if (due - now < *left) {
        *left = due - now;
    }
}

void gil_thread_restore_cpus(gil_thread *th) { restore_cpus(th); }

int gil_thread_set_affinity(gil *g, gil_thread *th, size_t size, const void *cpus) {
    pthread_mutex_lock(&g->mu);
    int r = sched_setaffinity(0, size, (const cpu_set_t *)cpus);
    int err = errno;
    if (r == 0) th->moved = 0; /* the mask is the user's now: nothing to restore */
    pthread_mutex_unlock(&g->mu);
    errno = err;
    return r;
}

static uint64_t current_vruntime(const gil_thread *th, uint64_t now) {
    return th->vruntime + (atomic_load(&th->gil->holder) == th ? now - STAT_LOAD(th->acquired_at) : 0);
}

/* Holding time used in the holder's current turn. */
static uint64_t turn_used(const gil_thread *holder, uint64_t now) {
    return current_vruntime(holder, now) - holder->turn_start;
}

/* Append th to the line of waiters, or put it at the head (front). */
static void link_waiter(gil *g, gil_thread *th, int front) {
    th->next_waiter = NULL;
    th->prev_waiter = NULL;
    if (!g->waiters) {
        g->waiters = th;
        return;
    }
    if (front) {
        th->next_waiter = g->waiters;
        g->waiters->prev_waiter = th;
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
 * slice more than the CPU-bound waiters; else the CPU-bound waiter first
 * in line. CPU-bound threads take turns in arrival order (a thread
 * preempted in mid-turn is put back at the head of the line, to finish
 * its turn): so no thread waits longer than one turn per other thread.
 * Picking the least vruntime among them instead gave the same shares, but
 * a thread that was a slice ahead waited while the others went twice
 * (25-30 ms with 4 threads, against 15 ms). */
static gil_thread *pick(gil *g) {
    if (atomic_load(&g->signal_pending))
        for (gil_thread *w = g->waiters; w; w = w->next_waiter)
            if (w->is_main) return w;
    gil_thread *io = NULL, *cpu = NULL;
    uint64_t cpu_least = UINT64_MAX;
    for (gil_thread *w = g->waiters; w; w = w->next_waiter) {
        if (w->from_block) {
            if (!io || w->vruntime < io->vruntime) io = w;
        } else {
            if (!cpu) cpu = w;
            if (w->vruntime < cpu_least) cpu_least = w->vruntime;
        }
    }
    if (io && (!cpu || io->vruntime <= cpu_least + g->cfg.interval_ns)) return io;
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
    transfer_over(g);
    transfer_begins(g, now);
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
    transfer_over(g);
    restore_cpus(th); /* moved while handed: running now */
    if (th->is_main) atomic_store(&g->signal_pending, 0);
    gil_thread *next = pick(g);
    if (next && must_yield(g, th, next, now)) {
        gil_request_drop(g, th);
        transfer_begins(g, now);
    }
}

/* The events of a forced release, reported once mu is let go. */
static void emit_forced(gil *g, gil_thread *th, uint64_t yielded_at) {
    if (!yielded_at) return;
    gil_emit(g, th, GIL_EV_RELEASE, yielded_at, (uint64_t)GIL_REL_DROP);
    gil_emit(g, th, GIL_EV_FORCED, yielded_at, 0);
}

/* Wait for the lock. from_block: th comes back from a blocking call (or
 * starts). yielded_at: th has just given the lock up at a check point at
 * that time and still holds mu, so that it is back in the line before
 * anyone else decides (a thread in neither the line nor the lock was left
 * out of the floor, which then rose above it: a thread back from I/O,
 * placed a slice below the floor, was then level with this one and could
 * not preempt it). */
static void sched_acquire(gil *g, gil_thread *th, int from_block, uint64_t yielded_at, int lent) {
    if (!yielded_at) pthread_mutex_lock(&g->mu);
    if (!th->tid) th->tid = (pid_t)syscall(SYS_gettid); /* for move_holder_here */
    uint64_t now = gil_now_ns();
    /* The budget: credit for time away is capped at one slice below the
     * floor (min_vruntime, as CFS's); a thread that never held the lock
     * gets none (else CPU-bound threads would sit a slice below the floor,
     * level with a thread back from I/O, which then could not preempt
     * them). The floor only grows: measured against the
     * least of the moment, each new thread started a slice below the one
     * before, and the main thread, coming back from starting them, found
     * itself slices behind and waited seconds. Applied also when the lock
     * is free: a new thread taking a free lock used to keep a vruntime of
     * 0 while the others were 50 ms past it, so neither the main thread
     * nor a thread back from I/O could preempt it (5 ms round trips each
     * time the lab started new CPU threads, seen in a trace). */
    gil_thread *holder = atomic_load(&g->holder);
    uint64_t least = holder ? current_vruntime(holder, now) : UINT64_MAX;
    /* A thread giving the lock up at a check point is still runnable, so
     * it counts (as CFS counts the running task); left out, the floor
     * could jump to the vruntime of the thread it handed to. */
    if (yielded_at && th->vruntime < least) least = th->vruntime;
    for (gil_thread *w = g->waiters; w; w = w->next_waiter)
        if (w->vruntime < least) least = w->vruntime;
    if (least != UINT64_MAX && least > g->min_vruntime) g->min_vruntime = least;
    uint64_t credit = th->turn ? g->cfg.interval_ns : 0;
    if (g->min_vruntime > credit && th->vruntime < g->min_vruntime - credit)
        th->vruntime = g->min_vruntime - credit;
    if (!g->locked && !g->waiters) {
        begin_hold(g, th, now);
        gil_note_acquired(g, th, now, 0);
        start_hold(g, th, now);
        pthread_mutex_unlock(&g->mu);
        emit_forced(g, th, yielded_at);
        gil_emit(g, th, GIL_EV_ACQUIRE, now, 0);
        return;
    }
    th->wait_started = now;
    th->from_block = from_block;
    th->handed = 0;
    link_waiter(g, th, th->resume);
    int requested = 0, holder_running = 0;
    if (!g->locked) {
        /* Free but others wait (a handoff in progress cannot be: handing
         * keeps `locked`); take our turn by the rule. */
        hand_to(g, pick(g), now);
    } else if (urgent(g, th, holder, now)) {
        gil_request_drop(g, holder);
        transfer_begins(g, now);
        /* Spin only for a running holder (read now: once mu is let go the
         * holder may end and be freed). */
        requested = 1;
        holder_running = !atomic_load(&holder->handed);
    }
    pthread_mutex_unlock(&g->mu);
    emit_forced(g, th, yielded_at);
    gil_emit(g, th, GIL_EV_REQUEST, now, 0);
    if (requested) gil_emit(g, th, GIL_EV_DROP_REQ, now, 0);
    if (((requested && holder_running) || lent) && g->spin_ok) spin_then_lock(g, th, now);
    else pthread_mutex_lock(&g->mu);
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
                transfer_begins(g, t);
                pthread_mutex_unlock(&g->mu);
                gil_emit(g, th, GIL_EV_DROP_REQ, t, 0);
                pthread_mutex_lock(&g->mu);
                continue;
            }
            if (!left) left = g->cfg.interval_ns;
            watch_transfer(g, th, holder, t, &left);
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

void gil_sched_acquire(gil *g, gil_thread *th) { sched_acquire(g, th, 1, 0, 0); }

/* mu held: account th's hold and pass the lock on (or free it). */
static void release_locked(gil *g, gil_thread *th, uint64_t now, gil_release_reason why) {
    gil_note_released(g, th, now, why);
    restore_cpus(th);
    th->vruntime += now - STAT_LOAD(th->acquired_at);
    gil_thread *next = pick(g);
    if (next) {
        hand_to(g, next, now);
    } else {
        g->locked = 0;
        atomic_store(&g->holder, NULL);
        transfer_over(g);
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
    int lent = th->resume && urgent(g, next, th, now);
    release_locked(g, th, now, why == GIL_REL_CHECK ? GIL_REL_DROP : why);
    atomic_fetch_add(&g->nwaiting, 1);
    sched_acquire(g, th, 0, now, lent); /* lets mu go */
    atomic_fetch_sub(&g->nwaiting, 1);
}

/* gil_ticks.c - CPython 2's GIL.
 *
 * The lock is a counting semaphore of value 1, which is how CPython 2.7
 * built its locks on Linux (POSIX semaphores, Python/thread_pthread.h):
 * acquire decrements the count when it is positive and otherwise sleeps;
 * release increments it and wakes one sleeper. Nothing reserves the lock
 * for the thread that was woken. At the periodic check the holder
 * releases and at once acquires again: on one core the woken thread
 * usually runs first; on several cores the releasing thread, still
 * running, usually takes the count back while the woken one is being
 * scheduled, and the woken one finds the count at 0 and sleeps again (a
 * failed take, Beazley's "GIL battle"). It does win the race now and
 * then, so threads switch, slowly and unfairly.
 *
 * The semaphore is written here, on an atomic counter and a futex (Linux)
 * so that failed takes can be counted: a thread that wakes and finds the
 * count at 0 is exactly one. Elsewhere a mutex and condition variable
 * stand in for the futex. Synchronisation is by the atomic counter alone
 * (acquire-release), which ThreadSanitizer understands.
 *
 * Bookkeeping (stats, holder, last_holder) is written only by the thread
 * holding the semaphore, so it needs no mutex.
 */
#include "gil_internal.h"

#ifdef __linux__
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Sleep while *word == expected (or until woken). */
static void word_wait(gil *g, _Atomic int *word, int expected) {
    (void)g;
    syscall(SYS_futex, (int *)word, FUTEX_WAIT_PRIVATE, expected, NULL, NULL, 0);
}

static void word_wake_one(gil *g, _Atomic int *word) {
    (void)g;
    syscall(SYS_futex, (int *)word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}
#else
static void word_wait(gil *g, _Atomic int *word, int expected) {
    pthread_mutex_lock(&g->mu);
    if (atomic_load(word) == expected) pthread_cond_wait(&g->cond, &g->mu);
    pthread_mutex_unlock(&g->mu);
}

static void word_wake_one(gil *g, _Atomic int *word) {
    (void)word;
    pthread_mutex_lock(&g->mu);
    pthread_cond_signal(&g->cond);
    pthread_mutex_unlock(&g->mu);
}
#endif

/* Take one unit of the count if there is one. */
static int try_take(gil *g) {
    int v = atomic_load_explicit(&g->sem_count, memory_order_relaxed);
    while (v > 0)
        if (atomic_compare_exchange_weak_explicit(&g->sem_count, &v, v - 1, memory_order_acquire,
                                                  memory_order_relaxed))
            return 1;
    return 0;
}

static void take(gil *g, gil_thread *th, int from_yield) {
    int waited = 0;
    if (!try_take(g)) {
        waited = 1;
        th->wait_started = gil_now_ns();
        if (!from_yield) gil_emit(g, th, GIL_EV_REQUEST, th->wait_started, 0);
        atomic_fetch_add(&g->sem_sleepers, 1);
        for (;;) {
            word_wait(g, &g->sem_count, 0);
            if (try_take(g)) break;
            gil_note_failed_take(th); /* woken, or raced, and the count was gone */
            gil_emit(g, th, GIL_EV_FAILED_TAKE, gil_now_ns(), 0);
        }
        atomic_fetch_sub(&g->sem_sleepers, 1);
    }
    uint64_t now = gil_now_ns();
    atomic_store(&g->holder, th);
    gil_note_acquired(g, th, now, waited);
    gil_emit(g, th, GIL_EV_ACQUIRE, now, waited ? now - th->wait_started : 0);
}

void gil_ticks_acquire(gil *g, gil_thread *th) { take(g, th, 0); }

void gil_ticks_release(gil *g, gil_thread *th, gil_release_reason why) {
    uint64_t now = gil_now_ns();
    gil_note_released(g, th, now, why);
    atomic_store(&g->holder, NULL);
    atomic_fetch_add_explicit(&g->sem_count, 1, memory_order_release);
    if (atomic_load(&g->sem_sleepers)) word_wake_one(g, &g->sem_count);
    gil_emit(g, th, GIL_EV_RELEASE, now, (uint64_t)why);
}

/* The check every N ticks: release, then take it back at once. */
void gil_ticks_yield(gil *g, gil_thread *th, gil_release_reason why) {
    gil_clear_drop(th);
    if (!atomic_load(&g->nwaiting)) return; /* nobody to let in */
    gil_ticks_release(g, th, why);
    atomic_fetch_add(&g->nwaiting, 1);
    take(g, th, 1);
    atomic_fetch_sub(&g->nwaiting, 1);
}

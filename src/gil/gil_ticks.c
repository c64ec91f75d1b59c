/* gil_ticks.c - CPython 2's GIL.
 *
 * The lock is a flag under a mutex, with a condition variable waiters
 * sleep on, exactly the shape of CPython 2's PyThread lock: release sets
 * the flag free and signals one waiter; nothing reserves the lock for the
 * waiter it woke. At the periodic check the holder releases and
 * immediately re-acquires. On one core the scheduler usually runs the
 * woken waiter first; on several cores the releasing thread, still
 * running, takes the flag again before the waiter has even been scheduled,
 * and the waiter goes back to sleep (counted in failed_takes): the GIL
 * battle Beazley measured.
 */
#include "gil_internal.h"

static void take(gil *g, gil_thread *th, int from_yield) {
    pthread_mutex_lock(&g->mu);
    int waited = 0;
    uint64_t now = 0;
    if (g->locked) {
        waited = 1;
        th->wait_started = gil_now_ns();
        if (!from_yield) {
            pthread_mutex_unlock(&g->mu);
            gil_emit(g, th, GIL_EV_REQUEST, th->wait_started, 0);
            pthread_mutex_lock(&g->mu);
        }
        while (g->locked) {
            th->stats.failed_takes++;
            pthread_cond_wait(&g->cond, &g->mu);
        }
        /* The wakeup that finally worked was not a failure. */
        th->stats.failed_takes--;
    }
    now = gil_now_ns();
    g->locked = 1;
    atomic_store(&g->holder, th);
    gil_note_acquired(g, th, now, waited);
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_ACQUIRE, now, waited ? now - th->wait_started : 0);
}

void gil_ticks_acquire(gil *g, gil_thread *th) { take(g, th, 0); }

void gil_ticks_release(gil *g, gil_thread *th, gil_release_reason why) {
    pthread_mutex_lock(&g->mu);
    uint64_t now = gil_now_ns();
    gil_note_released(g, th, now, why);
    g->locked = 0;
    atomic_store(&g->holder, NULL);
    pthread_cond_signal(&g->cond);
    pthread_mutex_unlock(&g->mu);
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

/* gil_timed.c - CPython 3.2+'s GIL (Python/ceval_gil.c's protocol).
 *
 * A waiter sleeps on `cond` for at most one interval. If the lock was not
 * released in that time (the same holder still has it: switch_number did
 * not move), it sets a drop request in the holder's eval breaker and waits
 * again. The holder, at its next check point, releases; because it was
 * asked to (FORCE_SWITCHING), it then waits on `switch_cond` until some
 * other thread has actually taken the lock, so that it cannot win it back
 * straight away on a multicore machine.
 *
 * Races and their fixes:
 *  - a waiter times out just as the holder releases: the request is only
 *    set if `locked` and the same switch_number still hold under mu;
 *  - a stale drop request arriving after a switch: the new holder clears
 *    its own request bit when it takes the lock;
 *  - the forced holder could miss the switch signal if it checked
 *    last_holder and then waited without the mutex: both happen under mu.
 */
#include "gil_internal.h"

static void take(gil *g, gil_thread *th) {
    pthread_mutex_lock(&g->mu);
    int waited = 0;
    if (g->locked) {
        waited = 1;
        th->wait_started = gil_now_ns();
        pthread_mutex_unlock(&g->mu);
        gil_emit(g, th, GIL_EV_REQUEST, th->wait_started, 0);
        pthread_mutex_lock(&g->mu);
        while (g->locked) {
            uint64_t saved = g->switch_number;
            int timed_out = gil_cond_wait_ns(&g->cond, &g->mu, g->cfg.interval_ns);
            if (timed_out && g->locked && g->switch_number == saved) {
                gil_thread *h = atomic_load(&g->holder);
                gil_request_drop(g, h);
                pthread_mutex_unlock(&g->mu);
                gil_emit(g, th, GIL_EV_DROP_REQ, gil_now_ns(), 0);
                pthread_mutex_lock(&g->mu);
            }
        }
    }
    uint64_t now = gil_now_ns();
    g->locked = 1;
    atomic_store(&g->holder, th);
    if (atomic_load(&g->last_holder) != th) g->switch_number++;
    gil_note_acquired(g, th, now, waited);
    pthread_cond_broadcast(&g->switch_cond);
    gil_clear_drop(th);
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_ACQUIRE, now, waited ? now - th->wait_started : 0);
}

static void drop(gil *g, gil_thread *th, gil_release_reason why, int forced) {
    pthread_mutex_lock(&g->mu);
    uint64_t now = gil_now_ns();
    gil_note_released(g, th, now, why);
    g->locked = 0;
    atomic_store(&g->holder, NULL);
    pthread_cond_signal(&g->cond);
    if (forced) {
        /* Wait until another thread has the lock (or it stayed free and
         * nobody wants it: then there is nothing to wait for). */
        gil_clear_drop(th);
        if (atomic_load(&g->last_holder) == th && atomic_load(&g->nwaiting) > 0) pthread_cond_wait(&g->switch_cond, &g->mu);
    }
    pthread_mutex_unlock(&g->mu);
    gil_emit(g, th, GIL_EV_RELEASE, now, (uint64_t)why);
    if (forced) gil_emit(g, th, GIL_EV_FORCED, now, 0);
}

void gil_timed_acquire(gil *g, gil_thread *th) { take(g, th); }

void gil_timed_release(gil *g, gil_thread *th, gil_release_reason why) { drop(g, th, why, 0); }

void gil_timed_yield(gil *g, gil_thread *th, gil_release_reason why) {
    int asked = th->breaker && (atomic_load(th->breaker) & GIL_BREAK_DROP);
    if (!asked) return;
    drop(g, th, why, 1);
    atomic_fetch_add(&g->nwaiting, 1);
    take(g, th);
    atomic_fetch_sub(&g->nwaiting, 1);
}

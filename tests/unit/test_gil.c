/* test_gil.c - the GIL alone (include/gilpy/gil.h), no interpreter.
 *
 * Simulated interpreter threads: a "CPU" thread holds the lock and polls
 * its eval-breaker word at "check points", calling gil_yield when asked to
 * drop (and every few ticks under the ticks policy); an "I/O" thread
 * releases around a simulated blocking call. Assertions are about logic
 * (mutual exclusion, who gets the lock next, that a request is honoured
 * long before a slice would end), never about speed, so the test holds
 * on a loaded machine.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gilpy/gil.h"

static int passed, failed;

#define CHECK(cond, ...)                         \
    do {                                         \
        if (cond) {                              \
            passed++;                            \
        } else {                                 \
            failed++;                            \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                 \
            printf("\n");                        \
        }                                        \
    } while (0)

static const char *const policy_names[] = {"ticks", "timed", "sched"};

typedef struct Sim {
    gil *g;
    gil_thread th;
    _Atomic uint32_t breaker;
    pthread_t pt;
    int is_main;
    /* work */
    long iterations;
    _Atomic int stop;
    uint64_t ops;
} Sim;

/* A check point of the simulated eval loop. */
static void check_point(Sim *s, long tick) {
    gil_policy p = gil_get_config(s->g)->policy;
    if (atomic_load(&s->breaker) & GIL_BREAK_DROP) gil_yield(s->g, &s->th, GIL_REL_DROP);
    else if (p == GIL_TICKS && tick % 100 == 0) gil_yield(s->g, &s->th, GIL_REL_CHECK);
}

/* ---- mutual exclusion */

static long shared_counter;
static _Atomic int inside;

static void *excl_worker(void *arg) {
    Sim *s = arg;
    gil_acquire(s->g, &s->th);
    for (long i = 1; i <= s->iterations; i++) {
        if (atomic_fetch_add(&inside, 1) != 0) abort(); /* two holders at once */
        shared_counter++;
        atomic_fetch_sub(&inside, 1);
        check_point(s, i);
        if (i % 1000 == 0) {
            /* a "blocking call" */
            gil_release(s->g, &s->th, GIL_REL_BLOCKING);
            gil_acquire(s->g, &s->th);
        }
    }
    gil_release(s->g, &s->th, GIL_REL_EXIT);
    return NULL;
}

static void test_exclusion(gil_policy p) {
    gil_config cfg = {.policy = p, .interval_ns = 200000};
    gil *g = gil_new(&cfg);
    enum { N = 4 };
    Sim s[N];
    shared_counter = 0;
    for (int i = 0; i < N; i++) {
        memset(&s[i], 0, sizeof s[i]);
        s[i].g = g;
        s[i].iterations = 200000;
        gil_thread_init(g, &s[i].th, &s[i].breaker, i == 0);
    }
    for (int i = 0; i < N; i++) pthread_create(&s[i].pt, NULL, excl_worker, &s[i]);
    for (int i = 0; i < N; i++) pthread_join(s[i].pt, NULL);
    CHECK(shared_counter == (long)N * 200000, "%s: counter %ld", policy_names[p], shared_counter);
    uint64_t acq = 0;
    for (int i = 0; i < N; i++) {
        acq += s[i].th.stats.acquisitions;
        gil_thread_fini(g, &s[i].th);
    }
    CHECK(acq >= (uint64_t)N * 201, "%s: acquisitions counted (%llu)", policy_names[p], (unsigned long long)acq);
    CHECK(gil_holder(g) == NULL, "%s: free at the end", policy_names[p]);
    gil_free(g);
}

/* ---- no lost wakeups: many short holds handed around */

static void *pingpong_worker(void *arg) {
    Sim *s = arg;
    for (long i = 0; i < s->iterations; i++) {
        gil_acquire(s->g, &s->th);
        s->ops++;
        gil_release(s->g, &s->th, GIL_REL_BLOCKING);
    }
    return NULL;
}

static void test_no_lost_wakeups(gil_policy p) {
    gil_config cfg = {.policy = p, .interval_ns = 100000};
    gil *g = gil_new(&cfg);
    enum { N = 8 };
    Sim s[N];
    for (int i = 0; i < N; i++) {
        memset(&s[i], 0, sizeof s[i]);
        s[i].g = g;
        s[i].iterations = 20000;
        gil_thread_init(g, &s[i].th, &s[i].breaker, 0);
    }
    for (int i = 0; i < N; i++) pthread_create(&s[i].pt, NULL, pingpong_worker, &s[i]);
    for (int i = 0; i < N; i++) pthread_join(s[i].pt, NULL);
    uint64_t total = 0;
    for (int i = 0; i < N; i++) {
        total += s[i].ops;
        gil_thread_fini(g, &s[i].th);
    }
    CHECK(total == (uint64_t)N * 20000, "%s: all handoffs completed (%llu)", policy_names[p], (unsigned long long)total);
    gil_free(g);
}

/* ---- a CPU-bound holder and a thread that wants the lock */

static void *cpu_worker(void *arg) {
    Sim *s = arg;
    gil_acquire(s->g, &s->th);
    long tick = 0;
    while (!atomic_load(&s->stop)) {
        s->ops++;
        check_point(s, ++tick);
    }
    gil_release(s->g, &s->th, GIL_REL_EXIT);
    return NULL;
}

static uint64_t ms(uint64_t ns) { return ns / 1000000; }

/* timed: a waiter gets the lock after about one interval, through a drop
 * request, and the forced holder does not win it straight back. */
static void test_forced_switching(void) {
    gil_config cfg = {.policy = GIL_TIMED, .interval_ns = 20000000};
    gil *g = gil_new(&cfg);
    Sim cpu = {.g = g}, w = {.g = g};
    gil_thread_init(g, &cpu.th, &cpu.breaker, 0);
    gil_thread_init(g, &w.th, &w.breaker, 1);
    pthread_create(&cpu.pt, NULL, cpu_worker, &cpu);
    while (!gil_holder(g)) usleep(100);
    uint64_t t0 = gil_now_ns();
    gil_acquire(g, &w.th);
    uint64_t waited = gil_now_ns() - t0;
    CHECK(cpu.th.stats.forced_drops == 1, "timed: holder dropped on request (%llu)",
          (unsigned long long)cpu.th.stats.forced_drops);
    CHECK(waited >= cfg.interval_ns * 9 / 10, "timed: waiter waited an interval (%llu ms)", (unsigned long long)ms(waited));
    /* While w holds the lock, the CPU thread must be waiting, not running. */
    uint64_t ops = cpu.ops;
    usleep(20000);
    CHECK(cpu.ops == ops, "timed: forced holder did not run while the waiter held the lock");
    atomic_store(&cpu.stop, 1);
    gil_release(g, &w.th, GIL_REL_EXIT);
    pthread_join(cpu.pt, NULL);
    gil_thread_fini(g, &cpu.th);
    gil_thread_fini(g, &w.th);
    gil_free(g);
}

/* sched: a thread back from I/O (little vruntime) preempts a CPU holder
 * at its next check point, long before the holder's slice ends. */
static void test_sched_preempt(void) {
    gil_config cfg = {.policy = GIL_SCHED, .interval_ns = 5000000000ull};
    gil *g = gil_new(&cfg);
    Sim cpu = {.g = g}, io = {.g = g};
    gil_thread_init(g, &cpu.th, &cpu.breaker, 0);
    gil_thread_init(g, &io.th, &io.breaker, 0);
    /* The I/O thread has run before (a new thread gets no credit). */
    gil_acquire(g, &io.th);
    gil_release(g, &io.th, GIL_REL_BLOCKING);
    pthread_create(&cpu.pt, NULL, cpu_worker, &cpu);
    while (!gil_holder(g)) usleep(100);
    usleep(200000); /* the holder accumulates 0.2 s of vruntime */
    uint64_t t0 = gil_now_ns();
    gil_acquire(g, &io.th);
    uint64_t waited = gil_now_ns() - t0;
    CHECK(waited < cfg.interval_ns / 4, "sched: preempted at once (%llu ms of a %llu ms slice)",
          (unsigned long long)ms(waited), (unsigned long long)ms(cfg.interval_ns));
    CHECK(cpu.th.stats.forced_drops == 1, "sched: one forced handoff");
    atomic_store(&cpu.stop, 1);
    gil_release(g, &io.th, GIL_REL_BLOCKING);
    pthread_join(cpu.pt, NULL);
    gil_thread_fini(g, &cpu.th);
    gil_thread_fini(g, &io.th);
    gil_free(g);
}

/* sched: a thread that releases for a short blocking call and asks again
 * at once (recv, then send) must not lose its request to the thread it
 * just handed the lock to, which has not woken yet: that thread clears
 * stale requests when it takes the lock, and must decide again instead
 * of making the I/O thread wait for the end of its slice. */
static void test_sched_quick_return(void) {
    gil_config cfg = {.policy = GIL_SCHED, .interval_ns = 200000000};
    gil *g = gil_new(&cfg);
    Sim cpu = {.g = g}, io = {.g = g};
    gil_thread_init(g, &cpu.th, &cpu.breaker, 0);
    gil_thread_init(g, &io.th, &io.breaker, 0);
    pthread_create(&cpu.pt, NULL, cpu_worker, &cpu);
    while (!gil_holder(g)) usleep(100);
    usleep(50000);
    uint64_t worst = 0;
    gil_acquire(g, &io.th);
    for (int i = 0; i < 12; i++) {
        gil_release(g, &io.th, GIL_REL_BLOCKING); /* hands the lock to the sleeping CPU thread */
        /* A system call of 0 to about 30 us, as a send() takes. */
        uint64_t t0 = gil_now_ns();
        while (gil_now_ns() - t0 < (uint64_t)(i % 4) * 10000) {
        }
        t0 = gil_now_ns();
        gil_acquire(g, &io.th); /* before it wakes, most of the time */
        uint64_t waited = gil_now_ns() - t0;
        if (waited > worst) worst = waited;
    }
    CHECK(worst < cfg.interval_ns / 4, "sched: quick return served at once (worst %llu ms of a %llu ms slice)",
          (unsigned long long)ms(worst), (unsigned long long)ms(cfg.interval_ns));
    atomic_store(&cpu.stop, 1);
    gil_release(g, &io.th, GIL_REL_BLOCKING);
    pthread_join(cpu.pt, NULL);
    gil_thread_fini(g, &cpu.th);
    gil_thread_fini(g, &io.th);
    gil_free(g);
}

/* sched: equal CPU-bound threads take turns, handing over directly. */
static void test_sched_fair(void) {
    gil_config cfg = {.policy = GIL_SCHED, .interval_ns = 2000000};
    gil *g = gil_new(&cfg);
    enum { N = 3 };
    Sim s[N];
    for (int i = 0; i < N; i++) {
        memset(&s[i], 0, sizeof s[i]);
        s[i].g = g;
        gil_thread_init(g, &s[i].th, &s[i].breaker, 0);
    }
    for (int i = 0; i < N; i++) pthread_create(&s[i].pt, NULL, cpu_worker, &s[i]);
    usleep(400000);
    for (int i = 0; i < N; i++) atomic_store(&s[i].stop, 1);
    for (int i = 0; i < N; i++) pthread_join(s[i].pt, NULL);
    uint64_t total = 0, mn = UINT64_MAX, mx = 0;
    for (int i = 0; i < N; i++) {
        uint64_t h = s[i].th.stats.held_ns;
        total += h;
        if (h < mn) mn = h;
        if (h > mx) mx = h;
    }
    /* Every thread got a real share (loose bound: the machine is shared). */
    CHECK(mn * N * 2 > total, "sched: shares %llu..%llu ms of %llu ms", (unsigned long long)ms(mn),
          (unsigned long long)ms(mx), (unsigned long long)ms(total));
    for (int i = 0; i < N; i++) {
        CHECK(s[i].th.stats.switches > 3, "sched: thread %d switched in (%llu)", i,
              (unsigned long long)s[i].th.stats.switches);
        gil_thread_fini(g, &s[i].th);
    }
    gil_free(g);
}

/* sched: the main thread jumps the queue when a signal is pending. */
static void test_sched_signal(void) {
    gil_config cfg = {.policy = GIL_SCHED, .interval_ns = 5000000000ull};
    gil *g = gil_new(&cfg);
    Sim cpu = {.g = g}, mainth = {.g = g};
    gil_thread_init(g, &cpu.th, &cpu.breaker, 0);
    gil_thread_init(g, &mainth.th, &mainth.breaker, 1);
    /* The main thread has used more than the CPU thread: only the
     * pending signal can justify preempting. */
    mainth.th.vruntime = 10000000000ull;
    pthread_create(&cpu.pt, NULL, cpu_worker, &cpu);
    while (!gil_holder(g)) usleep(100);
    gil_signal_pending(g);
    uint64_t t0 = gil_now_ns();
    gil_acquire(g, &mainth.th);
    uint64_t waited = gil_now_ns() - t0;
    CHECK(waited < cfg.interval_ns / 4, "sched: main thread served for a signal (%llu ms)", (unsigned long long)ms(waited));
    atomic_store(&cpu.stop, 1);
    gil_release(g, &mainth.th, GIL_REL_BLOCKING);
    pthread_join(cpu.pt, NULL);
    gil_thread_fini(g, &cpu.th);
    gil_thread_fini(g, &mainth.th);
    gil_free(g);
}

/* sched: a thread that computes a lot and does tiny I/O in between does
 * not get more than a plain CPU-bound thread (the budget). */
static void *gamer_worker(void *arg) {
    Sim *s = arg;
    gil_acquire(s->g, &s->th);
    long tick = 0;
    while (!atomic_load(&s->stop)) {
        s->ops++;
        check_point(s, ++tick);
        if (tick % 2000 == 0) {
            gil_release(s->g, &s->th, GIL_REL_BLOCKING);
            gil_acquire(s->g, &s->th);
        }
    }
    gil_release(s->g, &s->th, GIL_REL_EXIT);
    return NULL;
}

static void test_sched_gaming(void) {
    gil_config cfg = {.policy = GIL_SCHED, .interval_ns = 2000000};
    gil *g = gil_new(&cfg);
    Sim cpu = {.g = g}, gamer = {.g = g};
    gil_thread_init(g, &cpu.th, &cpu.breaker, 0);
    gil_thread_init(g, &gamer.th, &gamer.breaker, 0);
    pthread_create(&cpu.pt, NULL, cpu_worker, &cpu);
    pthread_create(&gamer.pt, NULL, gamer_worker, &gamer);
    usleep(400000);
    atomic_store(&cpu.stop, 1);
    atomic_store(&gamer.stop, 1);
    pthread_join(cpu.pt, NULL);
    pthread_join(gamer.pt, NULL);
    uint64_t a = cpu.th.stats.held_ns, b = gamer.th.stats.held_ns;
    CHECK(a * 3 > a + b, "sched: CPU thread kept its share against tiny I/O (%llu vs %llu ms)",
          (unsigned long long)ms(a), (unsigned long long)ms(b));
    gil_thread_fini(g, &cpu.th);
    gil_thread_fini(g, &gamer.th);
    gil_free(g);
}

/* sched: a new thread that finds the lock free is placed at the floor
 * like any other (it used to keep a vruntime of 0 when it took a free
 * lock, so a thread back from I/O could not preempt it and waited out its
 * turn). */
static void test_sched_new_thread_on_free_lock(void) {
    gil_config cfg = {.policy = GIL_SCHED, .interval_ns = 5000000000ull};
    gil *g = gil_new(&cfg);
    Sim rich = {.g = g}, fresh = {.g = g}, io = {.g = g};
    gil_thread_init(g, &rich.th, &rich.breaker, 0);
    gil_thread_init(g, &fresh.th, &fresh.breaker, 0);
    gil_thread_init(g, &io.th, &io.breaker, 0);
    gil_acquire(g, &io.th); /* io has run before (a new thread gets no credit) */
    gil_release(g, &io.th, GIL_REL_BLOCKING);
    /* A thread that has used 20 s: while it holds, io's request raises the
     * floor to 20 s (io, placed a slice below, preempts it). */
    rich.th.vruntime = 20000000000ull;
    pthread_create(&rich.pt, NULL, cpu_worker, &rich);
    while (gil_holder(g) != &rich.th) usleep(100);
    gil_acquire(g, &io.th);
    gil_release(g, &io.th, GIL_REL_BLOCKING);
    atomic_store(&rich.stop, 1);
    pthread_join(rich.pt, NULL); /* the lock is free now */
    pthread_create(&fresh.pt, NULL, cpu_worker, &fresh);
    while (gil_holder(g) != &fresh.th) usleep(100);
    uint64_t t0 = gil_now_ns();
    gil_acquire(g, &io.th);
    uint64_t waited = gil_now_ns() - t0;
    CHECK(waited < cfg.interval_ns / 4, "sched: a new thread on a free lock is preempted by I/O at once (%llu ms)",
          (unsigned long long)ms(waited));
    atomic_store(&fresh.stop, 1);
    gil_release(g, &io.th, GIL_REL_BLOCKING);
    pthread_join(fresh.pt, NULL);
    gil_thread_fini(g, &rich.th);
    gil_thread_fini(g, &fresh.th);
    gil_thread_fini(g, &io.th);
    gil_free(g);
}

/* sched: a holder that does not answer a request (as one the kernel keeps
 * off its CPU) is moved onto the waiter's CPU after about RESCUE_NS
 * (50 us), once, and gets its own CPUs back when it lets the lock go. */
typedef struct Stalled {
    Sim sim;
    cpu_set_t before, during, after;
    _Atomic int holding;
    uint64_t moves;
} Stalled;

static uint64_t moves_of(const gil_thread *th) {
    gil_stats st;
    gil_stats_read(th, &st, NULL);
    return st.moves;
}

static void *stalled_worker(void *arg) {
    Stalled *st = arg;
    Sim *s = &st->sim;
    sched_getaffinity(0, sizeof st->before, &st->before);
    gil_acquire(s->g, &s->th);
    atomic_store(&st->holding, 1);
    /* Busy, at no check point, until moved (or 2 s). */
    uint64_t t0 = gil_now_ns();
    while (!moves_of(&s->th) && gil_now_ns() - t0 < 2000000000ull) {
    }
    sched_getaffinity(0, sizeof st->during, &st->during);
    st->moves = moves_of(&s->th);
    check_point(s, 1); /* answers the request; back once the waiter lets go */
    sched_getaffinity(0, sizeof st->after, &st->after);
    gil_release(s->g, &s->th, GIL_REL_EXIT);
    return NULL;
}

static void test_sched_moves_stalled_holder(void) {
    cpu_set_t mine;
    if (sched_getaffinity(0, sizeof mine, &mine) != 0 || CPU_COUNT(&mine) < 2) {
        printf("skipped: sched moving a stalled holder needs two CPUs\n");
        return;
    }
    gil_config cfg = {.policy = GIL_SCHED, .interval_ns = 5000000000ull};
    gil *g = gil_new(&cfg);
    Stalled st = {.sim = {.g = g}};
    Sim mainth = {.g = g};
    gil_thread_init(g, &st.sim.th, &st.sim.breaker, 0);
    gil_thread_init(g, &mainth.th, &mainth.breaker, 1);
    pthread_create(&st.sim.pt, NULL, stalled_worker, &st);
    while (!atomic_load(&st.holding)) usleep(100);
    gil_signal_pending(g); /* the main thread must have the lock at once */
    gil_acquire(g, &mainth.th);
    gil_release(g, &mainth.th, GIL_REL_BLOCKING);
    pthread_join(st.sim.pt, NULL);
    CHECK(st.moves == 1, "sched: an unanswering holder moved once (%llu)", (unsigned long long)st.moves);
    CHECK(CPU_COUNT(&st.during) == 1, "sched: moved onto one CPU (had %d)", CPU_COUNT(&st.during));
    CHECK(CPU_EQUAL(&st.after, &st.before), "sched: its own CPUs back after letting go (%d of %d)",
          CPU_COUNT(&st.after), CPU_COUNT(&st.before));
    gil_thread_fini(g, &st.sim.th);
    gil_thread_fini(g, &mainth.th);
    gil_free(g);
}

int main(void) {
    for (int p = 0; p < 3; p++) {
        test_exclusion((gil_policy)p);
        test_no_lost_wakeups((gil_policy)p);
    }
    test_forced_switching();
    test_sched_preempt();
    test_sched_quick_return();
    test_sched_fair();
    test_sched_signal();
    test_sched_gaming();
    test_sched_new_thread_on_free_lock();
    test_sched_moves_stalled_holder();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

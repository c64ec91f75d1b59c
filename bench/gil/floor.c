/* floor.c - the machine's own floor for bench/gil/latency.sh: the seed's
 * I/O round trip and signal-latency experiments written in C, with K
 * spinning threads and no interpreter lock anywhere. What a GIL policy is
 * measured against: a tail this program shows too comes from the machine
 * (other processes and kernel threads taking a CPU, wake-ups of an idle
 * virtual CPU), not from the lock.
 *
 *   floor io K ROUNDS     responder thread + K spinners; a forked client
 *                         measures ROUNDS round trips, 2 ms apart.
 *                         Prints "ioK p50 p99 max" (us).
 *   floor sig K RUNS      main thread sleeping (50 ms sleeps), K spinners
 *                         with every signal blocked, a 10 ms ITIMER_REAL
 *                         for 50 periods; the lateness of each handler
 *                         against the ideal schedule. Spinners run 50 ms
 *                         before the timer starts (thread start-up is not
 *                         the machine's steady state). Prints
 *                         "sigK RUNS OVER p99..." : OVER runs whose p99
 *                         (of 50: the latest) was 1 ms or more, then each
 *                         run's p99 (us).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void sleep_s(double s) {
    struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
    nanosleep(&ts, NULL); /* may end early on a signal: callers loop on the clock */
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* ---- spinners: started with every signal blocked, so that signals go
 * to the main thread, as in the interpreters measured. */

static volatile int stop_spinning;

static void *spin(void *arg) {
    (void)arg;
    volatile unsigned long n = 0;
    while (!stop_spinning) n++;
    return NULL;
}

static void start_spinners(pthread_t *ts, int k) {
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    stop_spinning = 0;
    for (int i = 0; i < k; i++) pthread_create(&ts[i], NULL, spin, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static void stop_spinners(pthread_t *ts, int k) {
    stop_spinning = 1;
    for (int i = 0; i < k; i++) pthread_join(ts[i], NULL);
}

/* ---- the I/O round trip */

static int sock_fd;

static void *responder(void *arg) {
    (void)arg;
    char c;
    while (recv(sock_fd, &c, 1, 0) == 1 && c != 'q') send(sock_fd, &c, 1, 0);
    return NULL;
}

static int io_floor(int k, int rounds) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0) return perror("socketpair"), 1;
    pid_t pid = fork();
    if (pid == 0) {
        close(sv[0]);
        double *lat = calloc((size_t)rounds, sizeof *lat);
        char c = 'x';
        sleep_s(0.2);
        for (int i = 0; i < rounds; i++) {
            double t = now_s();
            send(sv[1], &c, 1, 0);
            recv(sv[1], &c, 1, 0);
            lat[i] = now_s() - t;
            sleep_s(0.002);
        }
        c = 'q';
        send(sv[1], &c, 1, 0);
        qsort(lat, (size_t)rounds, sizeof *lat, cmp_double);
        printf("io%d %.1f %.1f %.1f\n", k, lat[rounds / 2] * 1e6, lat[rounds * 99 / 100] * 1e6, lat[rounds - 1] * 1e6);
        fflush(stdout);
        _exit(0);
    }
    close(sv[1]);
    sock_fd = sv[0];
    pthread_t ts[64], r;
    start_spinners(ts, k);
    pthread_create(&r, NULL, responder, NULL);
    pthread_join(r, NULL);
    stop_spinners(ts, k);
    waitpid(pid, NULL, 0);
    return 0;
}

/* ---- signal lateness */

#define PERIODS 50
static double expected, lateness[PERIODS];
static volatile sig_atomic_t handled;

static void on_alarm(int sig) {
    (void)sig;
    if (handled < PERIODS) lateness[handled++] = now_s() - expected;
    expected += 0.01;
}

static int sig_floor(int k, int runs) {
    double *p99 = calloc((size_t)runs, sizeof *p99);
    int over = 0;
    signal(SIGALRM, on_alarm);
    for (int r = 0; r < runs; r++) {
        pthread_t ts[64];
        start_spinners(ts, k);
        sleep_s(0.05);
        handled = 0;
        expected = now_s() + 0.01;
        struct itimerval on = {{0, 10000}, {0, 10000}}, off = {{0, 0}, {0, 0}};
        setitimer(ITIMER_REAL, &on, NULL);
        double deadline = now_s() + 0.01 * PERIODS;
        while (now_s() < deadline) sleep_s(0.05);
        setitimer(ITIMER_REAL, &off, NULL);
        stop_spinners(ts, k);
        double worst = 0;
        for (int i = 0; i < handled; i++)
            if (lateness[i] > worst) worst = lateness[i];
        p99[r] = worst;
        over += worst >= 0.001;
    }
    printf("sig%d %d %d", k, runs, over);
    for (int r = 0; r < runs; r++) printf(" %.0f", p99[r] * 1e6);
    printf("\n");
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 4 || (strcmp(argv[1], "io") && strcmp(argv[1], "sig"))) {
        fprintf(stderr, "usage: floor io|sig K ROUNDS|RUNS\n");
        return 2;
    }
    int k = atoi(argv[2]), n = atoi(argv[3]);
    if (k < 0 || k > 64 || n < 1) return fprintf(stderr, "floor: K in 0..64, ROUNDS/RUNS >= 1\n"), 2;
    return strcmp(argv[1], "io") ? sig_floor(k, n) : io_floor(k, n);
}

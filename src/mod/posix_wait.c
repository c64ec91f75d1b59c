/* posix_wait.c - the posix module's child process calls: waitpid, wait,
 * the wait status macros (WIFEXITED & co, waitstatus_to_exitcode),
 * process groups and sessions, CPU affinity, and pipe2.
 *
 * waitpid and wait block until a child changes state: they release the
 * GIL and retry after EINTR once the signal handlers have run (PEP 475),
 * through POSIX_CALL.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/set.h"
#include "../obj/tuple.h"
#include "../vm/error.h"
#include "posix_impl.h"

static Value raise_err(GpThread *t, int err) { return err ? gp_raise_errno(t, err, VNULL) : VNULL; }

static int two_args(GpThread *t, const char *fname, size_t nargs) {
    if (nargs == 2) return 0;
    return gp_raise_i(t, &gp_TypeError, "%s() takes exactly 2 arguments (%zu given)", fname, nargs);
}

/* ---- waiting */

static Value m_waitpid(ARGS) {
    (void)self;
    int64_t pid;
    int options, status = 0, err;
    if (gp_check_no_kw(t, "posix.waitpid", kw) < 0) return VNULL;
    if (two_args(t, "waitpid", nargs) < 0 || posix_i64_arg(t, args[0], &pid, "int") < 0 || posix_int_arg(t, args[1], &options) < 0) return VNULL;
    if (pid > INT32_MAX || pid < INT32_MIN) return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C int");
    pid_t r;
    POSIX_CALL(t, r, err, waitpid((pid_t)pid, &status, options));
    if (r < 0) return raise_err(t, err);
    return gp_tuple_pack(t, 2, v_from_small(r), v_from_small(status));
}

static Value m_wait(ARGS) {
    (void)self, (void)args;
    if (gp_check_no_kw(t, "posix.wait", kw) < 0 || gp_check_nargs(t, "posix.wait", nargs, 0, 0) < 0) return VNULL;
    int status = 0, err;
    pid_t r;
    POSIX_CALL(t, r, err, wait(&status));
    if (r < 0) return raise_err(t, err);
    return gp_tuple_pack(t, 2, v_from_small(r), v_from_small(status));
}

/* The status argument of the W* functions (keyword `status` allowed). */
static int status_arg(GpThread *t, const char *fname, const Value *args, size_t nargs, Value kw, int *st) {
    static const char *const names[] = {"status"};
    GpArgSpec spec = {fname, names, 1, 1, 0, 1};
    Value a[1];
    return gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_int_arg(t, a[0], st) < 0 ? -1 : 0;
}

#define STATUS_FUNC(name, result)                                                                  \
    static Value m_##name(ARGS) {                                                                  \
        (void)self;                                                                                \
        int st;                                                                                    \
        if (status_arg(t, #name, args, nargs, kw, &st) < 0) return VNULL;                          \
        return result;                                                                             \
    }
STATUS_FUNC(WIFEXITED, v_bool(WIFEXITED(st)))
STATUS_FUNC(WEXITSTATUS, v_from_small(WEXITSTATUS(st)))
STATUS_FUNC(WIFSIGNALED, v_bool(WIFSIGNALED(st)))
STATUS_FUNC(WTERMSIG, v_from_small(WTERMSIG(st)))
STATUS_FUNC(WIFSTOPPED, v_bool(WIFSTOPPED(st)))
STATUS_FUNC(WSTOPSIG, v_from_small(WSTOPSIG(st)))
STATUS_FUNC(WIFCONTINUED, v_bool(WIFCONTINUED(st)))
STATUS_FUNC(WCOREDUMP, v_bool(WCOREDUMP(st)))

static Value m_waitstatus_to_exitcode(ARGS) {
    (void)self;
    int st;
    if (status_arg(t, "waitstatus_to_exitcode", args, nargs, kw, &st) < 0) return VNULL;
    if (WIFEXITED(st)) return v_from_small(WEXITSTATUS(st));
    if (WIFSIGNALED(st)) return v_from_small(-WTERMSIG(st));
    if (WIFSTOPPED(st)) return gp_raise(t, &gp_ValueError, "process stopped by delivery of signal %d", WSTOPSIG(st));
    return gp_raise(t, &gp_ValueError, "invalid wait status: %d", st);
}

/* ---- process groups and sessions */

static int pid_arg(GpThread *t, Value v, pid_t *out) {
    int x;
    if (posix_int_arg(t, v, &x) < 0) return -1;
    *out = x;
    return 0;
}

static Value m_getpgid(ARGS) {
    (void)self;
    static const char *const names[] = {"pid"};
    static const GpArgSpec spec = {"getpgid", names, 1, 1, 0, 1};
    Value a[1];
    pid_t pid;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || pid_arg(t, a[0], &pid) < 0) return VNULL;
    pid_t r = getpgid(pid);
    if (r < 0) return gp_raise_errno(t, errno, VNULL);
    return v_from_small(r);
}

static Value m_setpgid(ARGS) {
    (void)self;
    pid_t pid, pgrp;
    if (gp_check_no_kw(t, "posix.setpgid", kw) < 0 || two_args(t, "setpgid", nargs) < 0 ||
        pid_arg(t, args[0], &pid) < 0 || pid_arg(t, args[1], &pgrp) < 0)
        return VNULL;
    if (setpgid(pid, pgrp) < 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

static Value m_getsid(ARGS) {
    (void)self;
    pid_t pid;
    if (gp_check_no_kw(t, "posix.getsid", kw) < 0 || gp_check_nargs(t, "posix.getsid", nargs, 1, 1) < 0 ||
        pid_arg(t, args[0], &pid) < 0)
        return VNULL;
    pid_t r = getsid(pid);
    if (r < 0) return gp_raise_errno(t, errno, VNULL);
    return v_from_small(r);
}

static Value m_setsid(ARGS) {
    (void)self, (void)args;
    if (gp_check_no_kw(t, "posix.setsid", kw) < 0 || gp_check_nargs(t, "posix.setsid", nargs, 0, 0) < 0) return VNULL;
    if (setsid() < 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

/* ---- scheduling */

static Value m_sched_yield(ARGS) {
    (void)self, (void)args;
    if (gp_check_no_kw(t, "posix.sched_yield", kw) < 0 || gp_check_nargs(t, "posix.sched_yield", nargs, 0, 0) < 0)
        return VNULL;
    gp_blocking_begin(t);
    sched_yield();
    gp_blocking_end(t);
    return V_NONE;
}

/* A CPU set big enough for every CPU the kernel knows: start from the
 * number configured and grow while the kernel answers EINVAL. */
static Value m_sched_getaffinity(ARGS) {
    (void)self;
    pid_t pid;
    if (gp_check_no_kw(t, "posix.sched_getaffinity", kw) < 0 ||
        gp_check_nargs(t, "posix.sched_getaffinity", nargs, 1, 1) < 0 || pid_arg(t, args[0], &pid) < 0)
        return VNULL;
    long ncpus = sysconf(_SC_NPROCESSORS_CONF);
    if (ncpus < 16) ncpus = 16;
    for (;;) {
        cpu_set_t *set = CPU_ALLOC((int)ncpus);
        if (!set) return gp_raise_memory(t);
        size_t size = CPU_ALLOC_SIZE((int)ncpus);
        if (sched_getaffinity(pid, size, set) < 0) {
            int err = errno;
            CPU_FREE(set);
            if (err == EINVAL && ncpus < (1 << 20)) {
                ncpus *= 2;
                continue;
            }
            return gp_raise_errno(t, err, VNULL);
        }
        Value res = gp_set_new(t, &gp_set_type, VNULL);
        int count = CPU_COUNT_S(size, set);
        for (long cpu = 0; res && count > 0; cpu++) {
            if (!CPU_ISSET_S((size_t)cpu, size, set)) continue;
            count--;
            if (gp_set_add(t, res, v_from_small(cpu)) < 0) res = VNULL;
        }
        CPU_FREE(set);
        return res;
    }
}

static Value m_sched_setaffinity(ARGS) {
    (void)self;
    pid_t pid;
    if (gp_check_no_kw(t, "posix.sched_setaffinity", kw) < 0 ||
        two_args(t, "sched_setaffinity", nargs) < 0 || pid_arg(t, args[0], &pid) < 0)
        return VNULL;
    Value it = gp_iter(t, args[1]);
    if (!it) return VNULL;
    int ncpus = 1024;
    cpu_set_t *set = CPU_ALLOC(ncpus);
    if (!set) return gp_raise_memory(t);
    size_t size = CPU_ALLOC_SIZE(ncpus);
    CPU_ZERO_S(size, set);
    Value item;
    while ((item = gp_next(t, it))) {
        if (!gp_is_int(item)) {
            CPU_FREE(set);
            return gp_raise(t, &gp_TypeError, "expected an iterator of ints, but iterator yielded %R",
                            v_from_obj(v_type(item)));
        }
        int64_t cpu;
        if (gp_int_sign(item) < 0) {
            CPU_FREE(set);
            return gp_raise(t, &gp_ValueError, "negative CPU number");
        }
        if (!gp_int_to_i64(item, &cpu) || cpu > INT32_MAX - 1) {
            CPU_FREE(set);
            return gp_raise(t, &gp_OverflowError, "CPU number too large");
        }
        if (cpu >= ncpus) {
            int grown = ncpus;
            while (grown <= cpu) grown = grown > INT32_MAX / 2 ? INT32_MAX : grown * 2;
            cpu_set_t *bigger = CPU_ALLOC(grown);
            if (!bigger) {
                CPU_FREE(set);
                return gp_raise_memory(t);
            }
            size_t nsize = CPU_ALLOC_SIZE(grown);
            CPU_ZERO_S(nsize, bigger);
            memcpy(bigger, set, size);
            CPU_FREE(set);
            set = bigger;
            size = nsize;
            ncpus = grown;
        }
        CPU_SET_S((size_t)cpu, size, set);
    }
    if (gp_exc_occurred(t)) {
        CPU_FREE(set);
        return VNULL;
    }
    /* The calling thread's own mask goes through the GIL, which may have
     * moved this thread for a moment (gil_sched.c). */
    GpInterp *in = t->interp;
    int own = pid == 0 || pid == (pid_t)syscall(SYS_gettid);
    int r = own && in->gil && t->gil_registered ? gil_thread_set_affinity(in->gil, &t->gil, size, set)
                                                : sched_setaffinity(pid, size, set);
    int err = errno;
    CPU_FREE(set);
    if (r < 0) return gp_raise_errno(t, err, VNULL);
    return V_NONE;
}

/* ---- pipes */

static Value m_pipe2(ARGS) {
    (void)self;
    int flags, fds[2];
    if (gp_check_no_kw(t, "posix.pipe2", kw) < 0 || gp_check_nargs(t, "posix.pipe2", nargs, 1, 1) < 0 ||
        posix_int_arg(t, args[0], &flags) < 0)
        return VNULL;
    if (pipe2(fds, flags) < 0) return gp_raise_errno(t, errno, VNULL);
    return gp_tuple_pack(t, 2, v_from_small(fds[0]), v_from_small(fds[1]));
}

const GpMethodDef posix_wait_methods[] = {
    {"waitpid", m_waitpid, 0},
    {"wait", m_wait, 0},
    {"WIFEXITED", m_WIFEXITED, 0},
    {"WEXITSTATUS", m_WEXITSTATUS, 0},
    {"WIFSIGNALED", m_WIFSIGNALED, 0},
    {"WTERMSIG", m_WTERMSIG, 0},
    {"WIFSTOPPED", m_WIFSTOPPED, 0},
    {"WSTOPSIG", m_WSTOPSIG, 0},
    {"WIFCONTINUED", m_WIFCONTINUED, 0},
    {"WCOREDUMP", m_WCOREDUMP, 0},
    {"waitstatus_to_exitcode", m_waitstatus_to_exitcode, 0},
    {"getpgid", m_getpgid, 0},
    {"setpgid", m_setpgid, 0},
    {"getsid", m_getsid, 0},
    {"setsid", m_setsid, 0},
    {"sched_yield", m_sched_yield, 0},
    {"sched_getaffinity", m_sched_getaffinity, 0},
    {"sched_setaffinity", m_sched_setaffinity, 0},
    {"pipe2", m_pipe2, 0},
    {NULL, NULL, 0},
};
